// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "issuedocument.h"
#include "newsletterprofile.h"

#include <QString>

namespace wc {

enum class Edition { Chinese, English };

// splitBilingual(): bilingualtext.h (the forms and the checks split titles too).

// One edition of a bilingual issue, as Markdown (export --to zh|en). The Chinese edition cuts
// every link text at its first `---` and keeps the part before it; its title and description
// are their Chinese parts. The English edition keeps the parts after `---`; its title follows
// the profile's English title pattern (not doubled when the English part already starts with
// it), its description is the English part or is made from the counts ("Shared 12 articles,
// 12 open-source projects"), and its section headings are translated by the profile's table.
// Code is left as it is. Everything else is kept byte for byte.
QString editionText(const IssueDocument &document, const NewsletterProfile &profile,
                    Edition edition);

// The issue's text in `edition`, parsed: a copy of `document` when the edition changes nothing
// (the Chinese edition of an issue that is not bilingual).
IssueDocument editionDocument(const IssueDocument &document, const NewsletterProfile &profile,
                              Edition edition);

// "Shared 12 articles, 12 open-source projects, 2 audio/videos": the counts in English, a
// plural only when N ≠ 1, kinds with no items left out.
QString englishCountsDescription(const IssueDocument &document, const NewsletterProfile &profile);

} // namespace wc
