// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textrange.h"

#include <QList>
#include <QString>

namespace wc {

// One change to a document's text: the range (in the text before the edit) and what
// replaces it. An Edit is a list of them, sorted and non-overlapping, which the editor
// applies inside one undo step; untouched text cannot change.
struct TextReplacement {
    TextRange range;
    QString text;
    friend bool operator==(const TextReplacement &, const TextReplacement &) = default;
};
using Edit = QList<TextReplacement>;

QString applyEdit(const QString &text, const Edit &edit);
// The edit that takes applyEdit(text, edit) back to `text`.
Edit invertEdit(const QString &text, const Edit &edit);
// Drops the prefix and suffix that `replacement.text` shares with the text it replaces, so
// the editor's cursor and the undo record cover only what really changes. Empty: no change.
Edit minimized(const QString &text, TextReplacement replacement);

} // namespace wc
