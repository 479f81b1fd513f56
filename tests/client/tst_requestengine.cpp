#include "ClientTestSupport.h"
#include "ScriptedHttpPeer.h"
#include "api/RequestEngine.h"
#include "api/StaticTokenProvider.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

using namespace ClientTest;
using std::chrono::milliseconds;
using Answer = ScriptedHttpPeer::Answer;
using Fault = ScriptedHttpPeer::Answer::Fault;

// The request engine against a scripted loopback HTTP server: headers, retries, POST safety,
// timeouts, cancellation, delivery rules, off-thread decoding and streamed downloads.
class tst_RequestEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsPlatformHeaders();
    void tokenCallSendsNoPlatformHeaders();
    void getRetriedAfterTransientFailure_data();
    void getRetriedAfterTransientFailure();
    void deleteRetriedLikeGet();
    void notRetriedOnDefiniteErrors_data();
    void notRetriedOnDefiniteErrors();
    void retriesBoundedInAttempts();
    void retriesBoundedInTime();
    void retryAfterSecondsWaitedOut();
    void retryAfterDateWaitedOut();
    void retryAfterBeyondBudgetSurfaced();
    void postNeverRetried_data();
    void postNeverRetried();
    void postToClosedPortIsNotAmbiguous();
    void slowAnswerTimesOut();
    void slowAnswerWithinTimeout();
    void cancelInFlight();
    void cancelDuringBackoff();
    void destroyedContextNeverCalled();
    void destroyedContextLetsCreateFinish();
    void callbackNeverSynchronous();
    void insecureUrlRefused();
    void invalidConnectionSendsNothing();
    void staticToken401IsFinal();
    void largeBodiesDecodedOffThread();
    void decodeErrorDelivered();
    void oversizedBodyRefused();
    void downloadResumesAfterDrop();
    void downloadRestartsWhenRangeIgnored();
    void downloadKeepsErrorBodyOutOfSink();
    void healthSignals();

private:
    ApiRequest get(const QString &path) const;
    ApiRequest post(const QString &path, const QByteArray &body) const;
    std::shared_ptr<Outcome<RawReply>> sendAndWait(const ApiRequest &request,
                                                   int timeoutMs = 10000);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ScriptedHttpPeer> m_peer;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<RequestEngine> m_engine;
};

void tst_RequestEngine::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_peer = std::make_unique<ScriptedHttpPeer>();
    QVERIFY(m_peer->listen());
    m_tokens = std::make_unique<StaticTokenProvider>(u"static-token-0123456789"_qs);
    m_engine = std::make_unique<RequestEngine>(m_network.get());
    m_engine->setConnection(connectionTo(m_peer->url()));
    m_engine->setTokenProvider(m_tokens.get());
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.baseDelay = milliseconds(20);
    policy.maxDelay = milliseconds(100);
    policy.totalBudget = milliseconds(8000);
    m_engine->setRetryPolicy(policy);
    m_engine->setTimeout(milliseconds(3000));
}

void tst_RequestEngine::cleanup()
{
    m_engine.reset();
    m_tokens.reset();
    m_peer.reset();
    m_network.reset();
}

ApiRequest tst_RequestEngine::get(const QString &path) const
{
    ApiRequest request;
    request.url = m_engine->connection().endpoint(path);
    return request;
}

ApiRequest tst_RequestEngine::post(const QString &path, const QByteArray &body) const
{
    ApiRequest request;
    request.method = "POST";
    request.url = m_engine->connection().endpoint(path);
    request.body = body;
    return request;
}

std::shared_ptr<Outcome<RawReply>> tst_RequestEngine::sendAndWait(const ApiRequest &request,
                                                                  int timeoutMs)
{
    auto outcome = std::make_shared<Outcome<RawReply>>();
    m_engine->send(request, this, recordInto(outcome));
    if (!QTest::qWaitFor([&] { return outcome->done(); }, timeoutMs))
        return outcome;
    // Give a wrongly repeated callback or request the chance to show itself.
    QTest::qWait(50);
    return outcome;
}

