// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace wc {

class PreviewSettingsWidget;

// Language and theme (the theme applies at once, the language on the next start), the
// preview's style, and whether saving updates the statistics.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_theme;
    PreviewSettingsWidget *m_preview;
    QLineEdit *m_githubApi;
    QLineEdit *m_githubToken;
    QCheckBox *m_statisticsOnSave;
};

} // namespace wc
