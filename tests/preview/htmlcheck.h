// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs check_html.py (html5lib parse errors + a safety audit of the parsed tree) over files.

#include <QProcess>
#include <QStringList>
#include <QTest>

namespace wc::test {

struct HtmlCheck {
    bool available = false; // a Python 3 with html5lib was found
    int status = -1;
    QString output;
};

// The first Python 3 that can import html5lib: the system one first (a pyenv shim on PATH
// may lack Debian's python3-html5lib).
inline QString pythonWithHtml5lib() {
    static const QString found = [] {
        for (const QString &candidate :
             {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
            QProcess process;
            process.start(candidate, {QStringLiteral("-c"), QStringLiteral("import html5lib")});
            if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
                process.exitCode() == 0)
                return candidate;
        }
        return QString();
    }();
    return found;
}

inline HtmlCheck checkHtmlFiles(const QStringList &files) {
    HtmlCheck check;
    const QString python = pythonWithHtml5lib();
    if (python.isEmpty())
        return check;
    check.available = true;
    QProcess process;
    process.start(python, QStringList{QStringLiteral(WC_CHECK_HTML)} + files);
    if (!process.waitForFinished(600000))
        qFatal("check_html.py did not finish");
    check.status = process.exitCode();
    check.output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return check;
}

} // namespace wc::test

#define WC_REQUIRE_HTML5LIB(check)                                                                 \
    do {                                                                                           \
        if (!(check).available)                                                                    \
            QSKIP("no python3 with html5lib (apt-get install python3-html5lib): cannot validate"); \
    } while (false)
