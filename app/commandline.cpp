// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commandlinesupport.h"
#include "newslettercommands.h"

#include "filewriter.h"
#include "htmlexporter.h"
#include "issuefile.h"
#include "issuejson.h"
#include "outlinetext.h"
#include "previewthemes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace wc {

namespace {

using namespace cli;

int runExport(const QStringList &args) {
    const Options options =
        parseOptions(QStringLiteral("export"), args, To | Output | Theme | Lang);
    if (!options.error.isEmpty())
        return fail(options.error, 2);
    if (options.positional.size() != 1)
        return fail(QStringLiteral("export takes exactly one FILE (see --help)"), 2);
    if (options.format.isEmpty())
        return fail(QStringLiteral("export needs --to FORMAT (see --help)"), 2);
    const bool html = options.format == u"html";
    const bool published = publishedFormats().contains(options.format);
    if (!html && !published && options.format != u"markdown" && options.format != u"md")
        return fail(QStringLiteral("cannot export to \"%1\": the formats are: markdown, html, %2")
                        .arg(options.format, publishedFormats().join(QStringLiteral(", "))),
                    2);
    if (!options.theme.isEmpty() && !html)
        return fail(QStringLiteral("--theme applies to --to html only"), 2);
    if (!options.theme.isEmpty() && !themes::isKnown(options.theme))
        return fail(QStringLiteral("unknown theme \"%1\": the themes are: %2")
                        .arg(options.theme, themes::names().join(QStringLiteral(", "))),
                    2);
    static const QStringList withLanguage = {
        QStringLiteral("summary"), QStringLiteral("summary-github"), QStringLiteral("telegram"),
        QStringLiteral("readme-entry"), QStringLiteral("wechat")};
    if (!options.lang.isEmpty() && !withLanguage.contains(options.format))
        return fail(QStringLiteral("--lang applies to --to %1 only")
                        .arg(withLanguage.join(QStringLiteral("|"))),
                    2);
    if (!options.lang.isEmpty() && options.lang != u"zh" && options.lang != u"en")
        return fail(QStringLiteral("--lang is zh or en"), 2);
    // The newsletter's profile says how its issues parse (footer markers, section emoji).
    const NewsletterProfile profile = profileFor(options.positional.first());
    int status = 0;
    const auto document = loadOrReport(options.positional.first(), &status, profile.conventions);
    if (!document)
        return status;
    if (published)
        return writeOutput(*publishedOutput(options.format, options.lang, *document, profile),
                           options.output);
    if (!html)
        return writeOutput(document->serialize(), options.output);
    HtmlExporter::Options exportOptions;
    if (!options.theme.isEmpty())
        exportOptions.theme = options.theme;
    return writeOutput(HtmlExporter::exportDocument(*document, exportOptions), options.output);
}

int runInspect(const QStringList &args, bool outline) {
    const Options options =
        parseOptions(outline ? QStringLiteral("outline") : QStringLiteral("inspect"), args, Output);
    if (!options.error.isEmpty())
        return fail(options.error, 2);
    if (options.positional.size() != 1)
        return fail(QStringLiteral("%1 takes exactly one FILE (see --help)")
                        .arg(outline ? u"outline" : u"inspect"),
                    2);
    int status = 0;
    const auto document = loadOrReport(options.positional.first(), &status,
                                       profileFor(options.positional.first()).conventions);
    if (!document)
        return status;
    return writeOutput(outline ? outlineText(*document).toUtf8() : issueToJson(*document),
                       options.output);
}

} // namespace

QString usageText() {
    return QStringLiteral(
        "Usage:\n"
        "  weekly-composer [FILE...]              open each FILE in the editor (none: a new "
        "issue)\n"
        "  weekly-composer --copy-of FILE         open a copy of FILE as a new, untitled issue\n"
        "  weekly-composer export --to markdown FILE [-o OUT]\n"
        "                                         write the issue's Markdown to stdout or OUT\n"
        "  weekly-composer export --to html FILE [-o OUT] [--theme default|dark]\n"
        "                                         write the issue as one standalone HTML page\n"
        "  weekly-composer inspect FILE [-o OUT]  print the issue's structure as JSON\n"
        "  weekly-composer outline FILE [-o OUT]  print the issue's outline as text\n"
        "  weekly-composer export --to zh|en FILE [-o OUT]\n"
        "                                         write the Chinese or English edition (Markdown)\n"
        "  weekly-composer export --to summary|summary-github|telegram|readme-entry|wechat FILE\n"
        "                         [--lang zh|en] [-o OUT]\n"
        "                                         write a title-only summary, the Telegram\n"
        "                                         caption, the README entry or HTML for\n"
        "                                         WeChat's editor (inline styles)\n"
        "  weekly-composer stats FILE [--json]    print items per section kind and the word count\n"
        "  weekly-composer check FILE [--archive DIR] [--json]\n"
        "                                         print the checks' findings (exit 0 either way)\n"
        "  weekly-composer archive DIR [--json]   print the index of the issues under DIR\n"
        "  weekly-composer new --from LAST_ISSUE [--archive DIR] [-o OUT]\n"
        "                                         write the next issue, made from the last one\n"
        "  weekly-composer link URL [--section articles|projects] [--github-api URL] [--json]\n"
        "                                         fetch URL and print the item it would make\n"
        "  weekly-composer --help | --version\n"
        "\n"
        "FILE may be - for standard input, OUT - for standard output (the default).\n"
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
    if (const auto status = cli::runNewsletterCommand(command, args.mid(1)))
        return status;
    if (command.startsWith(u'-'))
        return fail(QStringLiteral("unknown option %1 (see --help)").arg(command), 2);
    if (isMistypedCommand(command))
        return fail(QStringLiteral("unknown command \"%1\" (see --help)").arg(command), 2);
    return std::nullopt;
}

bool isCommandName(const QString &argument) {
    static const QStringList commands = {
        QStringLiteral("export"), QStringLiteral("inspect"), QStringLiteral("outline"),
        QStringLiteral("stats"),  QStringLiteral("check"),   QStringLiteral("archive"),
        QStringLiteral("new"),    QStringLiteral("link"),    QStringLiteral("help")};
    return commands.contains(argument);
}

bool isMistypedCommand(const QString &argument) {
    // A file to edit has an extension or a folder in its name, or exists; a bare word that
    // is none of these can only be a command, misspelt.
    return !argument.isEmpty() && !argument.contains(u'.') && !argument.contains(u'/') &&
           !QFileInfo::exists(argument);
}

} // namespace wc
