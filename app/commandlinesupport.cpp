// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlinesupport.h"

#include "filewriter.h"

#include <QFile>

#include <array>
#include <cstdio>

namespace wc::cli {

int fail(const QString &message, int status) {
    const QByteArray line = QStringLiteral("weekly-composer: %1\n").arg(message).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    return status;
}

int writeOutput(const QByteArray &bytes, const QString &outPath) {
    if (outPath.isEmpty() || outPath == u"-") {
        if (const auto written = FileWriter::writeStandardOutput(bytes); !written)
            return fail(QStringLiteral("cannot write to standard output: %1").arg(written.cause));
        return 0;
    }
    if (const auto written = FileWriter::write(outPath, bytes); !written)
        return fail(QStringLiteral("cannot write %1: %2").arg(outPath, written.cause));
    return 0;
}

Options parseOptions(const QString &command, const QStringList &args, int accepted) {
    Options options;
    struct Valued {
        const char16_t *name;
        Option option;
        QString Options::*target;
    };
    const std::array<Valued, 9> valued = {{
        {u"--to", To, &Options::format},
        {u"-o", Output, &Options::output},
        {u"--output", Output, &Options::output},
        {u"--theme", Theme, &Options::theme},
        {u"--archive", Archive, &Options::archive},
        {u"--from", From, &Options::from},
        {u"--section", Section, &Options::section},
        {u"--github-api", GithubApi, &Options::githubApi},
        {u"--lang", Lang, &Options::lang},
    }};
    auto doesNotApply = [&](const QString &name) {
        options.error = QStringLiteral("%1 does not apply to %2 (see --help)").arg(name, command);
    };
    for (qsizetype i = 0; i < args.size() && options.error.isEmpty(); ++i) {
        const QString &arg = args[i];
        if (arg == u"--json") {
            if (accepted & Json)
                options.json = true;
            else
                doesNotApply(arg);
            continue;
        }
        const QString name = arg.section(u'=', 0, 0);
        const auto found = std::find_if(valued.begin(), valued.end(), [&](const Valued &v) {
            return name == QStringView(v.name);
        });
        if (found != valued.end()) {
            if (!(accepted & found->option)) {
                doesNotApply(name);
            } else if (arg.contains(u'=') && name.startsWith(QLatin1String("--"))) {
                options.*(found->target) = arg.section(u'=', 1);
            } else if (i + 1 >= args.size()) {
                options.error = QStringLiteral("%1 needs a value").arg(arg);
            } else {
                options.*(found->target) = args[++i];
            }
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            options.error = QStringLiteral("unknown option %1").arg(arg);
        } else {
            options.positional << arg; // `-` alone is standard input
        }
    }
    return options;
}

IssueFile::Loaded loadInput(const QString &path, const ParseConventions &conventions) {
    if (path != u"-")
        return IssueFile::load(path, conventions);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        IssueFile::Loaded failed;
        failed.error = QStringLiteral("cannot read standard input: %1").arg(in.errorString());
        return failed;
    }
    return IssueFile::fromBytes(in.read(IssueFile::maximumSize + 1), QString(),
                                QStringLiteral("standard input"), conventions);
}

std::optional<IssueDocument> loadOrReport(const QString &path, int *status,
                                          const ParseConventions &conventions) {
    auto loaded = loadInput(path, conventions);
    if (!loaded.document)
        *status = fail(loaded.error);
    return std::move(loaded.document);
}

} // namespace wc::cli
