// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentnodes.h"

#include <optional>

namespace wc {

// Reads the YAML between the front matter fences: keys in their written order with their
// quoting and ranges (by a line scan), values through yaml-cpp.
class FrontMatterParser {
public:
    // Fills `frontMatter.fields` from `text[frontMatter.body]`. `firstBodyLine` is the 1-based
    // line number of the body's first line, for the diagnostic returned on invalid YAML.
    static std::optional<Diagnostic> read(const QString &text, FrontMatter &frontMatter,
                                          int firstBodyLine);

    // Quotes `value` the way `quoting` asks, so that YAML reads it back unchanged.
    static QString quoted(const QString &value, FrontMatterField::Quoting quoting);
    // True when `value` written as a plain scalar reads back as this same string in every
    // YAML reader the newsletter meets (yaml-cpp, PyYAML's safe_load).
    static bool readsBackPlain(const QString &value);
    static FrontMatterField::Quoting quotingOf(QStringView valueText);
};

} // namespace wc
