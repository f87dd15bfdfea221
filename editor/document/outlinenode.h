// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

namespace wc {

// What a row of the outline stands for; also what the forms edit.
struct OutlineNode {
    enum class Kind { None, FrontMatter, Preamble, Section, Item };
    Kind kind = Kind::None;
    int section = -1;
    int item = -1;
    friend bool operator==(const OutlineNode &, const OutlineNode &) = default;
};

} // namespace wc

Q_DECLARE_METATYPE(wc::OutlineNode)
