#include "ClientTestSupport.h"
#include "ScriptedHttpPeer.h"
#include "api/OAuthTokenProvider.h"
#include "api/RequestEngine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ClientTest;
using std::chrono::milliseconds;
using Answer = ScriptedHttpPeer::Answer;

// OAuth server-to-server against a scripted token service and platform on one loopback port.
class tst_OAuthTokenProvider : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refreshMargin_data();
    void refreshMargin();
    void credentialsGoInTheFormBody();
    void concurrentCallersShareOneFetch();
    void tokenReusedWhileFresh();
    void renewedAheadOfExpiry();
    void refusedTokenRenewedAndRetriedOnce();
    void persistentRefusalSurfacesAfterOneRenewal();
    void concurrentRefusalsShareOneRenewal();
    void tokenServiceRefusal();
    void malformedTokenAnswer_data();
    void malformedTokenAnswer();
    void tokenFetchRetriedWhenTransient();
    void staleInvalidationKeepsNewerToken();
    void destroyedWaiterNotCalled();

private:
    // The token service issues tok-1, tok-2, ... each living `lifetime` seconds; the platform
    // accepts only the tokens in m_accepted (all, when empty).
    void serve(int lifetimeSeconds, int tokenDelayMs = 0, int platformDelayMs = 0);
    std::shared_ptr<Outcome<RawReply>> getJobs();
    QList<ScriptedHttpPeer::Request> platformRequests() const;

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ScriptedHttpPeer> m_peer;
    std::unique_ptr<OAuthTokenProvider> m_tokens;
    std::unique_ptr<RequestEngine> m_engine;
    int m_issued = 0;
    QSet<QByteArray> m_refused;
};

const QString kSecret = u"p8e-Secret+Value/With=Specials&More"_qs;

void tst_OAuthTokenProvider::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_peer = std::make_unique<ScriptedHttpPeer>();
    QVERIFY(m_peer->listen());
    const Connection connection
            = connectionTo(m_peer->url(), Connection::AuthMethod::OAuthServerToServer);
    m_tokens = std::make_unique<OAuthTokenProvider>(m_network.get(), connection, kSecret);
    RetryPolicy fast;
    fast.baseDelay = milliseconds(10);
    fast.maxDelay = milliseconds(50);
    m_tokens->setRetryPolicy(fast);
    m_engine = std::make_unique<RequestEngine>(m_network.get());
    m_engine->setConnection(connection);
    m_engine->setTokenProvider(m_tokens.get());
    m_engine->setRetryPolicy(fast);
    m_issued = 0;
    m_refused.clear();
}

void tst_OAuthTokenProvider::cleanup()
{
    m_engine.reset();
    m_tokens.reset();
    m_peer.reset();
    m_network.reset();
}

void tst_OAuthTokenProvider::serve(int lifetimeSeconds, int tokenDelayMs, int platformDelayMs)
{
    m_peer->setHandler([=, this](const ScriptedHttpPeer::Request &request) {
        if (request.path() == u"/ims/token/v3") {
            ++m_issued;
            return Answer::json(200,
                                R"({"access_token":"tok-)" + QByteArray::number(m_issued)
                                        + R"(","token_type":"bearer","expires_in":)"
                                        + QByteArray::number(lifetimeSeconds) + "}")
                    .withDelay(tokenDelayMs);
        }
        const QByteArray token = request.header("Authorization").mid(7);
        if (m_refused.contains(token))
            return Answer::json(401,
                                R"({"error_code":"401013","message":"Oauth token is not valid"})")
                    .withDelay(platformDelayMs);
        return Answer::json(200, R"({"records":[],"token":")" + token + "\"}")
                .withDelay(platformDelayMs);
    });
}

std::shared_ptr<Outcome<RawReply>> tst_OAuthTokenProvider::getJobs()
{
    auto outcome = std::make_shared<Outcome<RawReply>>();
    ApiRequest request;
    request.url = m_engine->connection().endpoint(u"/data/core/ups/export/jobs");
    m_engine->send(request, this, recordInto(outcome));
    return outcome;
}

QList<ScriptedHttpPeer::Request> tst_OAuthTokenProvider::platformRequests() const
{
    QList<ScriptedHttpPeer::Request> list;
    for (const auto &request : m_peer->requests()) {
        if (request.path() != u"/ims/token/v3")
            list << request;
    }
    return list;
}

