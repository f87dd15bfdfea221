// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkintake.h"

#include "formpanel.h"
#include "issueeditor.h"
#include "issuesession.h"
#include "itemfill.h"
#include "itemform.h"
#include "linkintakedelegate.h"
#include "newsletterprofile.h"
#include "nodeselection.h"
#include "outlinedrop.h"
#include "outlinemodel.h"
#include "settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

namespace wc {

namespace {

// A readable placeholder title until the page's own arrives: host and path (as a drop on the
// outline writes it).
QString placeholderTitle(const QUrl &url) {
    QString title = url.host() + url.path();
    while (title.endsWith(u'/'))
        title.chop(1);
    return title.isEmpty() ? url.toString() : title;
}

bool isWebLink(const QUrl &url) {
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"http" || url.scheme() == u"https");
}

NewsletterProfile profileOf(const IssueSession *session) {
    const QString path = session->filePath();
    return findProfile(path.isEmpty() ? QDir::currentPath() : path).profile;
}

} // namespace

LinkIntake::LinkIntake(IssueEditor *editor, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_network(new QNetworkAccessManager(this))
    , m_fetcher(new LinkFetcher(m_network, this))
    , m_statusBar(statusBar) {
    connect(m_fetcher, &LinkFetcher::finished, this, &LinkIntake::fetchEnd);
    QTreeView *outline = editor->outlineView();
    m_outline = outline;
    m_outlineViewport = outline->viewport();
    outline->installEventFilter(this);
    outline->viewport()->installEventFilter(this);
    outline->setItemDelegate(new LinkIntakeDelegate(this, editor->outlineModel(), outline));
    ItemForm *form = editor->formPanel()->itemForm();
    for (QWidget *field :
         {static_cast<QWidget *>(form->titleField()), static_cast<QWidget *>(form->urlField()),
          static_cast<QWidget *>(form->descriptionField())})
        field->installEventFilter(this);

    // A drop of links: the outline model makes the items (OutlineDrop), this fetches them.
    connect(editor->outlineModel(), &OutlineModel::editRequested, this,
            [this](const Edit &, const QList<OutlineNode> &select) {
                if (m_droppedLinks.isEmpty())
                    return;
                m_droppedLinks.clear();
                for (const OutlineNode &node : select) {
                    if (node.kind == OutlineNode::Kind::Item)
                        fetchInto({node.section, node.item});
                }
            });
    // A URL typed into an empty item's URL field.
    connect(form->urlField(), &QLineEdit::editingFinished, this, [this, form] {
        const ItemRef ref = form->item();
        const IssueDocument &doc = m_editor->session()->document();
        if (!DocumentEdits(doc).hasItem(ref) || isBusy(ref) || !failureOf(ref).isEmpty())
            return;
        const LinkItemFields fields = currentItemFields(doc, ref);
        const QUrl url(doc.sections()[ref.section].items[ref.item].url.in(doc.text()).toString());
        const QString newItem = QCoreApplication::translate("wc::IssueEditor", "New item");
        const bool empty =
            fields.description.isEmpty() && fields.image.isEmpty() &&
            (fields.title.isEmpty() || fields.title == newItem || fields.title == url.toString() ||
             fields.title == placeholderTitle(url));
        if (empty && isWebLink(url))
            fetchInto(ref);
    });
    IssueSession *session = editor->session();
    connect(session, &IssueSession::contentsReplaced, this, [this] {
        cancelAll(); // another file: the items are gone
        m_failures.clear();
        update();
    });
    connect(session, &IssueSession::documentChanged, this, &LinkIntake::update);
    connect(session->selection(), &NodeSelection::currentChanged, this,
            &LinkIntake::showFailureOfCurrent);

    if (m_statusBar) {
        m_busyLabel = new QLabel(m_statusBar);
        m_busyLabel->setObjectName(QStringLiteral("linkIntakeBusy"));
        m_cancelButton = new QToolButton(m_statusBar);
        m_cancelButton->setObjectName(QStringLiteral("linkIntakeCancel"));
        m_cancelButton->setText(tr("Cancel"));
        m_cancelButton->setToolTip(tr("Stop fetching the links (Esc in the outline)"));
        m_cancelButton->setAutoRaise(true);
        connect(m_cancelButton, &QToolButton::clicked, this, &LinkIntake::cancelAll);
        m_statusBar->addPermanentWidget(m_busyLabel);
        m_statusBar->addPermanentWidget(m_cancelButton);
        m_busyLabel->hide();
        m_cancelButton->hide();
    }
}

LinkFetcher::Options LinkIntake::optionsFromSettings() {
    LinkFetcher::Options options;
    options.githubApi = QUrl(Settings::instance().githubApiUrl());
    options.githubToken = Settings::instance().githubToken();
    return options;
}

QStringList LinkIntake::linksIn(const QMimeData *data) {
    QStringList links;
    if (!data)
        return links;
    auto add = [&links](const QUrl &url) {
        const QString link = url.toString(QUrl::FullyEncoded);
        if (isWebLink(url) && !links.contains(link) && links.size() < maximumLinks)
            links << link;
    };
    if (data->hasUrls()) {
        for (const QUrl &url : data->urls())
            add(url);
    } else if (data->hasText()) {
        // Any text with links in it: a list of tabs, a message.
        static const QRegularExpression link(QStringLiteral("https?://[^\\s<>\"'`]+"),
                                             QRegularExpression::CaseInsensitiveOption);
        for (auto it = link.globalMatch(data->text()); it.hasNext();) {
            QString text = it.next().captured();
            while (!text.isEmpty() &&
                   QStringLiteral(".,;:!?)]}。，；：！？）").contains(text.back()))
                text.chop(1); // sentence punctuation after a link is not part of it
            add(QUrl(text, QUrl::StrictMode));
        }
    }
    return links;
}

int LinkIntake::insertLinks(int section, int position, const QStringList &urls) {
    IssueSession *session = m_editor->session();
    if (urls.isEmpty() || !session->edits().hasSection(section))
        return 0;
    position = std::clamp(position, 0, int(session->document().sections()[section].items.size()));
    QList<NewItem> items;
    for (const QString &link : urls) {
        const QUrl url(link);
        items.append({placeholderTitle(url), url.toString(QUrl::FullyEncoded), QString()});
    }
    if (!session->apply(session->edits().insertItems(section, position, items)))
        return 0;
    m_editor->selectNode({OutlineNode::Kind::Item, section, position});
    for (int k = 0; k < items.size(); ++k)
        fetchInto({section, position + k});
    return int(items.size());
}

int LinkIntake::targetSection() const {
    const OutlineNode node = m_editor->currentNode();
    if (node.kind == OutlineNode::Kind::Section || node.kind == OutlineNode::Kind::Item)
        return node.section;
    const auto &sections = m_editor->session()->document().sections();
    for (int s = 0; s < sections.size(); ++s) {
        if (!sections[s].items.isEmpty())
            return s;
    }
    return sections.isEmpty() ? -1 : 0;
}

bool LinkIntake::pasteFromClipboard() {
    const QStringList links = linksIn(QApplication::clipboard()->mimeData());
    if (links.isEmpty())
        return false;
    const int section = targetSection();
    if (section < 0) {
        emit m_editor->message(tr("Add a section first: items belong to sections."));
        return true;
    }
    const OutlineNode node = m_editor->currentNode();
    const int position =
        node.kind == OutlineNode::Kind::Item
            ? node.item + 1
            : int(m_editor->session()->document().sections()[section].items.size());
    insertLinks(section, position, links);
    return true;
}

void LinkIntake::addItem() {
    const QStringList links = linksIn(QApplication::clipboard()->mimeData());
    const int section = targetSection();
    if (links.isEmpty() || section < 0) {
        m_editor->addItem();
        return;
    }
    const OutlineNode node = m_editor->currentNode();
    const int position =
        node.kind == OutlineNode::Kind::Item
            ? node.item + 1
            : int(m_editor->session()->document().sections()[section].items.size());
    insertLinks(section, position, {links.first()});
}

SectionKind LinkIntake::kindOf(int section) const {
    const IssueDocument &doc = m_editor->session()->document();
    return profileOf(m_editor->session()).kindOf(doc.sectionLabel(doc.sections()[section]));
}

void LinkIntake::fetchInto(ItemRef ref) {
    IssueSession *session = m_editor->session();
    const IssueDocument &doc = session->document();
    if (!DocumentEdits(doc).hasItem(ref) || isBusy(ref))
        return;
    removeFailure(ref);
    Pending pending;
    pending.anchor = ItemAnchor(session->textDocument(), doc, ref);
    if (pending.anchor.url().isEmpty())
        return;
    pending.before = currentItemFields(doc, ref);
    pending.kind = kindOf(ref.section);
    m_pending.append(pending);
    startWaiting();
    update();
}

int LinkIntake::runningCount() const {
    return int(std::count_if(m_pending.cbegin(), m_pending.cend(),
                             [](const Pending &pending) { return pending.id != 0; }));
}

void LinkIntake::startWaiting() {
    m_fetcher->setOptions(optionsFromSettings());
    int running = runningCount();
    for (Pending &pending : m_pending) {
        if (running >= maximumRunning)
            break;
        if (pending.id != 0)
            continue;
        // (an invalid URL is reported later, never from within fetch())
        pending.id = m_fetcher->fetch(pending.anchor.url());
        ++running;
    }
}

bool LinkIntake::isBusy(ItemRef ref) const {
    const IssueDocument &doc = m_editor->session()->document();
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [&](const Pending &pending) { return pending.anchor.find(doc) == ref; });
}

