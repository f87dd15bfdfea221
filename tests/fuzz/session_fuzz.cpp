// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The session fuzzer: drives the real IssueSession, form widgets and source editor (offscreen)
// through random steps a user could take, and checks after each one that nothing else in the
// text changed and that every view agrees with a fresh parse (issue 10, "Must show").
//
//   session_fuzz [--steps N] [--seed S] [--variants] [--progress] FILE|DIR…
//
// N steps for each file (default 200), from seed S (default 1; the same seed drives every
// file, so `session_fuzz --seed S --steps K FILE` replays a failure reported at step K).
// --variants also fuzzes four copies of each file: mixed CRLF/LF, lone CRs, a BOM, and no
// final newline (a copy's failure replays with `--variants` and its original). --progress
// prints a line per file. The last line is `session_fuzz: F files, S steps, X failures`.
#include "bilingualtext.h"
#include "commonends.h"
#include "fieldtext.h"
#include "formpanel.h"
#include "frontmatterform.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "itemform.h"
#include "markdownscan.h"
#include "outlinemodel.h"
#include "pseudoheader.h"
#include "sectionform.h"
#include "sourceeditor.h"
#include "typing.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <cstdio>
#include <random>

using namespace wc;

namespace {

// What the fuzzer types: letters, spaces, CJK, emoji, Markdown punctuation and `---`, and
// what starts a block at a line's start (a fence, a heading, an item's number, a quote).
const QStringList pieces = {
    QStringLiteral("a"),   QStringLiteral("Z"),   QStringLiteral("uv"),  QStringLiteral(" "),
    QStringLiteral(" "),   QStringLiteral("中"),  QStringLiteral("文"),  QStringLiteral("🦄"),
    QStringLiteral("["),   QStringLiteral("]"),   QStringLiteral("("),   QStringLiteral(")"),
    QStringLiteral("\\"),  QStringLiteral("*"),   QStringLiteral("_"),   QStringLiteral("#"),
    QStringLiteral("---"), QStringLiteral("7"),   QStringLiteral("K"),   QStringLiteral("."),
    QStringLiteral("```"), QStringLiteral("~~~"), QStringLiteral("## "), QStringLiteral("1、"),
    QStringLiteral("2. "), QStringLiteral("① "),  QStringLiteral("> "),  QStringLiteral("- "),
};

struct Failure {
    QString what;
};

class Fuzzer {
public:
    Fuzzer(quint64 seed, int steps)
        : m_seed(seed)
        , m_steps(steps) {
        m_window.resize(1400, 900);
        auto *layout = new QVBoxLayout(&m_window);
        m_editor = new IssueEditor(&m_window);
        layout->addWidget(m_editor);
        // The window's shortcuts, as MainWindow sets them.
        shortcut(QKeySequence::Undo, &IssueEditor::undo);
        shortcut(QKeySequence::Redo, &IssueEditor::redo);
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &IssueEditor::addItem);
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), &IssueEditor::duplicateItem);
        shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace), &IssueEditor::deleteItem);
        shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &IssueEditor::addSection);
        shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), &IssueEditor::moveItemUp);
        shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), &IssueEditor::moveItemDown);
        shortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), &IssueEditor::moveSectionUp);
        shortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), &IssueEditor::moveSectionDown);
        m_window.show();
        QApplication::setActiveWindow(&m_window);
        QObject::connect(session()->textDocument(), &QTextDocument::contentsChanged, &m_window,
                         [this] { m_seen.insert(qHash(session()->currentText())); });
    }

    // Fuzzes one file; returns the steps taken, with a failure reported on stdout.
    int run(const QString &path, bool *failed, const QString &variantOf = {}) {
        m_variantOf = variantOf;
        // Each file its own sequence, the same whatever other files run with it: the seed
        // and the file's name make it.
        quint64 fileSeed = m_seed * 0x9E3779B97F4A7C15ull;
        for (const char c : QFileInfo(path).fileName().toUtf8())
            fileSeed = (fileSeed ^ quint8(c)) * 0x100000001B3ull;
        m_rng.seed(fileSeed);
        m_path = path;
        *failed = false;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return report(0, QStringLiteral("cannot read the file")), *failed = true, 0;
        m_loaded = file.readAll();
        QString error;
        if (!session()->load(path, &error)) {
            // Not a file the editor opens (binary, invalid UTF-8): nothing to fuzz.
            return 0;
        }
        m_start = session()->currentText();
        m_seen = {qHash(m_start)};
        int step = 0;
        try {
            // Reported, and the steps still run: they check everything else.
            if (session()->fileBytes() != m_loaded) {
                *failed = true;
                report(0, QStringLiteral("saving the unedited file changes its bytes"));
            }
            for (step = 1; step <= m_steps; ++step)
                oneStep();
            --step;
            // Undo back to the start gives the loaded bytes exactly.
            for (int guard = 0; session()->textDocument()->isUndoAvailable() && guard < 100000;
                 ++guard)
                undoKey();
            if (session()->currentText() != m_start)
                fail(QStringLiteral("undoing every step does not give back the loaded text"));
            if (session()->fileBytes() != m_loaded)
                fail(QStringLiteral("undoing every step does not give back the loaded bytes"));
        } catch (const Failure &failure) {
            *failed = true;
            report(step, failure.what);
        }
        return step;
    }

