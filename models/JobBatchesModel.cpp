#include "JobBatchesModel.h"

#include "JobText.h"
#include "api/ApiResult.h"
#include "api/PlatformClient.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Batch rows have internal id 0; a file row carries its batch's row + 1.
constexpr quintptr BatchLevel = 0;

} // namespace

JobBatchesModel::JobBatchesModel(PlatformClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
{ }

JobBatchesModel::~JobBatchesModel()
{
    cancelCalls();
}

QList<BatchRef> JobBatchesModel::batchesOf(const ExportJob &job)
{
    QList<BatchRef> refs;
    if (!job.destination)
        return refs;
    const Destination &destination = *job.destination;
    if (destination.batches) {
        refs = *destination.batches;
    } else if (destination.batchId && !destination.batchId->isEmpty()) {
        // One batch for every segment of the job.
        BatchRef ref;
        ref.batchId = destination.batchId;
        const QStringList segments = job.segmentIds();
        if (!segments.isEmpty())
            ref.segmentId = segments.join(u", "_s);
        if (job.filter && job.filter->segments && job.filter->segments->size() == 1) {
            ref.segmentNs = job.filter->segments->first().segmentNs;
            ref.status = job.filter->segments->first().status;
        }
        refs.append(ref);
    }
    return refs;
}

void JobBatchesModel::setJob(const ExportJob &job)
{
    const QList<BatchRef> refs = batchesOf(job);
    if (job.id == m_jobId && refs.size() >= m_batches.size()) {
        // The same job moved on: keep what was fetched, add what appeared, fetch what has an
        // id now, and everything again once the job's status changed.
        const bool statusChanged = job.status() != m_jobStatus;
        m_jobStatus = job.status();
        for (qsizetype row = 0; row < m_batches.size(); ++row) {
            Entry &entry = m_batches[row];
            if (entry.ref != refs[row]) {
                const bool idChanged = entry.ref.batchId != refs[row].batchId;
                entry.ref = refs[row];
                emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
                if (idChanged) {
                    fetch(int(row));
                    continue;
                }
            }
            if (statusChanged)
                fetch(int(row));
        }
        if (refs.size() > m_batches.size()) {
            const int first = int(m_batches.size());
            beginInsertRows({}, first, int(refs.size()) - 1);
            for (qsizetype i = first; i < refs.size(); ++i)
                m_batches.append(Entry{refs[i], FetchState::NotFetched, {}, {}, {}, 0});
            endInsertRows();
            for (int row = first; row < int(refs.size()); ++row)
                fetch(row);
        }
        return;
    }
    cancelCalls();
    ++m_generation;
    beginResetModel();
    m_jobId = job.id;
    m_jobStatus = job.status();
    m_batches.clear();
    for (const BatchRef &ref : refs)
        m_batches.append(Entry{ref, FetchState::NotFetched, {}, {}, {}, 0});
    endResetModel();
    for (int row = 0; row < int(m_batches.size()); ++row)
        fetch(row);
}

void JobBatchesModel::clear()
{
    cancelCalls();
    ++m_generation;
    beginResetModel();
    m_jobId = -1;
    m_batches.clear();
    endResetModel();
}

void JobBatchesModel::refresh()
{
    for (int row = 0; row < int(m_batches.size()); ++row)
        fetch(row);
}

void JobBatchesModel::setSegmentNames(const QHash<QString, QString> &names)
{
    m_segmentNames = names;
    if (!m_batches.isEmpty())
        emit dataChanged(index(0, Segment), index(int(m_batches.size()) - 1, Segment));
}

bool JobBatchesModel::isLoading() const
{
    return std::any_of(m_batches.cbegin(), m_batches.cend(),
                       [](const Entry &e) { return e.state == FetchState::Loading; });
}

void JobBatchesModel::fetch(int row)
{
    Entry &entry = m_batches[row];
    const QString batchId = entry.ref.batchId.value_or(QString());
    if (!m_client || batchId.isEmpty())
        return;
    if (entry.pending > 0) {
        entry.stale = true;
        return;
    }
    entry.stale = false;
    entry.state = FetchState::Loading;
    entry.error.reset();
    entry.pending = 2;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const quint64 generation = m_generation;
    // Answers find their row by batch id: rows are only ever appended while a job is shown.
    m_calls.append(m_client->getBatch(
            batchId, this, [this, generation, row, batchId](ApiResult<Batch> result) {
                if (generation != m_generation)
                    return;
                Entry &e = m_batches[row];
                if (result)
                    e.batch = result.value();
                else if (result.error().kind() != ApiError::Kind::Cancelled)
                    e.error = result.error();
                finishOne(row);
            }));
    m_calls.append(m_client->listAllBatchFiles(
            batchId, this, [this, generation, row](ApiResult<Collected<BatchFile>> result) {
                if (generation != m_generation)
                    return;
                Entry &e = m_batches[row];
                if (result) {
                    const QModelIndex parent = index(row, 0);
                    if (!e.files.isEmpty()) {
                        beginRemoveRows(parent, 0, int(e.files.size()) - 1);
                        e.files.clear();
                        endRemoveRows();
                    }
                    QList<BatchFile> files = std::move(result.value().items);
                    if (!files.isEmpty()) {
                        beginInsertRows(parent, 0, int(files.size()) - 1);
                        e.files = std::move(files);
                        endInsertRows();
                    }
                } else if (result.error().kind() != ApiError::Kind::Cancelled) {
                    e.error = result.error();
                }
                finishOne(row);
            }));
}

void JobBatchesModel::finishOne(int row)
{
    Entry &entry = m_batches[row];
    if (--entry.pending > 0)
        return;
    if (entry.stale) {
        fetch(row);
        return;
    }
    entry.state = entry.error ? FetchState::Failed : FetchState::Loaded;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (!isLoading())
        emit loaded();
}

void JobBatchesModel::cancelCalls()
{
    for (const ApiCall &call : std::as_const(m_calls))
        call.cancel();
    m_calls.clear();
}

QModelIndex JobBatchesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_batches.size() ? createIndex(row, column, BatchLevel) : QModelIndex();
    if (parent.internalId() != BatchLevel || parent.row() >= m_batches.size())
        return {};
    return row < m_batches[parent.row()].files.size()
            ? createIndex(row, column, quintptr(parent.row()) + 1)
            : QModelIndex();
}

