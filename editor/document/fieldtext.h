// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Form fields show Markdown inline text as a reader sees it and write it back escaped.
namespace wc::fieldtext {

// The text without its backslash escapes: `a\[b` reads `a[b`.
QString readerText(QStringView source);
// Which characters a field escapes besides `\ [ ] * _ ` ~ < > #`: the title of an item
// without a link also escapes parentheses, which could complete a link there.
enum class Escapes { Inline, InlineAndParentheses };

// `reader` with every character escaped that Markdown could take for syntax in a field.
QString escapedText(QStringView reader, Escapes escapes = Escapes::Inline);
// The source text that reads as `newReader`, changing `oldSource` only where its reader text
// changed: escapes the user did not touch stay as they were written.
QString sourceForEdit(QStringView oldSource, const QString &newReader,
                      Escapes escapes = Escapes::Inline);

} // namespace wc::fieldtext
