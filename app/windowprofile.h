// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "newsletterprofile.h"

#include <QObject>

namespace wc {

class IssueSession;
class NewsletterProfiles;
class NoticeBar;

// A window's view of its newsletter's profile: the one NewsletterProfiles holds for the
// folder of the window's issue, followed as the file is saved under another name and as the
// profile changes. The panes and commands of a window read the profile here:
//   window->newsletterProfile()->profile()   and   WindowProfile::changed.
// A profile with problems is reported in the window's notice bar, naming the file and line.
class WindowProfile : public QObject {
    Q_OBJECT
public:
    WindowProfile(IssueSession *session, NewsletterProfiles *profiles, NoticeBar *notice,
                  QObject *parent = nullptr);

    const LoadedProfile &loaded() const { return m_loaded; }
    const NewsletterProfile &profile() const { return m_loaded.profile; }
    // The issue's folder, where a new profile would be made; empty for an untitled issue that
    // has no proposed place yet.
    QString folder() const { return m_folder; }
    // An untitled issue that will be saved in `folder` (the next issue) uses its profile.
    void setUntitledFolder(const QString &folder);

    // "PATH, line 3: unknown section kind “essays” …": each problem of the file, one a line;
    // empty when it has none.
    static QString problemText(const LoadedProfile &loaded);

signals:
    void changed();
    // The notice's "Edit Profile…" button.
    void editRequested();

private:
    void follow(const QString &folder);
    void update(bool announce);

    IssueSession *m_session;
    NewsletterProfiles *m_profiles;
    NoticeBar *m_notice;
    QString m_folder;
    LoadedProfile m_loaded;
    QString m_shownProblem; // the notice this shows, to take it down when the file is fixed
};

} // namespace wc
