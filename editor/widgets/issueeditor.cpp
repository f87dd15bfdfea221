// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issueeditor.h"

#include "findbar.h"
#include "formfields.h"
#include "formpanel.h"
#include "issuesession.h"
#include "itemform.h"
#include "nodeselection.h"
#include "outlinedelegate.h"
#include "outlinefilter.h"
#include "outlinemodel.h"
#include "sectionform.h"
#include "sectiontree.h"
#include "softassert.h"
#include "sourceeditor.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeView>
#include <QVBoxLayout>

namespace wc {

IssueEditor::IssueEditor(QWidget *parent)
    : QWidget(parent)
    , m_session(new IssueSession(this))
    , m_model(new OutlineModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_outlinePane(new QWidget(m_splitter))
    , m_outline(new QTreeView(m_outlinePane))
    , m_form(new FormPanel(m_session, m_splitter))
    , m_sourcePane(new QWidget(m_splitter))
    , m_source(new SourceEditor(m_sourcePane))
    , m_filter(new OutlineFilter(
          m_outline, m_model, [this](const OutlineNode &node) { return filterText(node); },
          m_outlinePane))
    , m_findBar(new FindBar(m_source, m_sourcePane)) {
    // The filter box above the outline, the find bar above the source.
    auto *outlineLayout = new QVBoxLayout(m_outlinePane);
    outlineLayout->setContentsMargins(0, 0, 0, 0);
    outlineLayout->setSpacing(2);
    outlineLayout->addWidget(m_filter);
    outlineLayout->addWidget(m_outline, 1);
    auto *sourceLayout = new QVBoxLayout(m_sourcePane);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->setSpacing(0);
    sourceLayout->addWidget(m_findBar);
    sourceLayout->addWidget(m_source, 1);
    connect(m_findBar, &FindBar::matchesChanged, m_source, &SourceEditor::setSearchMatches);
    m_outline->installEventFilter(this);
    auto *placeholder = new QLabel(tr("The live preview will appear here."), m_splitter);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_preview = placeholder;

    m_outline->setModel(m_model);
    m_outline->setItemDelegate(new OutlineDelegate(m_outline));
    m_outline->setHeaderHidden(true);
    m_outline->setUniformRowHeights(true);
    m_outline->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_outline->setDragEnabled(true);
    m_outline->setAcceptDrops(true);
    m_outline->setDropIndicatorShown(true);
    m_outline->setDragDropMode(QAbstractItemView::DragDrop);
    m_outline->setDefaultDropAction(Qt::MoveAction);
    m_outline->setContextMenuPolicy(Qt::CustomContextMenu);
    m_outline->setObjectName(QStringLiteral("outline"));
    m_source->followSession(m_session);
    m_source->setObjectName(QStringLiteral("source"));
    // The source's own Ctrl+Z would leave the other views behind: the window's Undo acts.
    (new SharedUndoFilter(this))->watch(m_source);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setStretchFactor(3, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_session, &IssueSession::documentChanged, this, &IssueEditor::documentChanged);
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &IssueEditor::outlineSelectionChanged);
    connect(m_source, &QPlainTextEdit::cursorPositionChanged, this,
            &IssueEditor::sourceCursorMoved);
    connect(m_model, &OutlineModel::editRequested, this, &IssueEditor::applyAndSelect);
    connect(m_session, &IssueSession::contentsReplaced, this, &IssueEditor::showTop);
    // Another view (a click in the preview) chose a node: the outline selects its row, and
    // the source cursor goes there as for a click in the outline.
    connect(m_session->selection(), &NodeSelection::currentChanged, this,
            [this](const OutlineNode &node) {
                if (!(node == currentNode()))
                    selectNode(node);
            });
    connect(m_model, &OutlineModel::openRequested, this, &IssueEditor::openRequested);
    connect(m_outline, &QWidget::customContextMenuRequested, this, &IssueEditor::showOutlineMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_outline->expandAll(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                // New sections open, so their items can be seen; the others keep the
                // expansion the user gave them.
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    expandSections(m_model->index(row, 0));
            });
    documentChanged();
}

QWidget *IssueEditor::pane(Pane pane) const {
    switch (pane) {
    case Pane::Outline:
        return m_outlinePane;
    case Pane::Form:
        return m_form;
    case Pane::Source:
        return m_sourcePane;
    case Pane::Preview:
        return m_preview;
    }
    return nullptr;
}

QString IssueEditor::filterText(const OutlineNode &node) const {
    const IssueDocument &doc = m_session->document();
    const QString &text = doc.text();
    if (node.kind == OutlineNode::Kind::Item && node.section >= 0 &&
        node.section < doc.sections().size() &&
        node.item < doc.sections()[node.section].items.size()) {
        const ItemNode &item = doc.sections()[node.section].items[node.item];
        return item.title.in(text).toString() + u'\n' + item.url.in(text).toString() + u'\n' +
               item.description().in(text).toString();
    }
    return m_model->indexFor(node).data().toString();
}

bool IssueEditor::eventFilter(QObject *watched, QEvent *event) {
    // Enter on an outline row goes on to its form, where the node is edited.
    if (watched == m_outline && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            m_form->focusFirstField();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

IssueEditor::~IssueEditor() {
    delete m_splitter;
}

void IssueEditor::expandSections(const QModelIndex &section) {
    // Only the sections: expandRecursively() would visit every item too, and each visit
    // costs a search of the view's rows, so opening 18,000 sections took seconds. The rows
    // were just inserted, so the view lays them out once, later, with these expanded.
    m_outline->expand(section);
    const int rows = m_model->rowCount(section);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = m_model->index(row, 0, section);
        if (m_model->nodeAt(child).kind == OutlineNode::Kind::Section)
            expandSections(child);
    }
}

void IssueEditor::setPreviewWidget(QWidget *preview) {
    const int index = m_splitter->indexOf(m_preview);
    delete m_preview;
    m_preview = preview;
    m_splitter->insertWidget(index, preview);
}

OutlineNode IssueEditor::currentNode() const {
    return m_model->nodeAt(m_outline->currentIndex());
}

void IssueEditor::selectNode(const OutlineNode &node) {
    const QModelIndex index = m_model->indexFor(node);
    // Exactly this row: setCurrentIndex() would read the modifiers held for a shortcut
    // (Ctrl+Enter) and add the row to the old selection.
    if (index.isValid())
        m_outline->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    else // no node there (the H1 title line has no row): no other node stays selected
        m_outline->selectionModel()->clear();
}

void IssueEditor::undo() {
    stepHistory(true);
}

void IssueEditor::redo() {
    stepHistory(false);
}

void IssueEditor::stepHistory(bool back) {
    // The document puts the cursor at the end of the change it undoes or redoes; the source
    // shows it, and the outline, the form and the preview follow the node it is in.
    // QTextDocument::undo(cursor) leaves the cursor at 0: the change's place is taken from
    // the document's own report of it.
    QTextDocument *document = m_session->textDocument();
    qsizetype changedAt = -1;
    const auto watch = connect(document, &QTextDocument::contentsChange, this,
                               [&changedAt](int position, int, int added) {
                                   const qsizetype end = position + added;
                                   changedAt = changedAt < 0 ? end : std::min(changedAt, end);
                               });
    if (back)
        document->undo();
    else
        document->redo();
    disconnect(watch);
    if (changedAt < 0)
        return;
    QTextCursor cursor(document);
    cursor.setPosition(int(std::min<qsizetype>(changedAt, document->characterCount() - 1)));
    m_source->setTextCursor(cursor);
    m_source->ensureCursorVisible();
    followSourceCursor();
}

void IssueEditor::showTop() {
    // A file just opened: every view starts at its beginning.
    m_syncing = true;
    m_source->setTextCursor(QTextCursor(m_session->textDocument()));
    m_syncing = false;
    m_source->verticalScrollBar()->setValue(0);
    followSourceCursor();
    m_outline->scrollToTop();
}

void IssueEditor::followSourceCursor() {
    const OutlineNode node = nodeAtPosition(m_source->textCursor().position());
    m_syncing = true;
    if (!(node == currentNode()) || selectedNodes().size() != 1)
        selectNode(node);
    m_outline->scrollTo(m_model->indexFor(node));
    m_syncing = false;
    m_session->selection()->setCurrent(currentNode());
    markNodeLines(currentNode());
}

OutlineNode IssueEditor::nodeAtPosition(qsizetype position) const {
    const IssueDocument &doc = m_session->document();
    if (doc.frontMatter() && position < doc.frontMatter()->span.end)
        return {OutlineNode::Kind::FrontMatter, -1, -1};
    const auto &sections = doc.sections();
    for (int s = 0; s < sections.size(); ++s) {
        const SectionNode &section = sections[s];
        if (position < section.begin || position >= section.end)
            continue;
        for (int i = 0; i < section.items.size(); ++i) {
            if (position >= section.items[i].begin && position < section.items[i].end)
                return {OutlineNode::Kind::Item, s, i};
        }
        return {OutlineNode::Kind::Section, s, -1};
    }
    if (!sections.isEmpty() && position >= sections.last().end) {
        const int last = int(sections.size() - 1);
        if (!sections[last].items.isEmpty())
            return {OutlineNode::Kind::Item, last, int(sections[last].items.size() - 1)};
        return {OutlineNode::Kind::Section, last, -1};
    }
    if (!doc.preamble().isEmpty())
        return {OutlineNode::Kind::Preamble, -1, -1};
    return {};
}

std::pair<int, int> IssueEditor::nodeLines(const OutlineNode &node) const {
    const IssueDocument &doc = m_session->document();
    auto lines = [&](qsizetype begin, qsizetype contentEnd) {
        return std::pair{doc.lineNumberAt(begin),
                         doc.lineNumberAt(std::max(begin, contentEnd - 1))};
    };
    switch (node.kind) {
    case OutlineNode::Kind::FrontMatter:
        if (doc.frontMatter())
            return lines(0, doc.frontMatter()->contentEnd);
        break;
    case OutlineNode::Kind::Preamble:
        if (!doc.preamble().isEmpty())
            return lines(doc.preamble().first().content.begin, doc.preamble().last().contentEnd);
        break;
    case OutlineNode::Kind::Section:
        if (node.section < doc.sections().size()) {
            const SectionNode &section = doc.sections()[node.section];
            return lines(section.begin, section.contentEnd);
        }
        break;
    case OutlineNode::Kind::Item:
        if (node.section < doc.sections().size() &&
            node.item < doc.sections()[node.section].items.size()) {
            const ItemNode &item = doc.sections()[node.section].items[node.item];
            return lines(item.begin, item.contentEnd);
        }
        break;
    case OutlineNode::Kind::None:
        break;
    }
    return {0, 0};
}

void IssueEditor::markNodeLines(const OutlineNode &node) {
    const auto [first, last] = nodeLines(node);
    m_source->setMarkedLines(first, last);
}

void IssueEditor::documentChanged() {
    // Rows removed under the current one move the outline's current index: that is not the
    // user choosing a node, so the source cursor stays where it is.
    m_syncing = true;
    m_model->setDocument(m_session->document(), m_session->lastChange());
    m_syncing = false;
    OutlineNode now = currentNode();
    // While typing in the source the selection follows the cursor; otherwise it stays unless
    // the node that was selected is gone.
    if (m_source->hasFocus() || now.kind == OutlineNode::Kind::None ||
        !m_model->indexFor(now).isValid()) {
        now = nodeAtPosition(m_source->textCursor().position());
        m_syncing = true;
        selectNode(now);
        m_syncing = false;
    }
    // The same node as before still shows the text as it is now.
    if (!m_session->selection()->setCurrent(currentNode()))
        m_form->refresh();
    markNodeLines(currentNode());
}

void IssueEditor::outlineSelectionChanged() {
    const OutlineNode node = currentNode();
    m_session->selection()->setCurrent(node);
    markNodeLines(node);
    if (m_syncing)
        return;
    // Selecting in the outline reveals the node's lines and puts the source cursor there.
    const auto [first, last] = nodeLines(node);
    Q_UNUSED(last);
    if (first <= 0)
        return;
    m_syncing = true;
    const QTextBlock block = m_session->textDocument()->findBlockByNumber(first - 1);
    QTextCursor cursor(block);
    m_source->setTextCursor(cursor);
    m_source->revealLine(first);
    m_syncing = false;
}

void IssueEditor::sourceCursorMoved() {
    // An edit moves the cursor before the session has parsed its text: the node under the
    // cursor is then read from the old parse. documentChanged() follows the cursor once the
    // parse is there (when the source has the focus).
    if (m_syncing || !m_session->isParsed())
        return;
    const OutlineNode node = nodeAtPosition(m_source->textCursor().position());
    if (node == currentNode())
        return;
    m_syncing = true;
    selectNode(node);
    m_outline->scrollTo(m_model->indexFor(node));
    m_syncing = false;
}

int IssueEditor::targetSection() const {
    const OutlineNode node = currentNode();
    if (node.kind == OutlineNode::Kind::Section || node.kind == OutlineNode::Kind::Item)
        return node.section;
    const auto &sections = m_session->document().sections();
    for (int s = 0; s < sections.size(); ++s) {
        if (!sections[s].items.isEmpty())
            return s;
    }
    return sections.isEmpty() ? -1 : 0;
}

void IssueEditor::addItem() {
    const int section = targetSection();
    if (section < 0) {
        emit message(tr("Add a section first: items belong to sections."));
        return;
    }
    const OutlineNode node = currentNode();
    // The outline's current item must be one of the parsed document's (soft assert: a
    // disagreement is logged and nothing is added).
    const bool afterItem = node.kind == OutlineNode::Kind::Item;
    WC_ASSERT(!afterItem || m_session->edits().hasItem({node.section, node.item}), return );
    const int position =
        afterItem ? node.item + 1 : int(m_session->document().sections()[section].items.size());
    m_session->apply(
        m_session->edits().insertItem(section, position, {tr("New item"), QString(), QString()}));
    selectNode({OutlineNode::Kind::Item, section, position});
    m_form->itemForm()->titleField()->setFocus();
    m_form->itemForm()->titleField()->selectAll();
}

void IssueEditor::deleteItem() {
    const OutlineNode node = currentNode();
    if (node.kind != OutlineNode::Kind::Item)
        return;
    WC_ASSERT(m_session->edits().hasItem({node.section, node.item}), return );
    m_session->apply(m_session->edits().removeItem({node.section, node.item}));
    const int remaining = int(m_session->document().sections()[node.section].items.size());
    if (remaining > 0)
        selectNode({OutlineNode::Kind::Item, node.section, std::min(node.item, remaining - 1)});
    else
        selectNode({OutlineNode::Kind::Section, node.section, -1});
}

void IssueEditor::duplicateItem() {
    const OutlineNode node = currentNode();
    if (node.kind != OutlineNode::Kind::Item)
        return;
    m_session->apply(m_session->edits().duplicateItem({node.section, node.item}));
    selectNode({OutlineNode::Kind::Item, node.section, node.item + 1});
}

void IssueEditor::addSection() {
    const DocumentEdits edits = m_session->edits();
    const auto &sections = m_session->document().sections();
    const OutlineNode node = currentNode();
    const QList<int> topLevel = sectionsUnder(sections, -1);
    int position = int(topLevel.size());
    if (node.section >= 0)
        position = int(topLevel.indexOf(topLevelSectionOf(sections, node.section))) + 1;
    const Edit edit = edits.insertSection(position, tr("New section"));
    if (!m_session->apply(edit))
        return;
    // The new section is the one whose heading line overlaps the inserted text (the edit
    // is minimized, so it may start inside the heading), and reads as the new heading.
    // Counting top-level sections misses when bold-link pseudo-sections sit among them.
    const qsizetype at = edit.first().range.begin;
    const qsizetype end = at + edit.first().text.size();
    const auto &after = m_session->document().sections();
    for (int s = 0; s < after.size(); ++s) {
        const Block &header = after[s].header;
        if (header.content.begin <= end && header.contentEnd >= at &&
            m_session->document().sectionLabel(after[s]) == tr("New section")) {
            selectNode({OutlineNode::Kind::Section, s, -1});
            break;
        }
    }
    renameSection();
}

void IssueEditor::renameSection() {
    OutlineNode node = currentNode();
    if (node.kind == OutlineNode::Kind::Item)
        selectNode({OutlineNode::Kind::Section, node.section, -1});
    if (currentNode().kind != OutlineNode::Kind::Section)
        return;
    m_form->sectionForm()->labelField()->setFocus();
    m_form->sectionForm()->labelField()->selectAll();
}

// ---- moving ----------------------------------------------------------------------------------

QList<OutlineNode> IssueEditor::selectedNodes() const {
    QList<OutlineNode> nodes;
    for (const QModelIndex &index : m_outline->selectionModel()->selectedIndexes())
        nodes.append(m_model->nodeAt(index));
    std::sort(nodes.begin(), nodes.end(), [](const OutlineNode &a, const OutlineNode &b) {
        return std::pair(a.section, a.item) < std::pair(b.section, b.item);
    });
    return nodes;
}

void IssueEditor::applyAndSelect(const Edit &edit, const QList<OutlineNode> &select) {
    if (!m_session->apply(edit))
        return;
    if (select.isEmpty())
        return;
    selectNode(select.first());
    for (const OutlineNode &node : select.mid(1))
        m_outline->selectionModel()->select(m_model->indexFor(node), QItemSelectionModel::Select);
}

void IssueEditor::moveItemBy(int step) {
    const OutlineNode node = currentNode();
    if (node.kind != OutlineNode::Kind::Item)
        return;
    const auto &sections = m_session->document().sections();
    int section = node.section;
    int position = node.item + (step < 0 ? -1 : 2); // positions count before the move
    if (position < 0 || position > sections[section].items.size()) {
        // Past the edge: on into the neighbouring section.
        const int next = section + step;
        if (next < 0 || next >= sections.size())
            return;
        section = next;
        position = step < 0 ? int(sections[next].items.size()) : 0;
    }
    const auto result = OutlineDrop::dropItems(m_session->document(), {node}, section, position);
    applyAndSelect(result.edit, result.select);
}

void IssueEditor::moveItemUp() {
    moveItemBy(-1);
}
void IssueEditor::moveItemDown() {
    moveItemBy(1);
}

void IssueEditor::moveSelectedItemsToSection(int section) {
    QList<OutlineNode> items = selectedNodes();
    items.removeIf([](const OutlineNode &n) { return n.kind != OutlineNode::Kind::Item; });
    if (items.isEmpty() && currentNode().kind == OutlineNode::Kind::Item)
        items.append(currentNode());
    if (items.isEmpty())
        return;
    WC_ASSERT(m_session->edits().hasSection(section), return );
    const int end = int(m_session->document().sections()[section].items.size());
    const auto result = OutlineDrop::dropItems(m_session->document(), items, section, end);
    applyAndSelect(result.edit, result.select);
}

void IssueEditor::moveSectionBy(int step) {
    OutlineNode node = currentNode();
    if (node.kind == OutlineNode::Kind::Item)
        node = {OutlineNode::Kind::Section, node.section, -1};
    if (node.kind != OutlineNode::Kind::Section)
        return;
    const QList<int> siblings = m_session->edits().siblingsOf(node.section);
    const int index = int(siblings.indexOf(node.section));
    const int position = step < 0 ? index - 1 : index + 2;
    if (position < 0 || position > siblings.size())
        return;
    const auto result = OutlineDrop::dropSection(m_session->document(), node.section, position);
    applyAndSelect(result.edit, result.select);
}

void IssueEditor::moveSectionUp() {
    moveSectionBy(-1);
}
void IssueEditor::moveSectionDown() {
    moveSectionBy(1);
}

void IssueEditor::showOutlineMenu(const QPoint &position) {
    const OutlineNode node = m_model->nodeAt(m_outline->indexAt(position));
    QMenu menu(this);
    menu.addAction(tr("Add Item"), this, &IssueEditor::addItem);
    if (node.kind == OutlineNode::Kind::Item) {
        menu.addAction(tr("Duplicate Item"), this, &IssueEditor::duplicateItem);
        menu.addAction(tr("Delete Item"), this, &IssueEditor::deleteItem);
        menu.addSeparator();
        menu.addAction(tr("Move Up"), this, &IssueEditor::moveItemUp);
        menu.addAction(tr("Move Down"), this, &IssueEditor::moveItemDown);
        QMenu *to = menu.addMenu(tr("Move to Section"));
        const IssueDocument &doc = m_session->document();
        for (int s = 0; s < doc.sections().size(); ++s) {
            QAction *action = to->addAction(doc.sectionLabel(doc.sections()[s]), this,
                                            [this, s] { moveSelectedItemsToSection(s); });
            action->setEnabled(s != node.section);
        }
    } else if (node.kind == OutlineNode::Kind::Section) {
        menu.addAction(tr("Rename Section"), this, &IssueEditor::renameSection);
        menu.addSeparator();
        menu.addAction(tr("Move Section Up"), this, &IssueEditor::moveSectionUp);
        menu.addAction(tr("Move Section Down"), this, &IssueEditor::moveSectionDown);
    }
    menu.exec(m_outline->viewport()->mapToGlobal(position));
}

} // namespace wc
