#include "PlatformClient.h"

#include "OAuthTokenProvider.h"
#include "RequestEngine.h"
#include "StaticTokenProvider.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

using std::chrono::milliseconds;

Q_LOGGING_CATEGORY(lcClient, "es.api.client", QtInfoMsg)

namespace {

// A whole-body decoder of the API types as a reply parser: a body it cannot read becomes an
// InvalidReply error carrying its reason.
template<typename T>
RequestEngine::Parser<T> decoder(DecodeResult<T> (*decode)(const QByteArray &))
{
    return [decode](const RawReply &reply) -> ApiResult<T> {
        DecodeResult<T> decoded = decode(reply.body);
        if (!decoded)
            return ApiError::invalidReply(reply.status, decoded.error(), reply.body);
        return ApiResult<T>(std::move(decoded).value(), reply.status, reply.requestId());
    };
}

void addQuery(QUrlQuery &query, const ListQuery &list)
{
    if (list.start)
        query.addQueryItem(u"start"_qs, QString::number(*list.start));
    if (list.limit)
        query.addQueryItem(u"limit"_qs, QString::number(*list.limit));
    for (const auto &[name, value] : list.parameters)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QUrl withQuery(QUrl url, const QUrlQuery &query)
{
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

} // namespace

// A call answered without the network: a request refused before sending, or a token from the
// provider. Delivers from the event loop and cancels like any other call.
class LocalCall final : public ApiCallControl
{
public:
    LocalCall(QObject *owner, QObject *context, std::function<void(const ApiError &)> fail)
        : ApiCallControl(owner)
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_fail(std::move(fail))
    {
        if (context) {
            connect(context, &QObject::destroyed, this, [this] {
                markFinished();
                deleteLater();
            });
        }
    }

    void finishWith(const std::function<void()> &deliver)
    {
        if (isFinished())
            return;
        markFinished();
        if (!m_hasContext || m_context)
            deliver();
        deleteLater();
    }

    void cancel() override
    {
        if (isFinished())
            return;
        markFinished();
        QTimer::singleShot(0, this, [this] {
            if (!m_hasContext || m_context)
                m_fail(ApiError::cancelled());
            deleteLater();
        });
    }

private:
    QPointer<QObject> m_context;
    bool m_hasContext;
    std::function<void(const ApiError &)> m_fail;
};

// Reads a list page by page, following the shape's own notion of "next", until the end, the
// cap, or a link that leads back to a page already read.
template<typename Page, typename Item>
class PageCollector final : public ApiCallControl
{
public:
    using Decode = std::function<ApiResult<Page>(const RawReply &)>;
    using Take = std::function<QList<Item>(Page &)>;
    using Next = std::function<QUrl(const Page &, const QUrl &)>;
    using Key = std::function<QString(const Item &)>;
    using Done = std::function<void(ApiResult<Collected<Item>>)>;

    PageCollector(RequestEngine *engine, QObject *context, Decode decode, Take take, Next next,
                  Key key, int maxPages, ListProgress progress, Done done)
        : ApiCallControl(engine)
        , m_engine(engine)
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_decode(std::move(decode))
        , m_take(std::move(take))
        , m_next(std::move(next))
        , m_key(std::move(key))
        , m_maxPages(std::max(1, maxPages))
        , m_progress(std::move(progress))
        , m_done(std::move(done))
    {
        if (context)
            connect(context, &QObject::destroyed, this, [this] { abandon(); });
    }

    void fetch(const QUrl &url)
    {
        m_visited.insert(url.toString(QUrl::FullyEncoded));
        ApiRequest request;
        request.url = url;
        m_current = m_engine->send<Page>(
                request, this, m_decode,
                [this, url](ApiResult<Page> result) { onPage(std::move(result), url); });
    }

    void cancel() override
    {
        if (isFinished())
            return;
        markFinished();
        m_current.cancel();
        QTimer::singleShot(0, this, [this] {
            if (!m_hasContext || m_context)
                m_done(ApiError::cancelled());
            deleteLater();
        });
    }

private:
    void abandon()
    {
        if (isFinished())
            return;
        markFinished();
        m_current.cancel();
        deleteLater();
    }

    void finish(ApiResult<Collected<Item>> result)
    {
        markFinished();
        if (!m_hasContext || m_context)
            m_done(std::move(result));
        deleteLater();
    }

    void onPage(ApiResult<Page> result, const QUrl &url)
    {
        if (isFinished())
            return;
        if (!result) {
            finish(result.error());
            return;
        }
        Page &page = result.value();
        ++m_result.pages;
        m_result.skipped += page.skipped;
        for (Item &item : m_take(page)) {
            // A record moved by changes on the platform between two pages shows up twice.
            if (m_key) {
                const QString key = m_key(item);
                if (m_seen.contains(key)) {
                    ++m_result.duplicates;
                    continue;
                }
                m_seen.insert(key);
            }
            m_result.items.append(std::move(item));
        }
        if (m_progress && (!m_hasContext || m_context))
            m_progress(m_result.pages, m_result.items.size());

        const QUrl next = m_next(page, url);
        if (!next.isValid()) {
            finish(ApiResult<Collected<Item>>(std::move(m_result), result.httpStatus()));
            return;
        }
        if (m_result.pages >= m_maxPages || m_visited.contains(next.toString(QUrl::FullyEncoded))) {
            qCWarning(lcClient) << "stopped listing after" << m_result.pages << "pages";
            m_result.truncated = true;
            finish(ApiResult<Collected<Item>>(std::move(m_result), result.httpStatus()));
            return;
        }
        fetch(next);
    }

    RequestEngine *m_engine;
    QPointer<QObject> m_context;
    bool m_hasContext;
    Decode m_decode;
    Take m_take;
    Next m_next;
    Key m_key;
    int m_maxPages;
    ListProgress m_progress;
    Done m_done;
    ApiCall m_current;
    Collected<Item> m_result;
    QSet<QString> m_seen;
    QSet<QString> m_visited;
};

PlatformClient::PlatformClient(QObject *parent)
    : PlatformClient(nullptr, parent)
{ }

PlatformClient::PlatformClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_engine(new RequestEngine(m_network, this))
{
    attachEngine();
}

PlatformClient::~PlatformClient()
{
    // Pending calls go before the token source they may still be waiting on.
    delete m_engine;
    m_engine = nullptr;
}

void PlatformClient::attachEngine()
{
    connect(m_engine, &RequestEngine::platformAnswered, this, &PlatformClient::onPlatformAnswered);
    connect(m_engine, &RequestEngine::connectionProblem, this,
            &PlatformClient::onConnectionProblem);
}

void PlatformClient::setConnection(const Connection &connection,
                                   std::unique_ptr<TokenProvider> tokens)
{
    // A fresh engine: every call of the previous connection is cancelled, and none of its
    // late answers can reach the new connection's health.
    const RetryPolicy policy = m_engine->retryPolicy();
    const milliseconds timeout = m_engine->timeout();
    const qsizetype threshold = m_engine->offThreadParseThreshold();
    RequestEngine *previous = m_engine;
    previous->disconnect(this);
    const auto pending = previous->findChildren<ApiCallControl *>(Qt::FindDirectChildrenOnly);
    for (ApiCallControl *call : pending)
        call->cancel();
    // After the cancelled calls have told their callers, which they do from a zero timer.
    QTimer::singleShot(0, previous, [previous] { previous->deleteLater(); });

    m_engine = new RequestEngine(m_network, this);
    m_engine->setRetryPolicy(policy);
    m_engine->setTimeout(timeout);
    m_engine->setOffThreadParseThreshold(threshold);
    m_engine->setConnection(connection);
    attachEngine();

    // The old provider may still be fetching for the old engine's calls; it goes later.
    if (m_tokens)
        m_tokens.release()->deleteLater();
    m_tokens = std::move(tokens);
    m_engine->setTokenProvider(m_tokens.get());

    m_lastSuccess = QDateTime();
    m_lastError.reset();
    emit healthChanged();
}

const Connection &PlatformClient::connection() const
{
    return m_engine->connection();
}

std::unique_ptr<TokenProvider> PlatformClient::makeTokenProvider(const Connection &connection,
                                                                 const QString &secret) const
{
    if (connection.authMethod == Connection::AuthMethod::StaticToken)
        return std::make_unique<StaticTokenProvider>(secret);
    return std::make_unique<OAuthTokenProvider>(m_network, connection, secret);
}

void PlatformClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_engine->setRetryPolicy(policy);
    if (auto *oauth = qobject_cast<OAuthTokenProvider *>(m_tokens.get()))
        oauth->setRetryPolicy(policy);
}

RetryPolicy PlatformClient::retryPolicy() const
{
    return m_engine->retryPolicy();
}

void PlatformClient::setTimeout(milliseconds timeout)
{
    m_engine->setTimeout(timeout);
    if (auto *oauth = qobject_cast<OAuthTokenProvider *>(m_tokens.get()))
        oauth->setTimeout(timeout);
}

void PlatformClient::onPlatformAnswered()
{
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    m_lastError.reset();
    emit healthChanged();
}

void PlatformClient::onConnectionProblem(const ApiError &error)
{
    m_lastError = error;
    emit healthChanged();
}

QUrl PlatformClient::url(QStringView path) const
{
    return m_engine->connection().endpoint(path);
}

QString PlatformClient::pathSegment(const QString &value)
{
    // An id is one path segment: "../" or "?" inside it must not change the request.
    // Dots too, so an id of ".." cannot climb a level.
    return QString::fromLatin1(QUrl::toPercentEncoding(value, {}, "."));
}

template<typename Page, typename Item>
ApiCall PlatformClient::collect(const QUrl &first, QObject *context,
                                std::function<ApiResult<Page>(const RawReply &)> decode,
                                std::function<QList<Item>(Page &)> take,
                                std::function<QUrl(const Page &, const QUrl &)> next,
                                std::function<QString(const Item &)> key, int maxPages,
                                ListProgress progress, Callback<Collected<Item>> done)
{
    auto *collector = new PageCollector<Page, Item>(
            m_engine, context, std::move(decode), std::move(take), std::move(next), std::move(key),
            maxPages, std::move(progress), std::move(done));
    collector->fetch(first);
    return ApiCall(collector);
}

template<typename T>
ApiCall PlatformClient::refuse(QObject *context, Callback<T> done, const ApiError &error)
{
    auto *call = new LocalCall(this, context, [done](const ApiError &e) { done(e); });
    QTimer::singleShot(0, call, [call, done, error] { call->finishWith([&] { done(error); }); });
    return ApiCall(call);
}

ApiCall PlatformClient::fetchToken(QObject *context, Callback<QString> done)
{
    if (!m_tokens) {
        return refuse<QString>(context, std::move(done),
                               ApiError(ApiError::Kind::Authentication,
                                        tr("The connection has no source of access tokens.")));
    }
    auto *call = new LocalCall(this, context, [done](const ApiError &e) { done(e); });
    m_tokens->requestToken(call, [call, done](const ApiResult<QString> &result) {
        call->finishWith([&] { done(result); });
    });
    return ApiCall(call);
}

QStringList PlatformClient::errorsOf(const QList<ValidationIssue> &issues)
{
    QStringList problems;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            problems << issue.message();
    }
    return problems;
}

