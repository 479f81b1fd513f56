#include "ClientTestSupport.h"
#include "ScriptedHttpPeer.h"
#include "api/PlatformClient.h"
#include "api/RequestEngine.h"
#include "api/StaticTokenProvider.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ClientTest;
using std::chrono::milliseconds;
using Answer = ScriptedHttpPeer::Answer;

// PlatformClient against a scripted loopback server: every call survives any reply, the list
// walker follows each shape's links with its cap, loop guard and progress, creates are
// validated before sending, and switching connections leaves nothing stale behind.
class tst_PlatformClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyCallSurvivesMalformedReplies_data();
    void everyCallSurvivesMalformedReplies();
    void everyCallSendsItsRequest_data();
    void everyCallSendsItsRequest();
    void idsCannotEscapeTheirPathSegment();
    void invalidExportJobNotSent();
    void invalidDatasetNotSent();
    void listAllFollowsLinksToTheEnd();
    void listAllStopsAtTheCap();
    void listAllStopsOnALoop();
    void listAllDropsDuplicates();
    void listAllReportsAnErrorMidway();
    void listAllCancelled();
    void listAllDatasetsPagesByStart();
    void cancelAcceptsEveryAnswer_data();
    void cancelAcceptsEveryAnswer();
    void downloadResumesFromOffset();
    void switchingConnectionCancelsCalls();
    void healthHealsOnSuccess();

private:
    // Runs one named call and returns its error, or nothing when it succeeded.
    std::optional<ApiError> run(const QString &call);

    std::unique_ptr<ScriptedHttpPeer> m_peer;
    std::unique_ptr<PlatformClient> m_client;
};

void tst_PlatformClient::init()
{
    m_peer = std::make_unique<ScriptedHttpPeer>();
    QVERIFY(m_peer->listen());
    m_client = std::make_unique<PlatformClient>();
    m_client->setConnection(connectionTo(m_peer->url()),
                            std::make_unique<StaticTokenProvider>(u"client-test-token"_qs));
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.baseDelay = milliseconds(5);
    policy.maxDelay = milliseconds(10);
    m_client->setRetryPolicy(policy);
    m_client->setTimeout(milliseconds(2000));
}

void tst_PlatformClient::cleanup()
{
    m_client.reset();
    m_peer.reset();
}

namespace {

ExportJobRequest validJobRequest()
{
    ExportJobRequest request = ExportJobRequest::decode(R"({
        "fields": "identities.id,personalEmail.address",
        "destination": {"datasetId": "5b020a27e7040801dedba61b", "segmentPerBatch": false},
        "schema": {"name": "_xdm.context.profile"}})")
                                       .value();
    return request;
}

} // namespace

std::optional<ApiError> tst_PlatformClient::run(const QString &call)
{
    std::optional<ApiError> error;
    bool done = false;
    const auto record = [&](const auto &result) {
        if (!result.isOk())
            error = result.error();
        done = true;
    };
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    PlatformClient &c = *m_client;
    if (call == u"createDataset")
        c.createDataset(DatasetRequest::forProfileExport(u"Profile Data Export"_qs), this, record);
    else if (call == u"listDatasets")
        c.listDatasets({}, this, record);
    else if (call == u"listAllDatasets")
        c.listAllDatasets({}, this, record);
    else if (call == u"getDataset")
        c.getDataset(u"5b020a27e7040801dedba61b"_qs, this, record);
    else if (call == u"getBatch")
        c.getBatch(u"da5cfb4de32c4b93a09f7e37fa53ad52"_qs, this, record);
    else if (call == u"createExportJob")
        c.createExportJob(validJobRequest(), this, record);
    else if (call == u"listExportJobs")
        c.listExportJobs({}, this, record);
    else if (call == u"listExportJobsNext")
        c.listExportJobsNext(u"/export/jobs/?limit=2&offset=1_2"_qs, this, record);
    else if (call == u"listAllExportJobs")
        c.listAllExportJobs({}, this, record);
    else if (call == u"getExportJob")
        c.getExportJob(24115, this, record);
    else if (call == u"cancelExportJob")
        c.cancelExportJob(726, this, record);
    else if (call == u"listSegmentDefinitions")
        c.listSegmentDefinitions({}, this, record);
    else if (call == u"listAllSegmentDefinitions")
        c.listAllSegmentDefinitions({}, this, record);
    else if (call == u"listMergePolicies")
        c.listMergePolicies({}, this, record);
    else if (call == u"listAllMergePolicies")
        c.listAllMergePolicies({}, this, record);
    else if (call == u"listAudiences")
        c.listAudiences({}, this, record);
    else if (call == u"listAllAudiences")
        c.listAllAudiences({}, this, record);
    else if (call == u"listBatchFiles")
        c.listBatchFiles(u"b1"_qs, {}, this, record);
    else if (call == u"listAllBatchFiles")
        c.listAllBatchFiles(u"b1"_qs, this, record);
    else if (call == u"listFile")
        c.listFile(u"f1"_qs, this, record);
    else if (call == u"downloadFile")
        c.downloadFile(u"f1"_qs, u"part-00000.parquet"_qs, &sink, 0, this, {}, record);
    else if (call == u"fetchToken")
        c.fetchToken(this, record);
    else
        qFatal("unknown call");
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return ApiError(ApiError::Kind::Timeout, u"the test waited in vain"_qs);
    return error;
}

