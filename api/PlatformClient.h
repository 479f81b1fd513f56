#pragma once

#include "ApiCall.h"
#include "ApiResult.h"
#include "Batch.h"
#include "CancelJobReply.h"
#include "Connection.h"
#include "Dataset.h"
#include "DatasetRequest.h"
#include "ExportJob.h"
#include "ExportJobRequest.h"
#include "JobStatus.h"
#include "Pages.h"
#include "Paging.h"
#include "RetryPolicy.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QNetworkAccessManager;
class RequestEngine;
struct RawReply;
class TokenProvider;

// GET /export/jobs parameters. An empty query asks for every job at once, which the platform
// calls expensive: listAllExportJobs() pages instead.
struct ExportJobQuery
{
    std::optional<int> limit;
    QString offset; // the opaque cursor "{creationTimeMs}_{id}", or a plain number
    std::optional<JobStatus> status;
};

// GET /dataSets parameters (Catalog pages by start and limit, 1..100).
struct DatasetQuery
{
    int start = 0;
    int limit = 20;
    QString orderBy = QStringLiteral("desc:created");
    QStringList properties; // empty: every property
    QString name; // exact name filter; empty: none
};

// Paging and filters of the other lists: start, limit, and any parameter the list takes
// (segment definitions: page, sort; merge policies: default, schema.name).
struct ListQuery
{
    std::optional<int> start;
    std::optional<int> limit;
    QList<QPair<QString, QString>> parameters;
};

// What a download wrote.
struct DownloadResult
{
    qint64 bytesWritten = 0; // by this call, into the sink
    qint64 totalSize = -1; // of the whole file, when the platform said
    int httpStatus = 0; // 200, or 206 for a resumed download
};

// The one place the application touches the network: a typed asynchronous call for every
// endpoint of the platform API. Each call returns an ApiCall that cancels it, and delivers a
// plain result (payload or ApiError) to a callback tied to `context`: once the context is
// destroyed the callback never runs. Use it from the thread it lives in.
class PlatformClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformClient)

