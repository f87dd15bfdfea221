// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QComboBox;
class QLineEdit;

namespace wc {

// The preview's page of the Settings dialog: the theme and a user style sheet. apply()
// stores them (PreviewSettings), and every open preview follows.
class PreviewSettingsWidget : public QGroupBox {
    Q_OBJECT
public:
    explicit PreviewSettingsWidget(QWidget *parent = nullptr);

    void apply();

    QComboBox *themeBox() const { return m_theme; }
    QLineEdit *userCssField() const { return m_userCss; }

private:
    void browse();

    QComboBox *m_theme;
    QLineEdit *m_userCss;
};

} // namespace wc
