// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowprofile.h"

#include "issuesession.h"
#include "newsletterprofiles.h"
#include "noticebar.h"

#include <QDir>

namespace wc {

WindowProfile::WindowProfile(IssueSession *session, NewsletterProfiles *profiles, NoticeBar *notice,
                             QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_notice(notice) {
    connect(session, &IssueSession::filePathChanged, this,
            [this](const QString &path) { follow(NewsletterProfiles::folderOf(path)); });
    connect(profiles, &NewsletterProfiles::profileChanged, this, [this](const QString &folder) {
        if (folder == m_folder)
            update(true);
    });
    follow(NewsletterProfiles::folderOf(session->filePath()));
}

void WindowProfile::setUntitledFolder(const QString &folder) {
    if (m_session->filePath().isEmpty())
        follow(QDir(folder).absolutePath());
}

void WindowProfile::follow(const QString &folder) {
    if (folder == m_folder && !folder.isEmpty())
        return;
    m_folder = folder;
    update(true);
}

void WindowProfile::update(bool announce) {
    const LoadedProfile before = m_loaded;
    m_loaded = m_profiles->forFolder(m_folder);
    // The open issue parses by its newsletter's conventions: a change parses it again.
    m_session->setParseConventions(m_loaded.profile.conventions);
    const QString problem = problemText(m_loaded);
    if (!problem.isEmpty()) {
        m_shownProblem = problem;
        m_notice->showNotice(problem, {{tr("Edit Profile…"), [this] { emit editRequested(); }},
                                       {tr("Dismiss"), nullptr}});
    } else if (!m_shownProblem.isEmpty()) {
        if (m_notice->message() == m_shownProblem)
            m_notice->hide(); // fixed: the notice no longer holds
        m_shownProblem.clear();
    }
    if (announce &&
        (before.path != m_loaded.path || before.profile.toYaml() != m_loaded.profile.toYaml()))
        emit changed();
}

QString WindowProfile::problemText(const LoadedProfile &loaded) {
    if (loaded.problems.isEmpty())
        return {};
    QStringList lines;
    const QString file = QDir::toNativeSeparators(loaded.path);
    for (const ProfileProblem &problem : loaded.problems) {
        lines << (problem.line > 0
                      ? tr("%1, line %2: %3").arg(file).arg(problem.line).arg(problem.message)
                      : tr("%1: %2").arg(file, problem.message));
    }
    lines << tr("The newsletter profile is not used: the defaults are in force until it is "
                "fixed.");
    return lines.join(u'\n');
}

} // namespace wc
