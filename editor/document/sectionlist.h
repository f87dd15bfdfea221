// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentnodes.h"

#include <QList>

#include <iterator>
#include <vector>

namespace wc {

// The sections of an issue, whose ranges an edit before them moves lazily: a keystroke adds
// its length change once (to a Fenwick tree over the section indexes) instead of rewriting
// the ranges of every later section, item and block (at 16 MB, 24,000 sections and 65,000
// items: most of a keystroke's time). A section gets the moves it has not seen when it is
// read, so every reader sees true offsets; reading is O(log n) the first time after an edit.
//
// Reading materializes through a const reference (the list is logically const). A copy is
// made of the materialized sections, so a copy never moves anything when it is read, and two
// threads can each read their own copy.
class SectionList {
public:
    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = SectionNode;
        using difference_type = qsizetype;
        using pointer = const SectionNode *;
        using reference = const SectionNode &;

        const_iterator() = default;
        const_iterator(const SectionList *list, qsizetype index)
            : m_list(list)
            , m_index(index) {}
        reference operator*() const { return (*m_list)[m_index]; }
        pointer operator->() const { return &(*m_list)[m_index]; }
        reference operator[](difference_type n) const { return (*m_list)[m_index + n]; }
        const_iterator &operator++() { return ++m_index, *this; }
        const_iterator operator++(int) { return {m_list, m_index++}; }
        const_iterator &operator--() { return --m_index, *this; }
        const_iterator operator--(int) { return {m_list, m_index--}; }
        const_iterator &operator+=(difference_type n) { return m_index += n, *this; }
        const_iterator &operator-=(difference_type n) { return m_index -= n, *this; }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const_iterator a, const_iterator b) {
            return a.m_index - b.m_index;
        }
        friend bool operator==(const_iterator a, const_iterator b) {
            return a.m_index == b.m_index;
        }
        friend auto operator<=>(const_iterator a, const_iterator b) {
            return a.m_index <=> b.m_index;
        }

    private:
        const SectionList *m_list = nullptr;
        qsizetype m_index = 0;
    };
    using value_type = SectionNode;
    using size_type = qsizetype;
    using iterator = const_iterator;

    SectionList() = default;
    SectionList(const SectionList &other);
    SectionList(SectionList &&other) noexcept = default;
    SectionList &operator=(const SectionList &other);
    SectionList &operator=(SectionList &&other) noexcept = default;
    // NOLINTNEXTLINE(google-explicit-constructor): the parser hands its sections over
    SectionList(QList<SectionNode> sections)
        : m_sections(std::move(sections)) {}

    qsizetype size() const { return m_sections.size(); }
    qsizetype count() const { return m_sections.size(); }
    bool isEmpty() const { return m_sections.isEmpty(); }
    bool empty() const { return m_sections.isEmpty(); }
    const SectionNode &operator[](qsizetype index) const;
    const SectionNode &at(qsizetype index) const { return (*this)[index]; }
    const SectionNode &first() const { return (*this)[0]; }
    const SectionNode &last() const { return (*this)[size() - 1]; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    // The sections as a plain list, every pending move applied, for the parser to change.
    QList<SectionNode> &list();
    // One section to change in place (its pending moves applied).
    SectionNode &mutableAt(qsizetype index);
    // Moves every range of the sections from `index` on by `by` characters (lazily).
    void shiftFrom(qsizetype index, qsizetype by);
    // Applies every pending move now.
    void materialize() const;

    friend bool operator==(const SectionList &a, const SectionList &b);

private:
    qsizetype pendingAt(qsizetype index) const;

    mutable QList<SectionNode> m_sections;
    // Empty while nothing is pending; else a Fenwick tree (1-based) of the moves by first
    // section, and per section the sum of moves it has already been given.
    mutable std::vector<qsizetype> m_moves;
    mutable std::vector<qsizetype> m_applied;
};

// Moves every range of a section (its header, items and blocks) by `by` characters.
void shiftSection(SectionNode &section, qsizetype by);

} // namespace wc
