// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

namespace wc {

// The scriptable command line: `export`, `inspect`, `outline`, `stats`, `check`, `archive`,
// `new`, `link`, `--help`, `--version`.
// Returns the exit status when the arguments named a command, nullopt when the editor
// window should open instead (no command, or a file to edit).
std::optional<int> runCommandLine(const QStringList &arguments);

QString usageText();

// True for the name of a verb (export, inspect, …): such a first argument runs without a display.
bool isCommandName(const QString &argument);

// True for a first argument that is neither a command nor a file to edit (`inpsect`): it gets
// "unknown command" and status 2, with or without a display.
bool isMistypedCommand(const QString &argument);

} // namespace wc
