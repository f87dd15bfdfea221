// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"

#include <QList>

namespace wc {

// One value per section of an issue (what a reader derives from each section: its items'
// URLs, a count), kept in step with the document parse by parse. After a DocumentChange only
// the sections the parse replaced are computed again, so a keystroke costs what it touched,
// whatever the size of the issue (at 16 MB, 24,000 sections and 65,000 items). A whole
// parse, or a revision this list did not see, computes every section again.
template <typename Value> class SectionValues {
public:
    // Brings the values to `document` at `revision`, which `change` led to from the revision
    // before. `compute(section)` gives a section's value; `added(value)` and then
    // `removed(value)` see each value enter and leave, so a total kept beside the list stays
    // the sum over it (the new values come first: one in both never leaves the total).
    template <typename Compute, typename Added, typename Removed>
    void update(const IssueDocument &document, int revision, const DocumentChange &change,
                Compute compute, Added added, Removed removed) {
        if (m_revision >= 0 && revision == m_revision)
            return;
        const SectionList &sections = document.sections();
        const qsizetype oldSize = m_values.size();
        const bool local =
            m_revision >= 0 && revision == m_revision + 1 && !change.full &&
            change.firstSection >= 0 && change.removedSections >= 0 && change.addedSections >= 0 &&
            change.firstSection + change.removedSections <= oldSize &&
            oldSize - change.removedSections + change.addedSections == sections.size();
        const qsizetype first = local ? change.firstSection : 0;
        const qsizetype removedCount = local ? change.removedSections : oldSize;
        const qsizetype addedCount = local ? change.addedSections : sections.size();
        QList<Value> fresh;
        fresh.reserve(addedCount);
        for (qsizetype i = 0; i < addedCount; ++i) {
            fresh.append(compute(sections[first + i]));
            added(fresh.constLast());
        }
        for (qsizetype i = first; i < first + removedCount; ++i)
            removed(std::as_const(m_values)[i]);
        if (removedCount == addedCount) { // the usual keystroke: nothing moves in the list
            for (qsizetype i = 0; i < addedCount; ++i)
                m_values[first + i] = std::move(fresh[i]);
        } else {
            m_values.remove(first, removedCount);
            m_values.insert(first, addedCount, Value{});
            for (qsizetype i = 0; i < addedCount; ++i)
                m_values[first + i] = std::move(fresh[i]);
        }
        m_revision = revision;
    }

    const QList<Value> &values() const { return m_values; }
    // The revision the values are for (-1 before the first update).
    int revision() const { return m_revision; }

private:
    QList<Value> m_values;
    int m_revision = -1;
};

} // namespace wc