void tst_RequestEngine::sendsPlatformHeaders()
{
    m_peer->enqueue(Answer::json(200, R"({"records":[]})"));
    m_peer->enqueue(Answer::json(200, R"({"id":1})"));
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs));
    QVERIFY(got->done());
    QVERIFY(got->result->isOk());
    QCOMPARE(got->result->value().body, QByteArray(R"({"records":[]})"));
    auto created = sendAndWait(post(u"/data/core/ups/export/jobs"_qs, R"({"a":1})"));
    QVERIFY(created->result->isOk());

    QCOMPARE(m_peer->requestCount(), 2);
    const auto getRequest = m_peer->requests().at(0);
    QCOMPARE(getRequest.method, QByteArray("GET"));
    QCOMPARE(getRequest.path(), u"/data/core/ups/export/jobs"_qs);
    QCOMPARE(getRequest.header("Authorization"), QByteArray("Bearer static-token-0123456789"));
    QCOMPARE(getRequest.header("x-api-key"), QByteArray("test-client-id"));
    QCOMPARE(getRequest.header("x-gw-ims-org-id"), QByteArray("TESTORG0000000000000000@AdobeOrg"));
    QCOMPARE(getRequest.header("x-sandbox-name"), QByteArray("prod"));
    QCOMPARE(getRequest.header("Accept"), QByteArray("application/json"));
    QVERIFY(getRequest.header("Content-Type").isEmpty());

    const auto postRequest = m_peer->requests().at(1);
    QCOMPARE(postRequest.method, QByteArray("POST"));
    QCOMPARE(postRequest.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(postRequest.header("Authorization"), QByteArray("Bearer static-token-0123456789"));
    QCOMPARE(postRequest.body, QByteArray(R"({"a":1})"));
}

void tst_RequestEngine::tokenCallSendsNoPlatformHeaders()
{
    m_peer->enqueue(Answer::json(200, R"({"access_token":"x"})"));
    ApiRequest request = post(u"/ims/token/v3"_qs, "grant_type=client_credentials");
    request.platformHeaders = false;
    request.contentType = "application/x-www-form-urlencoded";
    QVERIFY(sendAndWait(request)->result->isOk());
    const auto sent = m_peer->requests().at(0);
    QVERIFY(sent.header("Authorization").isEmpty());
    QVERIFY(sent.header("x-api-key").isEmpty());
    QCOMPARE(sent.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
}

void tst_RequestEngine::getRetriedAfterTransientFailure_data()
{
    QTest::addColumn<Answer>("failure");
    QTest::newRow("429") << Answer::json(429, R"({"error_code":"429001","message":"Too many"})");
    QTest::newRow("502") << Answer::text(502, "<html>Bad Gateway</html>", "text/html");
    QTest::newRow("503") << Answer::json(503, R"({"errorMessage":"busy"})");
    QTest::newRow("504") << Answer::json(504, {});
    QTest::newRow("connection dropped before answer") << Answer::failure(Fault::CloseWithoutAnswer);
    QTest::newRow("connection dropped after headers") << Answer::failure(Fault::CloseAfterHeaders);
    QTest::newRow("body cut short") << Answer::failure(Fault::TruncateBody);
    QTest::newRow("no answer at all") << Answer::failure(Fault::NeverAnswer);
}

void tst_RequestEngine::getRetriedAfterTransientFailure()
{
    QFETCH(Answer, failure);
    m_engine->setTimeout(milliseconds(500));
    m_peer->enqueue(failure);
    m_peer->enqueue(Answer::json(200, R"({"records":[{"id":1}]})"));
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs));
    QVERIFY(got->done());
    QVERIFY2(got->result->isOk(), why(*got->result).constData());
    QCOMPARE(got->result->value().body, QByteArray(R"({"records":[{"id":1}]})"));
    // Qt's HTTP layer itself repeats a request whose connection closed before any answer;
    // for a GET that is as good as our own retry.
    QVERIFY(got->result->value().attempts <= 2);
    QCOMPARE(got->calls, 1);
    QCOMPARE(m_peer->requestCount(), 2);
}

