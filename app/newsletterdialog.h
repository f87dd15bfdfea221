// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace wc {

class NewsletterProfiles;
class ProfileForm;
class WindowProfile;

// Settings ▸ Newsletter: the profile of the open issue's newsletter in forms, written back to
// its weekly-composer.yaml (profilewriter: unchanged keys keep their text and comments) or,
// when it has none, to a new one in the folder, after asking. A file with problems is
// shown as the defaults that are in force, with its problems; saving replaces it, after asking.
class NewsletterDialog : public QDialog {
    Q_OBJECT
public:
    NewsletterDialog(const QString &folder, NewsletterProfiles *profiles,
                     QWidget *parent = nullptr);

    // Opens the dialog for the window's issue, or says why it cannot (an issue never saved).
    static void edit(QWidget *parent, const WindowProfile *profile, NewsletterProfiles *profiles);

    ProfileForm *form() const { return m_form; }
    // The file OK writes.
    QString filePath() const { return m_path; }
    QLabel *statusLabel() const { return m_status; }
    void accept() override;

private:
    NewsletterProfiles *m_profiles;
    ProfileForm *m_form;
    QLabel *m_status;
    QString m_path;
    bool m_exists = false;
    bool m_hasProblems = false;
    QByteArray m_loadedYaml; // the profile as shown, to write nothing when nothing changed
};

} // namespace wc
