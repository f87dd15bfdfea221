// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineendings.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace wc {

namespace {

constexpr int endingProperty = QTextFormat::UserProperty + 0x4c45; // "LE"
constexpr char16_t frameStart = 0xfdd0;                            // QTextBeginningOfFrame
constexpr char16_t frameEnd = 0xfdd1;                              // QTextEndOfFrame

} // namespace

QString lineEndingText(LineEnding ending) {
    switch (ending) {
    case LineEnding::CrLf:
        return QStringLiteral("\r\n");
    case LineEnding::Cr:
        return QStringLiteral("\r");
    case LineEnding::ParagraphSeparator:
        return QString(QChar::ParagraphSeparator);
    case LineEnding::FrameStart:
        return QString(QChar(frameStart));
    case LineEnding::FrameEnd:
        return QString(QChar(frameEnd));
    case LineEnding::Lf:
    default:
        return QStringLiteral("\n");
    }
}

LineEnding lineEndingOf(const QString &text) {
    if (text == u"\r\n")
        return LineEnding::CrLf;
    if (text == u"\r")
        return LineEnding::Cr;
    return LineEnding::Lf;
}

SplitText splitLineEndings(const QString &fileText) {
    SplitText split;
    split.text.reserve(fileText.size());
    const qsizetype size = fileText.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = fileText[i].unicode();
        LineEnding ending;
        qsizetype length = 1;
        switch (c) {
        case u'\n':
            ending = LineEnding::Lf;
            break;
        case u'\r':
            if (i + 1 < size && fileText[i + 1] == u'\n') {
                ending = LineEnding::CrLf;
                length = 2;
            } else {
                ending = LineEnding::Cr;
            }
            break;
        case 0x2029:
            ending = LineEnding::ParagraphSeparator;
            break;
        case frameStart:
            ending = LineEnding::FrameStart;
            break;
        case frameEnd:
            ending = LineEnding::FrameEnd;
            break;
        default:
            continue;
        }
        split.text.append(QStringView(fileText).sliced(runStart, i - runStart));
        split.text.append(u'\n');
        split.endings.push_back(ending);
        i += length - 1;
        runStart = i + 1;
    }
    split.text.append(QStringView(fileText).sliced(runStart));
    return split;
}

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
