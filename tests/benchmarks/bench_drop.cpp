// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Moving an item by drag and drop in the real window (offscreen): from the drop (the model's
// dropMimeData, as the view calls it) until the source and the outline show the move, with
// the resulting layout and repaint events processed. Alternates a move down and back up.
//
//   bench_drop [FILE…]   (default: ../shared/corpus's 291 KB compilation and the sample)

#include "benchinputs.h"
#include "benchreport.h"
#include "benchwindow.h"
#include "documentmanager.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "mainwindow.h"
#include "outlinemodel.h"

#include <QApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QTextDocument>

#include <chrono>
#include <memory>

namespace {

void benchFile(const QString &path) {
    wc::DocumentManager documents;
    wc::MainWindow window(&documents);
    bench::showWindow(window, path);
    wc::IssueEditor *editor = window.editor();
    wc::OutlineModel *model = editor->outlineModel();

    // The busiest section: move its first item to the middle and back.
    const auto &sections = editor->session()->document().sections();
    const int section = bench::busiestSection(editor->session()->document());
    const int middle = int(sections[section].items.size() / 2);
    const QModelIndex parent = model->indexFor({wc::OutlineNode::Kind::Section, section, -1});

    std::vector<double> samples;
    for (int i = 0; i < 220; ++i) {
        const bool down = i % 2 == 0;
        const int from = down ? 0 : middle - 1;
        const int row = down ? middle : 0;
        const QString title = editor->session()
                                  ->document()
                                  .sections()[section]
                                  .items[from]
                                  .title.in(editor->session()->document().text())
                                  .toString();
        const auto start = std::chrono::steady_clock::now();
        std::unique_ptr<QMimeData> data(
            model->mimeData({model->indexFor({wc::OutlineNode::Kind::Item, section, from})}));
        if (!model->dropMimeData(data.get(), Qt::MoveAction, row, 0, parent))
            qFatal("drop refused");
        QCoreApplication::processEvents();
        const auto end = std::chrono::steady_clock::now();
        const int landed = down ? middle - 1 : 0;
        const wc::IssueDocument &doc = editor->session()->document();
        if (doc.sections()[section].items[landed].title.in(doc.text()) != title ||
            !model->indexFor({wc::OutlineNode::Kind::Item, section, landed})
                 .data()
                 .toString()
                 .contains(title))
            qFatal("move %d did not show up", i);
        if (i >= 20)
            samples.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(samples.begin(), samples.end());
    bench::JsonLine()
        .add("bench", QStringLiteral("drop_move_item"))
        .add("input", QFileInfo(path).fileName())
        .addLatency(samples);
    editor->session()->textDocument()->setModified(false);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QStringList inputs = bench::widgetBenchInputs();
    for (const QString &path : inputs)
        benchFile(path);
    return 0;
}
