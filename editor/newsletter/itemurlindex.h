// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sectionvalues.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wc {

// The normalised URLs (normalizedUrl()) of an issue's linked items, kept up to date parse by
// parse: a keystroke normalises only the URLs of the sections it replaced, not the issue's
// 65,000 (at 16 MB that took most of a keystroke's time).
class ItemUrlIndex {
public:
    // Brings the index to `document` at `revision`, reached by `change` (see SectionValues).
    // Returns whether the set of URLs changed.
    bool update(const IssueDocument &document, int revision, const DocumentChange &change);
    bool contains(const QString &normalizedUrl) const { return m_counts.contains(normalizedUrl); }
    // Every URL once (a copy: for comparing with the URLs an issue had when it was saved).
    QSet<QString> urls() const;
    // The revision the index was last brought to (-1: never).
    int revision() const { return m_sections.revision(); }

    // The normalised URLs of one section's linked items.
    static QStringList sectionUrls(const IssueDocument &document, const SectionNode &section);

private:
    SectionValues<QStringList> m_sections;
    QHash<QString, int> m_counts; // how many items link to each URL
};

} // namespace wc