QString LinkIntake::failureOf(ItemRef ref) const {
    const IssueDocument &doc = m_editor->session()->document();
    for (const Failure &failure : m_failures) {
        if (failure.anchor.find(doc) == ref)
            return failure.reason;
    }
    return {};
}

void LinkIntake::removeFailure(ItemRef ref) {
    const IssueDocument &doc = m_editor->session()->document();
    m_failures.removeIf([&](const Failure &failure) { return failure.anchor.find(doc) == ref; });
}

void LinkIntake::cancel(ItemRef ref) {
    const IssueDocument &doc = m_editor->session()->document();
    for (qsizetype k = 0; k < m_pending.size(); ++k) {
        if (m_pending[k].anchor.find(doc) != ref)
            continue;
        const Pending pending = m_pending.takeAt(k);
        // Taken out first: the fetcher may report the cancelled fetch from within cancel().
        if (pending.id != 0)
            m_fetcher->cancel(pending.id);
        if (m_statusBar)
            m_statusBar->showMessage(tr("Stopped fetching %1.").arg(pending.anchor.url()), 5000);
        emit fetchEnded(pending.anchor.url(), tr("Cancelled."));
        break;
    }
    startWaiting();
    update();
}

void LinkIntake::cancelAll() {
    if (m_pending.isEmpty())
        return;
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &each : pending) {
        if (each.id != 0)
            m_fetcher->cancel(each.id);
        emit fetchEnded(each.anchor.url(), tr("Cancelled."));
    }
    if (m_statusBar)
        m_statusBar->showMessage(tr("Stopped fetching %n link(s).", nullptr, int(pending.size())),
                                 5000);
    update();
}

