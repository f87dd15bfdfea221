// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"
#include "markdowndefinitions.h"

#include <QHashFunctions> // std::hash<QString>
#include <QList>
#include <QString>

#include <unordered_map>

namespace wc {

// One piece of the rendered issue: the header made from the front matter, the preamble, or
// one section. The page (and the export) is the fragments' outer HTML in order.
struct RenderedFragment {
    enum class Kind { Header, Preamble, Section };
    Kind kind = Kind::Section;
    int section = -1;  // index into IssueDocument::sections() for a Section
    int level = 2;     // the section's level (0 for a bold-link pseudo-header)
    int firstLine = 1; // 1-based source line where the fragment starts
    // The content, independent of where the fragment sits: item numbers (data-item) count
    // within the section, and data-line / data-sourcepos lines count from firstLine (1 is the
    // fragment's first line). So an edit elsewhere, even one that adds lines, leaves it equal.
    QString innerHtml;

    // The wrapping element with its position attributes (data-section, and data-line unless
    // `withFirstLine` is false).
    QString openTag(bool withFirstLine = true) const;
    QString closeTag() const;
    QString outerHtml() const { return openTag() + innerHtml + closeTag(); }
    // The element the live preview's page holds: without the fragment's first line, which a
    // new line above it would change (in a 16 MB issue, 24,000 sections' attributes sent for
    // one Enter), and which the page does not need (the editor knows it).
    QString pageHtml() const { return openTag(false) + innerHtml + closeTag(); }
    friend bool operator==(const RenderedFragment &, const RenderedFragment &) = default;
};

// Renders an IssueDocument with cmark-gfm, fragment by fragment, from the document's own
// source ranges: one parse per fragment, whose syntax tree is then split into the parser's
// items (FragmentParse), because `N、` lines without blank lines between them would be one
// CommonMark paragraph. A fragment whose source text did not change since the last call comes
// from a cache, so a keystroke renders one section.
//
// Safe by construction: raw HTML is omitted (cmark without CMARK_OPT_UNSAFE), link and image
// targets pass an allow-list (html::isSafeUrl), front-matter text is escaped.
class IssueRenderer {
public:
    // Always the header, then the preamble (both possibly empty), then one per section.
    QList<RenderedFragment> render(const IssueDocument &document);
    // The same for `document`, which `sinceLast` made from the document of the previous
    // render (the changes between them combined into one): only the sections the change
    // replaced are rendered, the others keep their HTML (it does not depend on where a
    // fragment sits) and get their new index and line, with no look at their text. So a
    // keystroke costs one section, whatever the size of the issue. Falls back to render()
    // when it cannot be sure: a whole parse, a change that does not add up, or an issue with
    // link or footnote definitions (a section's HTML may then depend on another's).
    QList<RenderedFragment> render(const IssueDocument &document, const DocumentChange &sinceLast);

    // The fragments' outer HTML in order: the content of the page's <article class="issue">.
    QString renderHtml(const IssueDocument &document);

    // Fragments rendered (not taken from the cache) by the last render().
    int renderedCount() const { return m_renderedCount; }
    // cmark-gfm parses made by the last render(): one per rendered fragment, plus one per
    // chunk that could not share its fragment's parse (see FragmentParse).
    int parseCount() const { return m_parseCount; }
    // Sections rendered by the last render() that took only the changed ones (tests).
    bool lastRenderWasLocal() const { return m_local; }
    void clearCache() {
        m_preamble = {};
        m_sections.clear();
        m_fragments.clear();
    }

private:
    struct CachedFragment {
        QString source;
        QString innerHtml;
    };

    // The last render's fragments by source text (a section that moved is still found).
    CachedFragment m_preamble;
    std::unordered_map<QString, QString> m_sections;
    MarkdownDefinitions m_definitions; // the definitions the cache was made with
    // The last render's result and its document's line count, for the next local render.
    QList<RenderedFragment> m_fragments;
    int m_lineCount = 0;
    bool m_local = false;
    int m_renderedCount = 0;
    int m_parseCount = 0;
};

} // namespace wc
