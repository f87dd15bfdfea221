// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linebreaks.h"

namespace wc {

namespace {

constexpr char16_t frameStart = 0xfdd0; // QTextBeginningOfFrame
constexpr char16_t frameEnd = 0xfdd1;   // QTextEndOfFrame

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

QString firstLineEnding(QStringView text) {
    const qsizetype newline = text.indexOf(u'\n');
    return newline > 0 && text[newline - 1] == u'\r' ? QStringLiteral("\r\n")
                                                     : QStringLiteral("\n");
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

QString withLfLineBreaks(const QString &text) {
    return splitLineEndings(text).text;
}

} // namespace wc
