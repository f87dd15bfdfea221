// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filewriter.h"
#include "linkinbox.h"

#include <QCoreApplication>

namespace wc {

// The inbox of an issue, saved beside it: `2026-11-21-weekly.md` keeps its candidate links in
// `2026-11-21-weekly.inbox.json`, a small UTF-8 JSON file (one object per link, keys in a fixed
// order, one key a line), so it reads well and diffs line by line in git:
//
//   {
//       "format": "weekly-composer-inbox",
//       "links": [
//           {
//               "description": "An extremely fast Python package manager.",
//               "stars": 18500,
//               "title": "uv",
//               "url": "https://github.com/astral-sh/uv"
//           }
//       ],
//       "version": 1
//   }
//
// Only "url" is required; a link without a "title" is fetched again when the issue is opened.
class InboxFile {
    Q_DECLARE_TR_FUNCTIONS(wc::InboxFile)
public:
    static QString pathFor(const QString &issuePath);

    struct Loaded {
        QList<InboxLink> links;
        bool exists = false;
        QString error; // why the file cannot be used (it is then never written over)
    };
    static Loaded read(const QString &path);
    static QByteArray toJson(const QList<InboxLink> &links);
    static FileWriter::Result write(const QString &path, const QList<InboxLink> &links);
};

} // namespace wc
