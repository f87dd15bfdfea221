// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewview.h"

#include "issuesession.h"
#include "nodeselection.h"
#include "previewbridge.h"
#include "previewpage.h"
#include "previewrequestinterceptor.h"
#include "previewthemes.h"
#include "settings.h"

#include <QContextMenuEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QWebChannel>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

#include <algorithm>
#include <utility>

namespace wc {

namespace {

QString readResource(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing resource %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

void lockDown(QWebEngineSettings *settings) {
    using S = QWebEngineSettings;
    // No script of the page's own world, ever. (runJavaScript in ApplicationWorld still works:
    // the setting covers the main world only, verified by the preview tests.)
    settings->setAttribute(S::JavascriptEnabled, false);
    settings->setAttribute(S::JavascriptCanOpenWindows, false);
    settings->setAttribute(S::JavascriptCanAccessClipboard, false);
    settings->setAttribute(S::JavascriptCanPaste, false);
    settings->setAttribute(S::AllowWindowActivationFromJavaScript, false);
    settings->setAttribute(S::LocalStorageEnabled, false);
    // The shell has a file: base URL so relative images resolve in the document's folder;
    // the request interceptor keeps file access to that folder. A local page may load remote
    // images only with LocalContentCanAccessRemoteUrls (verified on Qt 6.4); the rest of what
    // it allows (cross-origin requests from scripts) needs a script, and the page's world has
    // none. The interceptor lets images through and nothing else.
    settings->setAttribute(S::LocalContentCanAccessFileUrls, true);
    settings->setAttribute(S::LocalContentCanAccessRemoteUrls, true);
    settings->setAttribute(S::PluginsEnabled, false);
    settings->setAttribute(S::PdfViewerEnabled, false);
    settings->setAttribute(S::WebGLEnabled, false);
    settings->setAttribute(S::Accelerated2dCanvasEnabled, false);
    settings->setAttribute(S::HyperlinkAuditingEnabled, false);
    settings->setAttribute(S::DnsPrefetchEnabled, false);
    settings->setAttribute(S::ErrorPageEnabled, false);
    settings->setAttribute(S::AutoLoadIconsForPage, false);
    settings->setAttribute(S::FullScreenSupportEnabled, false);
    settings->setAttribute(S::ScreenCaptureEnabled, false);
    settings->setAttribute(S::NavigateOnDropEnabled, false);
    settings->setAttribute(S::FocusOnNavigationEnabled, false); // keep the focus in the editor
    settings->setUnknownUrlSchemePolicy(S::DisallowUnknownUrlSchemes);
}

QString jsString(const QString &text) {
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));
}

QUrl folderUrl(const QString &folder) {
    return folder.isEmpty() ? QUrl(QStringLiteral("file:///")) : QUrl::fromLocalFile(folder + u'/');
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
    // A private, off-the-record profile: its own request interceptor, nothing written to disk.
    , m_profile(new QWebEngineProfile(this))
    , m_interceptor(new PreviewRequestInterceptor(this))
    , m_page(new PreviewPage(m_profile, this))
    , m_channel(new QWebChannel(this))
    , m_bridge(new PreviewBridge(this))
    , m_render([this](int, ReplicaRenderer::Output output) { sendUpdate(std::move(output)); },
               LatestResultTask<ReplicaRenderer::Output>::Overtaken::Deliver) {
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(0);
    connect(&m_updateTimer, &QTimer::timeout, this, &PreviewView::updateIfWanted);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    lockDown(m_page->settings());
    setAcceptDrops(false);

    // The update code and the channel live in the isolated world only.
    QWebEngineScript script;
    script.setName(QStringLiteral("weekly-composer-preview"));
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setRunsOnSubFrames(false);
    script.setSourceCode(readResource(QStringLiteral(":/qtwebchannel/qwebchannel.js")) + u'\n' +
                         readResource(QStringLiteral(":/preview/page.js")));
    m_page->scripts().insert(script);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    setPage(m_page);

    connect(m_bridge, &PreviewBridge::ready, this, &PreviewView::onPageReady);
    connect(m_bridge, &PreviewBridge::clicked, this, &PreviewView::onClicked);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status) {
                if (status != QWebEnginePage::NormalTerminationStatus)
                    loadShell(); // a crashed or killed renderer: start over with a fresh page
            });
    connect(&Settings::instance(), &Settings::previewStyleChanged, this,
            &PreviewView::applySettings);
    applySettings();
    loadShell();
}

PreviewView::~PreviewView() {
    // The page must go before its profile (a child of this view, deleted after this body).
    // Deleting it answers the scripts still running with nothing: with m_page gone, runInPage()
    // does not take that for a failed update.
    PreviewPage *page = std::exchange(m_page, nullptr);
    disconnect(page, nullptr, this, nullptr);
    setPage(nullptr);
    delete page;
}

void PreviewView::loadShell() {
    m_ready = false;
    ++m_pageGeneration;
    m_updatesInFlight = 0;
    m_shownRevision = -1; // a new page shows nothing yet
    m_pageFragments.clear();
    m_render.invalidate(); // its update is for the page that goes
    m_page->loadShell(readResource(QStringLiteral(":/preview/shell.html")),
                      folderUrl(m_interceptor->documentFolder()));
}

