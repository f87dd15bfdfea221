// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every corpus file through a scripted sequence of random moves (items within and across
// sections, several items, sections): after each move the re-parsed structure is the one the
// user asked for and the moved sections are numbered 1..n; undoing every move in reverse
// gives back the original bytes, both through the edit API's inverse edits and through the
// editor's own QTextDocument undo history.
#include "documentedits.h"
#include "issuesession.h"
#include "markdownscan.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTextDocument>

using namespace wc;

namespace {

using Structure = QList<QStringList>; // per section: the titles of its items

Structure structureOf(const IssueDocument &doc) {
    Structure structure;
    for (const SectionNode &section : doc.sections()) {
        QStringList titles;
        for (const ItemNode &item : section.items)
            titles << item.title.in(doc.text()).toString();
        structure << titles;
    }
    return structure;
}

QStringList headingsOf(const IssueDocument &doc) {
    QStringList headings;
    for (const SectionNode &section : doc.sections())
        headings << section.header.content.in(doc.text()).toString();
    return headings;
}

bool numberedInOrder(const IssueDocument &doc, int s) {
    const auto &items = doc.sections()[s].items;
    for (int k = 0; k < items.size(); ++k) {
        const QString number = items[k].number.in(doc.text()).toString();
        if (number != QString::number(k + 1) && number != scan::circledDigit(k + 1))
            return false;
    }
    return true;
}

// One random move of the document's items or sections, and what the user expects of it.
struct Move {
    Edit edit; // empty: nothing to move
    Structure expected;
    QStringList expectedHeadings;
    QList<int> renumbered;
};

Move randomMove(const IssueDocument &doc, QRandomGenerator &random) {
    Move move;
    const auto &sections = doc.sections();
    if (sections.isEmpty())
        return move;
    const DocumentEdits edits(doc);
    Structure expected = structureOf(doc);
    QStringList expectedHeadings = headingsOf(doc);
    const int kind = random.bounded(4);
    QList<int> withItems;
    for (int s = 0; s < sections.size(); ++s) {
        if (!sections[s].items.isEmpty())
            withItems << s;
    }
    if (kind < 3 && !withItems.isEmpty()) {
        const int from = withItems[random.bounded(int(withItems.size()))];
        const int to = random.bounded(int(sections.size()));
        QList<ItemRef> refs{{from, random.bounded(int(sections[from].items.size()))}};
        if (kind == 2 && sections[from].items.size() > 2) // several at once
            refs << ItemRef{from, random.bounded(int(sections[from].items.size()))};
        std::sort(refs.begin(), refs.end());
        refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
        const int position = random.bounded(int(sections[to].items.size()) + 1);
        move.edit = edits.moveItems(refs, to, position);
        // What the user expects: the items leave, then land before `position`.
        QStringList moved;
        int landing = position;
        for (auto it = refs.crbegin(); it != refs.crend(); ++it) {
            moved.prepend(expected[from].takeAt(it->item));
            if (from == to && it->item < position)
                --landing;
        }
        for (int k = 0; k < moved.size(); ++k)
            expected[to].insert(landing + k, moved[k]);
        move.renumbered << from << to;
    } else {
        const int section = random.bounded(int(sections.size()));
        const QList<int> siblings = edits.siblingsOf(section);
        const int position = random.bounded(int(siblings.size()) + 1);
        move.edit = edits.moveSection(section, position);
        if (move.edit.isEmpty())
            return move;
        // Rebuild the expected order of section blocks (a section with its `###`).
        auto blockOf = [&](int s) {
            int size = 1;
            while (s + size < sections.size() && sections[s + size].parent == s)
                ++size;
            return std::pair{s, size};
        };
        QList<int> order = siblings;
        const qsizetype fromIndex = order.indexOf(section);
        order.removeAt(fromIndex);
        order.insert(position > fromIndex ? position - 1 : position, section);
        Structure reordered = expected.mid(0, siblings.first());
        QStringList headings = expectedHeadings.mid(0, siblings.first());
        for (int s : order) {
            const auto [begin, size] = blockOf(s);
            reordered += expected.mid(begin, size);
            headings += expectedHeadings.mid(begin, size);
        }
        const auto [lastBegin, lastSize] = blockOf(siblings.last());
        reordered += expected.mid(lastBegin + lastSize);
        headings += expectedHeadings.mid(lastBegin + lastSize);
        expected = reordered;
        expectedHeadings = headings;
    }
    move.expected = expected;
    move.expectedHeadings = expectedHeadings;
    return move;
}

// Empty when `doc` holds what `move` promised; else what differs.
QString unexpected(const IssueDocument &doc, const Move &move) {
    if (structureOf(doc) != move.expected)
        return QStringLiteral("items not where expected");
    if (headingsOf(doc) != move.expectedHeadings)
        return QStringLiteral("sections not where expected");
    for (int s : move.renumbered) {
        if (!numberedInOrder(doc, s))
            return QStringLiteral("not renumbered");
    }
    return {};
}

constexpr int movesPerFile = 12;

} // namespace

