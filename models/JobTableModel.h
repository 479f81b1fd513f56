#pragma once

#include "StatusStyle.h"
#include "api/ExportJob.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

// Every export job of one connection and sandbox, newest first (by creation time, then id),
// keyed by id. Refreshes are diffs: new jobs are inserted where they belong, a changed job
// repaints only the columns and roles that its changed fields feed, and neighbouring changed
// rows are reported as one span, so selection and scroll position survive every refresh. A
// reset happens only when the connection or sandbox changes.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)

public:
    enum Column {
        Id,
        Status,
        Segments,
        Dataset,
        MergePolicy,
        Created,
        Updated,
        Duration,
        Profiles,
        Errors,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: qint64 or QString
        JobIdRole, // qint64, on every column
        StatusRole, // int(JobStatus), on every column
        IsActiveRole, // bool: not terminal, on every column
        StuckRole, // bool, on every column
        CancellingRole, // bool, on every column
    };
    Q_ENUM(Role)

    using Clock = std::function<qint64()>; // epoch milliseconds

    // What one upsert did.
    struct UpsertSummary
    {
        int inserted = 0;
        int changed = 0;
        int unchanged = 0;
        int stale = 0; // older than the state already held (an earlier updateTime), ignored
    };

    explicit JobTableModel(QObject *parent = nullptr);
    ~JobTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Inserts the jobs not held yet and updates the others, now. A job whose updateTime is
    // older than the one held is ignored: a cached state never overwrites a fresher one.
    UpsertSummary upsertJobs(const QList<ExportJob> &jobs);
    // The same, spread over several turns of the event loop so that applying a whole list of
    // jobs never holds the GUI thread for more than a few milliseconds at a time. Queued jobs
    // are applied in order; queueDrained() follows once all are in.
    void queueJobs(const QList<ExportJob> &jobs);
    bool isApplyingQueue() const { return !m_queue.empty(); }
    // Jobs the platform no longer knows; also dropped from the queue.
    void removeJobs(const QList<qint64> &ids);
    // Starts afresh (another connection or sandbox): the only reset.
    void resetJobs(const QList<ExportJob> &jobs = {});

    // Repaints the live duration of every running job, as of `nowMs`.
    void tick(qint64 nowMs);
    // Where "now" comes from when jobs arrive (tests inject one); the current time by default.
    void setClock(Clock clock);
    qint64 now() const { return m_nowMs; }

    // Names shown instead of ids; an id without a name is shown as is.
    void setSegmentNames(const QHash<QString, QString> &names);
    void setDatasetNames(const QHash<QString, QString> &names);
    void setMergePolicyNames(const QHash<QString, QString> &names);
    QString segmentName(const QString &id) const { return m_segmentNames.value(id); }
    QString datasetName(const QString &id) const { return m_datasetNames.value(id); }
    QString mergePolicyName(const QString &id) const { return m_mergePolicyNames.value(id); }

    // A job running for longer than usual, as the monitor judges it. Cleared when it ends.
    void setStuck(qint64 id, bool stuck);
    bool isStuck(qint64 id) const;
    // A job whose cancellation was accepted and has not ended yet. Cleared when it ends.
    void setCancelling(qint64 id, bool cancelling);
    bool isCancelling(qint64 id) const;

    // Direct access for proxies and detail panes; nullptr when out of range or unknown.
    const ExportJob *jobAt(int row) const;
    const ExportJob *job(qint64 id) const;
    int rowOf(qint64 id) const; // -1 when unknown
    QModelIndex indexOf(qint64 id, int column = 0) const;
    int jobCount() const { return int(m_rows.size()); }
    // Ids of every job that has not ended, in no particular order.
    QList<qint64> activeJobIds() const;
    int activeJobCount() const { return int(m_active.size()); }

signals:
    void queueDrained();

private:
    struct Row;
    struct Change;

    template<typename Take>
    UpsertSummary apply(const QList<ExportJob> &jobs, Take take);
    void applyQueueSlice();
    void insertJobs(std::vector<ExportJob> &&fresh);
    void emitSpans(std::vector<std::pair<int, Change>> &changes);
    void renumber() const;
    void intern(ExportJob &job);
    void setNames(QHash<QString, QString> &target, const QHash<QString, QString> &names,
                  Column column);
    void setFlag(qint64 id, bool Row::*flag, bool value);
    QString displayText(const Row &row, int column) const;
    QVariant sortValue(const ExportJob &job, int column) const;
    QString toolTip(const Row &row, int column) const;
    QString segmentsText(const ExportJob &job) const;
    StatusStyle::Mark markOf(const Row &row) const;

    std::vector<std::unique_ptr<Row>> m_rows;
    QHash<qint64, Row *> m_byId;
    QSet<qint64> m_active;
    QSet<QString> m_strings; // shared copies of ids that many jobs repeat
    // Rows from this index on carry a stale row number; renumbered when one is asked for.
    mutable qsizetype m_dirtyFrom = 0;

    // Queued lists are held as they came (shared, not copied); the front one is applied from
    // m_queueOffset on, a slice at a time.
    std::deque<QList<ExportJob>> m_queue;
    qsizetype m_queueOffset = 0;
    QSet<qint64> m_dropFromQueue; // removed while queued
    QTimer m_queueTimer;

    QHash<QString, QString> m_segmentNames;
    QHash<QString, QString> m_datasetNames;
    QHash<QString, QString> m_mergePolicyNames;

    Clock m_clock;
    qint64 m_nowMs = 0;
    mutable StatusStyle m_style;
};
