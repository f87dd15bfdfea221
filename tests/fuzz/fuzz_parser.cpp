// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the issue parser. The property under test is the one the editor
// rests on: for any file the editor would open, the parsed nodes tile the text exactly, so
// serialize() gives back the input byte for byte, and every node range lies in the text.
// Then random edits (seeded from the input) are applied incrementally, as the editor applies
// keystrokes: after each one the document must equal a full parse of the edited text.

#include "incrementalcheck.h"
#include "issuedocument.h"
#include "issuefile.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

qsizetype g_inputSize = 0; // for the failure message; libFuzzer runs one input at a time

[[noreturn]] void fail(const char *what, qsizetype offset = -1) {
    std::fprintf(stderr, "fuzz_parser: %s (input of %lld bytes", what,
                 static_cast<long long>(g_inputSize));
    if (offset >= 0)
        std::fprintf(stderr, ", at text offset %lld", static_cast<long long>(offset));
    std::fprintf(stderr, ")\n");
    std::abort(); // libFuzzer and the replay both report an abort as a crash
}

// Walks the nodes in serialize() order: every range must lie in the text, and the spans
// must follow each other without gap or overlap from offset 0 to the end.
class DocumentChecker {
public:
    explicit DocumentChecker(const wc::IssueDocument &document)
        : m_document(document)
        , m_size(document.text().size()) {}

    void check() {
        // The accessors the outline and the forms call first; they must not crash.
        const auto title = m_document.title();
        const auto number = m_document.number();
        const auto date = m_document.date();
        if ((number && !title) || (date && !date->isValid()))
            fail("title(), number() and date() disagree");

        if (const auto &frontMatter = m_document.frontMatter()) {
            range(frontMatter->content, "front matter content");
            range(frontMatter->body, "front matter body");
            if (frontMatter->content.end > frontMatter->contentEnd ||
                frontMatter->contentEnd > frontMatter->span.end)
                fail("front matter extent");
            for (const wc::FrontMatterField &field : frontMatter->fields) {
                within(field.line, frontMatter->body, "front matter field line");
                within(field.valueText, field.line, "front matter value");
            }
            span(frontMatter->span, "front matter span");
        }
        span(m_document.leading(), "leading blank lines");
        if (const auto &titleBlock = m_document.titleBlock())
            block(*titleBlock, "title block");
        for (const wc::Block &preambleBlock : m_document.preamble())
            block(preambleBlock, "preamble block");
        for (const wc::SectionNode &section : m_document.sections())
            checkSection(section);
        if (m_tiledUpTo != m_size)
            fail("the spans stop before the end of the text", m_tiledUpTo);

        for (const wc::Diagnostic &diagnostic : m_document.diagnostics()) {
            if (diagnostic.line < 1 || diagnostic.line > std::max(1, m_document.lineCount()))
                fail("a diagnostic names a line outside the file");
        }
    }

private:
    void checkSection(const wc::SectionNode &section) {
        block(section.header, "section header");
        for (const wc::TextRange field :
             {section.heading, section.labelPrefix, section.labelLink, section.headingUrl})
            within(field, section.header.content, "section heading field");
        for (const wc::Block &introBlock : section.intro)
            block(introBlock, "section intro block");
        for (const wc::ItemNode &item : section.items)
            checkItem(item);
        for (const wc::Block &trailer : section.trailers)
            block(trailer, "section trailer block");
        extent(section.begin, section.contentEnd, section.end, "section extent");
        static_cast<void>(m_document.sectionLabel(section));
    }

