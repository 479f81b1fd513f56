#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QTimer>

class ExportJob;
class JobTableModel;

// What the jobs table shows of a JobTableModel: sorted on its raw SortRole values, filtered by
// status, by a search text (applied after a pause in typing) and by a range of creation times.
// Filters read the jobs straight from the source model, never through QVariant.
class JobFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterModel)

public:
    enum class StatusFilter {
        All,
        Active, // not terminal: new, processing, or a status this version does not know
        Succeeded,
        Failed,
        Cancelled,
    };
    Q_ENUM(StatusFilter)

    explicit JobFilterModel(QObject *parent = nullptr);

    // Only a JobTableModel, or nullptr.
    void setJobModel(JobTableModel *model);
    JobTableModel *jobModel() const { return m_jobs; }

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }

    // Matched, case-insensitively, against the id, segment ids and names, dataset id and name,
    // request id and error messages. Applied `searchDelay` after the last call.
    void setSearchText(const QString &text);
    QString searchText() const { return m_pendingSearch; }
    void setSearchDelay(int ms);
    int searchDelay() const { return m_searchTimer.interval(); }
    // Applies a pending search at once (Enter in the search field).
    void applySearchNow();

    // Jobs created in [from, to]; an invalid bound is open.
    void setCreatedRange(const QDateTime &from, const QDateTime &to);
    QDateTime createdFrom() const { return m_from; }
    QDateTime createdTo() const { return m_to; }

    // Whether the job passes every filter.
    bool accepts(const ExportJob &job) const;

signals:
    void searchApplied(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesSearch(const ExportJob &job) const;

    JobTableModel *m_jobs = nullptr;
    StatusFilter m_status = StatusFilter::All;
    QString m_search; // applied
    QString m_pendingSearch;
    QTimer m_searchTimer;
    QDateTime m_from;
    QDateTime m_to;
};
