#include "commandline.h"
#include "issuefile.h"
#include "outlinetext.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("weekly-composer"));
    QCoreApplication::setOrganizationName(QStringLiteral("weekly-composer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WC_VERSION));

    if (const auto status = wc::runCommandLine(QCoreApplication::arguments()))
        return *status;

    // No command: the editor opens FILE or the bundled sample. Until the window exists the
    // outline is printed, so `./run.sh FILE` already shows what the editor would show.
    const QStringList args = QCoreApplication::arguments();
    const QString path = args.size() > 1 ? args.at(1) : QStringLiteral(WC_SAMPLE_ISSUE);
    auto loaded = wc::IssueFile::load(path);
    if (!loaded.document) {
        std::fprintf(stderr, "weekly-composer: %s\n", qPrintable(loaded.error));
        return 1;
    }
    const QByteArray outline = wc::outlineText(*loaded.document).toUtf8();
    std::fwrite(outline.constData(), 1, size_t(outline.size()), stdout);
    return 0;
}
