// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewsettingswidget.h"

#include "settings.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace wc {

PreviewSettingsWidget::PreviewSettingsWidget(QWidget *parent)
    : QGroupBox(tr("Preview"), parent)
    , m_theme(new QComboBox(this))
    , m_userCss(new QLineEdit(this)) {
    auto *layout = new QFormLayout(this);
    m_theme->addItem(tr("Default (for readers)"), QStringLiteral("default"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Settings::instance().previewTheme())));
    layout->addRow(tr("Preview t&heme:"), m_theme);

    m_userCss->setText(Settings::instance().previewUserCssPath());
    m_userCss->setPlaceholderText(tr("None"));
    m_userCss->setClearButtonEnabled(true);
    m_userCss->setToolTip(tr("A CSS file applied after the theme, in the preview and in HTML "
                             "exports."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PreviewSettingsWidget::browse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_userCss, 1);
    row->addWidget(browse);
    layout->addRow(tr("&Style sheet:"), row);
}

void PreviewSettingsWidget::browse() {
    const QString current = m_userCss->text();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Preview Style Sheet"), current.isEmpty() ? QString() : QFileInfo(current).path(),
        tr("CSS style sheets (*.css);;All files (*)"));
    if (!path.isEmpty())
        m_userCss->setText(path);
}

void PreviewSettingsWidget::apply() {
    const QString theme = m_theme->currentData().toString();
    const QString userCss = m_userCss->text().trimmed();
    Settings::instance().setPreviewTheme(theme);
    Settings::instance().setPreviewUserCssPath(userCss);
}

} // namespace wc