void tst_RequestEngine::deleteRetriedLikeGet()
{
    m_peer->enqueue(Answer::json(503, {}));
    m_peer->enqueue(Answer::text(204, {}));
    ApiRequest request = get(u"/data/core/ups/export/jobs/7"_qs);
    request.method = "DELETE";
    auto got = sendAndWait(request);
    QVERIFY(got->result->isOk());
    QCOMPARE(got->result->value().status, 204);
    QCOMPARE(m_peer->requestCount(), 2);
    QCOMPARE(m_peer->requests().at(1).method, QByteArray("DELETE"));
}

void tst_RequestEngine::notRetriedOnDefiniteErrors_data()
{
    QTest::addColumn<int>("status");
    for (int status : {400, 403, 404, 409, 415, 500})
        QTest::newRow(qPrintable(QString::number(status))) << status;
}

void tst_RequestEngine::notRetriedOnDefiniteErrors()
{
    QFETCH(int, status);
    m_peer->enqueue(Answer::json(status, R"({"title":"Nope","detail":"definite"})"));
    m_peer->enqueue(Answer::json(200, "{}"));
    auto got = sendAndWait(get(u"/data/foundation/catalog/dataSets/x"_qs));
    QVERIFY(!got->result->isOk());
    QCOMPARE(got->result->error().kind(), ApiError::Kind::Http);
    QCOMPARE(got->result->error().httpStatus(), status);
    QCOMPARE(got->result->error().detail(), u"definite"_qs);
    QCOMPARE(m_peer->requestCount(), 1);
}

void tst_RequestEngine::retriesBoundedInAttempts()
{
    m_peer->setHandler(
            [](const auto &) { return Answer::json(503, R"({"errorMessage":"down"})"); });
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs));
    QVERIFY(got->done());
    QCOMPARE(got->result->error().kind(), ApiError::Kind::Http);
    QCOMPARE(got->result->error().httpStatus(), 503);
    QCOMPARE(got->result->error().detail(), u"down"_qs);
    QCOMPARE(m_peer->requestCount(), 4);
    QCOMPARE(got->calls, 1);
}

void tst_RequestEngine::retriesBoundedInTime()
{
    RetryPolicy policy;
    policy.maxAttempts = 1000;
    policy.baseDelay = milliseconds(50);
    policy.maxDelay = milliseconds(50);
    policy.totalBudget = milliseconds(600);
    m_engine->setRetryPolicy(policy);
    m_peer->setHandler([](const auto &) { return Answer::json(503, {}); });
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs));
    QVERIFY(got->done());
    QCOMPARE(got->result->error().httpStatus(), 503);
    // Each wait is below 50 ms and the budget is 600 ms: the budget, not the count, ended it.
    QVERIFY(m_peer->requestCount() > 2);
    QVERIFY(m_peer->requestCount() < 1000);
    const auto requests = m_peer->requests();
    QVERIFY(requests.last().receivedAtMs - requests.first().receivedAtMs <= 600);
}

void tst_RequestEngine::retryAfterSecondsWaitedOut()
{
    m_peer->enqueue(Answer::json(429, R"({"error_code":"429050","message":"Too many requests"})")
                            .withHeader("Retry-After", "1"));
    m_peer->enqueue(Answer::json(200, "{}"));
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs));
    QVERIFY(got->result->isOk());
    const auto requests = m_peer->requests();
    QCOMPARE(requests.size(), 2);
    // The backoff alone (at most 20 ms here) could not explain a wait this long.
    QVERIFY2(requests[1].receivedAtMs - requests[0].receivedAtMs >= 990,
             qPrintable(QString::number(requests[1].receivedAtMs - requests[0].receivedAtMs)));
}

void tst_RequestEngine::retryAfterDateWaitedOut()
{
    // An HTTP date has whole seconds: two seconds ahead is at least one second of waiting.
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(2);
    const QByteArray date
            = QLocale::c().toString(when, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_qs).toLatin1();
    m_peer->enqueue(Answer::json(503, {}).withHeader("Retry-After", date));
    m_peer->enqueue(Answer::json(200, "{}"));
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs), 15000);
    QVERIFY(got->result->isOk());
    const auto requests = m_peer->requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY2(requests[1].receivedAtMs - requests[0].receivedAtMs >= 990,
             qPrintable(QString::number(requests[1].receivedAtMs - requests[0].receivedAtMs)));
}

