#include "ClientTestSupport.h"
#include "api/OAuthTokenProvider.h"
#include "api/PlatformClient.h"
#include "api/RequestEngine.h"
#include "emulator/Chaos.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/LocalConnection.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

using namespace ClientTest;
using std::chrono::milliseconds;

// PlatformClient against a real local platform on loopback: every call, token renewal, the
// retry rules under injected throttling, failures and dropped connections, POST safety, and
// paging.
class tst_ClientAgainstEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyCall();
    void cancelARunningJob();
    void retryAfterWaitedOut();
    void serverErrorBurstRetriedThenHealed();
    void serverErrorBurstSurfaced();
    void droppedGetRetried();
    void postHittingServerErrorsNotRepeated();
    void droppedPostNotRepeated();
    void pagingThrough250Jobs();
    void tokenExpiryMidSession();
    void refusedTokenRenewedAgainstThePlatform();

private:
    template<typename T, typename Start>
    ApiResult<T> await(Start start, int timeoutMs = 60000);
    std::unique_ptr<PlatformClient> makeClient(const EmulatorFixture &platform);
    ExportJob waitUntilEnded(qint64 jobId);
    QString createDataset(const QString &name);
    ExportJobRequest jobRequest(const QString &datasetId) const;
    // A chaos seed whose first gateway decisions satisfy `accept`, so a scenario is exact.
    static QString
    seededChaos(const QString &spec, int decisions,
                const std::function<bool(int index, const Emulator::Chaos::Decision &)> &accept);
    QList<Emulator::RequestLogEntry> logFor(const QString &method, const QString &path) const;

    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformClient> m_client;
};

void tst_ClientAgainstEmulator::initTestCase()
{
    EmulatorFixture::Options options;
    options.profiles = 300;
    m_platform = std::make_unique<EmulatorFixture>(options);
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
}

