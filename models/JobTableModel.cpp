#include "JobTableModel.h"

#include "JobText.h"
#include "PhaseSpan.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

struct JobTableModel::Row
{
    explicit Row(ExportJob &&j)
        : job(std::move(j))
        , created(job.creationTime.value_or(0))
    { }

    ExportJob job;
    qint64 created; // the source order's key, with the id
    mutable qsizetype row = 0;
    bool stuck = false;
    bool cancelling = false;
};

namespace {

// The roles a change touches, as bits, turned into the role list of one dataChanged.
enum RoleBit : quint32 {
    DisplayBit = 0x001,
    ToolTipBit = 0x002,
    SortBit = 0x004,
    ForegroundBit = 0x008,
    DecorationBit = 0x010,
    StatusBit = 0x020,
    ActiveBit = 0x040,
    StuckBit = 0x080,
    CancellingBit = 0x100,
};
constexpr quint32 TextBits = DisplayBit | ToolTipBit | SortBit;
constexpr quint32 StateBits = TextBits | ForegroundBit | DecorationBit | StatusBit | ActiveBit
        | StuckBit | CancellingBit;

QList<int> rolesOf(quint32 bits)
{
    static constexpr std::pair<RoleBit, int> table[] = {
            {DisplayBit, Qt::DisplayRole},
            {ToolTipBit, Qt::ToolTipRole},
            {SortBit, JobTableModel::SortRole},
            {ForegroundBit, Qt::ForegroundRole},
            {DecorationBit, Qt::DecorationRole},
            {StatusBit, JobTableModel::StatusRole},
            {ActiveBit, JobTableModel::IsActiveRole},
            {StuckBit, JobTableModel::StuckRole},
            {CancellingBit, JobTableModel::CancellingRole},
    };
    QList<int> roles;
    for (const auto &[bit, role] : table) {
        if (bits & bit)
            roles.append(role);
    }
    return roles;
}

// Newest first; the id breaks ties, as the platform's own order does.
bool newerFirst(qint64 createdA, qint64 idA, qint64 createdB, qint64 idB)
{
    return createdA != createdB ? createdA > createdB : idA > idB;
}

qint64 statusRank(JobStatus status)
{
    // Running work first, then what needs attention, then what went well.
    switch (status) {
    case JobStatus::Processing:
        return 0;
    case JobStatus::New:
        return 1;
    case JobStatus::Unknown:
        return 2;
    case JobStatus::Failed:
        return 3;
    case JobStatus::Cancelled:
        return 4;
    case JobStatus::Succeeded:
        return 5;
    }
    return 2;
}

bool isNumberColumn(int column)
{
    return column == JobTableModel::Id || column == JobTableModel::Duration
            || column == JobTableModel::Profiles || column == JobTableModel::Errors;
}

// Per turn of the event loop, so that a queued list never holds it for more than a few
// milliseconds. Each slice also costs the attached proxies a pass over their mapping, so slices
// stay big enough for that not to dominate.
constexpr qint64 QueueBudgetNs = 5'000'000;
constexpr qsizetype SliceSize = 500;

} // namespace

struct JobTableModel::Change
{
    int first = ColumnCount;
    int last = -1;
    quint32 roles = 0;

    void add(int from, int to, quint32 bits)
    {
        first = std::min(first, from);
        last = std::max(last, to);
        roles |= bits;
    }
    bool isEmpty() const { return last < 0; }

    static Change of(JobFields fields)
    {
        Change c;
        if (fields & JobField::Status)
            c.add(0, ColumnCount - 1, StateBits);
        if (fields & JobField::UpdateTime)
            c.add(Updated, Updated, TextBits);
        if (fields & JobField::Metrics)
            c.add(Duration, Duration, TextBits);
        if (fields & JobField::Counters)
            c.add(Profiles, Profiles, TextBits);
        if (fields & JobField::Errors) {
            c.add(Errors, Errors, TextBits);
            c.add(Status, Status, ToolTipBit);
        }
        if (fields & JobField::Destination)
            c.add(Segments, Dataset, TextBits);
        if (fields & JobField::Request)
            c.add(Segments, MergePolicy, TextBits);
        if (fields & JobField::ComputeJobs)
            c.add(Id, Id, ToolTipBit);
        // The request id is searched by the proxy, which re-filters on DisplayRole changes.
        if (fields & JobField::Other)
            c.add(Id, Id, DisplayBit | ToolTipBit);
        return c;
    }
};

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_nowMs = m_clock();
    m_queueTimer.setSingleShot(true);
    m_queueTimer.setInterval(0);
    connect(&m_queueTimer, &QTimer::timeout, this, &JobTableModel::applyQueueSlice);
}

