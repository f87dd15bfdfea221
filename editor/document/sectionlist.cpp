// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionlist.h"

namespace wc {

namespace {

// {0, 0} is what a node holds for a part it lacks (no note, no image, no heading link);
// nothing after an edit really is at offset 0.
void shift(TextRange &range, qsizetype by) {
    if (range.begin != 0 || range.end != 0) {
        range.begin += by;
        range.end += by;
    }
}

void shift(Block &block, qsizetype by) {
    shift(block.content, by);
    block.contentEnd += by;
    shift(block.span, by);
}

void shift(QList<Block> &blocks, qsizetype by) {
    for (Block &block : blocks)
        shift(block, by);
}

void shift(ItemNode &item, qsizetype by) {
    shift(item.head, by);
    for (TextRange *range :
         {&item.headLine, &item.number, &item.separator, &item.spacing, &item.title, &item.url,
          &item.tail, &item.image.alt, &item.image.url, &item.notes.star, &item.notes.starValue,
          &item.notes.contributor, &item.notes.contributorName, &item.notes.appendix,
          &item.notes.appendixText})
        shift(*range, by);
    shift(item.body, by);
    item.begin += by;
    item.contentEnd += by;
    item.end += by;
}

} // namespace

void shiftSection(SectionNode &section, qsizetype by) {
    shift(section.header, by);
    for (TextRange *range :
         {&section.heading, &section.labelPrefix, &section.labelLink, &section.headingUrl})
        shift(*range, by);
    shift(section.intro, by);
    for (ItemNode &item : section.items)
        shift(item, by);
    shift(section.trailers, by);
    section.begin += by;
    section.contentEnd += by;
    section.end += by;
}

SectionList::SectionList(const SectionList &other) {
    other.materialize();
    m_sections = other.m_sections;
}

SectionList &SectionList::operator=(const SectionList &other) {
    if (this != &other) {
        other.materialize();
        m_sections = other.m_sections;
        m_moves.clear();
        m_applied.clear();
    }
    return *this;
}

qsizetype SectionList::pendingAt(qsizetype index) const {
    qsizetype sum = 0;
    for (auto i = size_t(index + 1); i > 0; i -= i & (~i + 1))
        sum += m_moves[i];
    return sum;
}

const SectionNode &SectionList::operator[](qsizetype index) const {
    if (m_moves.empty())
        return m_sections.at(index);
    SectionNode &section = m_sections[index];
    const qsizetype pending = pendingAt(index);
    if (const qsizetype by = pending - m_applied[size_t(index)]) {
        shiftSection(section, by);
        m_applied[size_t(index)] = pending;
    }
    return section;
}

SectionNode &SectionList::mutableAt(qsizetype index) {
    (void)(*this)[index];
    return m_sections[index];
}

void SectionList::shiftFrom(qsizetype index, qsizetype by) {
    if (by == 0 || index >= size())
        return;
    if (m_moves.empty()) {
        m_moves.assign(size_t(size() + 1), 0);
        m_applied.assign(size_t(size()), 0);
    }
    for (auto i = size_t(index + 1); i < m_moves.size(); i += i & (~i + 1))
        m_moves[i] += by;
}

void SectionList::materialize() const {
    if (m_moves.empty())
        return;
    for (qsizetype s = 0; s < size(); ++s)
        (void)(*this)[s];
    m_moves.clear();
    m_applied.clear();
}

QList<SectionNode> &SectionList::list() {
    materialize();
    return m_sections;
}

bool operator==(const SectionList &a, const SectionList &b) {
    a.materialize();
    b.materialize();
    return a.m_sections == b.m_sections;
}

} // namespace wc