std::unique_ptr<PlatformClient>
tst_ClientAgainstEmulator::makeClient(const EmulatorFixture &platform)
{
    auto client = std::make_unique<PlatformClient>();
    TestSupport::signIn(*client, platform);
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.baseDelay = milliseconds(50);
    policy.maxDelay = milliseconds(200);
    policy.totalBudget = milliseconds(20'000);
    client->setRetryPolicy(policy);
    client->setTimeout(milliseconds(10'000));
    return client;
}

void tst_ClientAgainstEmulator::init()
{
    QVERIFY(m_platform->setChaos(QString()).isEmpty());
    m_platform->platform()->setPace(0);
    m_client = makeClient(*m_platform);
}

void tst_ClientAgainstEmulator::cleanup()
{
    m_client.reset();
    m_platform->setChaos(QString());
}

template<typename T, typename Start>
ApiResult<T> tst_ClientAgainstEmulator::await(Start start, int timeoutMs)
{
    std::optional<ApiResult<T>> result;
    start([&result](ApiResult<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return ApiError(ApiError::Kind::Timeout, u"the test waited in vain"_qs);
    return std::move(*result);
}

QString tst_ClientAgainstEmulator::createDataset(const QString &name)
{
    const auto id = await<QString>([&](auto done) {
        m_client->createDataset(DatasetRequest::forProfileExport(name), this, done);
    });
    return id ? id.value() : QString();
}

ExportJobRequest tst_ClientAgainstEmulator::jobRequest(const QString &datasetId) const
{
    ExportJobRequest request;
    request.fields = u"identities.id,personalEmail.address"_qs;
    request.destination = Destination::fromJson(
            QJsonObject{{u"datasetId"_qs, datasetId}, {u"segmentPerBatch"_qs, false}});
    request.schema = SchemaName::fromJson(QJsonObject{{u"name"_qs, u"_xdm.context.profile"_qs}});
    return request;
}

ExportJob tst_ClientAgainstEmulator::waitUntilEnded(qint64 jobId)
{
    ExportJob last;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        const auto job
                = await<ExportJob>([&](auto done) { m_client->getExportJob(jobId, this, done); });
        if (job) {
            last = job.value();
            if (last.isTerminal())
                break;
        }
        QTest::qWait(50);
    }
    return last;
}

QString tst_ClientAgainstEmulator::seededChaos(
        const QString &spec, int decisions,
        const std::function<bool(int, const Emulator::Chaos::Decision &)> &accept)
{
    for (int seed = 1; seed < 10000; ++seed) {
        const QString seeded = spec + u",seed="_qs + QString::number(seed);
        Emulator::ChaosSettings settings;
        if (!Emulator::ChaosSettings::parse(seeded, &settings).isEmpty())
            return {};
        Emulator::Chaos chaos;
        chaos.setSettings(settings);
        bool all = true;
        for (int i = 0; i < decisions && all; ++i)
            all = accept(i, chaos.decideRequest());
        if (all)
            return seeded;
    }
    return {};
}

QList<Emulator::RequestLogEntry> tst_ClientAgainstEmulator::logFor(const QString &method,
                                                                   const QString &path) const
{
    QList<Emulator::RequestLogEntry> entries;
    for (const auto &entry : m_platform->requestLog()) {
        if (entry.method == method && entry.path == path)
            entries << entry;
    }
    return entries;
}

void tst_ClientAgainstEmulator::everyCall()
{
    // Section 2: a token.
    const auto token = await<QString>([&](auto done) { m_client->fetchToken(this, done); });
    QVERIFY2(token.isOk(), why(token).constData());
    QVERIFY(!token.value().isEmpty());

    // Section 3: Catalog.
    const QString datasetId = createDataset(u"Profile Data Export"_qs);
    QVERIFY(!datasetId.isEmpty());
    const auto dataset
            = await<Dataset>([&](auto done) { m_client->getDataset(datasetId, this, done); });
    QVERIFY2(dataset.isOk(), why(dataset).constData());
    QCOMPARE(dataset.value().id, datasetId);
    QCOMPARE(dataset.value().name, u"Profile Data Export"_qs);
    QVERIFY(dataset.value().isOnProfileUnionSchema());
    const auto datasets
            = await<DatasetMap>([&](auto done) { m_client->listDatasets({}, this, done); });
    QVERIFY2(datasets.isOk(), why(datasets).constData());
    QVERIFY(std::any_of(datasets.value().datasets.cbegin(), datasets.value().datasets.cend(),
                        [&](const Dataset &d) { return d.id == datasetId; }));
    const auto allDatasets = await<Collected<Dataset>>(
            [&](auto done) { m_client->listAllDatasets({}, this, done); });
    QVERIFY2(allDatasets.isOk(), why(allDatasets).constData());
    QVERIFY(allDatasets.value().items.size() >= datasets.value().datasets.size());

    // Section 5: what a form offers.
    const auto segments = await<SegmentDefinitionPage>(
            [&](auto done) { m_client->listSegmentDefinitions({}, this, done); });
    QVERIFY2(segments.isOk(), why(segments).constData());
    QVERIFY(!segments.value().segments.isEmpty());
    const auto allSegments = await<Collected<SegmentDefinition>>(
            [&](auto done) { m_client->listAllSegmentDefinitions({}, this, done); });
    QVERIFY2(allSegments.isOk(), why(allSegments).constData());
    QVERIFY(allSegments.value().items.size() >= segments.value().segments.size());
    QCOMPARE(allSegments.value().duplicates, 0);
    const auto policies = await<MergePolicyPage>(
            [&](auto done) { m_client->listMergePolicies({}, this, done); });
    QVERIFY2(policies.isOk(), why(policies).constData());
    QVERIFY(!policies.value().children.isEmpty());
    const auto allPolicies = await<Collected<MergePolicy>>(
            [&](auto done) { m_client->listAllMergePolicies({}, this, done); });
    QVERIFY2(allPolicies.isOk(), why(allPolicies).constData());
    QVERIFY(allPolicies.value().items.size() <= 5); // at most five per organization
    const auto audiences
            = await<AudiencePage>([&](auto done) { m_client->listAudiences({}, this, done); });
    QVERIFY2(audiences.isOk(), why(audiences).constData());
    const auto allAudiences = await<Collected<Audience>>(
            [&](auto done) { m_client->listAllAudiences({}, this, done); });
    QVERIFY2(allAudiences.isOk(), why(allAudiences).constData());
    QVERIFY(allAudiences.value().items.size() >= audiences.value().children.size());

    // Section 4: an export job, from creation to its files.
    ExportJobRequest request = jobRequest(datasetId);
    request.mergePolicy = MergePolicyRef::fromJson(
            QJsonObject{{u"id"_qs, policies.value().children.first().id}});
    const auto created
            = await<ExportJob>([&](auto done) { m_client->createExportJob(request, this, done); });
    QVERIFY2(created.isOk(), why(created).constData());
    QCOMPARE(created.value().datasetId(), datasetId);
    const qint64 jobId = created.value().id;
    const ExportJob finished = waitUntilEnded(jobId);
    QCOMPARE(finished.statusText(), u"SUCCEEDED"_qs);
    QVERIFY(finished.metrics && finished.metrics->aCPDatasetWriteTime);

    const auto page = await<ExportJobPage>([&](auto done) {
        ExportJobQuery query;
        query.limit = 1;
        m_client->listExportJobs(query, this, done);
    });
    QVERIFY2(page.isOk(), why(page).constData());
    QCOMPARE(page.value().records.size(), 1);
    QCOMPARE(page.value().records.first().id, jobId); // newest first
    const auto succeeded = await<ExportJobPage>([&](auto done) {
        ExportJobQuery query;
        query.status = JobStatus::Succeeded;
        query.limit = 50;
        m_client->listExportJobs(query, this, done);
    });
    QVERIFY2(succeeded.isOk(), why(succeeded).constData());
    for (const ExportJob &job : succeeded.value().records)
        QCOMPARE(job.status(), JobStatus::Succeeded);
    if (!page.value().isLastPage()) {
        const auto next = await<ExportJobPage>(
                [&](auto done) { m_client->listExportJobsNext(page.value().next, this, done); });
        QVERIFY2(next.isOk(), why(next).constData());
        QVERIFY(next.value().records.first().id != jobId);
    }
    const auto allJobs = await<Collected<ExportJob>>(
            [&](auto done) { m_client->listAllExportJobs({}, this, done); });
    QVERIFY2(allJobs.isOk(), why(allJobs).constData());
    QVERIFY(std::any_of(allJobs.value().items.cbegin(), allJobs.value().items.cend(),
                        [&](const ExportJob &j) { return j.id == jobId; }));

    // Section 3 again: the batch the export wrote; section 6: its files.
    const QStringList batchIds = finished.batchIds();
    QCOMPARE(batchIds.size(), 1);
    const auto batch
            = await<Batch>([&](auto done) { m_client->getBatch(batchIds.first(), this, done); });
    QVERIFY2(batch.isOk(), why(batch).constData());
    QCOMPARE(batch.value().status, u"success"_qs);
    QCOMPARE(batch.value().datasetId(), datasetId);
    const auto files = await<BatchFilePage>(
            [&](auto done) { m_client->listBatchFiles(batchIds.first(), {}, this, done); });
    QVERIFY2(files.isOk(), why(files).constData());
    QVERIFY(!files.value().files.isEmpty());
    const auto allFiles = await<Collected<BatchFile>>(
            [&](auto done) { m_client->listAllBatchFiles(batchIds.first(), this, done); });
    QVERIFY2(allFiles.isOk(), why(allFiles).constData());
    QCOMPARE(allFiles.value().items.size(), files.value().files.size());
    const QString fileId = *files.value().files.first().dataSetFileId;
    const auto listing
            = await<FileListing>([&](auto done) { m_client->listFile(fileId, this, done); });
    QVERIFY2(listing.isOk(), why(listing).constData());
    QCOMPARE(listing.value().files.size(), 1);
    const FileEntry entry = listing.value().files.first();
    QVERIFY(entry.name && entry.length && *entry.length > 0);

    QBuffer whole;
    whole.open(QIODevice::ReadWrite);
    QList<qint64> progress;
    const auto downloaded = await<DownloadResult>([&](auto done) {
        m_client->downloadFile(
                fileId, *entry.name, &whole, 0, this,
                [&](qint64 received, qint64) { progress << received; }, done);
    });
    QVERIFY2(downloaded.isOk(), why(downloaded).constData());
    QCOMPARE(downloaded.value().httpStatus, 200);
    QCOMPARE(qint64(whole.data().size()), *entry.length);
    QCOMPARE(downloaded.value().bytesWritten, *entry.length);
    QCOMPARE(progress.last(), *entry.length);

    // Resuming where an interrupted download stopped asks for the rest only.
    const qint64 half = *entry.length / 2;
    QBuffer resumed;
    resumed.open(QIODevice::ReadWrite);
    resumed.write(whole.data().left(half));
    const auto rest = await<DownloadResult>([&](auto done) {
        m_client->downloadFile(fileId, *entry.name, &resumed, half, this, {}, done);
    });
    QVERIFY2(rest.isOk(), why(rest).constData());
    QCOMPARE(rest.value().httpStatus, 206);
    QCOMPARE(rest.value().bytesWritten, *entry.length - half);
    QCOMPARE(resumed.data(), whole.data());

    // The status bar saw the platform answer and nothing wrong.
    QVERIFY(m_client->isHealthy());
    QVERIFY(m_client->lastSuccess().isValid());
}

void tst_ClientAgainstEmulator::cancelARunningJob()
{
    const QString datasetId = createDataset(u"Cancelled export"_qs);
    QVERIFY(!datasetId.isEmpty());
    m_platform->platform()->setPace(3);
    const auto created = await<ExportJob>(
            [&](auto done) { m_client->createExportJob(jobRequest(datasetId), this, done); });
    QVERIFY2(created.isOk(), why(created).constData());
    const auto cancelled = await<CancelJobReply>(
            [&](auto done) { m_client->cancelExportJob(created.value().id, this, done); });
    QVERIFY2(cancelled.isOk(), why(cancelled).constData());
    QCOMPARE(cancelled.httpStatus(), 200);
    QCOMPARE(cancelled.value().status, std::optional<bool>(true));
    m_platform->platform()->setPace(0);
    const ExportJob ended = waitUntilEnded(created.value().id);
    QCOMPARE(ended.status(), JobStatus::Cancelled);

    // A job that has ended cannot be cancelled again: a definite 409, not retried.
    m_platform->clearRequestLog();
    const auto again = await<CancelJobReply>(
            [&](auto done) { m_client->cancelExportJob(created.value().id, this, done); });
    QCOMPARE(again.error().httpStatus(), 409);
    QCOMPARE(logFor(u"DELETE"_qs,
                    u"/data/core/ups/export/jobs/"_qs + QString::number(created.value().id))
                     .size(),
             1);
}

void tst_ClientAgainstEmulator::retryAfterWaitedOut()
{
    using Action = Emulator::Chaos::Action;
    const QString chaos = seededChaos(u"429=0.5:1"_qs, 2, [](int i, const auto &d) {
        return i == 0 ? d.action == Action::TooManyRequests : d.action == Action::None;
    });
    QVERIFY(!chaos.isEmpty());
    m_platform->clearRequestLog();
    QVERIFY(m_platform->setChaos(chaos).isEmpty());
    const auto page
            = await<ExportJobPage>([&](auto done) { m_client->listExportJobs({}, this, done); });
    QVERIFY2(page.isOk(), why(page).constData());
    const auto log = logFor(u"GET"_qs, u"/data/core/ups/export/jobs"_qs);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].status, 429);
    QCOMPARE(log[1].status, 200);
    // Retry-After: 1, waited out (the backoff alone is at most 200 ms here).
    QVERIFY2(log[1].timeMs - log[0].timeMs >= 990,
             qPrintable(QString::number(log[1].timeMs - log[0].timeMs)));
    QVERIFY(m_client->isHealthy());
}

void tst_ClientAgainstEmulator::serverErrorBurstRetriedThenHealed()
{
    using Action = Emulator::Chaos::Action;
    // Two answers among 502/503/504, then the platform is back.
    const QString chaos = seededChaos(u"5xx=0.6"_qs, 3, [](int i, const auto &d) {
        return i < 2 ? d.action == Action::ServerError && d.status != 500
                     : d.action == Action::None;
    });
    QVERIFY(!chaos.isEmpty());
    m_platform->clearRequestLog();
    QVERIFY(m_platform->setChaos(chaos).isEmpty());
    const auto policies = await<MergePolicyPage>(
            [&](auto done) { m_client->listMergePolicies({}, this, done); });
    QVERIFY2(policies.isOk(), why(policies).constData());
    const auto log = logFor(u"GET"_qs, u"/data/core/ups/config/mergePolicies"_qs);
    QCOMPARE(log.size(), 3);
    QVERIFY(log[0].status >= 502 && log[1].status >= 502);
    QCOMPARE(log[2].status, 200);
}

void tst_ClientAgainstEmulator::serverErrorBurstSurfaced()
{
    using Action = Emulator::Chaos::Action;
    // Longer than the client's four attempts, and only statuses worth retrying.
    const QString chaos = seededChaos(u"5xx=1"_qs, 4, [](int, const auto &d) {
        return d.action == Action::ServerError && d.status != 500;
    });
    QVERIFY(!chaos.isEmpty());
    m_platform->clearRequestLog();
    QVERIFY(m_platform->setChaos(chaos).isEmpty());
    const auto job = await<ExportJob>([&](auto done) { m_client->getExportJob(1, this, done); });
    QVERIFY(!job.isOk());
    QCOMPARE(job.error().kind(), ApiError::Kind::Http);
    QVERIFY(job.error().httpStatus() >= 502 && job.error().httpStatus() <= 504);
    QCOMPARE(logFor(u"GET"_qs, u"/data/core/ups/export/jobs/1"_qs).size(), 4);
    QVERIFY(!m_client->isHealthy());
    QCOMPARE(m_client->lastError()->httpStatus(), job.error().httpStatus());

    // The platform recovers; the next answer heals the connection's health.
    m_platform->setChaos(QString());
    const auto page
            = await<ExportJobPage>([&](auto done) { m_client->listExportJobs({}, this, done); });
    QVERIFY(page.isOk());
    QVERIFY(m_client->isHealthy());
}

void tst_ClientAgainstEmulator::droppedGetRetried()
{
    using Action = Emulator::Chaos::Action;
    const QString chaos = seededChaos(u"drop=0.5"_qs, 2, [](int i, const auto &d) {
        return i == 0 ? d.action == Action::Drop : d.action == Action::None;
    });
    QVERIFY(!chaos.isEmpty());
    m_platform->clearRequestLog();
    QVERIFY(m_platform->setChaos(chaos).isEmpty());
    const auto segments = await<SegmentDefinitionPage>(
            [&](auto done) { m_client->listSegmentDefinitions({}, this, done); });
    QVERIFY2(segments.isOk(), why(segments).constData());
    const auto log = logFor(u"GET"_qs, u"/data/core/ups/segment/definitions"_qs);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].status, 0); // dropped without an answer
    QCOMPARE(log[1].status, 200);
}

