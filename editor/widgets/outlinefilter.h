// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinenode.h"

#include <QLineEdit>

#include <functional>

class QTreeView;
class QTimer;

namespace wc {

class OutlineModel;

// The filter box above the outline: rows whose text (for items: title, URL and description)
// does not contain the typed words are hidden, their sections kept while any of their rows
// match. Rows are hidden in the view, not removed from the model, so selection and drag and
// drop keep working on the model's own rows. Enter selects the first match; Esc clears.
class OutlineFilter : public QLineEdit {
    Q_OBJECT
public:
    // The text a node is matched against.
    using NodeText = std::function<QString(const OutlineNode &)>;
    OutlineFilter(QTreeView *view, OutlineModel *model, NodeText nodeText,
                  QWidget *parent = nullptr);

    // Hides the rows that do not match now (the model calls for it after every change).
    void apply();
    // The rows shown, in the outline's order (for tests and Enter).
    QList<OutlineNode> shownNodes() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool matches(const OutlineNode &node, const QStringList &words) const;
    // Shows or hides the rows under `parent`; true when any of them is shown.
    bool applyUnder(const QModelIndex &parent, const QStringList &words, bool showAll);
    void selectFirstMatch();

    QTreeView *m_view;
    OutlineModel *m_model;
    NodeText m_nodeText;
    QTimer *m_reapply;
    bool m_active = false; // rows are hidden now
};

} // namespace wc