private:
    IssueSession *session() const { return m_editor->session(); }
    ItemForm *itemForm() const { return m_editor->formPanel()->itemForm(); }
    SectionForm *sectionForm() const { return m_editor->formPanel()->sectionForm(); }
    const IssueDocument &doc() const { return session()->document(); }

    void shortcut(const QKeySequence &keys, void (IssueEditor::*slot)()) {
        auto *action = new QAction(&m_window);
        action->setShortcut(keys);
        QObject::connect(action, &QAction::triggered, m_editor, slot);
        m_window.addAction(action);
    }
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    bool chance(int percent) { return pick(100) < percent; }
    QString run(int maxPieces) {
        QString text;
        for (int i = 1 + pick(maxPieces); i > 0; --i)
            text += pieces[pick(int(pieces.size()))];
        return text;
    }
    void report(int step, const QString &what) {
        // A copy made by --variants is made again from its original (same name, same steps).
        const QString replay =
            m_variantOf.isEmpty() ? m_path : QStringLiteral("--variants ") + m_variantOf;
        std::printf("FAIL %s: step %d (replay: session_fuzz --seed %llu --steps %d %s): %s\n",
                    qPrintable(m_path), step, static_cast<unsigned long long>(m_seed), step,
                    qPrintable(replay), qPrintable(what));
        std::fflush(stdout);
    }
    [[noreturn]] void fail(const QString &what) {
        // SESSION_FUZZ_DUMP=FILE keeps the whole text before the failing step, for analysis,
        // and FILE.after the text after it.
        if (qEnvironmentVariableIsSet("SESSION_FUZZ_DUMP")) {
            QFile dump(qEnvironmentVariable("SESSION_FUZZ_DUMP"));
            if (dump.open(QIODevice::WriteOnly))
                dump.write(m_before.toUtf8());
            QFile after(qEnvironmentVariable("SESSION_FUZZ_DUMP") + QStringLiteral(".after"));
            if (after.open(QIODevice::WriteOnly))
                after.write(session()->currentText().toUtf8());
        }
        throw Failure{what + changeOf(m_before, session()->currentText())};
    }
    // The changed run of the text, with a little context, for a failure report.
    static QString changeOf(const QString &before, const QString &after) {
        const CommonEnds ends = commonEnds(before, after);
        const qsizetype prefix = ends.prefix, suffix = ends.suffix;
        if (prefix == before.size() && prefix == after.size())
            return {};
        const qsizetype from = std::max<qsizetype>(0, prefix - 30);
        auto show = [&](const QString &text) {
            QString run = text.mid(from, text.size() - suffix + 30 - from);
            return run.replace(u'\n', QStringLiteral("⏎")).replace(u'\r', QStringLiteral("␍"));
        };
        return QStringLiteral("\n    before: `%1`\n    after:  `%2`")
            .arg(show(before), show(after));
    }
    void check(bool ok, const QString &what) {
        if (!ok)
            fail(what);
    }
    void undoKey() {
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &m_window;
        QTest::keySequence(focus, QKeySequence(QKeySequence::Undo));
    }
    void redoKey() {
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &m_window;
        QTest::keySequence(focus, QKeySequence(QKeySequence::Redo));
    }
    // Focus moves at once in the active window. No event loop runs between steps: painting
    // (colour emoji above all) would cost more than everything checked.
    void focus(QWidget *widget) { widget->setFocus(Qt::OtherFocusReason); }
    void selectNode(const OutlineNode &node) {
        m_editor->outlineView()->setFocus();
        m_editor->selectNode(node);
    }
    OutlineNode randomItem() {
        QList<OutlineNode> items;
        const auto &sections = doc().sections();
        for (int s = 0; s < sections.size(); ++s)
            for (int i = 0; i < sections[s].items.size(); ++i)
                items.append({OutlineNode::Kind::Item, s, i});
        return items.isEmpty() ? OutlineNode{} : items[pick(int(items.size()))];
    }
    OutlineNode randomSection() {
        const int count = int(doc().sections().size());
        return count == 0 ? OutlineNode{}
                          : OutlineNode{OutlineNode::Kind::Section, pick(count), -1};
    }

    struct Shape {
        QList<int> itemCounts;
        QList<int> levels;
        friend bool operator==(const Shape &, const Shape &) = default;
    };
    static Shape shapeOf(const IssueDocument &document) {
        Shape shape;
        for (const SectionNode &section : document.sections()) {
            shape.itemCounts.append(int(section.items.size()));
            shape.levels.append(section.level);
        }
        return shape;
    }

    void oneStep() {
        const QString before = session()->currentText();
        m_before = before;
        const IssueDocument old = IssueDocument::parse(before);
        switch (pick(10)) {
        case 0:
        case 1:
        case 2:
            typeIntoItemField(old, before);
            break;
        case 3:
            typeIntoSectionField(old, before);
            break;
        case 4:
        case 5:
            editSource(before);
            break;
        case 6:
            undoRedoRun();
            break;
        case 7:
        case 8:
            structuralEdit(old, before);
            break;
        case 9:
            save();
            break;
        }
        checkViews();
    }

    // Replaces the run of `field` as a user would: typing at a place, clearing, or pasting.
    QString typeRun(QWidget *field) {
        focus(field);
        auto *line = qobject_cast<QLineEdit *>(field);
        auto *plain = qobject_cast<QPlainTextEdit *>(field);
        const int length = line ? int(line->text().size()) : int(plain->toPlainText().size());
        const int action = pick(10);
        if (action == 0) { // clear
            QTest::keySequence(field, QKeySequence::SelectAll);
            QTest::keyClick(field, Qt::Key_Backspace);
        } else if (action == 1) { // paste over a selection or at the cursor
            QGuiApplication::clipboard()->setText(run(6));
            if (chance(50))
                QTest::keySequence(field, QKeySequence::SelectAll);
            QTest::keySequence(field, QKeySequence::Paste);
        } else {
            int at = pick(length + 1);
            // Keys move the cursor by characters: it never stands inside a surrogate pair
            // (a place only setCursorPosition() can reach, splitting the emoji).
            const QString current = line ? line->text() : plain->toPlainText();
            if (at > 0 && at < length && current[at].isLowSurrogate())
                --at;
            if (line) {
                line->setCursorPosition(at);
            } else {
                QTextCursor cursor = plain->textCursor();
                cursor.setPosition(at);
                plain->setTextCursor(cursor);
            }
            if (action == 2) {
                for (int i = 1 + pick(3); i > 0; --i)
                    QTest::keyClick(field, chance(50) ? Qt::Key_Backspace : Qt::Key_Delete);
            } else {
                test::typeText(field, run(8));
            }
        }
        return line ? line->text() : plain->toPlainText();
    }

    // The whole lines of the current text that differ from `before` (line ends dropped).
    // Whether the change began on a line of `before` that opens a code fence: a field whose
    // text stands in a fence's info string (a note there), where a typed backtick unmakes the
    // fence, as Markdown says.
    bool changesAFenceOpening(const QString &before) const {
        const qsizetype at =
            std::min(commonEnds(before, session()->currentText()).prefix, before.size());
        const qsizetype from = before.lastIndexOf(u'\n', at - 1) + 1;
        qsizetype to = before.indexOf(u'\n', at);
        if (to < 0)
            to = before.size();
        return scan::fenceOpening(QStringView(before).sliced(from, to - from), nullptr) > 0;
    }

    QStringList changedLines(const QString &before) const {
        const QString after = session()->currentText();
        const CommonEnds ends = commonEnds(before, after);
        const auto isBreak = [](QChar c) { return c == u'\n' || c == u'\r'; };
        qsizetype from = std::min(ends.prefix, after.size());
        while (from > 0 && !isBreak(after[from - 1]))
            --from;
        qsizetype to = std::max(from, after.size() - ends.suffix);
        while (to < after.size() && !isBreak(after[to]))
            ++to;
        QString lines = after.sliced(from, to - from);
        lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
        return lines.split(u'\n');
    }

    // The bytes outside [from, to) of `before` are unchanged in the current text.
    void checkOnlyChanged(const QString &before, qsizetype from, qsizetype to,
                          const QString &what) {
        const QString after = session()->currentText();
        const CommonEnds ends = commonEnds(before, after);
        const qsizetype prefix = ends.prefix, suffix = ends.suffix;
        if (prefix == before.size() && prefix == after.size())
            return;
        // The same change can sit further left: inserting `#Z⏎⏎` before `## B` is inserting
        // `Z⏎⏎#` after its `#`. The leftmost place has the longest common suffix; every shift
        // in between is the same change too, and one of them must lie within [from, to).
        qsizetype leftSuffix = 0;
        while (leftSuffix < before.size() && leftSuffix < after.size() &&
               before[before.size() - 1 - leftSuffix] == after[after.size() - 1 - leftSuffix])
            ++leftSuffix;
        const qsizetype leftPrefix =
            std::min(prefix, std::min(before.size(), after.size()) - leftSuffix);
        const qsizetype end = before.size() - suffix;
        const qsizetype leastShift = std::max<qsizetype>(0, end - to);
        const qsizetype mostShift = std::min(prefix - leftPrefix, prefix - from);
        check(leastShift <= mostShift,
              QStringLiteral("%1 changed bytes outside its lines (%2..%3, changed %4..%5)")
                  .arg(what)
                  .arg(from)
                  .arg(to)
                  .arg(prefix)
                  .arg(before.size() - suffix));
    }

    void typeIntoItemField(const IssueDocument &old, const QString &before) {
        const OutlineNode node = randomItem();
        if (node.kind == OutlineNode::Kind::None)
            return;
        selectNode(node);
        ItemForm *form = itemForm();
        const QList<std::pair<QWidget *, const char *>> fields = {
            {form->titleField(), "Title"},
            {form->urlField(), "URL"},
            {form->tailField(), "After the link"},
            {form->descriptionField(), "Description"},
            {form->imageUrlField(), "Image URL"},
            {form->imageAltField(), "Image alt"},
            {form->starsField(), "Stars"},
            {form->contributorField(), "Contributor"},
            {form->englishTitleField(), "English title"},
        };
        const auto [field, name] = fields[pick(int(fields.size()))];
        if (!field->isEnabled() || field->isHidden()) // the English field shows in bilingual issues
            return;
        const QString typed = typeRun(field);
        const QString what = QStringLiteral("typing into %1 of item %2.%3")
                                 .arg(QLatin1String(name))
                                 .arg(node.section)
                                 .arg(node.item);
        const ItemNode &item = old.sections()[node.section].items[node.item];
        checkOnlyChanged(before, item.begin, item.end, what);
        // A description is Markdown: typing before a code fence's ``` unmakes the fence, and
        // the lines inside become what they say (headings, items). Only there may the
        // structure change.
        // A line of it that is a heading or an item head (`##`, `3、x`) ends the item there,
        // as Markdown says: the structure changes too.
        bool startsStructure = false;
        if (field == form->descriptionField()) {
            // The changed lines of the text too: once a typed `##` has ended the item, the
            // field shows only the part above it.
            for (const QString &line : fieldValue(field).split(u'\n') + changedLines(before))
                startsStructure = startsStructure || scan::atxHeadingLevel(line) > 0 ||
                                  scan::matchItemHead(line) ||
                                  pseudoHeaderForm(line) != PseudoHeader::None;
        }
        const bool aroundFence = (field == form->descriptionField() &&
                                  (startsStructure || typed.contains(QStringLiteral("```")) ||
                                   typed.contains(QStringLiteral("~~~")) ||
                                   fieldValue(field).contains(QStringLiteral("```")))) ||
                                 changesAFenceOpening(before);
        check(aroundFence || shapeOf(doc()) == shapeOf(old),
              what + QStringLiteral(" changed the structure"));
        if (aroundFence && !(shapeOf(doc()) == shapeOf(old)))
            return;
        check(m_editor->currentNode() == node, what + QStringLiteral(" moved the selection"));
        if (refusedWithWarning(field))
            return;
        if (revealsTheNextNote(field, item, before) || revealsTheNextImage(field, item, before)) {
            // The field keeps what was typed while it has the focus; leaving it shows the note.
            focus(m_editor->outlineView());
            check(fieldValue(field) == textValue(field),
                  what + QStringLiteral(": left, the field shows `%1`, the text says `%2`")
                             .arg(fieldValue(field), textValue(field)));
            return;
        }
        const QString shown = fieldValue(field);
        check(normalized(field, typed) == normalized(field, shown),
              what + QStringLiteral(": the field shows `%1`, typed `%2`").arg(shown, typed));
        check(normalized(field, inTextOf(field, typed)) == normalized(field, textValue(field)),
              what +
                  QStringLiteral(": the text reads `%1`, typed `%2`").arg(textValue(field), typed));
    }

    void typeIntoSectionField(const IssueDocument &old, const QString &before) {
        const OutlineNode node = randomSection();
        if (node.kind == OutlineNode::Kind::None)
            return;
        selectNode(node);
        QLineEdit *field = chance(70) ? sectionForm()->labelField() : sectionForm()->urlField();
        const QString typed = typeRun(field);
        const QString what = QStringLiteral("typing into the section %1 of section %2")
                                 .arg(field == sectionForm()->labelField() ? QStringLiteral("label")
                                                                           : QStringLiteral("link"))
                                 .arg(node.section);
        const SectionNode &section = old.sections()[node.section];
        checkOnlyChanged(before, section.header.span.begin, section.header.contentEnd, what);
        check(shapeOf(doc()) == shapeOf(old), what + QStringLiteral(" changed the structure"));
        check(m_editor->currentNode() == node, what + QStringLiteral(" moved the selection"));
        check(normalized(field, typed) == normalized(field, textValue(field)),
              what +
                  QStringLiteral(": the text reads `%1`, typed `%2`").arg(textValue(field), typed));
    }

    void editSource(const QString &before) {
        SourceEditor *source = m_editor->sourceEditor();
        focus(source);
        const int at = pick(int(before.size()) + 1);
        QTextCursor cursor = source->textCursor();
        cursor.setPosition(at);
        source->setTextCursor(cursor);
        QString expected = before;
        if (chance(30)) {
            const int count = 1 + pick(4);
            const bool back = chance(50);
            for (int i = 0; i < count; ++i)
                QTest::keyClick(source, back ? Qt::Key_Backspace : Qt::Key_Delete);
            const int from = back ? std::max(0, at - count) : at;
            const int to = back ? at : std::min(int(before.size()), at + count);
            expected.remove(from, to - from);
            // A surrogate pair is one key.
            if (session()->currentText() != expected)
                return;
        } else {
            QString typed = run(3);
            if (chance(40))
                typed += u'\n';
            typed += run(3);
            test::typeText(source, typed);
            expected.insert(at, typed);
            check(session()->currentText() == expected,
                  QStringLiteral("typing `%1` at %2 in the source did not insert exactly it")
                      .arg(typed)
                      .arg(at));
        }
    }

    void undoRedoRun() {
        const int count = 1 + pick(6);
        const bool back = chance(65);
        for (int i = 0; i < count; ++i)
            back ? undoKey() : redoKey();
        check(m_seen.contains(qHash(session()->currentText())),
              QStringLiteral("%1 gave a text that never existed").arg(back ? "undo" : "redo"));
    }

    void structuralEdit(const IssueDocument &old, const QString &before) {
        const int kind = pick(9);
        const OutlineNode item = randomItem();
        const OutlineNode section = randomSection();
        QWidget *outline = m_editor->outlineView();
        OutlineNode expectSelected;
        QString what;
        qsizetype from = 0, to = before.size();
        auto sectionsSpan = [&](int first, int last) {
            from = old.sections()[first].begin;
            to = old.sections()[last].end;
        };
        switch (kind) {
        case 0:
        case 1: // move an item up or down
            if (item.kind == OutlineNode::Kind::None)
                return;
            selectNode(item);
            what = QStringLiteral("moving item %1.%2 %3")
                       .arg(item.section)
                       .arg(item.item)
                       .arg(kind == 0 ? "up" : "down");
            QTest::keyClick(outline, kind == 0 ? Qt::Key_Up : Qt::Key_Down, Qt::AltModifier);
            sectionsSpan(std::max(0, item.section - 1),
                         std::min(int(old.sections().size()) - 1, item.section + 1));
            break;
        case 2:
        case 3: // move a section
            if (section.kind == OutlineNode::Kind::None)
                return;
            selectNode(section);
            what = QStringLiteral("moving section %1 %2")
                       .arg(section.section)
                       .arg(kind == 2 ? "up" : "down");
            QTest::keyClick(outline, kind == 2 ? Qt::Key_Up : Qt::Key_Down,
                            Qt::AltModifier | Qt::ShiftModifier);
            break;
        case 4: // add an item after the selected one
            if (item.kind == OutlineNode::Kind::None)
                return;
            selectNode(item);
            what = QStringLiteral("adding an item after %1.%2").arg(item.section).arg(item.item);
            QTest::keyClick(outline, Qt::Key_Return, Qt::ControlModifier);
            expectSelected = {OutlineNode::Kind::Item, item.section, item.item + 1};
            sectionsSpan(item.section, item.section);
            break;
        case 5: // delete
            if (item.kind == OutlineNode::Kind::None)
                return;
            selectNode(item);
            what = QStringLiteral("deleting item %1.%2").arg(item.section).arg(item.item);
            QTest::keyClick(outline, Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
            sectionsSpan(item.section, item.section);
            break;
        case 6: // duplicate
            if (item.kind == OutlineNode::Kind::None)
                return;
            selectNode(item);
            what = QStringLiteral("duplicating item %1.%2").arg(item.section).arg(item.item);
            QTest::keyClick(outline, Qt::Key_D, Qt::ControlModifier);
            expectSelected = {OutlineNode::Kind::Item, item.section, item.item + 1};
            sectionsSpan(item.section, item.section);
            break;
        case 7: // add a section
            selectNode(section.kind == OutlineNode::Kind::None ? item : section);
            what = QStringLiteral("adding a section");
            QTest::keyClick(outline, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
            break;
        case 8: { // move the selected item to another section
            if (item.kind == OutlineNode::Kind::None || section.kind == OutlineNode::Kind::None ||
                section.section == item.section)
                return;
            selectNode(item);
            what = QStringLiteral("moving item %1.%2 to section %3")
                       .arg(item.section)
                       .arg(item.item)
                       .arg(section.section);
            m_editor->moveSelectedItemsToSection(section.section);
            expectSelected = {OutlineNode::Kind::Item, section.section,
                              int(doc().sections()[section.section].items.size()) - 1};
            sectionsSpan(std::min(item.section, section.section),
                         std::max(item.section, section.section));
            break;
        }
        }
        checkOnlyChanged(before, from, to, what);
        if (session()->currentText() != before) {
            check(m_editor->selectedNodes().size() == 1,
                  what + QStringLiteral(" left %1 nodes selected")
                             .arg(m_editor->selectedNodes().size()));
            if (expectSelected.kind != OutlineNode::Kind::None)
                check(m_editor->currentNode() == expectSelected,
                      what + QStringLiteral(" did not select the node it made"));
        }
    }

    void save() {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("saved.md"));
        const QString original = session()->filePath();
        const QByteArray expected = session()->fileBytes();
        QString error;
        check(session()->save(copy, &error), QStringLiteral("saving failed: ") + error);
        QFile file(copy);
        check(file.open(QIODevice::ReadOnly) && file.readAll() == expected,
              QStringLiteral("the saved bytes are not the text's bytes"));
        // Back to the fuzzed file's name, without writing it.
        check(session()->save(dir.filePath(QStringLiteral("again.md")), &error),
              QStringLiteral("saving failed: ") + error);
        Q_UNUSED(original);
    }

    // ---- views against a fresh parse -----------------------------------------------------

    static QStringList rowsOf(const QAbstractItemModel *model, const QModelIndex &parent,
                              const QString &indent = {}) {
        QStringList rows;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            rows << indent + index.data().toString() + u'@' +
                        index.data(OutlineModel::LineRole).toString();
            rows << rowsOf(model, index, indent + u' ');
        }
        return rows;
    }

    void checkViews() {
        const QString text = session()->currentText();
        check(session()->isParsed() && doc().text() == text,
              QStringLiteral("the document is not the parse of the text"));
        const IssueDocument fresh = IssueDocument::parse(text);
        // The session parses each change incrementally: every node must be where a whole
        // parse of the text puts it.
        check(doc() == IssueDocument::parse(text, doc().fileName()),
              QStringLiteral("the incremental parse differs from a whole parse of the text"));
        OutlineModel model;
        model.setDocument(fresh);
        const QStringList shown = rowsOf(m_editor->outlineModel(), {});
        const QStringList expected = rowsOf(&model, {});
        if (shown != expected) {
            qsizetype row = 0;
            while (row < shown.size() && row < expected.size() && shown[row] == expected[row])
                ++row;
            fail(QStringLiteral(
                     "the outline differs from a fresh parse at row %1: `%2` instead of `%3`")
                     .arg(row)
                     .arg(shown.value(row), expected.value(row)));
        }
        // One node, the same in the outline, the form and the source.
        const OutlineNode current = m_editor->currentNode();
        check(m_editor->selectedNodes().size() <= 1,
              QStringLiteral("%1 nodes selected").arg(m_editor->selectedNodes().size()));
        check(m_editor->formPanel()->node() == current,
              QStringLiteral("the form shows another node than the outline"));
        if (m_editor->sourceEditor()->hasFocus())
            check(m_editor->nodeAtPosition(m_editor->sourceEditor()->textCursor().position()) ==
                      current,
                  QStringLiteral("the outline selects another node than the source cursor's"));
        if (current.kind == OutlineNode::Kind::Item) {
            ItemForm *form = itemForm();
            for (QWidget *field : {static_cast<QWidget *>(form->titleField()),
                                   static_cast<QWidget *>(form->urlField()),
                                   static_cast<QWidget *>(form->tailField()),
                                   static_cast<QWidget *>(form->descriptionField()),
                                   static_cast<QWidget *>(form->imageUrlField()),
                                   static_cast<QWidget *>(form->imageAltField()),
                                   static_cast<QWidget *>(form->starsField()),
                                   static_cast<QWidget *>(form->contributorField()),
                                   static_cast<QWidget *>(form->englishTitleField())}) {
                // The field shows what the text holds, or what it writes there (a field read
                // from the text shows an unclosed fence of it as it is).
                check(refusedWithWarning(field) ||
                          normalized(field, fieldValue(field)) ==
                              normalized(field, textValue(field)) ||
                          normalized(field, inTextOf(field, fieldValue(field))) ==
                              normalized(field, textValue(field)),
                      QStringLiteral("a field of item %1.%2 shows `%3`, the text says `%4`")
                          .arg(current.section)
                          .arg(current.item)
                          .arg(fieldValue(field), textValue(field)));
            }
        }
    }

    // An item may hold two notes of one kind (`（投稿自@A）…（投稿自@B）`); its field shows the
    // first, and clearing it reveals the next one, which the text held before.
    bool revealsTheNextNote(QWidget *field, const ItemNode &oldItem, const QString &before) const {
        const bool contributor = field == itemForm()->contributorField();
        if ((!contributor && field != itemForm()->starsField()) ||
            !fieldValue(field).trimmed().isEmpty())
            return false;
        const OutlineNode node = m_editor->currentNode();
        if (node.kind != OutlineNode::Kind::Item)
            return false;
        const ItemNotes &notes = doc().sections()[node.section].items[node.item].notes;
        const TextRange now = contributor ? notes.contributor : notes.star;
        const TextRange old = contributor ? oldItem.notes.contributor : oldItem.notes.star;
        if (now.isEmpty() || old.isEmpty())
            return false;
        return heldBesides(oldItem, old, before, now.in(doc().text()));
    }

    // Whether `oldItem`, in the text `before`, held `value` outside its range `old`.
    static bool heldBesides(const ItemNode &oldItem, const TextRange &old, const QString &before,
                            QStringView value) {
        const QString rest = before.mid(oldItem.begin, old.begin - oldItem.begin) +
                             before.mid(old.end, oldItem.end - old.end);
        return rest.contains(value);
    }

    // An item may hold two images (`![](a)` … `![](b)`); the form edits the first, and clearing
    // its URL and alt removes it, which makes the next one, which the text held before, the
    // item's image.
    bool revealsTheNextImage(QWidget *field, const ItemNode &oldItem, const QString &before) const {
        if ((field != itemForm()->imageUrlField() && field != itemForm()->imageAltField()) ||
            !fieldValue(field).trimmed().isEmpty() || oldItem.image.blockIndex < 0)
            return false;
        const OutlineNode node = m_editor->currentNode();
        if (node.kind != OutlineNode::Kind::Item)
            return false;
        const ItemNode &item = doc().sections()[node.section].items[node.item];
        if (item.image.blockIndex < 0)
            return false;
        return heldBesides(oldItem, oldItem.body[oldItem.image.blockIndex].span, before,
                           item.body[item.image.blockIndex].content.in(doc().text()));
    }

    // A note value with unpaired brackets cannot be written: the form says so under the field.
    bool refusedWithWarning(QWidget *field) const {
        QLabel *problem = field == itemForm()->starsField() ? itemForm()->starsProblem()
                          : field == itemForm()->contributorField()
                              ? itemForm()->contributorProblem()
                              : nullptr;
        if (!problem || !problem->isVisible())
            return false;
        int depth = 0;
        for (QChar c : fieldValue(field)) {
            if (c == u'（' || c == u'(')
                ++depth;
            else if ((c == u'）' || c == u')') && --depth < 0)
                return true;
        }
        return depth != 0;
    }

    static QString fieldValue(QWidget *field) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            return line->text();
        return static_cast<QPlainTextEdit *>(field)->toPlainText();
    }

    // A `---` typed into the Chinese part of a split title starts the English part there
    // (the field shows it until the user leaves it): in the text the Chinese part is what
    // comes before it.
    QString inTextOf(QWidget *field, const QString &value) const {
        if (field == itemForm()->titleField() && itemForm()->showsEnglishTitle() &&
            m_editor->currentNode().kind == OutlineNode::Kind::Item) {
            // The title splits at the first `---` its source writes as such: one that reads so
            // from an escaped dash (`--\-`) splits nothing, and the field's part runs on past it.
            const OutlineNode node = m_editor->currentNode();
            const ItemNode &item = doc().sections()[node.section].items[node.item];
            const qsizetype chinese =
                fieldtext::readerText(splitBilingual(item.title.in(doc().text())).chinese).size();
            qsizetype separator = value.indexOf(QStringLiteral("---"));
            while (separator >= 0 && separator < chinese)
                separator = value.indexOf(QStringLiteral("---"), separator + 1);
            if (separator >= 0)
                return value.left(separator);
        }
        if (field != itemForm()->descriptionField())
            return value;
        QString written = descriptionAsWritten(value);
        // In an issue whose front matter is never closed, a description's `---` and `...`
        // lines are written indented, so that they do not close it (DocumentEdits).
        if (doc().frontMatterIsUnclosed()) {
            static const QRegularExpression closing(QStringLiteral("^(---|\\.\\.\\.)[ \\t]*$"),
                                                    QRegularExpression::MultilineOption);
            written.replace(closing, QStringLiteral(" \\1"));
        }
        return written;
    }

    // A description as the rule says it is written (stated here on its own, so that the
    // product is checked, not called): none of its lines outside its code blocks starts a
    // section (`## x`, `### x`; in an issue without `##` a bold-link header alone in its
    // paragraph) or an item (`3、x`, `2. x`, `③ x`): a backslash goes before the hashes or
    // a bare link's bracket, a blank before the number or the bold. A fence it leaves open is
    // closed at its end.
    QString descriptionAsWritten(const QString &value) const {
        const bool withoutH2 = std::none_of(doc().sections().begin(), doc().sections().end(),
                                            [](const SectionNode &s) { return s.level == 2; });
        // Blank lines at either end are not written.
        qsizetype from = 0, to = value.size();
        while (from < to && value[from] == u'\n')
            ++from;
        while (to > from && value[to - 1] == u'\n')
            --to;
        QStringList lines = value.sliced(from, to - from).split(u'\n');
        QChar fenceChar;
        int fence = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString &line = lines[i];
            const bool alone = (i == 0 || scan::isBlank(lines[i - 1])) &&
                               (i + 1 == lines.size() || scan::isBlank(lines[i + 1]));
            if (fence > 0) {
                fence = scan::isFenceClosing(line, fenceChar, fence) ? 0 : fence;
            } else if (const int opened = scan::fenceOpening(line, &fenceChar)) {
                fence = opened;
            } else if (const int level = scan::atxHeadingLevel(line); level == 2 || level == 3) {
                line.insert(line.indexOf(u'#'), u'\\');
            } else if (scan::matchItemHead(line)) {
                line.prepend(u' ');
            } else if (withoutH2 && alone && pseudoHeaderForm(line) == PseudoHeader::Bold) {
                line.prepend(u' ');
            } else if (withoutH2 && alone && pseudoHeaderForm(line) == PseudoHeader::BareLink) {
                line.insert(scan::indexOfUnescaped(line, u'['), u'\\');
            }
        }
        if (fence > 0)
            lines << QString(fence, fenceChar);
        return lines.join(u'\n');
    }

    // What the text says the field holds, as a reader reads it.
    QString textValue(QWidget *field) const {
        const QString &text = doc().text();
        if (m_editor->currentNode().kind == OutlineNode::Kind::Section) {
            const SectionNode &section = doc().sections()[m_editor->currentNode().section];
            if (field == sectionForm()->labelField())
                return fieldtext::readerText(doc().sectionLabel(section));
            return section.headingUrl.in(text).toString();
        }
        const OutlineNode node = m_editor->currentNode();
        if (node.kind != OutlineNode::Kind::Item)
            return {};
        const ItemNode &item = doc().sections()[node.section].items[node.item];
        ItemForm *form = itemForm();
        // Split in two fields (a bilingual title, or issue), the title field holds the part
        // before the first `---`, the English field the part after it.
        const BilingualText parts = splitBilingual(item.title.in(text));
        if (field == form->titleField())
            return fieldtext::readerText(
                form->showsEnglishTitle() ? parts.chinese : item.title.in(text).toString());
        if (field == form->englishTitleField())
            return form->showsEnglishTitle() && parts.bilingual
                       ? fieldtext::readerText(parts.english)
                       : QString();
        if (field == form->urlField())
            return item.hasLink ? item.url.in(text).toString() : QString();
        if (field == form->tailField())
            return fieldtext::readerText(item.tail.in(text));
        if (field == form->descriptionField())
            return item.description().in(text).toString();
        if (field == form->imageUrlField())
            return item.image.url.in(text).toString();
        if (field == form->imageAltField())
            return fieldtext::readerText(item.image.alt.in(text));
        if (field == form->starsField())
            return item.notes.starValue.in(text).toString();
        if (field == form->contributorField())
            return item.notes.contributorName.in(text).toString();
        return {};
    }

    // Blanks the format does not keep (the ends of a one-line value, blank lines around a
    // description) and the percent-encoding of a URL do not count as a difference.
    QString normalized(QWidget *field, QString value) const {
        if (field == itemForm()->descriptionField())
            return value.trimmed();
        // A one-line field shows a line break of the text as a blank.
        value.replace(u'\n', u' ');
        if (field == itemForm()->urlField() || field == itemForm()->imageUrlField() ||
            field == sectionForm()->urlField())
            return value.trimmed()
                .replace(QStringLiteral("%20"), QStringLiteral(" "))
                .replace(QStringLiteral("%5C"), QStringLiteral("\\"))
                .replace(QStringLiteral("%28"), QStringLiteral("("))
                .replace(QStringLiteral("%29"), QStringLiteral(")"));

        const OutlineNode node = m_editor->currentNode();
        const bool linkedTitle =
            (field == itemForm()->titleField() || field == itemForm()->englishTitleField()) &&
            node.kind == OutlineNode::Kind::Item &&
            doc().sections()[node.section].items[node.item].hasLink;
        if (field == itemForm()->tailField() || field == itemForm()->imageAltField() || linkedTitle)
            return value;
        if (field == itemForm()->contributorField() && value.trimmed().startsWith(u'@'))
            return value.trimmed().mid(1).trimmed();
        return value.trimmed();
    }

    QWidget m_window;
    IssueEditor *m_editor;
    quint64 m_seed;
    int m_steps;
    std::mt19937_64 m_rng;
    QString m_path;
    QString m_variantOf; // the original of a copy made by --variants
    QByteArray m_loaded;
    QString m_start;
    QSet<size_t> m_seen; // every text the document held (hashes), undo steps land on one
    QString m_before;    // the text before the current step
};