void LinkIntake::fetchEnd(quint64 id, const LinkResult &result) {
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                 [id](const Pending &pending) { return pending.id == id; });
    if (it == m_pending.end())
        return; // cancelled
    const Pending pending = *it;
    m_pending.erase(it);
    const std::optional<ItemRef> ref = pending.anchor.find(m_editor->session()->document());
    if (!result.error.isEmpty()) {
        if (ref)
            m_failures.append({pending.anchor, result.error});
        if (m_statusBar)
            m_statusBar->showMessage(
                tr("Could not fetch %1: %2").arg(pending.anchor.url(), result.error), 15000);
    } else if (ref) {
        fill(pending, result);
    }
    startWaiting();
    update();
    emit fetchEnded(pending.anchor.url(), result.error);
}

void LinkIntake::fill(const Pending &pending, const LinkResult &result) {
    IssueSession *session = m_editor->session();
    const std::optional<ItemRef> ref = pending.anchor.find(session->document());
    if (!ref)
        return; // the item was removed, or its URL changed: the result is no longer its
    const LinkItemFields found = result.itemFields(pending.kind, profileOf(session));
    session->apply(fillItemEdit(session->document(), *ref, pending.before, found));
}

void LinkIntake::update() {
    const IssueDocument &doc = m_editor->session()->document();
    m_failures.removeIf([&](const Failure &failure) { return !failure.anchor.find(doc); });
    if (m_busyLabel) {
        m_busyLabel->setText(tr("Fetching %n link(s)…", nullptr, busyCount()));
        m_busyLabel->setVisible(busyCount() > 0);
        m_cancelButton->setVisible(busyCount() > 0);
    }
    // The delegate paints the busy and failed marks: the outline is repainted only while there
    // are marks, or when the last one went. Repainted on every keystroke, its emoji glyphs
    // (PNG, decoded by FreeType) took most of a keystroke's time.
    const bool marks = busyCount() > 0 || !m_failures.isEmpty();
    if (marks || m_hadMarks)
        m_editor->outlineView()->viewport()->update();
    m_hadMarks = marks;
    emit busyChanged(busyCount());
}

