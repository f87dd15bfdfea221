// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

namespace wc {

namespace {

QToolButton *toolButton(QWidget *parent, Qt::ArrowType arrow, const QString &tip) {
    auto *button = new QToolButton(parent);
    button->setArrowType(arrow);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_wholeWords(new QCheckBox(tr("Whole words"), this))
    , m_regex(new QCheckBox(tr("Regular expression"), this))
    , m_wrap(new QCheckBox(tr("Wrap around"), this))
    , m_count(new QLabel(this))
    , m_rescan(new QTimer(this)) {
    setObjectName(QStringLiteral("findBar"));
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_wrap->setChecked(true);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(
        m_count->fontMetrics().horizontalAdvance(QStringLiteral("8888 / 8888")));

    auto *previous = toolButton(this, Qt::UpArrow, tr("Previous match (Shift+F3)"));
    auto *next = toolButton(this, Qt::DownArrow, tr("Next match (F3)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("×"));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close the find bar (Esc)"));

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_count);
    findRow->addWidget(closeButton);
    auto *options = new QHBoxLayout;
    for (QCheckBox *box : {m_matchCase, m_wholeWords, m_regex, m_wrap})
        options->addWidget(box);
    options->addStretch(1);
    auto *replaceOne = new QPushButton(tr("&Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace &All"), m_replaceRow);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    m_replace->setParent(m_replaceRow);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceEvery);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);
    layout->addLayout(options);

    m_rescan->setSingleShot(true);
    m_rescan->setInterval(rescanDelayMs);
    connect(m_rescan, &QTimer::timeout, this, &FindBar::rescan);
    // textChanged(), not the document's own signal: the editor may be given another document.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        // The highlighted cursors follow the edit by themselves; the list is searched again
        // once the typing pauses, not on every key.
        if (isVisible())
            m_rescan->start();
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (isVisible())
            updateCount();
    });
    connect(m_find, &QLineEdit::textEdited, this, &FindBar::patternEdited);
    for (QCheckBox *box : {m_matchCase, m_wholeWords, m_regex})
        connect(box, &QCheckBox::toggled, this, &FindBar::patternEdited);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceEvery, &QPushButton::clicked, this, &FindBar::replaceAll);
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    setReplaceShown(false);
    hide();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        dismiss();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::setReplaceShown(bool shown) {
    m_replaceRow->setVisible(shown);
}

void FindBar::openFind() {
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    // A selection within one line is what to look for; one across lines is not a pattern.
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(m_regex->isChecked() ? QRegularExpression::escape(selected) : selected);
    m_searchStart = cursor.selectionStart();
    show();
    m_find->setFocus();
    m_find->selectAll();
    rescan();
}

void FindBar::openReplace() {
    setReplaceShown(true);
    const bool hadPattern = !m_find->text().isEmpty();
    openFind();
    if (hadPattern || !m_find->text().isEmpty()) {
        m_replace->setFocus();
        m_replace->selectAll();
    }
}

void FindBar::dismiss() {
    m_rescan->stop();
    hide();
    setReplaceShown(false);
    m_matches.clear();
    emit matchesChanged(m_matches);
    m_editor->setFocus();
    emit closed();
}

QRegularExpression FindBar::expression() const {
    const QString text = m_find->text();
    if (text.isEmpty())
        return QRegularExpression(QStringLiteral("("));
    QString pattern = m_regex->isChecked() ? text : QRegularExpression::escape(text);
    if (m_wholeWords->isChecked())
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    QRegularExpression::PatternOptions options =
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::MultilineOption;
    if (!m_matchCase->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, options);
}

void FindBar::watchDocument() {
    QTextDocument *document = m_editor->document();
    if (document == m_watched)
        return;
    disconnect(m_watch);
    m_watched = document;
    m_watch = connect(document, &QTextDocument::contentsChange, this,
                      [this](int position, int removed, int added) {
                          followEdit(m_matches, position, removed, added);
                      });
}

QList<QTextCursor> FindBar::matches() const {
    QList<QTextCursor> cursors;
    for (const TextMatch &match : m_matches) {
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(match.start);
        cursor.setPosition(match.end(), QTextCursor::KeepAnchor);
        cursors.append(cursor);
    }
    return cursors;
}

void FindBar::rescan() {
    watchDocument();
    m_matches.clear();
    m_problem.clear();
    const QRegularExpression re = expression();
    if (!m_find->text().isEmpty() && !re.isValid())
        m_problem = tr("Invalid regular expression: %1").arg(re.errorString());
    if (!m_find->text().isEmpty() && re.isValid()) {
        // toPlainText() keeps every position (a paragraph break becomes one "\n"), so the
        // offsets found are the document's.
        const QString text = m_editor->document()->toPlainText();
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() == 0)
                continue; // "^" or "\b" alone: nothing to show or replace
            m_matches.append({int(match.capturedStart()), int(match.capturedLength())});
        }
    }
    emit matchesChanged(m_matches);
    updateCount();
}

