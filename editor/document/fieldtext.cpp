// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldtext.h"

#include <QList>

namespace wc::fieldtext {

namespace {

// CommonMark's backslash-escapable characters.
bool isAsciiPunctuation(QChar c) {
    return QStringView(u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(c);
}

// Characters that would turn typed text into links, emphasis, code, HTML or (at a heading's
// end) a closing sequence.
bool needsEscape(QChar c, Escapes escapes) {
    return QStringView(u"\\[]*_`~<>#").contains(c) ||
           (escapes == Escapes::InlineAndParentheses && (c == u'(' || c == u')'));
}

// readerText() of `source`, and for each reader character the source offset it comes from
// (plus the source's end).
QString readerTextMapped(QStringView source, QList<qsizetype> *offsets) {
    QString reader;
    reader.reserve(source.size());
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (offsets)
            offsets->append(i);
        if (source[i] == u'\\' && i + 1 < source.size() && isAsciiPunctuation(source[i + 1]))
            ++i;
        reader += source[i];
    }
    if (offsets)
        offsets->append(source.size());
    return reader;
}

} // namespace

QString readerText(QStringView source) {
    return readerTextMapped(source, nullptr);
}

QString escapedText(QStringView reader, Escapes escapes) {
    QString escaped;
    escaped.reserve(reader.size());
    for (QChar c : reader) {
        if (needsEscape(c, escapes))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString sourceForEdit(QStringView oldSource, const QString &newReader, Escapes escapes) {
    QList<qsizetype> offsets;
    const QString oldReader = readerTextMapped(oldSource, &offsets);
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(oldReader.size(), newReader.size());
    while (prefix < shorter && oldReader[prefix] == newReader[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           oldReader[oldReader.size() - 1 - suffix] == newReader[newReader.size() - 1 - suffix])
        ++suffix;
    const qsizetype from = offsets[prefix];
    const qsizetype to = offsets[oldReader.size() - suffix];
    const QString source =
        oldSource.first(from).toString() +
        escapedText(QStringView(newReader).sliced(prefix, newReader.size() - prefix - suffix),
                    escapes) +
        oldSource.sliced(to).toString();
    // An untouched escape next to the change can pair up differently (`\` before a typed
    // `*`): then the whole value is written escaped.
    return readerText(source) == newReader ? source : escapedText(newReader, escapes);
}

} // namespace wc::fieldtext
