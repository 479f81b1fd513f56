#pragma once

#include <QTreeView>

// The jobs table: one line per export job, sortable by any column, with uniform row heights
// so thousands of jobs scroll smoothly. Refreshes never move what a person looks at: the
// selection follows its job, and when the table is scrolled away from the top, the row at the
// top stays there while jobs are inserted, removed or re-sorted around it.
class JobsTableView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsTableView)

public:
    explicit JobsTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // The job of the current row, or 0.
    qint64 currentJobId() const;
    // Selects the job's row and scrolls to it; false when the job is not shown.
    bool selectJob(qint64 jobId);
    // The job of the row at the top of the viewport, or 0.
    qint64 topJobId() const;
    // The jobs of the rows shown in the viewport, top to bottom.
    QList<qint64> visibleJobIds() const;

    // What an empty table says instead ("No job matches the filters.").
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

signals:
    // The current row moved to another job (0: none).
    void currentJobChanged(qint64 jobId);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void rememberTop();
    void restoreTop();
    void showHeaderMenu(const QPoint &pos);

    qint64 m_anchorJob = 0;
    int m_anchorOffset = 0; // pixels of the anchor row above the viewport's top
    int m_pendingChanges = 0;
    qint64 m_currentJob = 0;
    QString m_placeholder;
    QList<QMetaObject::Connection> m_modelConnections;
};