void PreviewView::setSession(IssueSession *session) {
    if (m_session == session)
        return;
    disconnect(m_documentConnection);
    disconnect(m_pathConnection);
    disconnect(m_selectionConnection);
    m_session = session;
    // A new replica (and renderer cache) from the new session's whole text; a render still
    // running reads the old one.
    m_render.invalidate();
    m_replica = std::make_shared<ReplicaRenderer>();
    m_changes.clear();
    m_sendWholeText = true;
    if (session) {
        m_documentConnection =
            connect(session, &IssueSession::documentChanged, this, &PreviewView::onDocumentChanged);
        m_pathConnection =
            connect(session, &IssueSession::filePathChanged, this, &PreviewView::onFilePathChanged);
        // The page marks the session's selected node, and scrolls to it unless it is in view.
        m_selectionConnection = connect(session->selection(), &NodeSelection::currentChanged, this,
                                        [this] { sendMark(true); });
    }
    onFilePathChanged();
}

void PreviewView::onFilePathChanged() {
    const QString path = m_session ? m_session->filePath() : QString();
    const QString folder = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    const bool moved = QFileInfo(folder).canonicalFilePath() != m_interceptor->documentFolder();
    m_interceptor->setDocumentFolder(folder);
    m_newsletter = path.isEmpty() ? NewsletterProfile::defaults() : findProfile(path).profile;
    if (m_ready && moved) {
        runInPage(QStringLiteral("wcPreview.setBase(%1)")
                      .arg(jsString(folderUrl(m_interceptor->documentFolder()).toString())));
        m_pageFragments.clear(); // images resolve anew only in new elements
        m_render.invalidate();
    }
    requestUpdate();
}

void PreviewView::onDocumentChanged() {
    // The worker's replica takes the same change the session took: a few characters, where a
    // copy of the parsed document would copy every section.
    const IssueSession::TextChange &change = m_session->lastTextChange();
    if (change.whole || m_changes.size() >= maxQueuedChanges) {
        m_changes.clear();
        m_sendWholeText = true;
    } else if (!m_sendWholeText) {
        m_changes.append({change.position, change.removed, change.added});
    }
    requestUpdate();
}

void PreviewView::setShows(Shows shows) {
    if (shows == m_shows)
        return;
    m_shows = shows;
    emit showsChanged(shows);
    requestUpdate();
}

