// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentedits.h"
#include "linkfetcher.h"

namespace wc {

// The item a fetched link becomes in a section of `kind`, in the form DocumentEdits inserts:
// the same title and description as LinkResult::itemMarkdown() writes (what `link` prints),
// so a link from the inbox reads like one the command line fetched.
NewItem newItemFor(const LinkResult &link, SectionKind kind, const NewsletterProfile &profile);

} // namespace wc