// Copies of `bytes` with the line-ending shapes real files have.
QList<std::pair<QString, QByteArray>> variantsOf(const QByteArray &bytes) {
    QList<std::pair<QString, QByteArray>> variants;
    QByteArray lf = bytes;
    lf.replace("\r\n", "\n");
    QByteArray mixed;
    int line = 0;
    for (char c : lf) {
        if (c == '\n' && line++ % 2 == 0)
            mixed += '\r';
        mixed += c;
    }
    variants.append({QStringLiteral("mixed-crlf"), mixed});
    // A lone CR is a CR not followed by LF: some line endings (in paragraphs and before
    // blank lines alike), about one in 40 bytes, become CR where the next byte is no LF
    // (which would make a CRLF of it).
    QByteArray loneCr = lf;
    for (qsizetype at = loneCr.indexOf('\n'); at >= 0; at = loneCr.indexOf('\n', at + 1)) {
        if (at + 1 < loneCr.size() && loneCr[at + 1] == '\n')
            continue;
        loneCr[at] = '\r';
        at += 40;
    }
    variants.append({QStringLiteral("lone-cr"), loneCr});
    variants.append({QStringLiteral("bom"), QByteArray("\xEF\xBB\xBF") + bytes});
    QByteArray noFinal = bytes;
    while (noFinal.endsWith('\n') || noFinal.endsWith('\r'))
        noFinal.chop(1);
    variants.append({QStringLiteral("no-final-newline"), noFinal});
    return variants;
}

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int steps = 200;
    quint64 seed = 1;
    bool variants = false;
    bool progress = false; // a line for each file as it is done
    QStringList files;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--steps" && i + 1 < args.size())
            steps = args[++i].toInt();
        else if (args[i] == u"--seed" && i + 1 < args.size())
            seed = args[++i].toULongLong();
        else if (args[i] == u"--variants")
            variants = true;
        else if (args[i] == u"--progress")
            progress = true;
        else if (args[i].startsWith(u"--")) {
            std::fprintf(
                stderr,
                "usage: session_fuzz [--steps N] [--seed S] [--variants] [--progress] FILE…\n");
            return 2;
        } else if (QFileInfo(args[i]).isDir()) {
            QDirIterator it(args[i], {QStringLiteral("*.md")}, QDir::Files,
                            QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext()) {
                const QString path = it.next();
                if (!path.endsWith(QStringLiteral("/NOTICE.md")))
                    found << path;
            }
            found.sort();
            files << found;
        } else {
            files << args[i];
        }
    }
    if (files.isEmpty()) {
        std::fprintf(
            stderr, "usage: session_fuzz [--steps N] [--seed S] [--variants] [--progress] FILE…\n");
        return 2;
    }
    QTemporaryDir copies;
    QHash<QString, QString> originals; // copy → the file it was made from
    if (variants) {
        QStringList all;
        for (qsizetype index = 0; index < files.size(); ++index) {
            const QString &path = files[index];
            all << path;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // One folder per original: en/ and ja/ issues share their names with zh/ ones.
            // The copy's name (which seeds its steps) does not depend on the folder.
            const QString folder = copies.filePath(QString::number(index));
            QDir().mkpath(folder);
            for (const auto &[name, bytes] : variantsOf(file.readAll())) {
                const QString copy = folder + u'/' + QFileInfo(path).completeBaseName() + u'.' +
                                     name + QStringLiteral(".md");
                originals.insert(copy, path);
                QFile out(copy);
                if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size()) {
                    out.close();
                    all << copy;
                }
            }
        }
        files = all;
    }
    Fuzzer fuzzer(seed, steps);
    qint64 total = 0;
    int failures = 0;
    for (const QString &path : std::as_const(files)) {
        bool failed = false;
        const int done = fuzzer.run(path, &failed, originals.value(path));
        total += done;
        failures += failed ? 1 : 0;
        if (progress)
            std::printf("%s: %d steps%s\n", qPrintable(path), done, failed ? ", failed" : ""),
                std::fflush(stdout);
    }
    std::printf("session_fuzz: %lld files, %lld steps, %d failures\n",
                static_cast<long long>(files.size()), static_cast<long long>(total), failures);
    return failures == 0 ? 0 : 1;
}