QModelIndex JobBatchesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == BatchLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, BatchLevel);
}

int JobBatchesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_batches.size());
    if (parent.internalId() != BatchLevel || parent.column() != 0
        || parent.row() >= m_batches.size())
        return 0;
    return int(m_batches[parent.row()].files.size());
}

int JobBatchesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JobBatchesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == BatchLevel) {
        if (index.row() >= m_batches.size())
            return {};
        return batchData(m_batches[index.row()], index.column(), role);
    }
    const qsizetype batch = qsizetype(index.internalId() - 1);
    if (batch >= m_batches.size() || index.row() >= m_batches[batch].files.size())
        return {};
    if (role == BatchIdRole)
        return m_batches[batch].ref.batchId.value_or(QString());
    return fileData(m_batches[batch].files[index.row()], index.column(), role);
}

QVariant JobBatchesModel::batchData(const Entry &entry, int column, int role) const
{
    const BatchRef &ref = entry.ref;
    switch (role) {
    case BatchIdRole:
        return ref.batchId.value_or(QString());
    case FetchStateRole:
        return int(entry.state);
    case Qt::ToolTipRole:
        if (entry.error)
            return entry.error->message();
        if (column == Segment && ref.segmentId)
            return *ref.segmentId;
        return {};
    case Qt::TextAlignmentRole:
        return column == Records || column == Size
                ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortRole;
    switch (Column(column)) {
    case Segment: {
        const QString id = ref.segmentId.value_or(QString());
        return JobText::nameOrId(m_segmentNames.value(id), id);
    }
    case Namespace:
        return ref.segmentNs.value_or(QString());
    case Membership:
        return ref.status ? ref.status->join(u", "_s) : QString();
    case BatchId:
        return ref.batchId.value_or(QString());
    case BatchStatus:
        if (entry.state == FetchState::Loading && !raw)
            return tr("Loading…", "batch details being fetched");
        if (entry.state == FetchState::Failed && !raw)
            return tr("Unavailable", "batch details could not be fetched");
        return entry.batch ? entry.batch->status.value_or(QString()) : QString();
    case Records:
        if (entry.batch && entry.batch->recordCount)
            return raw ? QVariant(*entry.batch->recordCount)
                       : QVariant(JobText::count(*entry.batch->recordCount));
        return raw ? QVariant(qint64(-1)) : QVariant(QString());
    case Size: {
        qint64 bytes = 0;
        for (const BatchFile &file : entry.files)
            bytes += file.size.value_or(0);
        if (entry.files.isEmpty())
            return raw ? QVariant(qint64(-1)) : QVariant(QString());
        return raw ? QVariant(bytes) : QVariant(QLocale().formattedDataSize(bytes));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobBatchesModel::fileData(const BatchFile &file, int column, int role) const
{
    switch (role) {
    case FileIdRole:
        return file.dataSetFileId.value_or(QString());
    case Qt::TextAlignmentRole:
        return column == Records || column == Size
                ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortRole;
    switch (Column(column)) {
    case Segment:
        return file.dataSetFileId.value_or(QString());
    case Records:
        if (file.records)
            return raw ? QVariant(*file.records) : QVariant(JobText::count(*file.records));
        return raw ? QVariant(qint64(-1)) : QVariant(QString());
    case Size:
        if (file.size)
            return raw ? QVariant(*file.size) : QVariant(QLocale().formattedDataSize(*file.size));
        return raw ? QVariant(qint64(-1)) : QVariant(QString());
    case BatchStatus:
        if (file.isValid && !*file.isValid)
            return tr("Invalid", "a batch file the platform marks as not valid");
        return {};
    default:
        return {};
    }
}

QVariant JobBatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Segment:
        return tr("Segment / file", "batches column");
    case Namespace:
        return tr("Namespace", "batches column");
    case Membership:
        return tr("Membership", "batches column: segment membership statuses");
    case BatchId:
        return tr("Batch ID", "batches column");
    case BatchStatus:
        return tr("Batch status", "batches column");
    case Records:
        return tr("Records", "batches column");
    case Size:
        return tr("Size", "batches column");
    case ColumnCount:
        break;
    }
    return {};
}