namespace {

const QStringList kCalls = {
        u"createDataset"_qs,
        u"listDatasets"_qs,
        u"listAllDatasets"_qs,
        u"getDataset"_qs,
        u"getBatch"_qs,
        u"createExportJob"_qs,
        u"listExportJobs"_qs,
        u"listExportJobsNext"_qs,
        u"listAllExportJobs"_qs,
        u"getExportJob"_qs,
        u"listSegmentDefinitions"_qs,
        u"listAllSegmentDefinitions"_qs,
        u"listMergePolicies"_qs,
        u"listAllMergePolicies"_qs,
        u"listAudiences"_qs,
        u"listAllAudiences"_qs,
        u"listBatchFiles"_qs,
        u"listAllBatchFiles"_qs,
        u"listFile"_qs,
};

} // namespace

void tst_PlatformClient::everyCallSurvivesMalformedReplies_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<ApiError::Kind>("kind");

    const QList<std::pair<const char *, Answer>> successes = {
            {"truncated JSON", Answer::json(200, R"({"records":[{"id":1,"status":"NEW"},)")},
            {"HTML page", Answer::text(200, "<html><body>Sign in</body></html>", "text/html")},
            {"wrong types",
             Answer::json(
                     200,
                     R"({"records":"many","segments":7,"children":{},"data":"x","5b020a27e7040801dedba61b":[1]})")},
            {"JSON array", Answer::json(200, R"([1,2,3])")},
            {"JSON scalar", Answer::json(200, R"("ok")")},
            {"empty", Answer::json(200, {})},
    };
    const QList<std::pair<const char *, Answer>> failures = {
            {"HTML 502", Answer::text(502, "<html><h1>502 Bad Gateway</h1></html>", "text/html")},
            {"truncated error", Answer::json(500, R"({"errorMessage":"bro)")},
            {"error of wrong types", Answer::json(404, R"({"title":[1],"detail":{"x":null}})")},
    };
    for (const QString &call : kCalls) {
        for (const auto &[name, answer] : successes) {
            QTest::newRow(qPrintable(call + u": 200 "_qs + QLatin1String(name)))
                    << call << answer << ApiError::Kind::InvalidReply;
        }
        for (const auto &[name, answer] : failures) {
            const ApiError::Kind kind = call.startsWith(u"create") && answer.status == 502
                    ? ApiError::Kind::OutcomeUnknown
                    : ApiError::Kind::Http;
            QTest::newRow(qPrintable(call + u": "_qs + QLatin1String(name)))
                    << call << answer << kind;
        }
    }
}

void tst_PlatformClient::everyCallSurvivesMalformedReplies()
{
    QFETCH(QString, call);
    QFETCH(Answer, answer);
    QFETCH(ApiError::Kind, kind);
    m_peer->setHandler([answer](const auto &) { return answer; });
    const std::optional<ApiError> error = run(call);
    // Some shapes legitimately read an empty object as an empty list, and Catalog's bare map
    // takes any object (entries that are not datasets are skipped); everything else must be an
    // error of the expected kind, never a crash or a made-up success.
    if (!error) {
        const bool emptyList = answer.body == "{}" || answer.body.isEmpty();
        const bool anyObject = call.contains(u"Datasets") && answer.body.startsWith('{');
        QVERIFY2(answer.status == 200 && (emptyList || anyObject),
                 qPrintable(call + u" accepted "_qs + QString::fromUtf8(answer.body)));
        return;
    }
    QCOMPARE(error->kind(), kind);
    QVERIFY(!error->message().isEmpty());
}