// Catalog

ApiCall PlatformClient::createDataset(const DatasetRequest &request, QObject *context,
                                      Callback<QString> done)
{
    if (const QStringList problems = errorsOf(request.validate()); !problems.isEmpty())
        return refuse<QString>(context, std::move(done), ApiError::invalidRequest(problems));
    ApiRequest post;
    post.method = "POST";
    post.url = url(u"/data/foundation/catalog/dataSets");
    post.body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    const RequestEngine::Parser<QString> parse = [](const RawReply &reply) -> ApiResult<QString> {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
        if (error.error != QJsonParseError::NoError)
            return ApiError::invalidReply(reply.status, error.errorString(), reply.body);
        const std::optional<QString> id = Dataset::datasetIdFromCreateResponse(document);
        if (!id)
            return ApiError::invalidReply(reply.status,
                                          QStringLiteral("no \"@/dataSets/{id}\" in the answer"),
                                          reply.body);
        return ApiResult<QString>(*id, reply.status, reply.requestId());
    };
    return m_engine->send<QString>(post, context, parse, std::move(done));
}

ApiCall PlatformClient::listDatasets(const DatasetQuery &query, QObject *context,
                                     Callback<DatasetMap> done)
{
    QUrlQuery q;
    q.addQueryItem(u"start"_qs, QString::number(std::max(0, query.start)));
    q.addQueryItem(u"limit"_qs, QString::number(std::clamp(query.limit, 1, 100)));
    if (!query.orderBy.isEmpty())
        q.addQueryItem(u"orderBy"_qs, query.orderBy);
    if (!query.properties.isEmpty())
        q.addQueryItem(u"properties"_qs, query.properties.join(u','));
    if (!query.name.isEmpty())
        q.addQueryItem(u"name"_qs, QString::fromLatin1(QUrl::toPercentEncoding(query.name)));
    ApiRequest request;
    request.url = withQuery(url(u"/data/foundation/catalog/dataSets"), q);
    return m_engine->send<DatasetMap>(request, context, decoder(&DatasetMap::decode),
                                      std::move(done));
}

