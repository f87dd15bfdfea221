// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace wc::cmark {

// Renders Markdown (UTF-8) to HTML with cmark-gfm: the table, strikethrough, autolink,
// tagfilter and tasklist extensions, footnotes and source positions.
//
// Raw HTML is never passed through (no CMARK_OPT_UNSAFE): cmark writes
// "<!-- raw HTML omitted -->" instead, and drops javascript:, vbscript:, file: and non-image
// data: link targets. Thread-safe: each call uses its own parser.
QByteArray renderHtml(QByteArrayView markdown);

} // namespace wc::cmark
