// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineendings.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace wc {

namespace {

constexpr int endingProperty = QTextFormat::UserProperty + 0x4c45; // "LE"

} // namespace

LineEnding blockEnding(const QTextBlock &block, LineEnding fallback) {
    const QVariant value = block.blockFormat().property(endingProperty);
    return value.isValid() ? LineEnding(value.toInt()) : fallback;
}

void setBlockEnding(QTextCursor &cursor, LineEnding ending, LineEnding fallback) {
    if (blockEnding(cursor.block(), fallback) == ending)
        return;
    QTextBlockFormat format = cursor.blockFormat();
    if (ending == fallback)
        format.clearProperty(endingProperty);
    else
        format.setProperty(endingProperty, int(ending));
    cursor.setBlockFormat(format);
}

void setBlockEndings(QTextDocument *document, const std::vector<LineEnding> &endings,
                     LineEnding fallback) {
    QTextCursor cursor(document);
    bool editing = false;
    QTextBlock block = document->begin();
    for (size_t i = 0; i < endings.size() && block.isValid(); ++i, block = block.next()) {
        if (blockEnding(block, fallback) == endings[i])
            continue;
        if (!editing) { // one edit (and one undo step) for all of them
            cursor.beginEditBlock();
            editing = true;
        }
        cursor.setPosition(block.position());
        setBlockEnding(cursor, endings[i], fallback);
    }
    if (editing)
        cursor.endEditBlock();
}

void copyBlockEnding(const QTextBlockFormat &source, QTextCursor &cursor) {
    const QVariant ending = source.property(endingProperty);
    QTextBlockFormat format = cursor.blockFormat();
    if (format.property(endingProperty) == ending)
        return;
    if (ending.isValid())
        format.setProperty(endingProperty, ending);
    else
        format.clearProperty(endingProperty);
    cursor.setBlockFormat(format);
}

QString textWithEndings(const QTextDocument *document, LineEnding fallback) {
    // The raw text keeps every character as typed (toPlainText() would turn no-break spaces
    // into spaces); its paragraph separators are the blocks' ends, in block order.
    const QString raw = document->toRawText();
    QString out;
    out.reserve(raw.size() + document->blockCount());
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        out.append(QStringView(raw).mid(block.position(), block.length() - 1));
        if (block.next().isValid())
            out.append(lineEndingText(blockEnding(block, fallback)));
    }
    return out;
}

} // namespace wc