void tst_RequestEngine::retryAfterBeyondBudgetSurfaced()
{
    m_peer->enqueue(Answer::json(429, R"({"error_code":"429050","message":"Quota"})")
                            .withHeader("Retry-After", "3600"));
    m_peer->enqueue(Answer::json(200, "{}"));
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs));
    QVERIFY(got->done());
    const ApiError error = got->result->error();
    QCOMPARE(error.httpStatus(), 429);
    QVERIFY(error.retryAfter());
    QCOMPARE(error.retryAfter()->count(), 3600);
    QVERIFY(error.message().contains(u"3600"));
    QCOMPARE(m_peer->requestCount(), 1);
}

void tst_RequestEngine::postNeverRetried_data()
{
    QTest::addColumn<Answer>("failure");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");

    QTest::newRow("502") << Answer::json(502, {}) << ApiError::Kind::OutcomeUnknown << 502;
    QTest::newRow("503") << Answer::json(503, R"({"errorMessage":"busy"})")
                         << ApiError::Kind::OutcomeUnknown << 503;
    QTest::newRow("504") << Answer::json(504, {}) << ApiError::Kind::OutcomeUnknown << 504;
    QTest::newRow("dropped before answer")
            << Answer::failure(Fault::CloseWithoutAnswer) << ApiError::Kind::OutcomeUnknown << 0;
    QTest::newRow("dropped after headers")
            << Answer::failure(Fault::CloseAfterHeaders) << ApiError::Kind::OutcomeUnknown << 0;
    QTest::newRow("body cut short")
            << Answer::failure(Fault::TruncateBody) << ApiError::Kind::OutcomeUnknown << 0;
    QTest::newRow("no answer") << Answer::failure(Fault::NeverAnswer)
                               << ApiError::Kind::OutcomeUnknown << 0;
    // Turned away at the door: nothing was created, the error says so plainly.
    QTest::newRow("429") << Answer::json(429, {}).withHeader("Retry-After", "1")
                         << ApiError::Kind::Http << 429;
    QTest::newRow("400") << Answer::json(400, R"({"title":"Bad"})") << ApiError::Kind::Http << 400;
    QTest::newRow("500") << Answer::json(500, {}) << ApiError::Kind::Http << 500;
}

void tst_RequestEngine::postNeverRetried()
{
    QFETCH(Answer, failure);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    m_engine->setTimeout(milliseconds(500));
    m_peer->enqueue(failure);
    m_peer->setHandler([](const auto &) { return Answer::json(200, R"({"id":2})"); });
    auto got = sendAndWait(post(u"/data/core/ups/export/jobs"_qs, R"({"x":1})"));
    QVERIFY(got->done());
    QVERIFY(!got->result->isOk());
    QCOMPARE(got->result->error().kind(), kind);
    if (status > 0)
        QCOMPARE(got->result->error().httpStatus(), status);
    QTest::qWait(300);
    QCOMPARE(m_peer->requestCount(), 1);
}

void tst_RequestEngine::postToClosedPortIsNotAmbiguous()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl url = m_peer->url();
    url.setPort(port);
    m_engine->setConnection(connectionTo(url));
    ApiRequest request = post(u"/data/core/ups/export/jobs"_qs, "{}");
    auto got = sendAndWait(request);
    QVERIFY(got->done());
    QCOMPARE(got->result->error().kind(), ApiError::Kind::Network);
}

void tst_RequestEngine::slowAnswerTimesOut()
{
    RetryPolicy policy = RetryPolicy::none();
    m_engine->setRetryPolicy(policy);
    m_engine->setTimeout(milliseconds(300));
    m_peer->enqueue(Answer::json(200, "{}").withDelay(3000));
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs));
    QVERIFY(got->done());
    QCOMPARE(got->result->error().kind(), ApiError::Kind::Timeout);
    QVERIFY(got->result->error().message().contains(u"1 second"));
}