JobTableModel::~JobTableModel() = default;

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size())
        || index.column() >= ColumnCount)
        return {};
    const Row &row = *m_rows[size_t(index.row())];
    const ExportJob &job = row.job;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case SortRole:
        return sortValue(job, column);
    case JobIdRole:
        return job.id;
    case StatusRole:
        return int(job.status());
    case IsActiveRole:
        return !job.isTerminal();
    case StuckRole:
        return row.stuck;
    case CancellingRole:
        return row.cancelling;
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::ForegroundRole:
        if (column == Status || (column == Duration && row.stuck))
            return StatusStyle::color(job.status(), markOf(row), QGuiApplication::palette());
        return {};
    case Qt::DecorationRole:
        if (column == Status)
            return m_style.icon(job.status(), markOf(row));
        return {};
    case Qt::TextAlignmentRole:
        if (isNumberColumn(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && isNumberColumn(section))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("ID", "export job column");
    case Status:
        return tr("Status", "export job column");
    case Segments:
        return tr("Segments", "export job column");
    case Dataset:
        return tr("Dataset", "export job column");
    case MergePolicy:
        return tr("Merge policy", "export job column");
    case Created:
        return tr("Created", "export job column");
    case Updated:
        return tr("Last update", "export job column");
    case Duration:
        return tr("Duration", "export job column");
    case Profiles:
        return tr("Profiles", "export job column: profiles exported");
    case Errors:
        return tr("Errors", "export job column");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> JobTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(JobIdRole, "jobId");
    names.insert(StatusRole, "status");
    names.insert(IsActiveRole, "isActive");
    names.insert(StuckRole, "stuck");
    names.insert(CancellingRole, "cancelling");
    return names;
}

JobTableModel::UpsertSummary JobTableModel::upsertJobs(const QList<ExportJob> &jobs)
{
    return apply(jobs, [&jobs](qsizetype i) { return jobs[i]; });
}

// `take(i)` hands over job i of `jobs`: a copy, or the job itself from a list nobody else holds,
// so that a queued list is taken apart slice by slice instead of freed all at once.
template<typename Take>
JobTableModel::UpsertSummary JobTableModel::apply(const QList<ExportJob> &jobs, Take take)
{
    UpsertSummary summary;
    m_nowMs = m_clock();
    std::vector<std::pair<int, Change>> changes;
    std::vector<ExportJob> fresh;
    QHash<qint64, size_t> freshIndex; // a job listed twice is inserted once, the later state
    std::vector<qint64> moved; // creation time changed: the row must move

    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const ExportJob &incoming = jobs[i];
        Row *row = m_byId.value(incoming.id);
        if (!row) {
            const auto it = freshIndex.constFind(incoming.id);
            if (it != freshIndex.constEnd()) {
                fresh[*it] = take(i);
            } else {
                freshIndex.insert(incoming.id, fresh.size());
                fresh.push_back(take(i));
            }
            continue;
        }
        if (row->job.updateTime && incoming.updateTime
            && *incoming.updateTime < *row->job.updateTime) {
            ++summary.stale;
            continue;
        }
        const JobFields fields = changedFields(row->job, incoming);
        if (!fields) {
            ++summary.unchanged;
            continue;
        }
        ++summary.changed;
        if (incoming.creationTime.value_or(0) != row->created) {
            moved.push_back(incoming.id);
            fresh.push_back(take(i));
            continue;
        }
        row->job = take(i);
        intern(row->job);
        if (row->job.isTerminal()) {
            m_active.remove(row->job.id);
            row->stuck = false;
            row->cancelling = false;
        } else {
            m_active.insert(row->job.id);
        }
        changes.emplace_back(rowOf(row->job.id), Change::of(fields));
    }

    emitSpans(changes);
    if (!moved.empty())
        removeJobs(QList<qint64>(moved.begin(), moved.end()));
    summary.inserted = int(fresh.size() - moved.size());
    insertJobs(std::move(fresh));
    return summary;
}

