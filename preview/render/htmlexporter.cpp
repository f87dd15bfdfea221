// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlexporter.h"

#include "htmlpostprocess.h"
#include "issuerenderer.h"
#include "previewthemes.h"

#include <QRegularExpression>

namespace wc {

namespace {

constexpr qsizetype descriptionLength = 160;

// Markdown reduced to one line of plain text, for the description.
QString plainText(QStringView markdown) {
    QString text = markdown.toString();
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression marks(QStringLiteral("[*_`>#]+"));
    text.replace(image, QString());
    text.replace(link, QStringLiteral("\\1"));
    text.replace(marks, QString());
    return text.simplified();
}

bool looksChinese(const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

} // namespace

QString HtmlExporter::title(const IssueDocument &document) {
    if (const auto title = document.title(); title && !title->trimmed().isEmpty())
        return title->trimmed();
    const QString name = document.fileName();
    return name.isEmpty() ? QStringLiteral("Untitled") : name;
}

QString HtmlExporter::description(const IssueDocument &document) {
    if (const auto &frontMatter = document.frontMatter()) {
        for (const char *key : {"description", "summary"}) {
            if (const FrontMatterField *field = frontMatter->field(QString::fromLatin1(key));
                field && !field->value.trimmed().isEmpty())
                return field->value.simplified();
        }
    }
    // Without one, the preamble's first paragraph (the greeting of most issues).
    for (const Block &block : document.preamble()) {
        if (block.kind != Block::Kind::Paragraph)
            continue;
        // The first 2,000 characters are plenty for 160, and keep the patterns linear.
        const QString text =
            plainText(block.content.in(document.text())
                          .first(std::min<qsizetype>(block.content.length(), 2000)));
        if (text.isEmpty())
            continue;
        return text.size() > descriptionLength ? text.left(descriptionLength - 1) + u'…' : text;
    }
    return {};
}

QString HtmlExporter::contentSecurityPolicy() {
    return QStringLiteral("default-src 'none'; img-src * data:; style-src 'unsafe-inline'; "
                          "base-uri 'none'; form-action 'none'");
}

QByteArray HtmlExporter::exportDocument(const IssueDocument &document, const Options &options) {
    const QString theme = themes::isKnown(options.theme) ? options.theme : themes::defaultName();
    QString css = themes::css(theme);
    if (!options.userCss.isEmpty())
        css += QStringLiteral("\n/* user style sheet */\n") + options.userCss;
    const QString issueTitle = title(document);
    QString html;
    html.reserve(document.text().size() * 2 + css.size() + 1024);
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
            .arg(looksChinese(issueTitle + document.text().left(2000)) ? u"zh-CN" : u"en");
    html += QStringLiteral(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n")
                .arg(contentSecurityPolicy());
    html += QStringLiteral("<title>%1</title>\n")
                .arg(html::withValidCodePoints(issueTitle.toHtmlEscaped()));
    if (const QString text = description(document); !text.isEmpty())
        html += QStringLiteral("<meta name=\"description\" content=\"%1\">\n")
                    .arg(html::withValidCodePoints(text.toHtmlEscaped()));
    if (const auto &frontMatter = document.frontMatter()) {
        if (const FrontMatterField *author = frontMatter->field(QStringLiteral("author"));
            author && !author->value.trimmed().isEmpty())
            html += QStringLiteral("<meta name=\"author\" content=\"%1\">\n")
                        .arg(html::withValidCodePoints(author->value.trimmed().toHtmlEscaped()));
    }
    html += QStringLiteral("<meta name=\"generator\" content=\"Weekly Composer\">\n");
    html += QStringLiteral("<style>\n%1\n</style>\n").arg(themes::escapeForStyleElement(css));
    html += QStringLiteral(
                "</head>\n<body class=\"theme-%1\">\n<article class=\"issue\" id=\"issue\">\n")
                .arg(theme);
    QByteArray out = html.toUtf8();
    // The preview's position attributes mean nothing outside the editor (issue 10, item 21).
    QByteArray article = IssueRenderer().renderHtml(document).toUtf8();
    html::removeEditorAttributes(article);
    out += article;
    out += "</article>\n</body>\n</html>\n";
    return out;
}

} // namespace wc
