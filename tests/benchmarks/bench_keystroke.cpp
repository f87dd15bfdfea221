// Keystroke latency in the real widgets (offscreen): a character typed into the item form's
// title until the Markdown source holds it and has processed its repaint, and a character
// typed into the source until the form and the outline show it.
// Prints one JSON object per line, as the other benchmarks do.
//
//   bench_keystroke [REGULAR.md [LARGE.md]]
//   (defaults: the bundled sample, and from ../shared/corpus the largest regular issue and the
//   291 KB compilation)

#include "benchreport.h"
#include "benchwindow.h"
#include "formpanel.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "itemform.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "sourceeditor.h"
#include "typing.h"

#include <QApplication>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

#include <chrono>

namespace {

constexpr int keystrokes = 200;
constexpr int warmup = 20;

// Times `type` followed by the event processing it causes (layout, repaint requests);
// `check` then proves the effect is visible, outside the timed part. With a `paceMs`, events
// go on being processed for that long between keystrokes (untimed), as between a typist's keys;
// with 0 the keystrokes come back to back and each also pays for the previous one's
// leftovers (the preview's frames).
template <typename Type, typename Check>
std::vector<double> measure(int paceMs, Type type, Check check) {
    std::vector<double> samples;
    for (int i = 0; i < warmup + keystrokes; ++i) {
        if (paceMs > 0)
            QTest::qWait(paceMs);
        const auto start = std::chrono::steady_clock::now();
        type(i);
        QCoreApplication::processEvents();
        const auto end = std::chrono::steady_clock::now();
        if (!check(i))
            qFatal("keystroke %d did not show up", i);
        if (i >= warmup)
            samples.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(samples.begin(), samples.end());
    return samples;
}

void report(const char *name, const QString &input, int paceMs,
            const std::vector<double> &samples) {
    bench::JsonLine()
        .add("bench", QString::fromLatin1(name))
        .add("input", input)
        .add("pace_ms", qint64(paceMs))
        .addLatency(samples);
}

// An item in the middle of the busiest section.
wc::OutlineNode busiestItem(const wc::IssueDocument &document) {
    const int section = bench::busiestSection(document);
    return {wc::OutlineNode::Kind::Item, section,
            int(document.sections()[section].items.size() / 2)};
}

void benchFile(const QString &path, int paceMs) {
    const QString name = QFileInfo(path).fileName();
    wc::MainWindow window;
    bench::showWindow(window, path);
    wc::IssueEditor *editor = window.editor();
    const wc::OutlineNode node = busiestItem(editor->session()->document());
    editor->selectNode(node);
    QCoreApplication::processEvents();

    // Form → source.
    QLineEdit *title = editor->formPanel()->itemForm()->titleField();
    title->setFocus();
    title->end(false);
    const int titleLine = editor->session()->document().lineNumberAt(
        editor->session()->document().sections()[node.section].items[node.item].begin);
    QTextDocument *text = editor->session()->textDocument();
    report("keystroke_form_to_source", name, paceMs,
           measure(
               paceMs, [&](int) { wc::test::typeText(title, QString(u'x')); },
               [&, base = text->findBlockByNumber(titleLine - 1).text().count(u'x')](int i) {
                   return text->findBlockByNumber(titleLine - 1).text().count(u'x') == base + i + 1;
               }));

    // Source → form and outline: type inside the same item's link text.
    QTextCursor cursor(text->findBlockByNumber(titleLine - 1));
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::MoveAnchor,
                        int(text->findBlockByNumber(titleLine - 1).text().indexOf(u'[') + 1));
    editor->sourceEditor()->setTextCursor(cursor);
    editor->sourceEditor()->setFocus();
    const QModelIndex row = editor->outlineModel()->indexFor(node);
    const qsizetype titleBase = title->text().count(u'y');
    const qsizetype rowBase = row.data().toString().count(u'y');
    report("keystroke_source_to_form", name, paceMs,
           measure(
               paceMs, [&](int) { wc::test::typeText(editor->sourceEditor(), QString(u'y')); },
               [&](int i) {
                   return title->text().count(u'y') == titleBase + i + 1 &&
                          row.data().toString().count(u'y') == rowBase + i + 1 &&
                          editor->currentNode() == node;
               }));
    text->setModified(false);
    window.close();
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("weekly-composer-bench"));
    const QStringList inputs =
        bench::inputsOrDefault(QCoreApplication::arguments().mid(1), QStringLiteral(WC_SAMPLES_DIR),
                               QStringLiteral(WC_BENCH_CORPUS_DIR));
    // Back to back, and at 80 ms a key (about 12 characters a second, a fast typist).
    for (const int paceMs : {0, 80}) {
        for (const QString &path : inputs)
            benchFile(path, paceMs);
    }
    return 0;
}
