// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appearance.h"
#include "previewsettingswidget.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace wc {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_preview(new PreviewSettingsWidget(this))
    , m_githubApi(new QLineEdit(Settings::instance().githubApiUrl(), this))
    , m_githubToken(new QLineEdit(Settings::instance().githubToken(), this))
    , m_statisticsOnSave(new QCheckBox(tr("&Update the statistics when saving"), this)) {
    setWindowTitle(tr("Settings"));
    auto *layout = new QFormLayout(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::instance().language())));
    layout->addRow(tr("&Language:"), m_language);
    m_theme->addItem(tr("Follow the system"), int(appearance::Theme::System));
    m_theme->addItem(tr("Light"), int(appearance::Theme::Light));
    m_theme->addItem(tr("Dark"), int(appearance::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(Settings::instance().theme())));
    layout->addRow(tr("&Theme:"), m_theme);
    layout->addRow(m_preview);
    // Link intake reads descriptions and stars of GitHub repositories from this API.
    m_githubApi->setPlaceholderText(Settings::defaultGithubApiUrl());
    m_githubApi->setObjectName(QStringLiteral("githubApi"));
    layout->addRow(tr("&GitHub API:"), m_githubApi);
    m_githubToken->setEchoMode(QLineEdit::Password);
    m_githubToken->setPlaceholderText(tr("optional: raises the rate limit"));
    m_githubToken->setObjectName(QStringLiteral("githubToken"));
    layout->addRow(tr("GitHub &token:"), m_githubToken);
    m_statisticsOnSave->setObjectName(QStringLiteral("statisticsOnSave"));
    m_statisticsOnSave->setToolTip(tr("Before each save, rewrite the numbers of the stats line "
                                      "and of the description from the counts"));
    m_statisticsOnSave->setChecked(Settings::instance().updateStatisticsOnSave());
    layout->addRow(m_statisticsOnSave);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

void SettingsDialog::accept() {
    m_preview->apply();
    Settings::instance().setGithubApiUrl(m_githubApi->text());
    Settings::instance().setGithubToken(m_githubToken->text());
    Settings::instance().setUpdateStatisticsOnSave(m_statisticsOnSave->isChecked());
    const auto theme = appearance::Theme(m_theme->currentData().toInt());
    Settings::instance().setTheme(theme);
    appearance::applyTheme(theme);
    const QString language = m_language->currentData().toString();
    if (language != Settings::instance().language()) {
        Settings::instance().setLanguage(language);
        QMessageBox::information(
            this, tr("Language"),
            tr("The new language applies the next time Weekly Composer starts."));
    }
    QDialog::accept();
}

} // namespace wc
