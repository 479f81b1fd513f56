#include "JobFilterModel.h"

#include "JobTableModel.h"

JobFilterModel::JobFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Rows re-sort and re-filter as their values change.
    setDynamicSortFilter(true);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, &JobFilterModel::applySearchNow);
}

void JobFilterModel::setJobModel(JobTableModel *model)
{
    m_jobs = model;
    setSourceModel(model);
}

void JobFilterModel::setStatusFilter(StatusFilter filter)
{
    if (m_status == filter)
        return;
    m_status = filter;
    invalidateFilter();
}

void JobFilterModel::setSearchText(const QString &text)
{
    m_pendingSearch = text;
    m_searchTimer.start();
}

void JobFilterModel::setSearchDelay(int ms)
{
    m_searchTimer.setInterval(ms);
}

void JobFilterModel::applySearchNow()
{
    m_searchTimer.stop();
    const QString text = m_pendingSearch.trimmed();
    if (text != m_search) {
        m_search = text;
        invalidateFilter();
    }
    emit searchApplied(m_search);
}

void JobFilterModel::setCreatedRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool JobFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_jobs)
        return false;
    const ExportJob *job = m_jobs->jobAt(sourceRow);
    return job && accepts(*job);
}

bool JobFilterModel::accepts(const ExportJob &job) const
{
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Active:
        if (job.isTerminal())
            return false;
        break;
    case StatusFilter::Succeeded:
        if (job.status() != JobStatus::Succeeded)
            return false;
        break;
    case StatusFilter::Failed:
        if (job.status() != JobStatus::Failed)
            return false;
        break;
    case StatusFilter::Cancelled:
        if (job.status() != JobStatus::Cancelled)
            return false;
        break;
    }
    if (m_from.isValid() || m_to.isValid()) {
        if (!job.creationTime)
            return false;
        if (m_from.isValid() && *job.creationTime < m_from.toMSecsSinceEpoch())
            return false;
        if (m_to.isValid() && *job.creationTime > m_to.toMSecsSinceEpoch())
            return false;
    }
    return m_search.isEmpty() || matchesSearch(job);
}

bool JobFilterModel::matchesSearch(const ExportJob &job) const
{
    const auto has = [this](const QString &text) {
        return text.contains(m_search, Qt::CaseInsensitive);
    };
    if (has(QString::number(job.id)))
        return true;
    if (job.requestId && has(*job.requestId))
        return true;
    const QStringList segments = job.segmentIds();
    for (const QString &id : segments) {
        if (has(id) || has(m_jobs->segmentName(id)))
            return true;
    }
    const QString dataset = job.datasetId();
    if (!dataset.isEmpty() && (has(dataset) || has(m_jobs->datasetName(dataset))))
        return true;
    if (job.errors) {
        for (const JobError &error : *job.errors) {
            if ((error.msg && has(*error.msg)) || (error.code && has(*error.code)))
                return true;
        }
    }
    return false;
}
