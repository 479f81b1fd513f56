#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "api/Batch.h"
#include "api/BatchFile.h"
#include "api/ExportJob.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

class PlatformClient;

// The batches one job wrote, as a tree: a row per batch (segment, namespace, membership
// statuses, batch id, and once Catalog has answered its status and record counts), with the
// batch's files below it (name, records, size). It asks the platform about the job it is given
// and nothing else; answers for a job it no longer shows are dropped.
class JobBatchesModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobBatchesModel)

public:
    enum Column {
        Segment,
        Namespace,
        Membership,
        BatchId,
        BatchStatus,
        Records,
        Size,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values
        BatchIdRole, // QString, on batch and file rows
        FileIdRole, // QString, on file rows
        FetchStateRole, // int(FetchState), on batch rows
    };
    Q_ENUM(Role)
    enum class FetchState {
        NotFetched, // no batch id yet, or the client is missing
        Loading,
        Loaded,
        Failed, // the tooltip tells why
    };
    Q_ENUM(FetchState)

    // `client` may be nullptr: the tree then shows what the job itself says.
    explicit JobBatchesModel(PlatformClient *client, QObject *parent = nullptr);
    ~JobBatchesModel() override;

    // Shows `job`'s batches and fetches their details. The same job again (a refresh of its
    // state) keeps what was fetched and fetches batches that appeared; once its status has
    // changed it fetches every batch again (a batch's files are published when the job
    // succeeds).
    void setJob(const ExportJob &job);
    void clear();
    // Fetches every batch again.
    void refresh();
    void setSegmentNames(const QHash<QString, QString> &names);

    qint64 jobId() const { return m_jobId; }
    int batchCount() const { return int(m_batches.size()); }
    bool isLoading() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Every batch has its answer (or its error).
    void loaded();

private:
    struct Entry
    {
        BatchRef ref; // segment, namespace, statuses and batch id as the job names them
        FetchState state = FetchState::NotFetched;
        std::optional<Batch> batch;
        QList<BatchFile> files;
        std::optional<ApiError> error;
        int pending = 0; // calls not answered yet
        bool stale = false; // asked again while calls were out: fetch once they are answered
    };

    static QList<BatchRef> batchesOf(const ExportJob &job);
    void fetch(int row);
    void finishOne(int row);
    QVariant batchData(const Entry &entry, int column, int role) const;
    QVariant fileData(const BatchFile &file, int column, int role) const;
    void cancelCalls();

    PlatformClient *m_client;
    qint64 m_jobId = -1;
    JobStatus m_jobStatus = JobStatus::Unknown;
    quint64 m_generation = 0;
    QList<Entry> m_batches;
    QList<ApiCall> m_calls;
    QHash<QString, QString> m_segmentNames;
};