void JobTableModel::insertJobs(std::vector<ExportJob> &&fresh)
{
    if (fresh.empty())
        return;
    std::vector<std::unique_ptr<Row>> rows;
    rows.reserve(fresh.size());
    for (ExportJob &job : fresh) {
        intern(job);
        rows.push_back(std::make_unique<Row>(std::move(job)));
    }
    const auto before = [](const std::unique_ptr<Row> &a, const std::unique_ptr<Row> &b) {
        return newerFirst(a->created, a->job.id, b->created, b->job.id);
    };
    std::sort(rows.begin(), rows.end(), before);

    // Where each new row goes in the current order; rows sharing a place form one run, one
    // rowsInserted. Runs are inserted bottom up so the places above stay valid.
    std::vector<std::pair<qsizetype, qsizetype>> runs; // (place, first index in `rows`)
    for (qsizetype i = 0; i < qsizetype(rows.size()); ++i) {
        const qsizetype place
                = std::lower_bound(m_rows.begin(), m_rows.end(), rows[size_t(i)], before)
                - m_rows.begin();
        if (runs.empty() || runs.back().first != place)
            runs.emplace_back(place, i);
    }
    qsizetype end = qsizetype(rows.size());
    for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
        const auto [place, first] = *run;
        beginInsertRows({}, int(place), int(place + end - first - 1));
        for (qsizetype i = first; i < end; ++i) {
            Row *row = rows[size_t(i)].get();
            m_byId.insert(row->job.id, row);
            if (!row->job.isTerminal())
                m_active.insert(row->job.id);
        }
        m_rows.insert(m_rows.begin() + place, std::make_move_iterator(rows.begin() + first),
                      std::make_move_iterator(rows.begin() + end));
        m_dirtyFrom = std::min(m_dirtyFrom, place);
        endInsertRows();
        end = first;
    }
}

void JobTableModel::intern(ExportJob &job)
{
    // Ids that thousands of jobs repeat (organisation, dataset, merge policy, segments) are
    // kept once: each decoded job brings its own copy.
    const auto share = [this](std::optional<QString> &text) {
        if (!text || text->isEmpty())
            return;
        const auto it = m_strings.constFind(*text);
        if (it != m_strings.constEnd())
            *text = *it;
        else
            m_strings.insert(*text);
    };
    share(job.imsOrgId);
    if (job.destination)
        share(job.destination->datasetId);
    if (job.mergePolicy)
        share(job.mergePolicy->id);
    if (job.filter && job.filter->segments) {
        for (SegmentFilter &segment : *job.filter->segments)
            share(segment.segmentId);
    }
    if (job.destination && job.destination->batches) {
        for (BatchRef &batch : *job.destination->batches)
            share(batch.segmentId);
    }
}

