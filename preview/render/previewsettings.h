// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace wc {

// The preview's settings (QSettings keys `preview/theme` = default|dark and
// `preview/userCss` = path of a CSS file added after the theme). QtCore only, so the export
// uses the same choices as the preview.
class PreviewSettings : public QObject {
    Q_OBJECT
public:
    static QString theme();
    static void setTheme(const QString &name);
    static QString userCssPath();
    static void setUserCssPath(const QString &path);
    // The user CSS file's text; empty without one. `error` receives why it cannot be read.
    static QString userCss(QString *error = nullptr);

    // Emits changed() after a setter: every open preview follows at once.
    static PreviewSettings *notifier();

signals:
    void changed();

private:
    using QObject::QObject;
};

} // namespace wc
