// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pseudoheader.h"

#include "markdownscan.h"

namespace wc {

namespace {

// `prefix[text](url)` filling `s`; the prefix may be empty.
bool isOneLink(QStringView s, qsizetype *bracket, scan::Link *link) {
    *bracket = scan::indexOfUnescaped(s, u'[');
    if (*bracket < 0)
        return false;
    const auto found = scan::matchLink(s, *bracket);
    if (!found || found->end != s.size())
        return false;
    *link = *found;
    return true;
}

bool emojiLabelled(QStringView s, qsizetype bracket, const scan::Link &link,
                   const ParseConventions &conventions) {
    const QStringView prefix = s.first(bracket).trimmed();
    return conventions.startsWithSectionEmoji(
        prefix.isEmpty() ? s.sliced(link.textBegin, link.textEnd - link.textBegin) : prefix);
}

} // namespace

PseudoHeader pseudoHeaderForm(QStringView line, const ParseConventions &conventions) {
    if (scan::isBoldLinkHeader(line, conventions))
        return PseudoHeader::Bold;
    const QStringView t = scan::trimmedRight(line);
    qsizetype bracket = -1;
    scan::Link link;
    if (t.size() >= 4 && t.startsWith(u"**") && t.endsWith(u"**")) {
        const QStringView inner = t.sliced(2, t.size() - 4);
        // One link filling the bold line, whatever its target holds (`**` in a URL is no
        // bold run).
        if (isOneLink(inner, &bracket, &link) && bracket == 0)
            return PseudoHeader::Bold;
        if (inner.contains(QStringLiteral("**")))
            return PseudoHeader::None; // two bold runs, not one bold line
        if (conventions.startsWithSectionEmoji(inner) && !inner.contains(u'['))
            return PseudoHeader::Bold;
        return PseudoHeader::None;
    }
    if (isOneLink(t, &bracket, &link) && emojiLabelled(t, bracket, link, conventions) &&
        !t.first(bracket).contains(u'*'))
        return PseudoHeader::BareLink;
    return PseudoHeader::None;
}

} // namespace wc