void tst_PlatformClient::everyCallSendsItsRequest_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::newRow("createDataset")
            << u"createDataset"_qs << QByteArray("POST") << u"/data/foundation/catalog/dataSets"_qs;
    QTest::newRow("listDatasets")
            << u"listDatasets"_qs << QByteArray("GET")
            << u"/data/foundation/catalog/dataSets?start=0&limit=20&orderBy=desc:created"_qs;
    QTest::newRow("getDataset") << u"getDataset"_qs << QByteArray("GET")
                                << u"/data/foundation/catalog/dataSets/5b020a27e7040801dedba61b"_qs;
    QTest::newRow("getBatch")
            << u"getBatch"_qs << QByteArray("GET")
            << u"/data/foundation/catalog/batches/da5cfb4de32c4b93a09f7e37fa53ad52"_qs;
    QTest::newRow("createExportJob")
            << u"createExportJob"_qs << QByteArray("POST") << u"/data/core/ups/export/jobs"_qs;
    QTest::newRow("listExportJobs")
            << u"listExportJobs"_qs << QByteArray("GET") << u"/data/core/ups/export/jobs"_qs;
    QTest::newRow("listExportJobsNext") << u"listExportJobsNext"_qs << QByteArray("GET")
                                        << u"/data/core/ups/export/jobs?limit=2&offset=1_2"_qs;
    QTest::newRow("listAllExportJobs") << u"listAllExportJobs"_qs << QByteArray("GET")
                                       << u"/data/core/ups/export/jobs?limit=100"_qs;
    QTest::newRow("getExportJob") << u"getExportJob"_qs << QByteArray("GET")
                                  << u"/data/core/ups/export/jobs/24115"_qs;
    QTest::newRow("cancelExportJob") << u"cancelExportJob"_qs << QByteArray("DELETE")
                                     << u"/data/core/ups/export/jobs/726"_qs;
    QTest::newRow("listSegmentDefinitions") << u"listSegmentDefinitions"_qs << QByteArray("GET")
                                            << u"/data/core/ups/segment/definitions"_qs;
    QTest::newRow("listMergePolicies") << u"listMergePolicies"_qs << QByteArray("GET")
                                       << u"/data/core/ups/config/mergePolicies"_qs;
    QTest::newRow("listAudiences")
            << u"listAudiences"_qs << QByteArray("GET") << u"/data/core/ups/audiences"_qs;
    QTest::newRow("listBatchFiles") << u"listBatchFiles"_qs << QByteArray("GET")
                                    << u"/data/foundation/export/batches/b1/files"_qs;
    QTest::newRow("listAllBatchFiles") << u"listAllBatchFiles"_qs << QByteArray("GET")
                                       << u"/data/foundation/export/batches/b1/files?limit=100"_qs;
    QTest::newRow("listFile") << u"listFile"_qs << QByteArray("GET")
                              << u"/data/foundation/export/files/f1"_qs;
    QTest::newRow("downloadFile") << u"downloadFile"_qs << QByteArray("GET")
                                  << u"/data/foundation/export/files/f1?path=part-00000.parquet"_qs;
}

void tst_PlatformClient::everyCallSendsItsRequest()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    m_peer->setHandler([](const auto &) { return Answer::json(404, R"({"title":"NotFound"})"); });
    run(call);
    QVERIFY(m_peer->requestCount() >= 1);
    const auto request = m_peer->requests().at(0);
    QCOMPARE(request.method, method);
    QCOMPARE(QString::fromLatin1(request.target), target);
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer client-test-token"));
    QCOMPARE(request.header("x-sandbox-name"), QByteArray("prod"));
    if (method == "POST") {
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!request.body.isEmpty());
    }
}