void tst_RequestEngine::slowAnswerWithinTimeout()
{
    m_peer->enqueue(Answer::json(200, R"({"slow":true})").withDelay(400));
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs));
    QVERIFY(got->result->isOk());
    QCOMPARE(m_peer->requestCount(), 1);
}

void tst_RequestEngine::cancelInFlight()
{
    m_peer->enqueue(Answer::failure(Fault::NeverAnswer));
    auto outcome = std::make_shared<Outcome<RawReply>>();
    const ApiCall call
            = m_engine->send(get(u"/data/core/ups/export/jobs"_qs), this, recordInto(outcome));
    QVERIFY(call.isRunning());
    QTRY_COMPARE(m_peer->requestCount(), 1);
    call.cancel();
    QVERIFY(!call.isRunning());
    QVERIFY(!outcome->done()); // never from inside cancel()
    QTRY_VERIFY(outcome->done());
    QCOMPARE(outcome->result->error().kind(), ApiError::Kind::Cancelled);
    // The connection was really closed, not left waiting.
    QTRY_COMPARE(m_peer->abortedWhileWaiting(), 1);
    call.cancel(); // harmless once finished
    QTest::qWait(50);
    QCOMPARE(outcome->calls, 1);
}

void tst_RequestEngine::cancelDuringBackoff()
{
    m_peer->enqueue(Answer::json(503, {}).withHeader("Retry-After", "1"));
    m_peer->setHandler([](const auto &) { return Answer::json(200, "{}"); });
    auto outcome = std::make_shared<Outcome<RawReply>>();
    const ApiCall call
            = m_engine->send(get(u"/data/core/ups/export/jobs"_qs), this, recordInto(outcome));
    QTRY_COMPARE(m_peer->requestCount(), 1);
    QTest::qWait(100);
    call.cancel();
    QTRY_VERIFY(outcome->done());
    QCOMPARE(outcome->result->error().kind(), ApiError::Kind::Cancelled);
    QTest::qWait(1300);
    QCOMPARE(m_peer->requestCount(), 1);
    QCOMPARE(outcome->calls, 1);
}

void tst_RequestEngine::destroyedContextNeverCalled()
{
    m_peer->enqueue(Answer::json(200, "{}").withDelay(200));
    auto context = std::make_unique<QObject>();
    bool called = false;
    const ApiCall call = m_engine->send(get(u"/data/core/ups/export/jobs"_qs), context.get(),
                                        [&called](const ApiResult<RawReply> &) { called = true; });
    QTRY_COMPARE(m_peer->requestCount(), 1);
    context.reset();
    QVERIFY(!call.isRunning());
    QTest::qWait(500);
    QVERIFY(!called);
    // A GET nobody waits for is stopped.
    QTRY_COMPARE(m_peer->abortedWhileWaiting(), 1);
}

void tst_RequestEngine::destroyedContextLetsCreateFinish()
{
    m_peer->enqueue(Answer::json(200, R"({"id":5})").withDelay(300));
    auto context = std::make_unique<QObject>();
    bool called = false;
    m_engine->send(post(u"/data/core/ups/export/jobs"_qs, "{}"), context.get(),
                   [&called](const ApiResult<RawReply> &) { called = true; });
    QTRY_COMPARE(m_peer->requestCount(), 1);
    context.reset();
    QTest::qWait(600);
    QVERIFY(!called);
    // The create was not torn down halfway: its answer was delivered to the connection.
    QCOMPARE(m_peer->abortedWhileWaiting(), 0);
}

void tst_RequestEngine::callbackNeverSynchronous()
{
    m_engine->setConnection(connectionTo(QUrl(u"http://platform.example.com"_qs)));
    auto outcome = std::make_shared<Outcome<RawReply>>();
    m_engine->send(get(u"/data/core/ups/export/jobs"_qs), this, recordInto(outcome));
    QVERIFY(!outcome->done());
    QTRY_VERIFY(outcome->done());
}