ApiCall PlatformClient::listAllDatasets(const DatasetQuery &query, QObject *context,
                                        Callback<Collected<Dataset>> done, ListProgress progress,
                                        int maxPages)
{
    QUrlQuery q;
    q.addQueryItem(u"start"_qs, QString::number(std::max(0, query.start)));
    q.addQueryItem(u"limit"_qs, QString::number(std::clamp(query.limit, 1, 100)));
    if (!query.orderBy.isEmpty())
        q.addQueryItem(u"orderBy"_qs, query.orderBy);
    if (!query.properties.isEmpty())
        q.addQueryItem(u"properties"_qs, query.properties.join(u','));
    if (!query.name.isEmpty())
        q.addQueryItem(u"name"_qs, QString::fromLatin1(QUrl::toPercentEncoding(query.name)));
    return collect<DatasetMap, Dataset>(
            withQuery(url(u"/data/foundation/catalog/dataSets"), q), context,
            decoder(&DatasetMap::decode), [](DatasetMap &page) { return std::move(page.datasets); },
            [](const DatasetMap &page, const QUrl &current) {
                return Paging::nextDatasets(current, page);
            },
            [](const Dataset &dataset) { return dataset.id; }, maxPages, std::move(progress),
            std::move(done));
}

ApiCall PlatformClient::getDataset(const QString &datasetId, QObject *context,
                                   Callback<Dataset> done)
{
    ApiRequest request;
    request.url = url(u"/data/foundation/catalog/dataSets/" + pathSegment(datasetId));
    const RequestEngine::Parser<Dataset> parse
            = [datasetId](const RawReply &reply) -> ApiResult<Dataset> {
        DecodeResult<DatasetMap> map = DatasetMap::decode(reply.body);
        if (!map)
            return ApiError::invalidReply(reply.status, map.error(), reply.body);
        for (const Dataset &dataset : map->datasets) {
            if (dataset.id == datasetId)
                return ApiResult<Dataset>(dataset, reply.status, reply.requestId());
        }
        return ApiError::invalidReply(
                reply.status, QStringLiteral("the answer does not hold dataset %1").arg(datasetId),
                reply.body);
    };
    return m_engine->send<Dataset>(request, context, parse, std::move(done));
}