void tst_ClientAgainstEmulator::postHittingServerErrorsNotRepeated()
{
    const QString datasetId = createDataset(u"Not repeated"_qs);
    QVERIFY(!datasetId.isEmpty());
    const auto before = await<Collected<ExportJob>>(
            [&](auto done) { m_client->listAllExportJobs({}, this, done); });
    QVERIFY(before.isOk());

    m_platform->clearRequestLog();
    QVERIFY(m_platform->setChaos(u"5xx=1,seed=5"_qs).isEmpty());
    const auto created = await<ExportJob>(
            [&](auto done) { m_client->createExportJob(jobRequest(datasetId), this, done); });
    m_platform->setChaos(QString());
    QVERIFY(!created.isOk());
    const int status = created.error().httpStatus();
    // 502/503/504 after sending: the client cannot know, and says so; a 500 is plain.
    QCOMPARE(created.error().kind(),
             status == 500 ? ApiError::Kind::Http : ApiError::Kind::OutcomeUnknown);
    QVERIFY(created.error().message().contains(QString::number(status)));
    QCOMPARE(logFor(u"POST"_qs, u"/data/core/ups/export/jobs"_qs).size(), 1);

    const auto after = await<Collected<ExportJob>>(
            [&](auto done) { m_client->listAllExportJobs({}, this, done); });
    QVERIFY(after.isOk());
    QCOMPARE(after.value().items.size(), before.value().items.size());
}

