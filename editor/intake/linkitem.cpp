// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkitem.h"

#include "fieldtext.h"
#include "linkidentity.h"
#include "starcount.h"

namespace wc {

NewItem newItemFor(const LinkResult &link, SectionKind kind, const NewsletterProfile &profile) {
    NewItem item;
    item.url = link.url;
    QString head = link.title.isEmpty() ? link.url : link.title;
    QString body = fieldtext::escapedText(link.description);
    if (kind == SectionKind::Projects && link.isGithubRepository) {
        const auto repository = githubRepository(link.url);
        const QString name = repository ? repository->name : link.title;
        head =
            link.description.isEmpty() ? name : name + profile.projectSeparator + link.description;
        body.clear();
        if (link.stars)
            body = QStringLiteral("（star %1）").arg(formatStars(*link.stars));
    }
    item.title = fieldtext::escapedText(head);
    item.description = body;
    return item;
}

} // namespace wc