ApiCall PlatformClient::getBatch(const QString &batchId, QObject *context, Callback<Batch> done)
{
    ApiRequest request;
    request.url = url(u"/data/foundation/catalog/batches/" + pathSegment(batchId));
    return m_engine->send<Batch>(request, context, decoder(&Batch::decode), std::move(done));
}

// Export jobs

ApiCall PlatformClient::createExportJob(const ExportJobRequest &request, QObject *context,
                                        Callback<ExportJob> done)
{
    if (const QStringList problems = errorsOf(request.validate()); !problems.isEmpty())
        return refuse<ExportJob>(context, std::move(done), ApiError::invalidRequest(problems));
    ApiRequest post;
    post.method = "POST";
    post.url = url(u"/data/core/ups/export/jobs");
    post.body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return m_engine->send<ExportJob>(post, context, decoder(&ExportJob::decode), std::move(done));
}

ApiCall PlatformClient::listExportJobs(const ExportJobQuery &query, QObject *context,
                                       Callback<ExportJobPage> done)
{
    QUrlQuery q;
    if (query.limit)
        q.addQueryItem(u"limit"_qs, QString::number(*query.limit));
    if (!query.offset.isEmpty())
        q.addQueryItem(u"offset"_qs, QString::fromLatin1(QUrl::toPercentEncoding(query.offset)));
    if (query.status && *query.status != JobStatus::Unknown)
        q.addQueryItem(u"status"_qs, jobStatusText(*query.status));
    ApiRequest request;
    request.url = withQuery(url(u"/data/core/ups/export/jobs"), q);
    return m_engine->send<ExportJobPage>(request, context, decoder(&ExportJobPage::decode),
                                         std::move(done));
}

ApiCall PlatformClient::listExportJobsNext(const QString &nextLink, QObject *context,
                                           Callback<ExportJobPage> done)
{
    ExportJobPage page;
    page.next = nextLink;
    ApiRequest request;
    request.url = Paging::nextExportJobs(m_engine->connection(), page);
    if (!request.url.isValid()) {
        return refuse<ExportJobPage>(
                context, std::move(done),
                ApiError::invalidRequest({tr("The link to the next page cannot be followed.")}));
    }
    return m_engine->send<ExportJobPage>(request, context, decoder(&ExportJobPage::decode),
                                         std::move(done));
}

