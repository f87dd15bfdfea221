// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace wc {

// The object the preview page sees through QWebChannel, in the isolated world only: the page
// says when it is ready and which node the user clicked. Nothing else is exposed.
class PreviewBridge : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

public slots:
    void pageReady() { emit ready(); }
    // kind: "header", "preamble", "section" or "item"; -1 where it does not apply.
    void activated(const QString &kind, int section, int item) {
        emit clicked(kind, section, item);
    }

signals:
    void ready();
    void clicked(const QString &kind, int section, int item);
};

} // namespace wc