class TestRandomMoves : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { WC_REQUIRE_CORPUS(); }

    // The edit API alone: each move re-parsed, then the inverse edits applied last first.
    void randomMovesUndoToTheOriginalBytes() {
        int moves = 0;
        const QStringList files = test::corpusFiles();
        for (const QString &path : files) {
            const QByteArray original = test::readBytes(path);
            IssueDocument doc = test::loadDocument(path);
            QRandomGenerator random(quint32(qHash(QFileInfo(path).fileName())));
            QList<std::pair<QString, Edit>> history; // text before, edit
            for (int step = 0; step < movesPerFile; ++step) {
                const Move move = randomMove(doc, random);
                if (move.edit.isEmpty())
                    continue;
                const QString before = doc.text();
                history.append({before, move.edit});
                doc = IssueDocument::parse(applyEdit(before, move.edit), doc.fileName(),
                                           doc.hasBom());
                ++moves;
                const QString problem = unexpected(doc, move);
                QVERIFY2(problem.isEmpty(),
                         qPrintable(QStringLiteral("%1, move %2: ").arg(path).arg(step) + problem));
            }
            // Undo everything, last move first.
            QString text = doc.text();
            for (auto it = history.crbegin(); it != history.crend(); ++it)
                text = applyEdit(text, invertEdit(it->first, it->second));
            const IssueDocument restored = IssueDocument::parse(text, doc.fileName(), doc.hasBom());
            QVERIFY2(restored.serialize() == original,
                     qPrintable(path + ": undo did not restore the bytes"));
        }
        qInfo("%d random moves over %lld files, all undone to the original bytes", moves,
              qlonglong(files.size()));
        QVERIFY(moves > 1000);
    }

    // The editor's path: each move applied to the session's QTextDocument, then undone with
    // QTextDocument::undo(), one call per move: each undo gives back the structure its move
    // started from (so a move is one undo step), the history is then empty, and the file's
    // bytes (line endings and BOM included) are the loaded ones.
    void randomMovesUndoThroughTheTextDocument() {
        int moves = 0;
        const QStringList files = test::corpusFiles();
        for (const QString &path : files) {
            const QByteArray original = test::readBytes(path);
            IssueSession session;
            QString error;
            QVERIFY2(session.load(path, &error), qPrintable(error));
            QTextDocument *text = session.textDocument();
            QRandomGenerator random(quint32(qHash(QFileInfo(path).fileName())) ^ 0x5eedu);
            QList<Structure> before; // the structure before each applied move
            for (int step = 0; step < movesPerFile; ++step) {
                const Move move = randomMove(session.document(), random);
                if (move.edit.isEmpty())
                    continue;
                before.append(structureOf(session.document()));
                QVERIFY(session.apply(move.edit));
                ++moves;
                const QString problem = unexpected(session.document(), move);
                QVERIFY2(problem.isEmpty(),
                         qPrintable(QStringLiteral("%1, move %2: ").arg(path).arg(step) + problem));
            }
            while (!before.isEmpty()) {
                QVERIFY(text->isUndoAvailable());
                text->undo();
                QVERIFY2(structureOf(session.document()) == before.takeLast(),
                         qPrintable(path + ": an undo did not restore the structure"));
            }
            QVERIFY(!text->isUndoAvailable());
            QVERIFY2(session.fileBytes() == original,
                     qPrintable(path + ": undo did not restore the bytes"));
            QVERIFY(!session.isModified());
        }
        qInfo("%d random moves over %lld files, all undone with QTextDocument::undo()", moves,
              qlonglong(files.size()));
        QVERIFY(moves > 1000);
    }
};

QTEST_MAIN(TestRandomMoves)
#include "tst_randommoves.moc"