ApiCall PlatformClient::listAllExportJobs(const ExportJobQuery &query, QObject *context,
                                          Callback<Collected<ExportJob>> done,
                                          ListProgress progress, int maxPages)
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_qs, QString::number(query.limit.value_or(100)));
    if (!query.offset.isEmpty())
        q.addQueryItem(u"offset"_qs, QString::fromLatin1(QUrl::toPercentEncoding(query.offset)));
    if (query.status && *query.status != JobStatus::Unknown)
        q.addQueryItem(u"status"_qs, jobStatusText(*query.status));
    const Connection connection = m_engine->connection();
    return collect<ExportJobPage, ExportJob>(
            withQuery(url(u"/data/core/ups/export/jobs"), q), context,
            decoder(&ExportJobPage::decode),
            [](ExportJobPage &page) { return std::move(page.records); },
            [connection](const ExportJobPage &page, const QUrl &) {
                return Paging::nextExportJobs(connection, page);
            },
            [](const ExportJob &job) { return QString::number(job.id); }, maxPages,
            std::move(progress), std::move(done));
}

ApiCall PlatformClient::getExportJob(qint64 jobId, QObject *context, Callback<ExportJob> done)
{
    ApiRequest request;
    request.url = url(u"/data/core/ups/export/jobs/" + QString::number(jobId));
    return m_engine->send<ExportJob>(request, context, decoder(&ExportJob::decode),
                                     std::move(done));
}

ApiCall PlatformClient::cancelExportJob(qint64 jobId, QObject *context,
                                        Callback<CancelJobReply> done)
{
    ApiRequest request;
    request.method = "DELETE";
    request.url = url(u"/data/core/ups/export/jobs/" + QString::number(jobId));
    return m_engine->send<CancelJobReply>(request, context, decoder(&CancelJobReply::decode),
                                          std::move(done));
}

// Choices

ApiCall PlatformClient::listSegmentDefinitions(const ListQuery &query, QObject *context,
                                               Callback<SegmentDefinitionPage> done)
{
    QUrlQuery q;
    addQuery(q, query);
    ApiRequest request;
    request.url = withQuery(url(u"/data/core/ups/segment/definitions"), q);
    return m_engine->send<SegmentDefinitionPage>(
            request, context, decoder(&SegmentDefinitionPage::decode), std::move(done));
}

ApiCall PlatformClient::listAllSegmentDefinitions(const ListQuery &query, QObject *context,
                                                  Callback<Collected<SegmentDefinition>> done,
                                                  ListProgress progress, int maxPages)
{
    QUrlQuery q;
    addQuery(q, query);
    const Connection connection = m_engine->connection();
    return collect<SegmentDefinitionPage, SegmentDefinition>(
            withQuery(url(u"/data/core/ups/segment/definitions"), q), context,
            decoder(&SegmentDefinitionPage::decode),
            [](SegmentDefinitionPage &page) { return std::move(page.segments); },
            [connection](const SegmentDefinitionPage &page, const QUrl &) {
                return Paging::nextSegmentDefinitions(connection, page);
            },
            [](const SegmentDefinition &segment) { return segment.id; }, maxPages,
            std::move(progress), std::move(done));
}

ApiCall PlatformClient::listMergePolicies(const ListQuery &query, QObject *context,
                                          Callback<MergePolicyPage> done)
{
    QUrlQuery q;
    addQuery(q, query);
    ApiRequest request;
    request.url = withQuery(url(u"/data/core/ups/config/mergePolicies"), q);
    return m_engine->send<MergePolicyPage>(request, context, decoder(&MergePolicyPage::decode),
                                           std::move(done));
}

ApiCall PlatformClient::listAllMergePolicies(const ListQuery &query, QObject *context,
                                             Callback<Collected<MergePolicy>> done,
                                             ListProgress progress, int maxPages)
{
    QUrlQuery q;
    addQuery(q, query);
    const Connection connection = m_engine->connection();
    return collect<MergePolicyPage, MergePolicy>(
            withQuery(url(u"/data/core/ups/config/mergePolicies"), q), context,
            decoder(&MergePolicyPage::decode),
            [](MergePolicyPage &page) { return std::move(page.children); },
            [connection](const MergePolicyPage &page, const QUrl &) {
                return Paging::nextMergePolicies(connection, page);
            },
            [](const MergePolicy &policy) { return policy.id; }, maxPages, std::move(progress),
            std::move(done));
}