void tst_PlatformClient::idsCannotEscapeTheirPathSegment()
{
    m_peer->setHandler([](const auto &) { return Answer::json(404, "{}"); });
    bool done = false;
    m_client->getDataset(u"../../core/ups/export/jobs?x=1"_qs, this,
                         [&](const ApiResult<Dataset> &) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(m_peer->requests().at(0).path(),
             u"/data/foundation/catalog/dataSets/../../core/ups/export/jobs?x=1"_qs);
    QVERIFY(m_peer->requests().at(0).target.contains("%2F"));
}

void tst_PlatformClient::invalidExportJobNotSent()
{
    ExportJobRequest request = validJobRequest();
    request.destination.reset();
    request.filter = JobFilter::fromJson(QJsonObject{{u"fromIngestTimestamp"_qs, u"yesterday"_qs}});
    std::optional<ApiResult<ExportJob>> result;
    const ApiCall call = m_client->createExportJob(
            request, this, [&](ApiResult<ExportJob> r) { result.emplace(std::move(r)); });
    QVERIFY(call.isRunning());
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(result->error().message().contains(u"destination"));
    QVERIFY(result->error().message().contains(u"fromIngestTimestamp"));
    QCOMPARE(m_peer->requestCount(), 0);
}

void tst_PlatformClient::invalidDatasetNotSent()
{
    DatasetRequest request;
    std::optional<ApiResult<QString>> result;
    m_client->createDataset(request, this,
                            [&](ApiResult<QString> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().kind(), ApiError::Kind::InvalidRequest);
    QCOMPARE(m_peer->requestCount(), 0);
}

namespace {

QByteArray jobsPage(int from, int count, const QByteArray &next)
{
    QByteArray records;
    for (int i = from; i < from + count; ++i)
        records += (i > from ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(i)
                + R"(,"status":"NEW","creationTime":)" + QByteArray::number(1700000000000 - i)
                + "}";
    return R"({"records":[)" + records + R"(],"page":{"pageSize":)" + QByteArray::number(count)
            + R"(},"link":{"next":")" + next + "\"}}";
}

} // namespace

void tst_PlatformClient::listAllFollowsLinksToTheEnd()
{
    m_peer->enqueue(
            Answer::json(200, jobsPage(1, 2, "/export/jobs/?limit=2&offset=1699999999998_2")));
    m_peer->enqueue(
            Answer::json(200, jobsPage(3, 2, "/export/jobs/?limit=2&offset=1699999999996_4")));
    m_peer->enqueue(Answer::json(200, jobsPage(5, 1, "")));
    QList<std::pair<int, qsizetype>> progress;
    std::optional<ApiResult<Collected<ExportJob>>> result;
    ExportJobQuery query;
    query.limit = 2;
    query.status = JobStatus::Succeeded;
    m_client->listAllExportJobs(
            query, this, [&](ApiResult<Collected<ExportJob>> r) { result.emplace(std::move(r)); },
            [&](int pages, qsizetype items) {
                progress.append({pages, items});
            });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->isOk(), why(*result).constData());
    const Collected<ExportJob> &all = result->value();
    QCOMPARE(all.items.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(all.items.at(i).id, qint64(i + 1));
    QCOMPARE(all.pages, 3);
    QVERIFY(!all.truncated);
    QCOMPARE(all.duplicates, 0);
    QCOMPARE(progress, (QList<std::pair<int, qsizetype>>{{1, 2}, {2, 4}, {3, 5}}));
    const auto requests = m_peer->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).target,
             QByteArray("/data/core/ups/export/jobs?limit=2&status=SUCCEEDED"));
    // link.next rebuilt on the base path, trailing slash dropped.
    QCOMPARE(requests.at(1).target,
             QByteArray("/data/core/ups/export/jobs?limit=2&offset=1699999999998_2"));
    QCOMPARE(requests.at(2).target,
             QByteArray("/data/core/ups/export/jobs?limit=2&offset=1699999999996_4"));
}

void tst_PlatformClient::listAllStopsAtTheCap()
{
    int served = 0;
    m_peer->setHandler([&](const auto &) {
        ++served;
        return Answer::json(
                200,
                jobsPage(served * 10, 2, "/export/jobs/?offset=" + QByteArray::number(served)));
    });
    std::optional<ApiResult<Collected<ExportJob>>> result;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"stopped listing after 3 pages"_qs));
    m_client->listAllExportJobs(
            {}, this, [&](ApiResult<Collected<ExportJob>> r) { result.emplace(std::move(r)); }, {},
            3);
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->isOk());
    QCOMPARE(result->value().pages, 3);
    QCOMPARE(result->value().items.size(), 6);
    QVERIFY(result->value().truncated);
    QCOMPARE(m_peer->requestCount(), 3);
}

