// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"
#include "issueeditions.h"

#include <QString>

namespace wc {

// The issue as HTML for WeChat's editor (export --to wechat, Edit ▸ Copy for WeChat).
// WeChat keeps only inline styles, drops list items and most links, so: every style is a
// style attribute (no class, no <style>, no script); each link becomes its text followed by
// a numbered reference `<sup>[N]</sup>` (one number per URL), listed at the end under 参考资料
// as `<p>[N] label: url</p>`; links to mp.weixin.qq.com stay links, and a link whose text is
// its URL stays plain text. Item head lines are bold, images get a width, code blocks are
// coloured inline, lists become paragraphs, and there is no H1 (the title goes into
// WeChat's own title field). No whitespace between tags and no empty paragraphs.
// `edition` names the reference list: 参考资料, or References for the English edition (the
// text itself is the caller's: pass the edition's document, see editionDocument()).
QString wechatHtml(const IssueDocument &document, Edition edition = Edition::Chinese);

} // namespace wc
