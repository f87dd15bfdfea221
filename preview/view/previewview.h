// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issueeditions.h"
#include "issuerenderer.h"
#include "issuesession.h"
#include "latestresulttask.h"
#include "newsletterprofile.h"
#include "outlinenode.h"
#include "replicarenderer.h"

#include <QPointer>
#include <QTimer>
#include <QWebEngineView>

#include <functional>
#include <memory>

class QWebChannel;
class QWebEngineProfile;

namespace wc {

class PreviewBridge;
class PreviewPage;
class PreviewRequestInterceptor;

// The live preview of one issue. The shell page loads once; after every parse of the
// session's text only the fragments (header, preamble, sections) whose HTML changed are sent
// to it, through runJavaScript in the isolated world where the page's update code runs
// (resources/preview/page.js). No setHtml per keystroke: no flicker, the scroll position
// stays, no 2 MB limit. While hidden nothing is rendered; showing it catches up.
//
// The render and its comparison with the page run on a worker thread (ReplicaRenderer, from
// the text changes the session took in), one at a time; keystrokes meanwhile share the next
// render, and a render made for a page since reloaded is dropped. Updates reach the page in
// the order of their revisions, so it never shows an older one after a newer one.
//
// Safety: JavaScript is off in the page's own world, the shell's Content-Security-Policy
// allows no script, the renderer omits raw HTML and unsafe URLs, links open in the system
// browser, and only images may be fetched (local ones from the document's folder only).
class PreviewView : public QWebEngineView {
    Q_OBJECT
public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    void setSession(IssueSession *session);
    IssueSession *session() const { return m_session; }

    // Theme and user style sheet; applySettings() takes both from the Settings.
    void setStyle(const QString &theme, const QString &userCss);
    QString theme() const { return m_theme; }
    void applySettings();

    // What the page shows: the issue as written, or one of its editions (editionText() of the
    // issue's newsletter profile: link texts cut at `---`, the English title and headings).
    enum class Shows { AsWritten, ChineseEdition, EnglishEdition };
    Shows shows() const { return m_shows; }
    void setShows(Shows shows);

    // The session revision the page shows (acknowledged by the page itself), -1 before any.
    int shownRevision() const { return m_shownRevision; }
    int lastSentCount() const { return m_lastSentCount; }
    // Where the newest render's time went on the worker, and the size of its script.
    const ReplicaRenderer::Timings &lastRenderTimings() const { return m_lastTimings; }
    qsizetype lastScriptSize() const { return m_lastScriptSize; }

    PreviewPage *previewPage() const { return m_page; }
    PreviewRequestInterceptor *requestInterceptor() const { return m_interceptor; }

signals:
    void pageReady();
    void showsChanged(wc::PreviewView::Shows shows);
    // The update for `revision` has been rendered and sent to the page.
    void updateSent(int revision);
    // The page has applied the update for `revision` to its DOM.
    void updateApplied(int revision);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void loadShell();
    void onPageReady();
    void onClicked(const QString &kind, int section, int item);
    void onFilePathChanged();
    void onDocumentChanged();
    void requestUpdate();
    void updateIfWanted();
    void pushUpdate();
    LatestResultTask<ReplicaRenderer::Output>::Job prepareRender();
    void sendUpdate(ReplicaRenderer::Output output);
    void resendAll();
    void markShown(int revision);
    void sendStyle();
    void sendMark(bool reveal);
    void runInPage(const QString &script, const std::function<void(const QVariant &)> &done = {});
    bool isShowing() const;

    QWebEngineProfile *m_profile;
    PreviewRequestInterceptor *m_interceptor;
    PreviewPage *m_page;
    QWebChannel *m_channel;
    PreviewBridge *m_bridge;
    QPointer<IssueSession> m_session;
    QMetaObject::Connection m_documentConnection;
    QMetaObject::Connection m_pathConnection;
    QMetaObject::Connection m_selectionConnection;

    QTimer m_updateTimer; // runs updateIfWanted() once the events pending now are handled
    // What the page holds, slot by slot, once the updates sent have run.
    QList<RenderedFragment> m_pageFragments;
    // The worker's replica and renderer (replaced with the session), and the text changes it
    // has not had yet; or a whole text to start from.
    std::shared_ptr<ReplicaRenderer> m_replica = std::make_shared<ReplicaRenderer>();
    QList<ReplicaRenderer::Change> m_changes;
    bool m_sendWholeText = true;
    static constexpr qsizetype maxQueuedChanges = 2000; // then the whole text is simpler
    int m_pageGeneration = 0;                           // rises with each load of the shell
    int m_updatesInFlight = 0;                          // sent to the page, not answered yet
    int m_lastDelivered = -1;                           // the revision of the newest render
    QString m_theme;
    QString m_userCss;
    Shows m_shows = Shows::AsWritten;
    NewsletterProfile m_newsletter = NewsletterProfile::defaults(); // for the editions
    bool m_ready = false;
    bool m_updateWanted = false; // the page is behind the session (hidden or loading)
    int m_shownRevision = -1;
    int m_lastSentCount = 0;
    ReplicaRenderer::Timings m_lastTimings;
    qsizetype m_lastScriptSize = 0;
    // Last: goes first, with its callback (a render still running is then never delivered).
    LatestResultTask<ReplicaRenderer::Output> m_render;
};

} // namespace wc
