// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issueeditions.h"

#include <QString>

class QMimeData;

namespace wc {

class IssueDocument;
struct NewsletterProfile;

// Edit ▸ Copy for WeChat and the Publish view's Copy on the WeChat channel: the WeChat HTML
// (export --to wechat) as text/html, for WeChat's editor, and its text as text/plain, for a
// field that takes no formatting.
namespace wechatclipboard {

QMimeData *mimeData(const QString &wechatHtml);
QMimeData *mimeData(const IssueDocument &document, const NewsletterProfile &profile,
                    Edition edition = Edition::Chinese);
// What a reader sees of the HTML: its blocks one a line, the references as [N].
QString plainText(const QString &wechatHtml);

} // namespace wechatclipboard

} // namespace wc
