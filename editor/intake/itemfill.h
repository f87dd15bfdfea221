// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentedits.h"
#include "linkfetcher.h"

namespace wc {

// An item's fields as the form shows them: the title and description as a reader sees them,
// the image URL and the star note's value as written.
LinkItemFields currentItemFields(const IssueDocument &document, ItemRef ref);

// The one edit that writes what a fetch found into item `ref` of `document`, field by field.
// A field whose value is no longer `before` (the user typed in it while the fetch ran) is left
// as it is, and so is a field the fetch found nothing for. Empty when nothing is to change.
Edit fillItemEdit(const IssueDocument &document, ItemRef ref, const LinkItemFields &before,
                  const LinkItemFields &found);

} // namespace wc
