// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lazyhighlighter.h"

#include <QTextCharFormat>

namespace wc {

// Line-level Markdown colouring that matches the issue grammar: front matter, headings,
// item numbers, links and images, code fences, bold text, and the editor's notes.
// The colours follow the palette of `view`, the widget showing the document: a theme switch
// recolours the text at once. Only the lines near the view are coloured (LazyHighlighter).
class MarkdownHighlighter : public LazyHighlighter {
    Q_OBJECT
public:
    // The low two bits; inside a fence the bits above hold the fence that opened it (its
    // character and length), as only the same character, as many times or more, closes it.
    enum State { Normal = 0, InFrontMatter = 1, InFence = 2 };

    MarkdownHighlighter(QTextDocument *document, QWidget *view);
    static bool isDarkPalette(const QPalette &palette);
    // The number of lines at the top that the parser reads as front matter (0: none). Until
    // it is known the highlighter guesses from the fences itself; from then on it colours what
    // the parser reads, so an unclosed `---` is no longer shown as a file of YAML.
    void setFrontMatterLines(int lines);

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setDark(bool dark);
    void setupFormats();
    void highlightInline(const QString &text, int from);

    bool m_dark = false;
    int m_frontMatterLines = -1; // -1: not known yet
    QTextCharFormat m_heading, m_number, m_linkText, m_url, m_code, m_frontMatter, m_bold, m_note,
        m_quote;
};

} // namespace wc