    void checkItem(const wc::ItemNode &item) {
        block(item.head, "item head");
        within(item.headLine, item.head.content, "item head line");
        for (const wc::TextRange field :
             {item.number, item.separator, item.spacing, item.title, item.url, item.tail})
            within(field, item.headLine, "item head field");
        const wc::TextRange description = item.description();
        range(description, "item description");
        for (const wc::TextRange note :
             {item.notes.star, item.notes.starValue, item.notes.contributor,
              item.notes.contributorName, item.notes.appendix, item.notes.appendixText})
            within(note, description, "item note");
        for (const wc::Block &bodyBlock : item.body)
            block(bodyBlock, "item body block");
        if (item.image.blockIndex >= item.body.size())
            fail("item image block index past the body", item.begin);
        if (item.image.blockIndex >= 0) {
            const wc::TextRange image = item.body[item.image.blockIndex].content;
            within(item.image.alt, image, "item image alt");
            within(item.image.url, image, "item image url");
        }
        extent(item.begin, item.contentEnd, item.end, "item extent");
        static_cast<void>(m_document.itemBody(item));
    }

    void range(wc::TextRange r, const char *what) const {
        if (r.begin < 0 || r.begin > r.end || r.end > m_size)
            fail(what, r.begin);
    }
    // Non-empty fields must lie inside the node they describe; empty ones only in the text
    // (an absent note is the empty range at 0).
    void within(wc::TextRange inner, wc::TextRange outer, const char *what) const {
        range(inner, what);
        if (!inner.isEmpty() && (inner.begin < outer.begin || inner.end > outer.end))
            fail(what, inner.begin);
    }
    void extent(qsizetype begin, qsizetype contentEnd, qsizetype end, const char *what) const {
        if (begin < 0 || begin > contentEnd || contentEnd > end || end > m_size)
            fail(what, begin);
    }
    void span(wc::TextRange s, const char *what) {
        range(s, what);
        if (s.begin != m_tiledUpTo)
            fail(what, s.begin);
        m_tiledUpTo = s.end;
    }
    // Blocks are whole lines: the edit API replaces them by line.
    void block(const wc::Block &b, const char *what) {
        range(b.content, what);
        if (b.content.end > b.contentEnd || b.contentEnd > b.span.end)
            fail(what, b.content.begin);
        if (m_document.lineStart(m_document.lineNumberAt(b.span.begin)) != b.span.begin)
            fail("a block does not start at a line start", b.span.begin);
        span(b.span, what);
    }

    const wc::IssueDocument &m_document;
    const qsizetype m_size;
    qsizetype m_tiledUpTo = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // No copy: the bytes are only read, and libFuzzer keeps them alive for the call.
    const auto bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    g_inputSize = bytes.size();
    bool hasBom = false;
    QString error;
    auto text = wc::IssueFile::decode(bytes, &hasBom, &error);
    if (!text) {
        if (error.isEmpty())
            fail("decode rejected the input without saying why");
        return 0; // the editor refuses such a file with that message; nothing to parse
    }
    const auto document =
        wc::IssueDocument::parse(std::move(*text), QStringLiteral("2026-01-02-weekly.md"), hasBom);
    if (document.serialize() != bytes)
        fail("serialize() does not reproduce the input");
    DocumentChecker(document).check();

    std::mt19937 random(std::uint32_t(qHash(bytes, 0))); // seed 0: the same edits every run
    wc::IssueDocument edited = document;
    static const int steps = qEnvironmentVariableIsSet("WC_FUZZ_EDITS")
                                 ? qEnvironmentVariableIntValue("WC_FUZZ_EDITS")
                                 : 12;
    for (int step = 0; step < steps; ++step) {
        const wc::test::RandomEdit edit = wc::test::randomEdit(edited.text(), random);
        if (qEnvironmentVariableIsSet("WC_FUZZ_TRACE"))
            std::fprintf(stderr, "text before edit %d: \"%s\"\n", step,
                         qPrintable(QString(edited.text()).replace(u'\n', QStringLiteral("\\n"))));
        const QString difference = wc::test::applyAndCompare(edited, edit);
        if (!difference.isEmpty()) {
            std::fprintf(stderr, "edit %d: [%lld, +%lld) <- \"%s\": %s\n", step,
                         static_cast<long long>(edit.position),
                         static_cast<long long>(edit.removed), qPrintable(edit.added),
                         qPrintable(difference));
            fail("an incremental parse differs from a full parse", edit.position);
        }
    }
    return 0;
}
