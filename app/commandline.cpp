#include "commandline.h"

#include "htmlexporter.h"
#include "issuefile.h"
#include "issuejson.h"
#include "outlinetext.h"
#include "previewthemes.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace wc {

namespace {

int fail(const QString &message, int status = 1) {
    const QByteArray line = QStringLiteral("weekly-composer: %1\n").arg(message).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    return status;
}

int writeOutput(const QByteArray &bytes, const QString &outPath) {
    if (outPath.isEmpty()) {
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) !=
                size_t(bytes.size()) ||
            std::fflush(stdout) != 0)
            return fail(QStringLiteral("cannot write to standard output"));
        return 0;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(outPath, file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(outPath, file.errorString()));
    return 0;
}

struct Options {
    QStringList positional;
    QString format;
    QString output;
    QString theme;
    QString error;
};

Options parseOptions(const QStringList &args) {
    Options options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        auto takeValue = [&](QString *target) {
            if (i + 1 >= args.size()) {
                options.error = QStringLiteral("%1 needs a value").arg(arg);
                return;
            }
            *target = args[++i];
        };
        if (arg == u"--to")
            takeValue(&options.format);
        else if (arg.startsWith(u"--to="))
            options.format = arg.mid(5);
        else if (arg == u"-o" || arg == u"--output")
            takeValue(&options.output);
        else if (arg == u"--theme")
            takeValue(&options.theme);
        else if (arg.startsWith(u'-') && arg.size() > 1)
            options.error = QStringLiteral("unknown option %1").arg(arg);
        else
            options.positional << arg;
        if (!options.error.isEmpty())
            break;
    }
    return options;
}

std::optional<IssueDocument> loadOrReport(const QString &path, int *status) {
    auto loaded = IssueFile::load(path);
    if (!loaded.document)
        *status = fail(loaded.error);
    return std::move(loaded.document);
}

int runExport(const QStringList &args) {
    const Options options = parseOptions(args);
    if (!options.error.isEmpty())
        return fail(options.error, 2);
    if (options.positional.size() != 1)
        return fail(QStringLiteral("export takes exactly one FILE (see --help)"), 2);
    if (options.format.isEmpty())
        return fail(QStringLiteral("export needs --to markdown or --to html"), 2);
    const bool html = options.format == u"html";
    if (!html && options.format != u"markdown" && options.format != u"md")
        return fail(QStringLiteral("cannot export to \"%1\": the formats are: markdown, html")
                        .arg(options.format),
                    2);
    if (!options.theme.isEmpty() && !html)
        return fail(QStringLiteral("--theme applies to --to html only"), 2);
    if (!options.theme.isEmpty() && !themes::isKnown(options.theme))
        return fail(QStringLiteral("unknown theme \"%1\": the themes are: %2")
                        .arg(options.theme, themes::names().join(QStringLiteral(", "))),
                    2);
    int status = 0;
    const auto document = loadOrReport(options.positional.first(), &status);
    if (!document)
        return status;
    if (!html)
        return writeOutput(document->serialize(), options.output);
    HtmlExporter::Options exportOptions;
    if (!options.theme.isEmpty())
        exportOptions.theme = options.theme;
    return writeOutput(HtmlExporter::exportDocument(*document, exportOptions), options.output);
}

int runInspect(const QStringList &args, bool outline) {
    const Options options = parseOptions(args);
    if (!options.error.isEmpty())
        return fail(options.error, 2);
    if (options.positional.size() != 1)
        return fail(QStringLiteral("%1 takes exactly one FILE (see --help)")
                        .arg(outline ? u"outline" : u"inspect"),
                    2);
    int status = 0;
    const auto document = loadOrReport(options.positional.first(), &status);
    if (!document)
        return status;
    return writeOutput(outline ? outlineText(*document).toUtf8() : issueToJson(*document),
                       options.output);
}

} // namespace

QString usageText() {
    return QStringLiteral(
        "Usage:\n"
        "  weekly-composer [FILE]                 open FILE (or a new issue) in the editor\n"
        "  weekly-composer export --to markdown FILE [-o OUT]\n"
        "                                         write the issue's Markdown to stdout or OUT\n"
        "  weekly-composer export --to html FILE [-o OUT] [--theme default|dark]\n"
        "                                         write the issue as one standalone HTML page\n"
        "  weekly-composer inspect FILE [-o OUT]  print the issue's structure as JSON\n"
        "  weekly-composer outline FILE           print the issue's outline as text\n"
        "  weekly-composer --help | --version\n"
        "\n"
        "Exit status: 0 on success, 1 when a file cannot be read or written, 2 on bad usage.\n");
}

std::optional<int> runCommandLine(const QStringList &arguments) {
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return std::nullopt;
    const QString &command = args.first();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        const QByteArray text = usageText().toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return 0;
    }
    if (command == u"--version" || command == u"-v") {
        const QByteArray text = QStringLiteral("weekly-composer %1\n")
                                    .arg(QCoreApplication::applicationVersion())
                                    .toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return 0;
    }
    if (command == u"export")
        return runExport(args.mid(1));
    if (command == u"inspect")
        return runInspect(args.mid(1), false);
    if (command == u"outline")
        return runInspect(args.mid(1), true);
    if (command.startsWith(u'-'))
        return fail(QStringLiteral("unknown option %1 (see --help)").arg(command), 2);
    return std::nullopt;
}

} // namespace wc