void tst_ClientAgainstEmulator::droppedPostNotRepeated()
{
    using Action = Emulator::Chaos::Action;
    const QString datasetId = createDataset(u"Dropped create"_qs);
    QVERIFY(!datasetId.isEmpty());
    const auto before = await<Collected<ExportJob>>(
            [&](auto done) { m_client->listAllExportJobs({}, this, done); });
    QVERIFY(before.isOk());
    // The first gateway request is dropped; any repeat would go through.
    const QString chaos = seededChaos(u"drop=0.5"_qs, 2, [](int i, const auto &d) {
        return i == 0 ? d.action == Action::Drop : d.action == Action::None;
    });
    m_platform->clearRequestLog();
    QVERIFY(m_platform->setChaos(chaos).isEmpty());
    const auto created = await<ExportJob>(
            [&](auto done) { m_client->createExportJob(jobRequest(datasetId), this, done); });
    m_platform->setChaos(QString());
    QVERIFY(!created.isOk());
    QCOMPARE(created.error().kind(), ApiError::Kind::OutcomeUnknown);
    QTest::qWait(200);
    QCOMPARE(logFor(u"POST"_qs, u"/data/core/ups/export/jobs"_qs).size(), 1);
    const auto after = await<Collected<ExportJob>>(
            [&](auto done) { m_client->listAllExportJobs({}, this, done); });
    QCOMPARE(after.value().items.size(), before.value().items.size());
}