void tst_PlatformClient::listAllStopsOnALoop()
{
    m_peer->setHandler([](const auto &) {
        return Answer::json(200, jobsPage(1, 2, "/export/jobs/?limit=100"));
    });
    std::optional<ApiResult<Collected<ExportJob>>> result;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"stopped listing after 1 pages"_qs));
    m_client->listAllExportJobs(
            {}, this, [&](ApiResult<Collected<ExportJob>> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->isOk());
    QCOMPARE(m_peer->requestCount(), 1);
    QVERIFY(result->value().truncated);
}

void tst_PlatformClient::listAllDropsDuplicates()
{
    m_peer->enqueue(Answer::json(200, jobsPage(1, 3, "/export/jobs/?offset=a")));
    m_peer->enqueue(Answer::json(200, jobsPage(3, 3, "")));
    std::optional<ApiResult<Collected<ExportJob>>> result;
    m_client->listAllExportJobs(
            {}, this, [&](ApiResult<Collected<ExportJob>> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->value().items.size(), 5);
    QCOMPARE(result->value().duplicates, 1);
}

void tst_PlatformClient::listAllReportsAnErrorMidway()
{
    m_peer->enqueue(Answer::json(200, jobsPage(1, 2, "/export/jobs/?offset=x")));
    m_peer->setHandler([](const auto &) { return Answer::json(400, R"({"title":"Bad offset"})"); });
    std::optional<ApiResult<Collected<ExportJob>>> result;
    m_client->listAllExportJobs(
            {}, this, [&](ApiResult<Collected<ExportJob>> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().httpStatus(), 400);
    QCOMPARE(result->error().title(), u"Bad offset"_qs);
}

void tst_PlatformClient::listAllCancelled()
{
    m_peer->enqueue(Answer::json(200, jobsPage(1, 2, "/export/jobs/?offset=x")));
    m_peer->setHandler([](const auto &) { return Answer::failure(Answer::Fault::NeverAnswer); });
    std::optional<ApiResult<Collected<ExportJob>>> result;
    int pagesSeen = 0;
    const ApiCall call = m_client->listAllExportJobs(
            {}, this, [&](ApiResult<Collected<ExportJob>> r) { result.emplace(std::move(r)); },
            [&](int pages, qsizetype) { pagesSeen = pages; });
    QTRY_COMPARE(m_peer->requestCount(), 2);
    QCOMPARE(pagesSeen, 1);
    call.cancel();
    QVERIFY(!call.isRunning());
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().kind(), ApiError::Kind::Cancelled);
    QTRY_COMPARE(m_peer->abortedWhileWaiting(), 1);
}

void tst_PlatformClient::listAllDatasetsPagesByStart()
{
    const auto datasets = [](int from, int count) {
        QStringList entries;
        for (int i = from; i < from + count; ++i)
            entries << u"\"ds%1\":{\"name\":\"Dataset %1\"}"_qs.arg(i);
        return (u"{"_qs + entries.join(u',') + u"}"_qs).toUtf8();
    };
    m_peer->enqueue(Answer::json(200, datasets(0, 2)));
    m_peer->enqueue(Answer::json(200, datasets(2, 2)));
    m_peer->enqueue(Answer::json(200, datasets(4, 1)));
    std::optional<ApiResult<Collected<Dataset>>> result;
    DatasetQuery query;
    query.limit = 2;
    m_client->listAllDatasets(
            query, this, [&](ApiResult<Collected<Dataset>> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->isOk(), why(*result).constData());
    QCOMPARE(result->value().items.size(), 5);
    const auto requests = m_peer->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).query().queryItemValue(u"start"_qs), u"0"_qs);
    QCOMPARE(requests.at(1).query().queryItemValue(u"start"_qs), u"2"_qs);
    QCOMPARE(requests.at(2).query().queryItemValue(u"start"_qs), u"4"_qs);
    QCOMPARE(requests.at(2).query().queryItemValue(u"limit"_qs), u"2"_qs);
}

void tst_PlatformClient::cancelAcceptsEveryAnswer_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<bool>("hasMessage");
    QTest::newRow("200 with body") << Answer::json(
            200, R"({"status":true,"message":"Export job has been marked for cancelling"})")
                                   << true;
    QTest::newRow("202 without body") << Answer::json(202, {}) << false;
    QTest::newRow("204") << Answer::text(204, {}) << false;
}