void JobTableModel::emitSpans(std::vector<std::pair<int, Change>> &changes)
{
    if (changes.empty())
        return;
    std::sort(changes.begin(), changes.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    size_t i = 0;
    while (i < changes.size()) {
        const int firstRow = changes[i].first;
        int lastRow = firstRow;
        Change span = changes[i].second;
        size_t j = i + 1;
        while (j < changes.size() && changes[j].first <= lastRow + 1) {
            lastRow = changes[j].first;
            span.add(changes[j].second.first, changes[j].second.last, changes[j].second.roles);
            ++j;
        }
        emit dataChanged(index(firstRow, span.first), index(lastRow, span.last),
                         rolesOf(span.roles));
        i = j;
    }
}

void JobTableModel::queueJobs(const QList<ExportJob> &jobs)
{
    if (jobs.isEmpty())
        return;
    m_queue.push_back(jobs);
    if (!m_queueTimer.isActive())
        m_queueTimer.start();
}

void JobTableModel::applyQueueSlice()
{
    QElapsedTimer budget;
    budget.start();
    while (!m_queue.empty()) {
        const qint64 left = QueueBudgetNs - budget.nsecsElapsed();
        if (left <= 0)
            break;
        QList<ExportJob> &front = m_queue.front();
        // A list only the queue holds gives its jobs away; a shared one lends copies.
        const bool own = front.isDetached();
        const qsizetype n = std::min(front.size() - m_queueOffset, SliceSize);
        QList<ExportJob> slice;
        slice.reserve(n);
        for (qsizetype i = m_queueOffset; i < m_queueOffset + n; ++i) {
            const ExportJob &job = std::as_const(front)[i];
            if (!m_dropFromQueue.isEmpty() && m_dropFromQueue.contains(job.id))
                continue;
            slice.append(own ? std::move(front[i]) : job);
        }
        m_queueOffset += n;
        if (m_queueOffset >= front.size()) {
            m_queue.pop_front();
            m_queueOffset = 0;
        }
        apply(slice, [&slice](qsizetype i) { return std::move(slice[i]); });
    }
    if (m_queue.empty()) {
        m_dropFromQueue.clear();
        emit queueDrained();
    } else {
        m_queueTimer.start();
    }
}

void JobTableModel::removeJobs(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const QSet<qint64> gone(ids.begin(), ids.end());
    if (!m_queue.empty())
        m_dropFromQueue.unite(gone);
    std::vector<int> rows;
    for (qint64 id : gone) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Contiguous rows go in one call, bottom up.
    size_t i = 0;
    while (i < rows.size()) {
        const int last = rows[i];
        int first = last;
        size_t j = i + 1;
        while (j < rows.size() && rows[j] == first - 1)
            first = rows[j++];
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            const qint64 id = m_rows[size_t(r)]->job.id;
            m_byId.remove(id);
            m_active.remove(id);
        }
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        m_dirtyFrom = std::min<qsizetype>(m_dirtyFrom, first);
        endRemoveRows();
        i = j;
    }
}

void JobTableModel::resetJobs(const QList<ExportJob> &jobs)
{
    beginResetModel();
    m_queue.clear();
    m_queueOffset = 0;
    m_dropFromQueue.clear();
    m_queueTimer.stop();
    m_rows.clear();
    m_byId.clear();
    m_active.clear();
    m_strings.clear();
    m_dirtyFrom = 0;
    m_nowMs = m_clock();
    std::vector<std::unique_ptr<Row>> rows;
    rows.reserve(size_t(jobs.size()));
    for (const ExportJob &job : jobs) {
        if (m_byId.contains(job.id))
            continue;
        ExportJob copy = job;
        intern(copy);
        auto row = std::make_unique<Row>(std::move(copy));
        m_byId.insert(job.id, row.get());
        if (!job.isTerminal())
            m_active.insert(job.id);
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return newerFirst(a->created, a->job.id, b->created, b->job.id);
    });
    m_rows = std::move(rows);
    endResetModel();
}

void JobTableModel::tick(qint64 nowMs)
{
    m_nowMs = nowMs;
    std::vector<std::pair<int, Change>> changes;
    changes.reserve(size_t(m_active.size()));
    for (qint64 id : std::as_const(m_active)) {
        Change c;
        c.add(Duration, Duration, TextBits);
        changes.emplace_back(rowOf(id), c);
    }
    emitSpans(changes);
}

void JobTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_nowMs = m_clock();
}

void JobTableModel::setNames(QHash<QString, QString> &target, const QHash<QString, QString> &names,
                             Column column)
{
    if (target == names)
        return;
    target = names;
    if (!m_rows.empty())
        emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column),
                         rolesOf(TextBits));
}

void JobTableModel::setSegmentNames(const QHash<QString, QString> &names)
{
    setNames(m_segmentNames, names, Segments);
}

void JobTableModel::setDatasetNames(const QHash<QString, QString> &names)
{
    setNames(m_datasetNames, names, Dataset);
}

void JobTableModel::setMergePolicyNames(const QHash<QString, QString> &names)
{
    setNames(m_mergePolicyNames, names, MergePolicy);
}

void JobTableModel::setFlag(qint64 id, bool Row::*flag, bool value)
{
    Row *row = m_byId.value(id);
    // A job that has ended is neither stuck nor being cancelled.
    if (!row || row->*flag == value || (value && row->job.isTerminal()))
        return;
    row->*flag = value;
    const int r = rowOf(id);
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1),
                     rolesOf(StuckBit | CancellingBit | DisplayBit | ToolTipBit | ForegroundBit
                             | DecorationBit));
}