void tst_ClientAgainstEmulator::pagingThrough250Jobs()
{
    // A platform of its own, so the count is exact.
    EmulatorFixture::Options options;
    options.profiles = 50;
    EmulatorFixture platform(options);
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    auto client = makeClient(platform);
    std::swap(client, m_client);
    const QString datasetId = createDataset(u"Paging"_qs);
    QVERIFY(!datasetId.isEmpty());
    QSet<qint64> created;
    for (int i = 0; i < 250; ++i) {
        const auto job = await<ExportJob>(
                [&](auto done) { m_client->createExportJob(jobRequest(datasetId), this, done); });
        QVERIFY2(job.isOk(), why(job).constData());
        created.insert(job.value().id);
    }
    QCOMPARE(created.size(), 250);

    QList<int> pagesSeen;
    ExportJobQuery query;
    query.limit = 20;
    const auto all = await<Collected<ExportJob>>([&](auto done) {
        m_client->listAllExportJobs(query, this, done,
                                    [&](int pages, qsizetype) { pagesSeen << pages; });
    });
    std::swap(client, m_client);
    QVERIFY2(all.isOk(), why(all).constData());
    QCOMPARE(all.value().items.size(), 250);
    QCOMPARE(all.value().duplicates, 0);
    QVERIFY(!all.value().truncated);
    QCOMPARE(all.value().pages, 13);
    QCOMPARE(pagesSeen.size(), 13);
    QSet<qint64> listed;
    for (const ExportJob &job : all.value().items)
        listed.insert(job.id);
    QCOMPARE(listed, created);
    // Newest first, across page boundaries too.
    for (qsizetype i = 1; i < all.value().items.size(); ++i)
        QVERIFY(all.value().items[i - 1].creationTime >= all.value().items[i].creationTime);
}