void tst_PlatformClient::cancelAcceptsEveryAnswer()
{
    QFETCH(Answer, answer);
    QFETCH(bool, hasMessage);
    m_peer->enqueue(answer);
    std::optional<ApiResult<CancelJobReply>> result;
    m_client->cancelExportJob(726, this,
                              [&](ApiResult<CancelJobReply> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->isOk(), why(*result).constData());
    QCOMPARE(result->value().message.has_value(), hasMessage);
    QCOMPARE(result->httpStatus(), answer.status);
}

void tst_PlatformClient::downloadResumesFromOffset()
{
    const QByteArray data = QByteArray("0123456789").repeated(50);
    m_peer->setHandler([data](const ScriptedHttpPeer::Request &request) {
        if (request.header("Range") != "bytes=100-")
            return Answer::json(400, R"({"errorMessage":"want a range"})");
        return Answer::text(206, data.mid(100), "application/octet-stream")
                .withHeader("Content-Range", "bytes 100-499/500");
    });
    QBuffer sink;
    sink.open(QIODevice::ReadWrite);
    sink.write(data.left(100)); // what an earlier, interrupted download left
    QList<qint64> progress;
    std::optional<ApiResult<DownloadResult>> result;
    m_client->downloadFile(
            u"f1"_qs, u"part-00000.parquet"_qs, &sink, 100, this,
            [&](qint64 received, qint64 total) {
                progress << received;
                QCOMPARE(total, qint64(500));
            },
            [&](ApiResult<DownloadResult> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->isOk(), why(*result).constData());
    QCOMPARE(result->value().httpStatus, 206);
    QCOMPARE(result->value().bytesWritten, qint64(400));
    QCOMPARE(result->value().totalSize, qint64(500));
    QCOMPARE(sink.data(), data);
    QCOMPARE(progress.last(), qint64(500));
}

void tst_PlatformClient::switchingConnectionCancelsCalls()
{
    m_peer->setHandler([](const auto &) { return Answer::failure(Answer::Fault::NeverAnswer); });
    std::optional<ApiResult<ExportJob>> result;
    m_client->getExportJob(1, this, [&](ApiResult<ExportJob> r) { result.emplace(std::move(r)); });
    QTRY_COMPARE(m_peer->requestCount(), 1);
    ScriptedHttpPeer other;
    QVERIFY(other.listen());
    other.setHandler([](const auto &) { return Answer::json(200, R"({"id":2,"status":"NEW"})"); });
    QSignalSpy health(m_client.get(), &PlatformClient::healthChanged);
    m_client->setConnection(connectionTo(other.url()),
                            std::make_unique<StaticTokenProvider>(u"other-token"_qs));
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().kind(), ApiError::Kind::Cancelled);
    QVERIFY(health.size() >= 1);
    QVERIFY(m_client->isHealthy());
    QVERIFY(!m_client->lastSuccess().isValid());

    std::optional<ApiResult<ExportJob>> second;
    m_client->getExportJob(2, this, [&](ApiResult<ExportJob> r) { second.emplace(std::move(r)); });
    QTRY_VERIFY(second.has_value());
    QVERIFY(second->isOk());
    QCOMPARE(other.requests().at(0).header("Authorization"), QByteArray("Bearer other-token"));
}

void tst_PlatformClient::healthHealsOnSuccess()
{
    QSignalSpy health(m_client.get(), &PlatformClient::healthChanged);
    m_peer->setHandler(
            [](const auto &) { return Answer::json(503, R"({"errorMessage":"down"})"); });
    std::optional<ApiResult<ExportJob>> result;
    m_client->getExportJob(1, this, [&](ApiResult<ExportJob> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!m_client->isHealthy());
    QCOMPARE(m_client->lastError()->httpStatus(), 503);
    const int afterError = int(health.size());
    QVERIFY(afterError >= 1);

    m_peer->setHandler(
            [](const auto &) { return Answer::json(200, R"({"id":1,"status":"NEW"})"); });
    result.reset();
    m_client->getExportJob(1, this, [&](ApiResult<ExportJob> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(m_client->isHealthy());
    QVERIFY(m_client->lastSuccess().isValid());
    QVERIFY(health.size() > afterError);
}

QTEST_GUILESS_MAIN(tst_PlatformClient)
#include "tst_platformclient.moc"
