// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QComboBox;
class QLineEdit;

namespace wc {

// The preview's page of the Settings dialog: the theme and a user style sheet. apply()
// stores them (Settings), and every open preview follows.
class PreviewSettingsWidget : public QGroupBox {
    Q_OBJECT
public:
    explicit PreviewSettingsWidget(QWidget *parent = nullptr);

    void apply();

private:
    void browse();

    QComboBox *m_theme;
    QLineEdit *m_userCss;
};

} // namespace wc