void tst_ClientAgainstEmulator::tokenExpiryMidSession()
{
    EmulatorFixture::Options options;
    options.profiles = 20;
    options.tokenLifetimeSeconds = 3;
    EmulatorFixture platform(options);
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    auto client = makeClient(platform);
    std::swap(client, m_client);
    int calls = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 8000) {
        const auto page = await<ExportJobPage>(
                [&](auto done) { m_client->listExportJobs({}, this, done); });
        QVERIFY2(page.isOk(), why(page).constData());
        ++calls;
        QTest::qWait(250);
    }
    std::swap(client, m_client);
    int tokenRequests = 0;
    int refused = 0;
    for (const auto &entry : platform.requestLog()) {
        tokenRequests += entry.path == u"/ims/token/v3" ? 1 : 0;
        refused += entry.status == 401 ? 1 : 0;
    }
    QVERIFY(calls >= 20);
    // Three-second tokens over eight seconds: renewed ahead of expiry, never refused.
    QVERIFY2(tokenRequests >= 3, qPrintable(QString::number(tokenRequests)));
    QCOMPARE(refused, 0);
}

namespace {

// Hands out a token the platform has already let expire, then behaves like the real
// provider: what a client sees when a token dies earlier than it was told.
class ExpiredFirstProvider final : public TokenProvider
{
public:
    ExpiredFirstProvider(const QString &expired, std::unique_ptr<TokenProvider> real)
        : m_expired(expired)
        , m_real(std::move(real))
    { }
    QString currentToken() const override
    {
        return m_useExpired ? m_expired : m_real->currentToken();
    }
    void requestToken(QObject *context, Callback callback) override
    {
        m_real->requestToken(context, std::move(callback));
    }
    void invalidate(const QString &token) override
    {
        if (token == m_expired)
            m_useExpired = false;
        m_real->invalidate(token);
    }
    bool canRenew() const override { return true; }
    QStringList secrets() const override { return m_real->secrets() << m_expired; }

private:
    QString m_expired;
    bool m_useExpired = true;
    std::unique_ptr<TokenProvider> m_real;
};

} // namespace

