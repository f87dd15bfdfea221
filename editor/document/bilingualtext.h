// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"
#include "sectionvalues.h"

#include <QString>
#include <QStringView>

namespace wc {

// `中文---English`: the parts before and after the first `---`, as written. Without a `---`
// both parts are the whole text and `bilingual` is false.
struct BilingualText {
    QString chinese;
    QString english;
    bool bilingual = false;
};
BilingualText splitBilingual(QStringView text);

// `chinese---english` back; only `chinese` when `english` is empty (no dangling `---`).
QString joinBilingual(const QString &chinese, const QString &english);

// Whether the issue is written in both languages: its front-matter title holds `---`, or more
// than half of its linked items' titles do. One stray `---` in a Chinese issue does not make
// it bilingual, and a bilingual issue with a few titles forgotten still is.
bool isBilingualIssue(const IssueDocument &document);

// isBilingualIssue() kept up to date parse by parse: the linked and the bilingual item titles
// are counted per section (SectionValues), so after a keystroke only the sections it replaced
// are counted again, not the issue's every item.
class BilingualTally {
public:
    // Brings the counts to `document` at `revision`, reached by `change`.
    void update(const IssueDocument &document, int revision, const DocumentChange &change);
    // isBilingualIssue(document) for the document the counts were last brought to.
    bool isBilingual(const IssueDocument &document) const;

    struct Titles {
        int linked = 0;
        int bilingual = 0;
    };
    static Titles countTitles(const IssueDocument &document, const SectionNode &section);

private:
    SectionValues<Titles> m_sections;
    Titles m_total;
};

} // namespace wc