ApiCall PlatformClient::listAudiences(const ListQuery &query, QObject *context,
                                      Callback<AudiencePage> done)
{
    QUrlQuery q;
    addQuery(q, query);
    ApiRequest request;
    request.url = withQuery(url(u"/data/core/ups/audiences"), q);
    return m_engine->send<AudiencePage>(request, context, decoder(&AudiencePage::decode),
                                        std::move(done));
}

ApiCall PlatformClient::listAllAudiences(const ListQuery &query, QObject *context,
                                         Callback<Collected<Audience>> done, ListProgress progress,
                                         int maxPages)
{
    QUrlQuery q;
    addQuery(q, query);
    const Connection connection = m_engine->connection();
    return collect<AudiencePage, Audience>(
            withQuery(url(u"/data/core/ups/audiences"), q), context, decoder(&AudiencePage::decode),
            [](AudiencePage &page) { return std::move(page.children); },
            [connection](const AudiencePage &page, const QUrl &) {
                return Paging::nextAudiences(connection, page);
            },
            [](const Audience &audience) -> QString {
                return audience.id.value_or(QString()) + u'|'
                        + audience.audienceId.value_or(QString());
            },
            maxPages, std::move(progress), std::move(done));
}

// Data Access

ApiCall PlatformClient::listBatchFiles(const QString &batchId, const ListQuery &query,
                                       QObject *context, Callback<BatchFilePage> done)
{
    QUrlQuery q;
    addQuery(q, query);
    ApiRequest request;
    request.url = withQuery(
            url(u"/data/foundation/export/batches/" + pathSegment(batchId) + u"/files"), q);
    return m_engine->send<BatchFilePage>(request, context, decoder(&BatchFilePage::decode),
                                         std::move(done));
}

ApiCall PlatformClient::listAllBatchFiles(const QString &batchId, QObject *context,
                                          Callback<Collected<BatchFile>> done,
                                          ListProgress progress, int maxPages)
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_qs, u"100"_qs);
    const Connection connection = m_engine->connection();
    return collect<BatchFilePage, BatchFile>(
            withQuery(url(u"/data/foundation/export/batches/" + pathSegment(batchId) + u"/files"),
                      q),
            context, decoder(&BatchFilePage::decode),
            [](BatchFilePage &page) { return std::move(page.files); },
            [connection](const BatchFilePage &page, const QUrl &) {
                return Paging::nextBatchFiles(connection, page);
            },
            [](const BatchFile &file) { return file.dataSetFileId.value_or(QString()); }, maxPages,
            std::move(progress), std::move(done));
}

ApiCall PlatformClient::listFile(const QString &dataSetFileId, QObject *context,
                                 Callback<FileListing> done)
{
    ApiRequest request;
    request.url = url(u"/data/foundation/export/files/" + pathSegment(dataSetFileId));
    return m_engine->send<FileListing>(request, context, decoder(&FileListing::decode),
                                       std::move(done));
}

ApiCall PlatformClient::downloadFile(const QString &dataSetFileId, const QString &path,
                                     QIODevice *sink, qint64 resumeFrom, QObject *context,
                                     DownloadProgress progress, Callback<DownloadResult> done)
{
    if (!sink || !sink->isWritable()) {
        return refuse<DownloadResult>(
                context, std::move(done),
                ApiError::invalidRequest({tr("The download has nowhere to be written.")}));
    }
    QUrlQuery q;
    q.addQueryItem(u"path"_qs, QString::fromLatin1(QUrl::toPercentEncoding(path)));
    ApiRequest request;
    request.url = withQuery(url(u"/data/foundation/export/files/" + pathSegment(dataSetFileId)), q);
    request.headers.append(std::pair<QByteArray, QByteArray>("Accept", "*/*"));
    request.sink = sink;
    request.rangeStart = std::max<qint64>(0, resumeFrom);
    if (progress) {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        request.progress = [guard, hasContext, progress](qint64 received, qint64 total) {
            if (!hasContext || guard)
                progress(received, total);
        };
    }
    const RequestEngine::Parser<DownloadResult> parse
            = [](const RawReply &reply) -> ApiResult<DownloadResult> {
        DownloadResult result;
        result.bytesWritten = reply.bytesWritten;
        result.totalSize = reply.totalSize;
        result.httpStatus = reply.status;
        return ApiResult<DownloadResult>(result, reply.status, reply.requestId());
    };
    return m_engine->send<DownloadResult>(request, context, parse, std::move(done));
}