void JobTableModel::setStuck(qint64 id, bool stuck)
{
    setFlag(id, &Row::stuck, stuck);
}

bool JobTableModel::isStuck(qint64 id) const
{
    const Row *row = m_byId.value(id);
    return row && row->stuck;
}

void JobTableModel::setCancelling(qint64 id, bool cancelling)
{
    setFlag(id, &Row::cancelling, cancelling);
}

bool JobTableModel::isCancelling(qint64 id) const
{
    const Row *row = m_byId.value(id);
    return row && row->cancelling;
}

const ExportJob *JobTableModel::jobAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)]->job : nullptr;
}

const ExportJob *JobTableModel::job(qint64 id) const
{
    const Row *row = m_byId.value(id);
    return row ? &row->job : nullptr;
}

void JobTableModel::renumber() const
{
    for (qsizetype i = m_dirtyFrom; i < qsizetype(m_rows.size()); ++i)
        m_rows[size_t(i)]->row = i;
    m_dirtyFrom = qsizetype(m_rows.size());
}

int JobTableModel::rowOf(qint64 id) const
{
    const Row *row = m_byId.value(id);
    if (!row)
        return -1;
    if (m_dirtyFrom < qsizetype(m_rows.size()))
        renumber();
    return int(row->row);
}

QModelIndex JobTableModel::indexOf(qint64 id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QList<qint64> JobTableModel::activeJobIds() const
{
    return QList<qint64>(m_active.begin(), m_active.end());
}

StatusStyle::Mark JobTableModel::markOf(const Row &row) const
{
    if (row.cancelling)
        return StatusStyle::Mark::Cancelling;
    if (row.stuck)
        return StatusStyle::Mark::Stuck;
    return StatusStyle::Mark::None;
}

QString JobTableModel::segmentsText(const ExportJob &job) const
{
    const QStringList ids = job.segmentIds();
    if (ids.isEmpty())
        return tr("All profiles", "an export job without a segment filter");
    QStringList names;
    names.reserve(ids.size());
    for (const QString &id : ids)
        names.append(JobText::nameOrId(m_segmentNames.value(id), id));
    return names.join(u", "_s);
}

QString JobTableModel::displayText(const Row &row, int column) const
{
    const ExportJob &job = row.job;
    switch (Column(column)) {
    case Id:
        return QString::number(job.id);
    case Status:
        if (row.cancelling && !job.isTerminal())
            return tr("Cancelling…", "export job status");
        return jobStatusDisplayName(job.status(), job.statusText());
    case Segments:
        return segmentsText(job);
    case Dataset: {
        const QString id = job.datasetId();
        return JobText::nameOrId(m_datasetNames.value(id), id);
    }
    case MergePolicy: {
        const QString id = job.mergePolicy ? job.mergePolicy->id.value_or(QString()) : QString();
        return JobText::nameOrId(m_mergePolicyNames.value(id), id);
    }
    case Created:
        return job.creationTime ? JobText::localDateTime(*job.creationTime) : QString();
    case Updated:
        return job.updateTime ? JobText::localDateTime(*job.updateTime) : QString();
    case Duration:
        if (!job.creationTime && !(job.metrics && job.metrics->totalTime))
            return {};
        return JobText::duration(jobDurationMs(job, m_nowMs));
    case Profiles:
        if (job.metrics && job.metrics->totalExportedProfileCounter)
            return JobText::count(*job.metrics->totalExportedProfileCounter);
        return {};
    case Errors:
        return job.errorCount() > 0 ? JobText::count(job.errorCount()) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobTableModel::sortValue(const ExportJob &job, int column) const
{
    switch (Column(column)) {
    case Id:
        return job.id;
    case Status:
        return statusRank(job.status());
    case Segments:
        return segmentsText(job);
    case Dataset: {
        const QString id = job.datasetId();
        return JobText::nameOrId(m_datasetNames.value(id), id);
    }
    case MergePolicy: {
        const QString id = job.mergePolicy ? job.mergePolicy->id.value_or(QString()) : QString();
        return JobText::nameOrId(m_mergePolicyNames.value(id), id);
    }
    case Created:
        return job.creationTime.value_or(0);
    case Updated:
        return job.updateTime.value_or(0);
    case Duration:
        return jobDurationMs(job, m_nowMs);
    case Profiles:
        return job.metrics ? job.metrics->totalExportedProfileCounter.value_or(-1) : qint64(-1);
    case Errors:
        return qint64(job.errorCount());
    case ColumnCount:
        break;
    }
    return {};
}

QString JobTableModel::toolTip(const Row &row, int column) const
{
    const ExportJob &job = row.job;
    QStringList lines;
    const auto named = [](const QString &name, const QString &id) {
        return name.isEmpty() ? id : tr("%1 (%2)", "a name and its id").arg(name, id);
    };
    switch (Column(column)) {
    case Id:
        lines << tr("Export job %1").arg(job.id);
        if (job.requestId)
            lines << tr("Request ID: %1").arg(*job.requestId);
        if (job.jobType)
            lines << tr("Job type: %1").arg(*job.jobType);
        if (job.profileInstanceId)
            lines << tr("Profile instance: %1").arg(*job.profileInstanceId);
        if (job.computeGatewayJobId && job.computeGatewayJobId->exportJob)
            lines << tr("Compute export job: %1").arg(*job.computeGatewayJobId->exportJob);
        if (job.computeGatewayJobId && job.computeGatewayJobId->pushJob)
            lines << tr("Compute push job: %1").arg(*job.computeGatewayJobId->pushJob);
        break;
    case Status:
        lines << displayText(row, Status);
        if (job.status() == JobStatus::Unknown)
            lines << tr("The platform reported a status this version does not know; the job "
                        "is watched until it ends.");
        if (row.stuck)
            lines << tr("Running longer than export jobs of this sandbox usually take.");
        if (row.cancelling)
            lines << tr("Cancellation requested; waiting for the platform to stop the job.");
        if (job.errors && !job.errors->isEmpty()) {
            const JobError &first = job.errors->first();
            lines << first.msg.value_or(first.code.value_or(QString()));
        }
        break;
    case Segments: {
        const QStringList ids = job.segmentIds();
        if (ids.isEmpty())
            lines << displayText(row, Segments);
        for (const QString &id : ids)
            lines << named(m_segmentNames.value(id), id);
        break;
    }
    case Dataset: {
        const QString id = job.datasetId();
        if (!id.isEmpty())
            lines << named(m_datasetNames.value(id), id);
        break;
    }
    case MergePolicy:
        if (job.mergePolicy && job.mergePolicy->id) {
            const QString &id = *job.mergePolicy->id;
            lines << named(m_mergePolicyNames.value(id), id);
            if (job.mergePolicy->version)
                lines << tr("Version %1").arg(*job.mergePolicy->version);
        }
        break;
    case Created:
    case Updated: {
        const std::optional<qint64> &time = column == Created ? job.creationTime : job.updateTime;
        if (time) {
            lines << QLocale().toString(QDateTime::fromMSecsSinceEpoch(*time).toLocalTime(),
                                        QLocale::LongFormat);
            lines << JobText::utcDateTime(*time);
        }
        break;
    }
    case Duration:
        for (const PhaseSpan &span : phaseSpans(job, m_nowMs)) {
            lines << tr("%1: %2", "phase: duration")
                             .arg(PhaseSpan::phaseName(span.phase),
                                  JobText::duration(span.durationMs()));
        }
        if (row.stuck)
            lines << tr("Running longer than export jobs of this sandbox usually take.");
        break;
    case Profiles:
        if (job.metrics && job.metrics->totalExportedProfileCounter)
            lines << tr("%1 profiles exported", "a formatted number")
                             .arg(JobText::count(*job.metrics->totalExportedProfileCounter));
        if (job.metrics && job.metrics->exportedProfileByNamespaceCounter) {
            const auto &counts = *job.metrics->exportedProfileByNamespaceCounter;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                lines << tr("%1: %2", "namespace: count").arg(it.key(), JobText::count(it.value()));
        }
        break;
    case Errors:
        if (job.errors) {
            for (const JobError &error : *job.errors) {
                lines << (error.code ? tr("%1: %2", "error code: message")
                                               .arg(*error.code, error.msg.value_or(QString()))
                                     : error.msg.value_or(QString()));
            }
        }
        break;
    case ColumnCount:
        break;
    }
    return lines.join(u'\n');
}
