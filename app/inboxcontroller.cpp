// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxcontroller.h"

#include "linkintake.h"

#include "inboxfile.h"
#include "inboxpane.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "linkidentity.h"
#include "linkinbox.h"
#include "linkitem.h"
#include "newsletterprofile.h"
#include "outlinemodel.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextDocument>

namespace wc {

namespace {

// The URLs of the issue's linked items as written, one a line: a copy of their characters,
// without the normalisation (a URL parse each) that ItemUrlIndex does.
QString writtenItemUrls(const IssueDocument &document) {
    QString urls;
    for (const SectionNode &section : document.sections()) {
        for (const ItemNode &item : section.items) {
            if (item.hasLink && !item.url.isEmpty()) {
                urls += item.url.in(document.text());
                urls += u'\n';
            }
        }
    }
    return urls;
}

} // namespace

InboxController::InboxController(IssueEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_network(new QNetworkAccessManager(this))
    , m_fetcher(new LinkFetcher(m_network, this))
    , m_inbox(new LinkInbox(m_fetcher, this))
    , m_pane(new InboxPane(m_inbox)) {
    // The GitHub API and token of the Settings, as link intake uses them (read when the window
    // opens); without a token there, GITHUB_TOKEN as `weekly-composer link` reads it.
    LinkFetcher::Options options = LinkIntake::optionsFromSettings();
    if (options.githubToken.isEmpty())
        options.githubToken = qEnvironmentVariable("GITHUB_TOKEN");
    m_fetcher->setOptions(options);
    IssueSession *session = editor->session();
    connect(session, &IssueSession::documentChanged, this, &InboxController::documentChanged);
    connect(session, &IssueSession::modificationChanged, this, &InboxController::documentChanged);
    connect(session, &IssueSession::filePathChanged, this, &InboxController::issuePathChanged);
    connect(m_inbox, &LinkInbox::linksChanged, this, &InboxController::writeFile);
    m_inbox->setTakenCheck([this](const QString &url) {
        updateItemUrls();
        return m_itemUrls.contains(url);
    });
    connect(m_pane, &InboxPane::sendRequested, this, &InboxController::sendToSelectedSection);
    connect(editor->outlineModel(), &OutlineModel::linksDropped, this,
            [this](const QByteArray &bytes, int section, int position) {
                insertLinks(LinkInbox::decodeLinks(bytes), section, position);
            });
    documentChanged();
    issuePathChanged(session->filePath());
}

InboxController::~InboxController() {
    // Fetches still running end when the network goes: the inbox and the fetcher go first, so
    // no late result reaches this half-destroyed controller.
    disconnect(m_inbox, nullptr, this, nullptr);
    delete m_inbox;
    delete m_fetcher;
    delete m_network;
}

QString InboxController::filePath() const {
    return m_issuePath.isEmpty() ? QString() : InboxFile::pathFor(m_issuePath);
}

void InboxController::issuePathChanged(const QString &issuePath) {
    if (issuePath == m_issuePath)
        return;
    // A window gets a file only while untitled (opening loads into an empty window) or by Save
    // As: either way the links here go beside the new file, with those already there.
    m_issuePath = issuePath;
    m_fileError.clear();
    m_written.clear();
    m_fileExists = false;
    showProblem({});
    if (issuePath.isEmpty())
        return;
    const InboxFile::Loaded loaded = InboxFile::read(filePath());
    if (!loaded.error.isEmpty()) {
        m_fileError =
            tr("%1 It is left as it is: links added now are not saved.").arg(loaded.error);
        showProblem({});
        return;
    }
    m_fileExists = loaded.exists;
    if (loaded.exists)
        m_written = InboxFile::toJson(loaded.links);
    m_inbox->merge(loaded.links);
    writeFile();
}

void InboxController::updateItemUrls() {
    const IssueSession *session = m_editor->session();
    if (session->isParsed())
        m_itemUrls.update(session->document(), session->revision(), session->lastChange());
}

void InboxController::documentChanged() {
    const IssueSession *session = m_editor->session();
    if (!session->isParsed())
        return;
    // While the inbox is empty nothing asks which URLs the issue has: the index is left
    // behind (at 16 MB normalising every item's URL was a third of the open) and catches up,
    // reading every section once, when a link comes. Then only the sections the parse replaced
    // are read again (documentChanged() also follows modificationChanged: the same revision is
    // not read twice).
    const bool hasLinks = !m_inbox->links().isEmpty();
    if (hasLinks &&
        m_itemUrls.update(session->document(), session->revision(), session->lastChange()))
        m_inbox->takenUrlsChanged();
    // Unmodified, the text is the file's: what the saved issue holds. (Every URL is compared
    // here, but only on opening, saving, or undoing back to the saved text; with an empty
    // inbox they are only copied as written, to be compared if a link comes before the next
    // save.)
    if (!session->isModified() && m_savedUrlsRevision != session->revision()) {
        m_savedUrlsRevision = session->revision();
        if (!hasLinks) {
            m_savedWrittenUrls = writtenItemUrls(session->document());
            m_savedUrlsPending = true;
        } else if (QSet<QString> urls = m_itemUrls.urls();
                   urls != m_savedUrls || m_savedUrlsPending) {
            m_savedUrls = std::move(urls);
            m_savedWrittenUrls.clear();
            m_savedUrlsPending = false;
            writeFile();
        }
    }
}

void InboxController::normaliseSavedUrls() {
    if (!m_savedUrlsPending)
        return;
    const IssueSession *session = m_editor->session();
    if (session->isParsed() && !session->isModified() &&
        session->revision() == m_savedUrlsRevision) {
        updateItemUrls(); // the saved text is the text now: its index has them normalised
        m_savedUrls = m_itemUrls.urls();
    } else {
        m_savedUrls.clear();
        for (const QStringView url :
             QStringView(m_savedWrittenUrls).split(u'\n', Qt::SkipEmptyParts))
            m_savedUrls.insert(normalizedUrl(url.toString()));
    }
    m_savedWrittenUrls.clear();
    m_savedUrlsPending = false;
}

void InboxController::writeFile() {
    if (m_issuePath.isEmpty() || !m_fileError.isEmpty())
        return;
    const QList<InboxLink> links = m_inbox->links();
    if (!links.isEmpty())
        normaliseSavedUrls();
    QList<InboxLink> kept;
    for (const InboxLink &link : links) {
        if (!m_savedUrls.contains(normalizedUrl(link.link.url)))
            kept << link;
    }
    if (kept.isEmpty() && !m_fileExists)
        return; // no file for an empty inbox
    const QByteArray bytes = InboxFile::toJson(kept);
    if (bytes == m_written)
        return;
    const FileWriter::Result result = FileWriter::write(filePath(), bytes);
    if (!result) {
        showProblem(tr("The inbox cannot be saved to %1: %2").arg(filePath(), result.cause));
        return;
    }
    showProblem({});
    m_written = bytes;
    m_fileExists = true;
}

void InboxController::showProblem(const QString &message) {
    // The file's problem stays in view until the issue has another file.
    QStringList lines{m_fileError, message};
    lines.removeAll(QString());
    m_pane->setProblem(lines.join(u'\n'));
}

bool InboxController::sendToSelectedSection(int row) {
    if (row < 0 || row >= m_inbox->rowCount())
        return false;
    const OutlineNode node = m_editor->currentNode();
    const IssueDocument &document = m_editor->session()->document();
    if ((node.kind != OutlineNode::Kind::Section && node.kind != OutlineNode::Kind::Item) ||
        node.section < 0 || node.section >= document.sections().size()) {
        showProblem(tr("Select a section in the outline to send the link to."));
        return false;
    }
    const int count = int(document.sections()[node.section].items.size());
    return insertLinks({m_inbox->linkAt(row).link}, node.section, count);
}

bool InboxController::insertLinks(const QList<LinkResult> &links, int section, int position) {
    IssueSession *session = m_editor->session();
    const IssueDocument &document = session->document();
    if (links.isEmpty() || section < 0 || section >= document.sections().size())
        return false;
    const LoadedProfile profile =
        m_issuePath.isEmpty() ? LoadedProfile{} : findProfile(m_issuePath);
    const SectionKind kind =
        profile.profile.kindOf(document.sectionLabel(document.sections()[section]));
    QList<NewItem> items;
    for (const LinkResult &link : links)
        items << newItemFor(link, kind, profile.profile);
    position = std::clamp(position, 0, int(document.sections()[section].items.size()));
    if (!session->apply(session->edits().insertItems(section, position, items)))
        return false;
    showProblem({});
    m_editor->selectNode({OutlineNode::Kind::Item, section, position});
    return true;
}

} // namespace wc