public:
    template<typename T>
    using Callback = std::function<void(ApiResult<T>)>;
    using DownloadProgress = std::function<void(qint64 received, qint64 total)>;

    // With its own network access.
    explicit PlatformClient(QObject *parent = nullptr);
    // Over `network`, which must outlive the client.
    explicit PlatformClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    // Calls still running end without calling back.
    ~PlatformClient() override;

    // Switches to another connection and its token source. Calls still running for the
    // previous connection are cancelled and the health state starts afresh.
    void setConnection(const Connection &connection, std::unique_ptr<TokenProvider> tokens);
    const Connection &connection() const;
    TokenProvider *tokenProvider() const { return m_tokens.get(); }
    // The token source a connection's auth method asks for: OAuth with `secret` as the client
    // secret, or `secret` as the pasted access token.
    std::unique_ptr<TokenProvider> makeTokenProvider(const Connection &connection,
                                                     const QString &secret) const;

    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    void setTimeout(std::chrono::milliseconds timeout);
    RequestEngine *engine() const { return m_engine; }

    // Section 2: an access token from the connection's source (tests the credentials).
    ApiCall fetchToken(QObject *context, Callback<QString> done);

    // Section 3: Catalog.
    // Validates the request first; delivers the new dataset's id.
    ApiCall createDataset(const DatasetRequest &request, QObject *context, Callback<QString> done);
    ApiCall listDatasets(const DatasetQuery &query, QObject *context, Callback<DatasetMap> done);
    ApiCall listAllDatasets(const DatasetQuery &query, QObject *context,
                            Callback<Collected<Dataset>> done, ListProgress progress = {},
                            int maxPages = 50);
    ApiCall getDataset(const QString &datasetId, QObject *context, Callback<Dataset> done);
    ApiCall getBatch(const QString &batchId, QObject *context, Callback<Batch> done);

    // Section 4: export jobs.
    // Validates the request with ExportJobRequest::validate() and sends nothing when it has an
    // error. Never repeated: after an ambiguous failure the error is OutcomeUnknown, and the
    // caller looks the job up (listExportJobs) before creating another.
    ApiCall createExportJob(const ExportJobRequest &request, QObject *context,
                            Callback<ExportJob> done);
    ApiCall listExportJobs(const ExportJobQuery &query, QObject *context,
                           Callback<ExportJobPage> done);
    // The page a previous page's link.next points to.
    ApiCall listExportJobsNext(const QString &nextLink, QObject *context,
                               Callback<ExportJobPage> done);
    // Every job, following link.next until the end or `maxPages`; `query.limit` sets the page
    // size (100 when unset).
    ApiCall listAllExportJobs(const ExportJobQuery &query, QObject *context,
                              Callback<Collected<ExportJob>> done, ListProgress progress = {},
                              int maxPages = 200);
    ApiCall getExportJob(qint64 jobId, QObject *context, Callback<ExportJob> done);
    // DELETE: 200, 202 and 204 are a success, with a body or without.
    ApiCall cancelExportJob(qint64 jobId, QObject *context, Callback<CancelJobReply> done);

    // Section 5: what a job form offers.
    ApiCall listSegmentDefinitions(const ListQuery &query, QObject *context,
                                   Callback<SegmentDefinitionPage> done);
    ApiCall listAllSegmentDefinitions(const ListQuery &query, QObject *context,
                                      Callback<Collected<SegmentDefinition>> done,
                                      ListProgress progress = {}, int maxPages = 50);
    ApiCall listMergePolicies(const ListQuery &query, QObject *context,
                              Callback<MergePolicyPage> done);
    ApiCall listAllMergePolicies(const ListQuery &query, QObject *context,
                                 Callback<Collected<MergePolicy>> done, ListProgress progress = {},
                                 int maxPages = 20);
    ApiCall listAudiences(const ListQuery &query, QObject *context, Callback<AudiencePage> done);
    ApiCall listAllAudiences(const ListQuery &query, QObject *context,
                             Callback<Collected<Audience>> done, ListProgress progress = {},
                             int maxPages = 50);

    // Section 6: Data Access.
    ApiCall listBatchFiles(const QString &batchId, const ListQuery &query, QObject *context,
                           Callback<BatchFilePage> done);
    ApiCall listAllBatchFiles(const QString &batchId, QObject *context,
                              Callback<Collected<BatchFile>> done, ListProgress progress = {},
                              int maxPages = 100);
    ApiCall listFile(const QString &dataSetFileId, QObject *context, Callback<FileListing> done);
    // Streams the file into `sink` (open for writing, left open). `resumeFrom` > 0 asks for
    // the bytes from that offset, appended at the sink's position; a dropped transfer is
    // resumed where it stopped.
    ApiCall downloadFile(const QString &dataSetFileId, const QString &path, QIODevice *sink,
                         qint64 resumeFrom, QObject *context, DownloadProgress progress,
                         Callback<DownloadResult> done);

    // Connection health for a status bar: when a call last got through, and the error that
    // came after it, if any. A success heals the error.
    QDateTime lastSuccess() const { return m_lastSuccess; }
    std::optional<ApiError> lastError() const { return m_lastError; }
    bool isHealthy() const { return !m_lastError.has_value(); }

signals:
    void healthChanged();

private:
    void attachEngine();
    void onPlatformAnswered();
    void onConnectionProblem(const ApiError &error);
    QUrl url(QStringView path) const;
    QUrl url(const QString &path) const { return url(QStringView(path)); }
    static QString pathSegment(const QString &value);
    static QStringList errorsOf(const QList<ValidationIssue> &issues);
    template<typename T>
    ApiCall refuse(QObject *context, Callback<T> done, const ApiError &error);

    template<typename Page, typename Item>
    ApiCall collect(const QUrl &first, QObject *context,
                    std::function<ApiResult<Page>(const RawReply &)> decode,
                    std::function<QList<Item>(Page &)> take,
                    std::function<QUrl(const Page &, const QUrl &)> next,
                    std::function<QString(const Item &)> key, int maxPages, ListProgress progress,
                    Callback<Collected<Item>> done);

    QNetworkAccessManager *m_network;
    RequestEngine *m_engine;
    std::unique_ptr<TokenProvider> m_tokens;
    QDateTime m_lastSuccess;
    std::optional<ApiError> m_lastError;
};
