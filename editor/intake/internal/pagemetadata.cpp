// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagemetadata.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace wc {

namespace {

constexpr qsizetype maximumBytes = 1024 * 1024;

QString charsetFrom(QStringView contentType) {
    const qsizetype at = contentType.indexOf(QLatin1String("charset="), 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    QStringView value = contentType.mid(at + 8);
    const qsizetype end = value.indexOf(u';');
    if (end >= 0)
        value = value.left(end);
    return value.trimmed().toString().remove(u'"').remove(u'\'');
}

// <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gbk">
QString charsetInPage(const QByteArray &head) {
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = meta.match(QString::fromLatin1(head));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString collapsed(QStringView text) {
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        // Controls (NUL, ESC, DEL…) have no place in an item's line: dropped.
        if (c.category() == QChar::Other_Control && !c.isSpace())
            continue;
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

// A linear scan over the tags: attributes of <meta> and the text of the first <title>;
// comments, scripts and styles are skipped whole.
class TagScanner {
public:
    explicit TagScanner(const QString &html)
        : m_html(html) {}

    QHash<QString, QString> properties; // og:title, twitter:title, description… (first wins)
    QString title;

    void run() {
        qsizetype i = 0;
        const qsizetype n = m_html.size();
        while ((i = m_html.indexOf(u'<', i)) >= 0) {
            if (QStringView(m_html).mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = m_html.indexOf(QLatin1String("-->"), i + 4);
                if (end < 0)
                    return;
                i = end + 3;
                continue;
            }
            qsizetype j = i + 1;
            while (j < n && (m_html[j].isLetterOrNumber() || m_html[j] == u'-'))
                ++j;
            const QString name = m_html.mid(i + 1, j - i - 1).toLower();
            const qsizetype close = m_html.indexOf(u'>', j);
            if (close < 0)
                return;
            if (name == QLatin1String("meta")) {
                meta(QStringView(m_html).mid(j, close - j));
            } else if (name == QLatin1String("title") && title.isNull()) {
                const qsizetype end =
                    m_html.indexOf(QLatin1String("</title"), close, Qt::CaseInsensitive);
                title = m_html.mid(close + 1, (end < 0 ? n : end) - close - 1);
                if (end < 0)
                    return;
                i = end;
                continue;
            } else if (name == QLatin1String("script") || name == QLatin1String("style")) {
                const qsizetype end =
                    m_html.indexOf(QStringLiteral("</") + name, close, Qt::CaseInsensitive);
                if (end < 0)
                    return;
                i = end + 2;
                continue;
            }
            i = close + 1;
        }
    }

private:
    void meta(QStringView attributes) {
        QString key, content;
        qsizetype i = 0;
        const qsizetype n = attributes.size();
        while (i < n) {
            while (i < n && (attributes[i].isSpace() || attributes[i] == u'/'))
                ++i;
            const qsizetype nameStart = i;
            while (i < n && !attributes[i].isSpace() && attributes[i] != u'=' &&
                   attributes[i] != u'/')
                ++i;
            const QString name = attributes.mid(nameStart, i - nameStart).toString().toLower();
            while (i < n && attributes[i].isSpace())
                ++i;
            QString value;
            if (i < n && attributes[i] == u'=') {
                ++i;
                while (i < n && attributes[i].isSpace())
                    ++i;
                if (i < n && (attributes[i] == u'"' || attributes[i] == u'\'')) {
                    const QChar quote = attributes[i++];
                    const qsizetype end = attributes.indexOf(quote, i);
                    const qsizetype stop = end < 0 ? n : end;
                    value = attributes.mid(i, stop - i).toString();
                    i = stop + 1;
                } else {
                    const qsizetype start = i;
                    while (i < n && !attributes[i].isSpace())
                        ++i;
                    value = attributes.mid(start, i - start).toString();
                }
            }
            if (name.isEmpty()) {
                ++i;
                continue;
            }
            if (name == QLatin1String("property") || name == QLatin1String("name"))
                key = value.trimmed().toLower();
            else if (name == QLatin1String("content"))
                content = value;
        }
        if (!key.isEmpty() && !properties.contains(key))
            properties.insert(key, content);
    }

    const QString &m_html;
};

QString firstOf(const QHash<QString, QString> &properties,
                std::initializer_list<const char *> keys) {
    for (const char *key : keys) {
        const QString value =
            collapsed(decodeHtmlEntities(properties.value(QString::fromLatin1(key))));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QString decodeHtmlEntities(QStringView text) {
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral("\u00A0")},
        {QStringLiteral("copy"), QStringLiteral("©")},
        {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("trade"), QStringLiteral("™")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},
        {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},
        {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("laquo"), QStringLiteral("«")},
        {QStringLiteral("raquo"), QStringLiteral("»")},
        {QStringLiteral("middot"), QStringLiteral("·")},
        {QStringLiteral("bull"), QStringLiteral("•")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("euro"), QStringLiteral("€")},
    };
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != u'&') {
            out += text[i++];
            continue;
        }
        const qsizetype semicolon = text.indexOf(u';', i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            out += text[i++];
            continue;
        }
        const QStringView entity = text.mid(i + 1, semicolon - i - 1);
        bool ok = false;
        char32_t codePoint = 0;
        if (entity.startsWith(u'#')) {
            const bool hex = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X');
            codePoint = char32_t(entity.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10));
            // No controls, surrogates or noncharacters: a bad reference stays as written.
            ok = ok && codePoint >= 0x20 && codePoint <= 0x10FFFF &&
                 !(codePoint >= 0xD800 && codePoint <= 0xDFFF) && (codePoint & 0xFFFE) != 0xFFFE &&
                 !(codePoint >= 0x7F && codePoint < 0xA0);
            if (ok) {
                out += QString::fromUcs4(&codePoint, 1);
                i = semicolon + 1;
                continue;
            }
        } else if (const auto found = named.constFind(entity.toString());
                   found != named.constEnd()) {
            out += *found;
            i = semicolon + 1;
            continue;
        }
        out += text[i++];
    }
    return out;
}

PageMetadata scanPageMetadata(const QByteArray &body, const QString &contentType,
                              const QUrl &pageUrl) {
    const QByteArray bytes = body.left(maximumBytes);
    PageMetadata metadata;
    QString charset = charsetFrom(contentType);
    if (charset.isEmpty())
        charset = charsetInPage(bytes.left(4096));
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.toLatin1().constData());
    if (!decoder.isValid()) {
        decoder = QStringDecoder(QStringDecoder::Utf8);
        charset = QStringLiteral("UTF-8");
    }
    metadata.charset = charset.isEmpty() ? QStringLiteral("UTF-8") : charset;
    const QString html = decoder.decode(bytes);
    TagScanner scanner(html);
    scanner.run();
    metadata.title = firstOf(scanner.properties, {"og:title", "twitter:title"});
    if (metadata.title.isEmpty())
        metadata.title = collapsed(decodeHtmlEntities(scanner.title));
    metadata.description =
        firstOf(scanner.properties, {"og:description", "twitter:description", "description"});
    const QString image =
        firstOf(scanner.properties, {"og:image", "og:image:url", "twitter:image"});
    if (!image.isEmpty()) {
        const QUrl resolved = pageUrl.resolved(QUrl(image));
        const QString scheme = resolved.scheme().toLower();
        // `https:/x` keeps its scheme but names no server: no image.
        if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
            !resolved.host().isEmpty())
            metadata.image = resolved.toString(QUrl::FullyEncoded);
    }
    return metadata;
}

} // namespace wc