void tst_RequestEngine::insecureUrlRefused()
{
    Connection connection = connectionTo(m_peer->url());
    m_engine->setConnection(connection);
    ApiRequest request;
    request.url = QUrl(u"http://platform.example.com/data/core/ups/export/jobs"_qs);
    auto got = sendAndWait(request);
    QCOMPARE(got->result->error().kind(), ApiError::Kind::InsecureUrl);
    QVERIFY(got->result->error().message().contains(u"https://"));
    QCOMPARE(m_peer->requestCount(), 0);
}

void tst_RequestEngine::invalidConnectionSendsNothing()
{
    Connection connection = connectionTo(m_peer->url());
    connection.sandbox = u"Not Valid"_qs;
    m_engine->setConnection(connection);
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs));
    QCOMPARE(got->result->error().kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(got->result->error().message().contains(u"Not Valid"));
    QCOMPARE(m_peer->requestCount(), 0);
}

void tst_RequestEngine::staticToken401IsFinal()
{
    m_peer->setHandler([](const auto &) {
        return Answer::json(401, R"({"error_code":"401013","message":"Oauth token is not valid"})");
    });
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs));
    const ApiError error = got->result->error();
    QCOMPARE(error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(error.httpStatus(), 401);
    QCOMPARE(error.code(), u"401013"_qs);
    QVERIFY(error.message().contains(u"invalid or has expired"));
    QCOMPARE(m_peer->requestCount(), 1);
}

void tst_RequestEngine::largeBodiesDecodedOffThread()
{
    m_engine->setOffThreadParseThreshold(4096);
    QByteArray large = R"({"records":[)";
    for (int i = 0; i < 2000; ++i)
        large += (i ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(i) + '}';
    large += "]}";
    m_peer->enqueue(Answer::json(200, large));
    m_peer->enqueue(Answer::json(200, R"({"records":[{"id":1}]})"));

    struct Decoded
    {
        int records = 0;
        QThread *thread = nullptr;
    };
    const RequestEngine::Parser<Decoded> parse = [](const RawReply &reply) -> ApiResult<Decoded> {
        const auto records
                = QJsonDocument::fromJson(reply.body).object().value(u"records").toArray();
        return Decoded{int(records.size()), QThread::currentThread()};
    };
    for (const int expected : {2000, 1}) {
        std::optional<ApiResult<Decoded>> result;
        QThread *callbackThread = nullptr;
        m_engine->send<Decoded>(get(u"/data/core/ups/export/jobs"_qs), this, parse,
                                [&](ApiResult<Decoded> r) {
                                    callbackThread = QThread::currentThread();
                                    result.emplace(std::move(r));
                                });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->isOk());
        QCOMPARE(result->value().records, expected);
        QCOMPARE(callbackThread, QThread::currentThread());
        if (expected == 2000)
            QVERIFY(result->value().thread != QThread::currentThread());
        else
            QCOMPARE(result->value().thread, QThread::currentThread());
    }
}