void LinkIntake::showFailureOfCurrent() {
    const OutlineNode &node = m_editor->session()->selection()->current();
    if (node.kind != OutlineNode::Kind::Item || !m_statusBar)
        return;
    const QString reason = failureOf({node.section, node.item});
    if (!reason.isEmpty())
        m_statusBar->showMessage(tr("This link could not be fetched: %1").arg(reason), 15000);
}

bool LinkIntake::eventFilter(QObject *watched, QEvent *event) {
    const QObject *outline = m_outline;
    if (watched == m_outlineViewport && event->type() == QEvent::Drop) {
        const QMimeData *data = static_cast<QDropEvent *>(event)->mimeData();
        if (!data->hasFormat(OutlineDrop::mimeType())) {
            // The model turns the links into items (editRequested); they are fetched then.
            m_droppedLinks = linksIn(data);
            QTimer::singleShot(0, this, [this] { m_droppedLinks.clear(); });
        }
        return false;
    }
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool override = event->type() == QEvent::ShortcutOverride;
    if (watched == outline && key->matches(QKeySequence::Paste) &&
        !linksIn(QApplication::clipboard()->mimeData()).isEmpty()) {
        // The outline takes Ctrl+V from the Edit menu's Paste when it can make items of it.
        event->accept();
        if (!override)
            pasteFromClipboard();
        return true;
    }
    if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && busyCount() > 0) {
        OutlineNode node = m_editor->currentNode();
        if (watched != outline) // a field of the item form: the item it shows
            node = {OutlineNode::Kind::Item, m_editor->formPanel()->itemForm()->item().section,
                    m_editor->formPanel()->itemForm()->item().item};
        const ItemRef ref{node.section, node.item};
        const bool itemBusy = node.kind == OutlineNode::Kind::Item && isBusy(ref);
        if (watched != outline && !itemBusy)
            return false;
        event->accept();
        if (!override) {
            if (itemBusy)
                cancel(ref);
            else
                cancelAll();
        }
        return true;
    }
    return false;
}

} // namespace wc