void tst_ClientAgainstEmulator::refusedTokenRenewedAgainstThePlatform()
{
    EmulatorFixture::Options options;
    options.profiles = 20;
    options.tokenLifetimeSeconds = 1;
    EmulatorFixture platform(options);
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    const auto credentials = platform.credentials();
    PlatformHttp http(platform.baseUrl());
    const QByteArray expired = http.fetchToken(credentials.clientId, credentials.clientSecret);
    QVERIFY(!expired.isEmpty());
    QTest::qWait(2200);

    auto client = makeClient(platform);
    client->setConnection(
            client->connection(),
            std::make_unique<ExpiredFirstProvider>(
                    QString::fromLatin1(expired),
                    client->makeTokenProvider(client->connection(), credentials.clientSecret)));
    std::swap(client, m_client);
    platform.clearRequestLog();
    const auto page
            = await<ExportJobPage>([&](auto done) { m_client->listExportJobs({}, this, done); });
    std::swap(client, m_client);
    QVERIFY2(page.isOk(), why(page).constData());
    QList<int> statuses;
    for (const auto &entry : platform.requestLog()) {
        if (entry.path == u"/data/core/ups/export/jobs")
            statuses << entry.status;
    }
    QCOMPARE(statuses, (QList<int>{401, 200}));
}

QTEST_GUILESS_MAIN(tst_ClientAgainstEmulator)
#include "tst_clientagainstemulator.moc"
