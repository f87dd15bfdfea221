// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownhighlighter.h"

#include "itemnotes.h"
#include "markdownscan.h"

#include <QEvent>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QWidget>

namespace wc {

namespace {

constexpr int stateKindMask = 3;
constexpr int tildeFence = 4;
constexpr int fenceLengthShift = 3;

int fenceState(QChar fenceChar, int length) {
    return MarkdownHighlighter::InFence | (fenceChar == u'~' ? tildeFence : 0) |
           (length << fenceLengthShift);
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, QWidget *view)
    : LazyHighlighter(document, view)
    , m_dark(isDarkPalette(view->palette())) {
    setupFormats();
    view->installEventFilter(this);
}

bool MarkdownHighlighter::isDarkPalette(const QPalette &palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

bool MarkdownHighlighter::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        setDark(isDarkPalette(static_cast<QWidget *>(watched)->palette()));
    return false;
}

void MarkdownHighlighter::setDark(bool dark) {
    if (dark == m_dark)
        return;
    m_dark = dark;
    setupFormats();
    recolour();
}

void MarkdownHighlighter::setFrontMatterLines(int lines) {
    if (lines == m_frontMatterLines)
        return;
    // Recolour the lines whose colour changes: those below the shorter of the two ranges, up
    // to the longer one (while guessing, the run of blocks marked as front matter).
    int guessed = 0;
    if (m_frontMatterLines < 0) {
        for (QTextBlock block = document()->begin();
             block.isValid() && block.userState() == InFrontMatter; block = block.next())
            ++guessed;
        guessed += guessed > 0 ? 1 : 0; // the closing fence's line
    }
    const int old = m_frontMatterLines < 0 ? guessed : m_frontMatterLines;
    m_frontMatterLines = lines;
    const int last = std::max(old, lines);
    // The block after the range too: its state may change with the range's end.
    rehighlightBlocks(std::min(old, lines), last);
}

void MarkdownHighlighter::setupFormats() {
    // Colours chosen for contrast on both a white and a near-black background.
    auto color = [this](const char *light, const char *dark) {
        return QColor(QLatin1String(m_dark ? dark : light));
    };
    m_heading = {};
    m_heading.setForeground(color("#8a3ffc", "#c3a6ff"));
    m_heading.setFontWeight(QFont::Bold);
    m_number = {};
    m_number.setForeground(color("#d1495b", "#ff8f9c"));
    m_number.setFontWeight(QFont::Bold);
    m_linkText = {};
    m_linkText.setForeground(color("#0b6bcb", "#7cc4ff"));
    m_url = {};
    m_url.setForeground(color("#6f7782", "#8d96a0"));
    m_code = {};
    m_code.setForeground(color("#2e7d32", "#9ad99d"));
    m_frontMatter = {};
    m_frontMatter.setForeground(color("#a05a00", "#f0b866"));
    m_bold = {};
    m_bold.setFontWeight(QFont::Bold);
    m_note = {};
    m_note.setForeground(color("#b06f00", "#ffcc66"));
    m_quote = {};
    m_quote.setForeground(color("#6f7782", "#9aa3ad"));
    m_quote.setFontItalic(true);
}

void MarkdownHighlighter::highlightBlock(const QString &text) {
    const int previous = previousBlockState();
    setCurrentBlockState(Normal);
    const bool firstBlock = currentBlockNumber() == 0;
    const QStringView trimmed = scan::trimmedRight(text);

    if (m_frontMatterLines >= 0) {
        if (currentBlockNumber() < m_frontMatterLines) {
            setFormat(0, int(text.size()), m_frontMatter);
            return;
        }
    } else if ((firstBlock && trimmed == u"---") || previous == InFrontMatter) {
        setFormat(0, int(text.size()), m_frontMatter);
        const bool closes = !firstBlock && (trimmed == u"---" || trimmed == u"...");
        setCurrentBlockState(closes ? Normal : InFrontMatter);
        return;
    }
    // Fences as the parser's block scanner sees them (scan::fenceOpening, isFenceClosing).
    if (previous >= 0 && (previous & stateKindMask) == InFence) {
        setFormat(0, int(text.size()), m_code);
        const QChar fenceChar = previous & tildeFence ? u'~' : u'`';
        const int length = previous >> fenceLengthShift;
        setCurrentBlockState(scan::isFenceClosing(text, fenceChar, length) ? Normal : previous);
        return;
    }
    QChar fenceChar;
    if (const int length = scan::fenceOpening(text, &fenceChar)) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(fenceState(fenceChar, length));
        return;
    }
    if (!isColouring())
        return; // what follows only colours: the state stays Normal
    if (scan::atxHeadingLevel(text)) {
        setFormat(0, int(text.size()), m_heading);
        highlightInline(text, 0);
        return;
    }
    if (text.startsWith(u'>')) {
        setFormat(0, int(text.size()), m_quote);
        return;
    }
    int from = 0;
    if (const auto head = scan::matchItemHead(text)) {
        setFormat(0, int(head->separatorEnd), m_number);
        from = int(head->spacingEnd);
    }
    highlightInline(text, from);
}

void MarkdownHighlighter::highlightInline(const QString &text, int from) {
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            ++i;
        } else if (c == u'`') {
            const qsizetype end = text.indexOf(u'`', i + 1);
            if (end > i) {
                setFormat(int(i), int(end - i + 1), m_code);
                i = end;
            }
        } else if (c == u'[' || (c == u'!' && i + 1 < text.size() && text[i + 1] == u'[')) {
            const qsizetype open = c == u'!' ? i + 1 : i;
            if (const auto link = scan::matchLink(text, open)) {
                setFormat(int(i), int(link->textEnd + 1 - i), m_linkText);
                setFormat(int(link->textEnd + 1), int(link->end - link->textEnd - 1), m_url);
                i = link->end - 1;
            }
        } else if (c == u'*' && i + 1 < text.size() && text[i + 1] == u'*') {
            const qsizetype end = text.indexOf(QStringLiteral("**"), i + 2);
            if (end > i) {
                for (qsizetype k = i; k < end + 2; ++k) {
                    QTextCharFormat f = format(int(k));
                    f.merge(m_bold);
                    setFormat(int(k), 1, f);
                }
                i = end + 1;
            }
        }
    }
    // The notes the parser finds (stars, contributor, appendix), in every form it knows.
    ItemNotes notes;
    scanItemNotes(QStringView(text).sliced(from), from, notes);
    for (const TextRange &note : {notes.star, notes.contributor, notes.appendix}) {
        if (!note.isEmpty())
            setFormat(int(note.begin), int(note.end - note.begin), m_note);
    }
}

} // namespace wc