void FindBar::patternEdited() {
    rescan();
    if (m_matches.isEmpty())
        return;
    // Incremental: the first match from where the search began, as the pattern grows.
    auto first = std::find_if(m_matches.cbegin(), m_matches.cend(),
                              [this](const TextMatch &m) { return m.start >= m_searchStart; });
    if (first == m_matches.cend())
        first = m_matches.cbegin();
    select(*first);
}

int FindBar::currentIndex() const {
    const QTextCursor cursor = m_editor->textCursor();
    const auto it =
        std::lower_bound(m_matches.cbegin(), m_matches.cend(), cursor.selectionStart(),
                         [](const TextMatch &m, int position) { return m.start < position; });
    if (it != m_matches.cend() && it->start == cursor.selectionStart() &&
        it->end() == cursor.selectionEnd())
        return int(it - m_matches.cbegin());
    return -1;
}

void FindBar::updateCount() {
    if (!m_problem.isEmpty()) {
        m_count->setText(m_problem);
        return;
    }
    if (m_find->text().isEmpty()) {
        m_count->clear();
        return;
    }
    if (m_matches.isEmpty()) {
        m_count->setText(tr("No matches"));
        return;
    }
    const int current = currentIndex();
    m_count->setText(current >= 0 ? tr("%1 of %2").arg(current + 1).arg(m_matches.size())
                                  : tr("%1 matches").arg(m_matches.size()));
}

void FindBar::select(const TextMatch &match) {
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(match.start);
    cursor.setPosition(match.end(), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    updateCount();
}

bool FindBar::step(bool forward) {
    if (isHidden())
        openFind();
    if (m_rescan->isActive() || m_matches.isEmpty())
        rescan();
    if (m_matches.isEmpty())
        return false;
    const QTextCursor cursor = m_editor->textCursor();
    const int from = forward ? cursor.selectionEnd() : cursor.selectionStart();
    if (forward) {
        const auto next = std::find_if(m_matches.cbegin(), m_matches.cend(),
                                       [from](const TextMatch &m) { return m.start >= from; });
        if (next != m_matches.cend()) {
            select(*next);
            return true;
        }
    } else {
        const auto previous = std::find_if(m_matches.crbegin(), m_matches.crend(),
                                           [from](const TextMatch &m) { return m.end() <= from; });
        if (previous != m_matches.crend()) {
            select(*previous);
            return true;
        }
    }
    if (!m_wrap->isChecked()) {
        m_count->setText(forward ? tr("No more matches below") : tr("No more matches above"));
        return false;
    }
    select(forward ? m_matches.first() : m_matches.last());
    return true;
}

bool FindBar::findNext() {
    return step(true);
}

bool FindBar::findPrevious() {
    return step(false);
}

QString FindBar::replacementFor(const QRegularExpressionMatch &match) const {
    const QString written = m_replace->text();
    if (!m_regex->isChecked())
        return written;
    // \0 … \9 stand for the groups, \n and \t for a line break and a tab, \\ for a backslash.
    QString result;
    for (qsizetype i = 0; i < written.size(); ++i) {
        const QChar c = written[i];
        if (c != u'\\' || i + 1 == written.size()) {
            result += c;
            continue;
        }
        const QChar next = written[++i];
        if (next.isDigit())
            result += match.captured(next.digitValue());
        else if (next == u'n')
            result += u'\n';
        else if (next == u't')
            result += u'\t';
        else
            result += next;
    }
    return result;
}

void FindBar::replaceCurrent() {
    if (m_rescan->isActive())
        rescan();
    const int current = currentIndex();
    if (current >= 0) {
        QTextCursor cursor = m_editor->textCursor();
        const QString text = m_editor->document()->toPlainText();
        const QRegularExpressionMatch match =
            expression().match(text, cursor.selectionStart(), QRegularExpression::NormalMatch,
                               QRegularExpression::AnchorAtOffsetMatchOption);
        cursor.insertText(replacementFor(match));
        m_editor->setTextCursor(cursor);
        rescan();
    }
    findNext();
}

int FindBar::replaceAll() {
    rescan();
    if (m_matches.isEmpty())
        return 0;
    const QRegularExpression re = expression();
    const QString text = m_editor->document()->toPlainText();
    QList<std::pair<TextMatch, QString>> replacements;
    for (const TextMatch &match : std::as_const(m_matches)) {
        replacements.append(
            {match, replacementFor(re.match(text, match.start, QRegularExpression::NormalMatch,
                                            QRegularExpression::AnchorAtOffsetMatchOption))});
    }
    // One edit block: one undo step for all of them, and one change for the views to follow.
    // From the last to the first, so the offsets before each replacement still hold.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (auto it = replacements.crbegin(); it != replacements.crend(); ++it) {
        cursor.setPosition(it->first.start);
        cursor.setPosition(it->first.end(), QTextCursor::KeepAnchor);
        cursor.insertText(it->second);
    }
    cursor.endEditBlock();
    const int count = int(replacements.size());
    rescan();
    m_count->setText(tr("Replaced %1").arg(count));
    return count;
}

} // namespace wc
