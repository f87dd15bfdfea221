// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"

#include <QString>
#include <QStringView>

namespace wc {

// `中文---English`: the parts before and after the first `---`, as written. Without a `---`
// both parts are the whole text and `bilingual` is false.
struct BilingualText {
    QString chinese;
    QString english;
    bool bilingual = false;
};
BilingualText splitBilingual(QStringView text);

// `chinese---english` back; only `chinese` when `english` is empty (no dangling `---`).
QString joinBilingual(const QString &chinese, const QString &english);

// Whether the issue is written in both languages: its front-matter title holds `---`, or more
// than half of its linked items' titles do. One stray `---` in a Chinese issue does not make
// it bilingual, and a bilingual issue with a few titles forgotten still is.
bool isBilingualIssue(const IssueDocument &document);

} // namespace wc
