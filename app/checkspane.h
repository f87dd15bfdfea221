#pragma once

#include "checksrunner.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace wc {

// The Checks side pane: the issue's findings, one a row (line, message), live as the checks
// come back. Activating a row asks to go to its place; each can be dismissed for this issue,
// and "Show dismissed" lists those again (greyed) so they can be restored.
class ChecksPane : public QWidget {
    Q_OBJECT
public:
    struct Row {
        LocatedFinding finding;
        bool dismissed = false;
        QString earlierIssue; // shared-before: the file of the issue that shared the link
    };

    explicit ChecksPane(QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    QTreeWidget *list() const { return m_list; }
    // The index into rows() of the current row, -1 when none.
    int currentRow() const;
    void setShowDismissed(bool show);

signals:
    void activated(const wc::CheckFinding &finding);
    void dismissRequested(const wc::LocatedFinding &finding);
    void restoreRequested(const wc::LocatedFinding &finding);
    void openIssueRequested(const QString &path);

private:
    void rebuild(const std::optional<LocatedFinding> &current);
    std::optional<LocatedFinding> currentFinding() const;
    void updateButtons();
    void showMenu(const QPoint &position);
    void dismissOrRestore();
    void openEarlierIssue();

    QList<Row> m_rows;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_dismiss;
    QPushButton *m_open;
    QCheckBox *m_showDismissed;
};

} // namespace wc
