// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStringView>

namespace wc {

// The few newsletter conventions the parser itself needs: which paragraphs end a section's
// items (the sign-off and promotion blocks) and which emoji start a section header written as
// a bold link (`**[🦄文章&教程](…)**`). The defaults are Python 潮流周刊's; a
// newsletter profile (weekly-composer.yaml: footer-markers, section-emoji) replaces them.
struct ParseConventions {
    // A paragraph that starts with one of these, after a section's items, is its footer.
    QStringList footerMarkers;
    // A bold or bare link line whose label starts with one of these is a section header in an
    // issue without `##` headings.
    QStringList sectionEmoji;

    static const ParseConventions &defaults();

    bool startsFooter(QStringView block) const { return startsWithAny(block, footerMarkers); }
    bool startsWithSectionEmoji(QStringView text) const {
        return startsWithAny(text, sectionEmoji);
    }

    friend bool operator==(const ParseConventions &, const ParseConventions &) = default;

private:
    static bool startsWithAny(QStringView text, const QStringList &prefixes);
};

} // namespace wc