void tst_OAuthTokenProvider::refreshMargin_data()
{
    QTest::addColumn<qint64>("lifetimeMs");
    QTest::addColumn<qint64>("marginMs");
    QTest::newRow("a day") << qint64(86'399'000) << qint64(300'000);
    QTest::newRow("an hour") << qint64(3'600'000) << qint64(300'000);
    QTest::newRow("ten minutes") << qint64(600'000) << qint64(120'000);
    QTest::newRow("five seconds") << qint64(5'000) << qint64(1'000);
    QTest::newRow("two seconds") << qint64(2'000) << qint64(400);
    QTest::newRow("zero") << qint64(0) << qint64(0);
}

void tst_OAuthTokenProvider::refreshMargin()
{
    QFETCH(qint64, lifetimeMs);
    QFETCH(qint64, marginMs);
    QCOMPARE(OAuthTokenProvider::refreshMargin(milliseconds(lifetimeMs)).count(), marginMs);
}

void tst_OAuthTokenProvider::credentialsGoInTheFormBody()
{
    serve(86399);
    std::optional<ApiResult<QString>> token;
    m_tokens->requestToken(this, [&](ApiResult<QString> r) { token.emplace(std::move(r)); });
    QTRY_VERIFY(token.has_value());
    QVERIFY2(token->isOk(), why(*token).constData());
    QCOMPARE(token->value(), u"tok-1"_qs);

    QCOMPARE(m_peer->requestCount(), 1);
    const auto request = m_peer->requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/ims/token/v3"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(request.header("Authorization").isEmpty());
    QUrlQuery form(QString::fromLatin1(request.body));
    QCOMPARE(form.queryItemValue(u"grant_type"_qs), u"client_credentials"_qs);
    QCOMPARE(form.queryItemValue(u"client_id"_qs), u"test-client-id"_qs);
    QCOMPARE(form.queryItemValue(u"client_secret"_qs, QUrl::FullyDecoded), kSecret);
    QCOMPARE(form.queryItemValue(u"scope"_qs, QUrl::FullyDecoded), u"openid,AdobeID"_qs);
    QVERIFY(!request.target.contains("secret"));
    QCOMPARE(m_tokens->currentToken(), u"tok-1"_qs);
}

void tst_OAuthTokenProvider::concurrentCallersShareOneFetch()
{
    serve(86399, 200);
    QList<std::shared_ptr<Outcome<RawReply>>> calls;
    for (int i = 0; i < 5; ++i)
        calls << getJobs();
    QTRY_VERIFY(std::all_of(calls.cbegin(), calls.cend(), [](const auto &c) { return c->done(); }));
    for (const auto &call : calls)
        QVERIFY2(call->result->isOk(), why(*call->result).constData());
    QCOMPARE(m_peer->requestCount(u"/ims/token/v3"_qs), 1);
    const auto platform = platformRequests();
    QCOMPARE(platform.size(), 5);
    for (const auto &request : platform)
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer tok-1"));
}

void tst_OAuthTokenProvider::tokenReusedWhileFresh()
{
    serve(86399);
    auto first = getJobs();
    QTRY_VERIFY(first->done());
    auto second = getJobs();
    QTRY_VERIFY(second->done());
    QVERIFY(second->result->isOk());
    QCOMPARE(m_peer->requestCount(u"/ims/token/v3"_qs), 1);
}

void tst_OAuthTokenProvider::renewedAheadOfExpiry()
{
    // A two-second token is renewed 0.4 s before it expires.
    serve(2);
    QSignalSpy changed(m_tokens.get(), &TokenProvider::tokenChanged);
    auto first = getJobs();
    QTRY_VERIFY(first->done());
    QVERIFY(first->result->isOk());
    QCOMPARE(m_tokens->currentToken(), u"tok-1"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(m_tokens->currentToken().isEmpty(), 5000);
    auto second = getJobs();
    QTRY_VERIFY(second->done());
    QVERIFY(second->result->isOk());
    QCOMPARE(m_peer->requestCount(u"/ims/token/v3"_qs), 2);
    QCOMPARE(platformRequests().at(1).header("Authorization"), QByteArray("Bearer tok-2"));
    QCOMPARE(changed.size(), 2);
}

void tst_OAuthTokenProvider::refusedTokenRenewedAndRetriedOnce()
{
    serve(86399);
    m_refused << "tok-1"; // revoked on the platform's side before it expired
    auto call = getJobs();
    QTRY_VERIFY(call->done());
    QVERIFY2(call->result->isOk(), why(*call->result).constData());
    QVERIFY(call->result->value().body.contains("tok-2"));
    QCOMPARE(m_peer->requestCount(u"/ims/token/v3"_qs), 2);
    const auto platform = platformRequests();
    QCOMPARE(platform.size(), 2);
    QCOMPARE(platform.at(0).header("Authorization"), QByteArray("Bearer tok-1"));
    QCOMPARE(platform.at(1).header("Authorization"), QByteArray("Bearer tok-2"));
}

void tst_OAuthTokenProvider::persistentRefusalSurfacesAfterOneRenewal()
{
    serve(86399);
    m_refused << "tok-1"
              << "tok-2"
              << "tok-3";
    auto call = getJobs();
    QTRY_VERIFY(call->done());
    QTest::qWait(100);
    QCOMPARE(call->result->error().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(call->result->error().code(), u"401013"_qs);
    QCOMPARE(m_peer->requestCount(u"/ims/token/v3"_qs), 2);
    QCOMPARE(platformRequests().size(), 2);
    QCOMPARE(call->calls, 1);
}

void tst_OAuthTokenProvider::concurrentRefusalsShareOneRenewal()
{
    serve(86399, 100, 100);
    m_refused << "tok-1";
    QList<std::shared_ptr<Outcome<RawReply>>> calls;
    for (int i = 0; i < 4; ++i)
        calls << getJobs();
    QTRY_VERIFY(std::all_of(calls.cbegin(), calls.cend(), [](const auto &c) { return c->done(); }));
    for (const auto &call : calls)
        QVERIFY2(call->result->isOk(), why(*call->result).constData());
    QCOMPARE(m_peer->requestCount(u"/ims/token/v3"_qs), 2);
    QCOMPARE(platformRequests().size(), 8);
}

void tst_OAuthTokenProvider::tokenServiceRefusal()
{
    m_peer->setHandler([](const auto &) {
        return Answer::json(
                401,
                R"({"error":"invalid_client","error_description":"invalid client_secret parameter"})");
    });
    auto call = getJobs();
    QTRY_VERIFY(call->done());
    const ApiError error = call->result->error();
    QCOMPARE(error.kind(), ApiError::Kind::Authentication);
    QCOMPARE(error.httpStatus(), 401);
    QCOMPARE(error.code(), u"invalid_client"_qs);
    QVERIFY(error.message().contains(u"No access token could be obtained"));
    QVERIFY(error.message().contains(u"invalid client_secret parameter"));
    QVERIFY(!error.message().contains(kSecret));
    // The platform was never called without a token; a refusal is not retried.
    QCOMPARE(platformRequests().size(), 0);
    QCOMPARE(m_peer->requestCount(), 1);
}

void tst_OAuthTokenProvider::malformedTokenAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("HTML") << QByteArray("<html><body>Sign in</body></html>") << u"not JSON"_qs;
    QTest::newRow("no token") << QByteArray(R"({"token_type":"bearer"})") << u"access_token"_qs;
    QTest::newRow("truncated") << QByteArray(R"({"access_token":"tok)") << u"not JSON"_qs;
    QTest::newRow("wrong type") << QByteArray(R"({"access_token":["tok"]})") << u"access_token"_qs;
}

void tst_OAuthTokenProvider::malformedTokenAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, fragment);
    m_peer->setHandler([body](const auto &) { return Answer::json(200, body); });
    auto call = getJobs();
    QTRY_VERIFY(call->done());
    QCOMPARE(call->result->error().kind(), ApiError::Kind::Authentication);
    QVERIFY2(call->result->error().message().contains(fragment),
             qPrintable(call->result->error().message()));
    QCOMPARE(platformRequests().size(), 0);
}

void tst_OAuthTokenProvider::tokenFetchRetriedWhenTransient()
{
    m_peer->enqueue(Answer::json(503, {}));
    m_peer->enqueue(Answer::failure(Answer::Fault::CloseAfterHeaders));
    serve(86399);
    auto call = getJobs();
    QTRY_VERIFY(call->done());
    QVERIFY2(call->result->isOk(), why(*call->result).constData());
    QCOMPARE(m_peer->requestCount(u"/ims/token/v3"_qs), 3);
}

void tst_OAuthTokenProvider::staleInvalidationKeepsNewerToken()
{
    serve(86399);
    std::optional<ApiResult<QString>> token;
    m_tokens->requestToken(this, [&](ApiResult<QString> r) { token.emplace(std::move(r)); });
    QTRY_VERIFY(token.has_value());
    m_tokens->invalidate(u"tok-0"_qs);
    QCOMPARE(m_tokens->currentToken(), u"tok-1"_qs);
    m_tokens->invalidate(u"tok-1"_qs);
    QVERIFY(m_tokens->currentToken().isEmpty());
}

void tst_OAuthTokenProvider::destroyedWaiterNotCalled()
{
    serve(86399, 200);
    auto context = std::make_unique<QObject>();
    bool gone = false;
    bool kept = false;
    m_tokens->requestToken(context.get(), [&](const ApiResult<QString> &) { gone = true; });
    m_tokens->requestToken(this, [&](const ApiResult<QString> &) { kept = true; });
    context.reset();
    QTRY_VERIFY(kept);
    QTest::qWait(50);
    QVERIFY(!gone);
}

QTEST_GUILESS_MAIN(tst_OAuthTokenProvider)
#include "tst_oauthtokenprovider.moc"
