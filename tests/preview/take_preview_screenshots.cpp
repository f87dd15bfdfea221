// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the live preview of the bundled Chinese sample, in both themes, for docs/:
//   QT_QPA_PLATFORM=offscreen take_preview_screenshots [OUTDIR]   (default: docs)
// writes OUTDIR/preview-light.png and OUTDIR/preview-dark.png.
#include "issuesession.h"
#include "nodeselection.h"
#include "previewthemes.h"
#include "previewview.h"

#include <QApplication>
#include <QDir>
#include <QTest>

#include <cstdio>

using namespace wc;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs");
    QDir().mkpath(outDir);

    IssueSession session;
    QString error;
    if (!session.load(QStringLiteral(WC_SAMPLES_DIR "/2026-11-21-weekly.md"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    PreviewView view;
    view.setSession(&session);
    view.resize(860, 1500);
    view.show();
    if (!QTest::qWaitFor([&] { return view.shownRevision() == session.revision(); }, 30000)) {
        std::fprintf(stderr, "the preview did not show the sample\n");
        return 1;
    }
    session.selection()->setCurrent({OutlineNode::Kind::Item, 0, 1}); // the selected item's mark

    const QList<std::pair<QString, QString>> shots{
        {QStringLiteral("default"), QStringLiteral("preview-light.png")},
        {QStringLiteral("dark"), QStringLiteral("preview-dark.png")}};
    for (const auto &[theme, name] : shots) {
        view.setStyle(theme, QString());
        // A screenshot tool, not a test: give the compositor time to paint the new style.
        QTest::qWait(1500);
        const QString path = QDir(outDir).filePath(name);
        if (!view.grab().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