void tst_RequestEngine::decodeErrorDelivered()
{
    m_peer->enqueue(Answer::json(200, R"({"records":[{"id":1},)"));
    const RequestEngine::Parser<int> parse = [](const RawReply &reply) -> ApiResult<int> {
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        if (error.error != QJsonParseError::NoError)
            return ApiError::invalidReply(reply.status, error.errorString(), reply.body);
        return 1;
    };
    std::optional<ApiResult<int>> result;
    m_engine->send<int>(get(u"/data/core/ups/export/jobs"_qs), this, parse,
                        [&](ApiResult<int> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().kind(), ApiError::Kind::InvalidReply);
    QCOMPARE(result->error().httpStatus(), 200);
}

void tst_RequestEngine::oversizedBodyRefused()
{
    m_engine->setMaxBodySize(1024);
    m_peer->enqueue(Answer::json(200, QByteArray(100 * 1024, ' ') + "{}"));
    auto got = sendAndWait(get(u"/data/core/ups/export/jobs"_qs));
    QCOMPARE(got->result->error().kind(), ApiError::Kind::InvalidReply);
    QCOMPARE(m_peer->requestCount(), 1);
}

namespace {

QByteArray sampleFile()
{
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data += char('a' + i % 26);
    return data;
}

} // namespace

void tst_RequestEngine::downloadResumesAfterDrop()
{
    const QByteArray data = sampleFile();
    Answer first = Answer::text(200, data, "application/octet-stream");
    first.fault = Fault::TruncateBody;
    first.truncateAt = 400;
    m_peer->enqueue(first);
    m_peer->setHandler([data](const ScriptedHttpPeer::Request &request) {
        const QByteArray range = request.header("Range");
        if (range != "bytes=400-")
            return Answer::json(400, R"({"errorMessage":"expected a range"})");
        return Answer::text(206, data.mid(400), "application/octet-stream")
                .withHeader("Content-Range", "bytes 400-999/1000");
    });

    QTemporaryFile file;
    QVERIFY(file.open());
    ApiRequest request = get(u"/data/foundation/export/files/f1"_qs);
    request.sink = &file;
    QList<qint64> progress;
    request.progress = [&](qint64 received, qint64 total) {
        progress << received;
        QCOMPARE(total, qint64(1000));
    };
    auto got = sendAndWait(request);
    QVERIFY2(got->result->isOk(), why(*got->result).constData());
    QCOMPARE(got->result->value().bytesWritten, qint64(1000));
    QVERIFY(got->result->value().body.isEmpty());
    QCOMPARE(m_peer->requestCount(), 2);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(progress.last(), qint64(1000));
    file.seek(0);
    QCOMPARE(file.readAll(), data);
}

void tst_RequestEngine::downloadRestartsWhenRangeIgnored()
{
    const QByteArray data = sampleFile();
    Answer first = Answer::text(200, data, "application/octet-stream");
    first.fault = Fault::TruncateBody;
    first.truncateAt = 300;
    m_peer->enqueue(first);
    m_peer->enqueue(Answer::text(200, data, "application/octet-stream"));

    QTemporaryFile file;
    QVERIFY(file.open());
    ApiRequest request = get(u"/data/foundation/export/files/f1"_qs);
    request.sink = &file;
    auto got = sendAndWait(request);
    QVERIFY(got->result->isOk());
    QCOMPARE(m_peer->requests().at(1).header("Range"), QByteArray("bytes=300-"));
    file.seek(0);
    QCOMPARE(file.readAll(), data);
    QCOMPARE(file.size(), qint64(1000));
}

void tst_RequestEngine::downloadKeepsErrorBodyOutOfSink()
{
    m_peer->enqueue(Answer::json(404, R"({"title":"NotFoundError","detail":"no such file"})"));
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    ApiRequest request = get(u"/data/foundation/export/files/f1"_qs);
    request.sink = &buffer;
    request.rangeStart = 0;
    auto got = sendAndWait(request);
    QCOMPARE(got->result->error().httpStatus(), 404);
    QCOMPARE(got->result->error().detail(), u"no such file"_qs);
    QVERIFY(buffer.data().isEmpty());
}

void tst_RequestEngine::healthSignals()
{
    QSignalSpy answered(m_engine.get(), &RequestEngine::platformAnswered);
    QSignalSpy problem(m_engine.get(), &RequestEngine::connectionProblem);
    m_peer->enqueue(Answer::json(200, "{}"));
    sendAndWait(get(u"/a"_qs));
    QCOMPARE(answered.size(), 1);
    m_peer->enqueue(Answer::json(404, "{}"));
    sendAndWait(get(u"/b"_qs));
    // A missing resource still proves the platform reachable.
    QCOMPARE(answered.size(), 2);
    QCOMPARE(problem.size(), 0);
    m_peer->setHandler([](const auto &) { return Answer::json(503, {}); });
    sendAndWait(get(u"/c"_qs));
    QCOMPARE(problem.size(), 1);
    QCOMPARE(problem.at(0).at(0).value<ApiError>().httpStatus(), 503);
    QCOMPARE(answered.size(), 2);
}

QTEST_GUILESS_MAIN(tst_RequestEngine)
#include "tst_requestengine.moc"
