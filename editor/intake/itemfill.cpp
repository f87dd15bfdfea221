// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemfill.h"

#include "fieldtext.h"

#include <functional>

namespace wc {

LinkItemFields currentItemFields(const IssueDocument &document, ItemRef ref) {
    const DocumentEdits edits(document);
    if (!edits.hasItem(ref))
        return {};
    const ItemNode &item = document.sections()[ref.section].items[ref.item];
    const QString &text = document.text();
    return {fieldtext::readerText(item.title.in(text)),
            fieldtext::readerText(item.description().in(text).trimmed()),
            item.image.url.in(text).toString(), item.notes.starValue.in(text).toString()};
}

Edit fillItemEdit(const IssueDocument &document, ItemRef ref, const LinkItemFields &before,
                  const LinkItemFields &found) {
    if (!DocumentEdits(document).hasItem(ref))
        return {};
    const LinkItemFields now = currentItemFields(document, ref);
    // The fields are written one after the other (a description and an image both go below the
    // head line, so their edits are made on the text the previous one left); the result is
    // one replacement of the item's changed span, applied as one undo step.
    IssueDocument current = document;
    auto step = [&](const std::function<Edit(const DocumentEdits &, const ItemNode &)> &make) {
        const ItemNode &item = current.sections()[ref.section].items[ref.item];
        const Edit edit = make(DocumentEdits(current), item);
        if (edit.isEmpty())
            return;
        current =
            IssueDocument::parse(applyEdit(current.text(), edit), {}, false, current.conventions());
    };
    if (!found.title.isEmpty() && now.title == before.title && found.title != now.title) {
        step([&](const DocumentEdits &edits, const ItemNode &item) {
            return edits.setItemTitle(
                ref, fieldtext::escapedText(
                         found.title, item.hasLink ? fieldtext::Escapes::Inline
                                                   : fieldtext::Escapes::InlineAndParentheses));
        });
    }
    if (!found.description.isEmpty() && now.description == before.description &&
        DocumentEdits(current).canHaveBody(ref)) {
        step([&](const DocumentEdits &edits, const ItemNode &) {
            return edits.setItemDescription(ref, fieldtext::escapedText(found.description));
        });
    }
    if (!found.image.isEmpty() && now.image == before.image && now.image.isEmpty() &&
        DocumentEdits(current).canHaveBody(ref)) {
        step([&](const DocumentEdits &edits, const ItemNode &) {
            return edits.setItemImage(ref, found.image, QString());
        });
    }
    if (!found.stars.isEmpty() && now.stars == before.stars) {
        step([&](const DocumentEdits &edits, const ItemNode &) {
            return edits.setItemStars(ref, found.stars);
        });
    }
    const QString &original = document.text();
    if (current.text() == original)
        return {};
    return minimized(original, {{0, original.size()}, current.text()});
}

} // namespace wc
