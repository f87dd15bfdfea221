// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"

namespace wc {

// A human-readable outline: title, then each section with its items, one per line.
QString outlineText(const IssueDocument &document);

} // namespace wc
