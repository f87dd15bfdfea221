// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentedits.h"
#include "outlinenode.h"

#include <QWidget>

class QSplitter;
class QTreeView;

namespace wc {

class FindBar;
class FormPanel;
class IssueSession;
class OutlineFilter;
class OutlineModel;
class SourceEditor;

// Everything about one open issue: outline, form, Markdown source and the preview's place,
// side by side, kept in step with each other through the session's text.
class IssueEditor : public QWidget {
    Q_OBJECT
public:
    explicit IssueEditor(QWidget *parent = nullptr);
    // The views go before the model and the session they show.
    ~IssueEditor() override;

    IssueSession *session() const { return m_session; }
    OutlineModel *outlineModel() const { return m_model; }
    QTreeView *outlineView() const { return m_outline; }
    FormPanel *formPanel() const { return m_form; }
    SourceEditor *sourceEditor() const { return m_source; }
    QSplitter *splitter() const { return m_splitter; }
    // The four panes, as the View menu shows and hides them.
    enum class Pane { Outline, Form, Source, Preview };
    QWidget *pane(Pane pane) const;
    FindBar *findBar() const { return m_findBar; }
    OutlineFilter *outlineFilter() const { return m_filter; }
    // The text the outline filter matches a node against: an item's title, URL and
    // description, a section's label.
    QString filterText(const OutlineNode &node) const;
    // Replaces the preview placeholder.
    void setPreviewWidget(QWidget *preview);

    // The outline's current row: the session's selection() follows it.
    OutlineNode currentNode() const;
    void selectNode(const OutlineNode &node);
    OutlineNode nodeAtPosition(qsizetype position) const;

    void addItem();
    void deleteItem();
    void duplicateItem();
    void addSection();
    void renameSection();
    // Keyboard counterparts of drag and drop. Moving past a section's end goes on into the
    // next (or previous) section.
    void moveItemUp();
    void moveItemDown();
    void moveSelectedItemsToSection(int section);
    void moveSectionUp();
    void moveSectionDown();
    QList<OutlineNode> selectedNodes() const;
    // The one history of the text, with the cursor put at the change and every view on the
    // node it is in.
    void undo();
    void redo();

signals:
    void message(const QString &text);
    void openRequested(const QStringList &files);

private:
    void documentChanged();
    // Expands `section` and the sections under it (not their items: they have no children).
    void expandSections(const QModelIndex &section);
    void outlineSelectionChanged();
    void sourceCursorMoved();
    void stepHistory(bool back);
    void showTop();
    // Selects the node under the source cursor (alone) and shows it in every view.
    void followSourceCursor();
    void markNodeLines(const OutlineNode &node);
    std::pair<int, int> nodeLines(const OutlineNode &node) const;
    int targetSection() const;
    void applyAndSelect(const Edit &edit, const QList<OutlineNode> &select);
    void moveItemBy(int step);
    void moveSectionBy(int step);
    void showOutlineMenu(const QPoint &position);
    bool eventFilter(QObject *watched, QEvent *event) override;

    IssueSession *m_session;
    OutlineModel *m_model;
    QSplitter *m_splitter;
    QWidget *m_outlinePane;
    QTreeView *m_outline;
    FormPanel *m_form;
    QWidget *m_sourcePane;
    SourceEditor *m_source;
    OutlineFilter *m_filter;
    FindBar *m_findBar;
    QWidget *m_preview;
    bool m_syncing = false;
};

} // namespace wc
