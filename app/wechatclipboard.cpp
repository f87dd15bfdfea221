// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wechatclipboard.h"

#include "publishchannel.h"

#include <QMimeData>
#include <QTextDocumentFragment>

namespace wc::wechatclipboard {

QString plainText(const QString &wechatHtml) {
    // QTextDocument puts U+2029 between blocks and U+00A0 for some blanks: plain text has
    // line breaks and spaces.
    QString text = QTextDocumentFragment::fromHtml(wechatHtml).toPlainText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::Nbsp, u' ');
    return text.endsWith(u'\n') || text.isEmpty() ? text : text + u'\n';
}

QMimeData *mimeData(const QString &wechatHtml) {
    auto *data = new QMimeData;
    data->setHtml(wechatHtml);
    data->setText(plainText(wechatHtml));
    return data;
}

QMimeData *mimeData(const IssueDocument &document, const NewsletterProfile &profile,
                    Edition edition) {
    return mimeData(publishedText(PublishChannel::Wechat, document, profile, edition));
}

} // namespace wc::wechatclipboard
