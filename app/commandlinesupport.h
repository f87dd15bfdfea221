// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issuedocument.h"
#include "issuefile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// What every command-line verb shares: options, reading FILE (or stdin), writing OUT.
namespace wc::cli {

// One line on stderr, "weekly-composer: …"; returns `status`.
int fail(const QString &message, int status = 1);

// OUT empty or `-` is standard output; anything else goes through the one FileWriter.
int writeOutput(const QByteArray &bytes, const QString &outPath);

// The options a verb takes: any other one is bad usage, not silently ignored.
enum Option {
    To = 1 << 0,
    Output = 1 << 1,
    Theme = 1 << 2,
    Archive = 1 << 3,
    Json = 1 << 4,
    From = 1 << 5,
    Section = 1 << 6,
    GithubApi = 1 << 7,
    Lang = 1 << 8,
};

struct Options {
    QStringList positional;
    QString format; // --to
    QString output; // -o, --output
    QString theme;
    QString archive;
    QString from;
    QString section;
    QString githubApi;
    QString lang;
    bool json = false;
    QString error; // set on bad usage
};

Options parseOptions(const QString &command, const QStringList &args, int accepted);

// FILE, or standard input for `-`, with the same checks as a file, parsed with the
// newsletter's `conventions` (its profile's).
IssueFile::Loaded loadInput(const QString &path,
                            const ParseConventions &conventions = ParseConventions::defaults());
// The document, or nullopt with the error reported and `*status` set.
std::optional<IssueDocument>
loadOrReport(const QString &path, int *status,
             const ParseConventions &conventions = ParseConventions::defaults());

} // namespace wc::cli
