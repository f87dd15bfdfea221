// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"
#include "commandline.h"
#include "documentmanager.h"
#include "recoverydialog.h"
#include "recoverystore.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>

namespace {

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("weekly-composer"));
    QCoreApplication::setOrganizationName(QStringLiteral("weekly-composer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
}

// Commands run without a display: they must not create a QApplication (which aborts when
// there is no display), and neither must a misspelt command.
bool isCommand(int argc, char *argv[]) {
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (first == u"--copy-of" && argc == 3)
        return false; // opens a window
    return wc::isCommandName(first) || first.startsWith(u'-') || wc::isMistypedCommand(first);
}

} // namespace

int main(int argc, char *argv[]) {
    if (isCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return wc::runCommandLine(QCoreApplication::arguments()).value_or(0);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Weekly Composer"));
    wc::appearance::installTranslators(app);
    wc::appearance::applyTheme(wc::Settings::instance().theme());

    wc::DocumentManager documents;
    // Work left behind by a crash comes first: offer it before anything else opens.
    int opened = 0;
    const wc::RecoveryStore store;
    if (const auto abandoned = store.abandoned(); !abandoned.isEmpty()) {
        wc::RecoveryDialog dialog(abandoned);
        dialog.exec();
        for (const auto &entry : dialog.chosen()) {
            if (documents.restore(entry)) {
                store.remove(entry.id);
                ++opened;
            }
        }
        for (const auto &entry : dialog.discarded())
            store.remove(entry.id);
    }

    // Without a file the program starts a new issue: it reads nothing from the source tree it
    // was built in. `--copy-of FILE` opens FILE as a new, untitled issue, so Ctrl+S cannot
    // overwrite it: run.sh opens the bundled sample that way.
    QStringList files = QApplication::arguments().mid(1);
    if (files.size() == 2 && files.first() == u"--copy-of") {
        if (documents.openUntitledCopy(files.last()))
            ++opened;
        files.clear();
    }
    for (const QString &path : files) {
        if (documents.open(path))
            ++opened;
    }
    if (opened == 0) {
        // Nothing could be opened (the reason was shown): start with a new issue instead.
        documents.newIssue();
    }
    return QApplication::exec();
}
