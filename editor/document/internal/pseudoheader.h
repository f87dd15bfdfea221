// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseconventions.h"

#include <QStringView>

namespace wc {

// Section headers of files without any `##` heading: one-line paragraphs that the parser reads
// as level-0 headers.
//   Bold:     `**[🦄文章&教程](https://…)**`, `**🦄[文章&教程](…)**`, and what
//   editing one
//             leaves: `**[any label](…)**` (a whole-line bold link, emoji or not, label empty
//             or not) and `**🦄文章&教程**` (its link removed).
//   BareLink: `[🦄Articles & Tutorials](https://…)` alone on its line, as some English issues
//             write it. Ordinary link paragraphs (`[Season 3 summary](…)`) stay paragraphs: the
//             link text (or the text before the link) must start with a section emoji.
// The section emoji are the conventions' (the newsletter profile's `section-emoji`).
enum class PseudoHeader { None, Bold, BareLink };
PseudoHeader pseudoHeaderForm(QStringView line,
                              const ParseConventions &conventions = ParseConventions::defaults());

} // namespace wc