void PreviewView::applySettings() {
    QString error;
    const QString userCss = Settings::instance().previewUserCss(&error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    setStyle(Settings::instance().previewTheme(), userCss);
}

void PreviewView::setStyle(const QString &theme, const QString &userCss) {
    m_theme = themes::isKnown(theme) ? theme : themes::defaultName();
    m_userCss = userCss;
    if (m_ready)
        sendStyle();
}

void PreviewView::sendStyle() {
    runInPage(QStringLiteral("wcPreview.setStyles(%1, %2, %3)")
                  .arg(jsString(themes::css(m_theme)), jsString(m_userCss), jsString(m_theme)));
}

void PreviewView::onPageReady() {
    m_ready = true;
    m_pageFragments.clear();
    m_render.invalidate();
    sendStyle();
    if (!m_interceptor->documentFolder().isEmpty())
        runInPage(QStringLiteral("wcPreview.setBase(%1)")
                      .arg(jsString(folderUrl(m_interceptor->documentFolder()).toString())));
    requestUpdate();
    sendMark(true);
    emit pageReady();
}

bool PreviewView::isShowing() const {
    return isVisible() && width() > 0 && height() > 0;
}

void PreviewView::showEvent(QShowEvent *event) {
    QWebEngineView::showEvent(event);
    if (m_updateWanted)
        requestUpdate(); // catch up with what changed while hidden
}

void PreviewView::resizeEvent(QResizeEvent *event) {
    QWebEngineView::resizeEvent(event);
    if (m_updateWanted && isShowing())
        requestUpdate(); // a splitter handle dragged open again
}

void PreviewView::requestUpdate() {
    m_updateWanted = true;
    // Not now: the keystroke that changed the text is still being handled, and its repaint
    // (a posted event) has not happened yet. A zero timer fires once the events already posted
    // are handled, so the editor shows the character first and the preview follows at once.
    // Starting the pending timer again is free: keystrokes within one turn share one update.
    m_updateTimer.start(0);
}

void PreviewView::updateIfWanted() {
    if (!m_session || !m_ready || !isShowing())
        return; // caught up by onPageReady() or showEvent()
    if (!m_session->isParsed())
        return; // documentChanged follows
    pushUpdate();
}

void PreviewView::pushUpdate() {
    m_updateWanted = false;
    // While a render runs the request waits, and a newer one replaces it: the keystrokes
    // typed meanwhile share one render, prepared when it starts.
    m_render.request(m_session->revision(), [this] { return prepareRender(); });
}

LatestResultTask<ReplicaRenderer::Output>::Job PreviewView::prepareRender() {
    if (!m_session) // gone while the request waited
        return [] { return ReplicaRenderer::Output{}; };
    ReplicaRenderer::Input input;
    input.revision = m_session->revision();
    input.fileName = m_session->document().fileName();
    // A change of the conventions reaches the replica as a whole text (the session parses
    // whole again, lastTextChange().whole).
    input.conventions = m_session->document().conventions();
    if (std::exchange(m_sendWholeText, false))
        input.wholeText = m_session->document().text();
    input.changes = std::exchange(m_changes, {});
    if (m_shows != Shows::AsWritten)
        input.edition = m_shows == Shows::EnglishEdition ? Edition::English : Edition::Chinese;
    input.newsletter = m_newsletter;
    input.shown = m_pageFragments; // shared, not copied: replaced, never changed in place
    return [replica = m_replica, input = std::move(input)]() mutable {
        return replica->render(std::move(input));
    };
}

void PreviewView::sendUpdate(ReplicaRenderer::Output output) {
    const int revision = output.revision;
    if (revision < 0)
        return; // nothing was rendered
    m_pageFragments = std::move(output.fragments);
    m_lastSentCount = output.changedCount;
    m_lastTimings = output.timings;
    m_lastScriptSize = output.script.size();
    m_lastDelivered = revision;
    if (output.script.isEmpty()) {
        // Nothing to send; but the page shows this revision only once the updates still on
        // their way to it have run (their answer says so).
        if (m_updatesInFlight == 0)
            markShown(revision);
        return;
    }
    ++m_updatesInFlight;
    emit updateSent(revision);
    runInPage(output.script, [this, revision, page = m_pageGeneration](const QVariant &result) {
        if (page != m_pageGeneration)
            return; // the answer of a page since loaded again
        --m_updatesInFlight;
        if (result.toInt() != revision || !result.isValid()) {
            qWarning("preview: the page did not apply update %d", revision);
            resendAll();
            return;
        }
        markShown(m_updatesInFlight == 0 ? m_lastDelivered : revision);
    });
}

void PreviewView::markShown(int revision) {
    if (revision < m_shownRevision)
        return; // never back to an older revision (the same again: an edition shown)
    m_shownRevision = revision;
    emit updateApplied(revision);
}

void PreviewView::resendAll() {
    m_pageFragments.clear();
    m_render.invalidate(); // its update was made against what the page was thought to hold
    requestUpdate();
}

void PreviewView::sendMark(bool reveal) {
    if (!m_ready)
        return;
    const OutlineNode marked = m_session ? m_session->selection()->current() : OutlineNode{};
    QString kind;
    switch (marked.kind) {
    case OutlineNode::Kind::FrontMatter:
        kind = QStringLiteral("header");
        break;
    case OutlineNode::Kind::Preamble:
        kind = QStringLiteral("preamble");
        break;
    case OutlineNode::Kind::Section:
        kind = QStringLiteral("section");
        break;
    case OutlineNode::Kind::Item:
        kind = QStringLiteral("item");
        break;
    case OutlineNode::Kind::None:
        break;
    }
    runInPage(QStringLiteral("wcPreview.mark(%1, %2, %3, %4)")
                  .arg(kind.isEmpty() ? QStringLiteral("null") : jsString(kind))
                  .arg(marked.section)
                  .arg(marked.item)
                  .arg(reveal ? QStringLiteral("true") : QStringLiteral("false")));
}

void PreviewView::onClicked(const QString &kind, int section, int item) {
    OutlineNode node;
    const IssueDocument *document = m_session ? &m_session->document() : nullptr;
    if (!document)
        return;
    if (kind == u"item" && section >= 0 && section < document->sections().size() && item >= 0 &&
        item < document->sections()[section].items.size())
        node = {OutlineNode::Kind::Item, section, item};
    else if (kind == u"section" && section >= 0 && section < document->sections().size())
        node = {OutlineNode::Kind::Section, section, -1};
    else if (kind == u"header" && document->frontMatter())
        node = {OutlineNode::Kind::FrontMatter, -1, -1};
    else if (kind == u"preamble")
        node = {OutlineNode::Kind::Preamble, -1, -1};
    else
        return;
    m_session->selection()->setCurrent(node); // the outline, the form and the source follow
}

void PreviewView::runInPage(const QString &script,
                            const std::function<void(const QVariant &)> &done) {
    if (done) {
        QPointer<PreviewView> self(this);
        m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                              [self, done](const QVariant &result) {
                                  if (self && self->m_page)
                                      done(result);
                              });
    } else {
        m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld);
    }
}

void PreviewView::contextMenuEvent(QContextMenuEvent *event) {
    // Only what makes sense for a preview: no Back, Reload, View Source or Save Page.
    QMenu menu(this);
    const QWebEngineContextMenuRequest *request = lastContextMenuRequest();
    if (request && !request->selectedText().isEmpty())
        menu.addAction(m_page->action(QWebEnginePage::Copy));
    if (request && PreviewPage::opensExternally(request->linkUrl()))
        menu.addAction(m_page->action(QWebEnginePage::CopyLinkToClipboard));
    menu.addAction(m_page->action(QWebEnginePage::SelectAll));
    menu.exec(event->globalPos());
}

} // namespace wc
