#include "ClientTestSupport.h"
#include "ScriptedHttpPeer.h"
#include "api/OAuthTokenProvider.h"
#include "api/Redaction.h"
#include "api/RequestEngine.h"
#include "api/StaticTokenProvider.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>

using namespace ClientTest;
using std::chrono::milliseconds;
using Answer = ScriptedHttpPeer::Answer;

namespace {

QStringList g_captured;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_captured << message;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class tst_Redaction : public QObject
{
    Q_OBJECT

private slots:
    void redact_data();
    void redact();
    void redactUrl_data();
    void redactUrl();
    void redactHeader_data();
    void redactHeader();
    void excerpt();
    void excerptDropsScriptsAndStyles_data();
    void excerptDropsScriptsAndStyles();
    void secretsNeverLeak();
};

void tst_Redaction::redact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("json access_token") << uR"({"access_token":"abc.def","expires_in":3})"_qs
                                       << uR"({"access_token":"[redacted]","expires_in":3})"_qs;
    QTest::newRow("json client_secret with spaces") << uR"({ "client_secret" : "p8e-x\"y" })"_qs
                                                    << uR"({ "client_secret" : "[redacted]" })"_qs;
    QTest::newRow("form body")
            << u"grant_type=client_credentials&client_id=c&client_secret=p8e%2Bx&scope=a"_qs
            << u"grant_type=client_credentials&client_id=c&client_secret=[redacted]&scope=a"_qs;
    QTest::newRow("authorization header")
            << u"Authorization: Bearer abc123"_qs << u"Authorization: [redacted]"_qs;
    QTest::newRow("bearer in prose") << u"sent bearer Zm9vYmFy to the gateway"_qs
                                     << u"sent bearer [redacted] to the gateway"_qs;
    QTest::newRow("JWT anywhere")
            << u"token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.sig-nature_x was refused"_qs
            << u"token [redacted] was refused"_qs;
    QTest::newRow("password key") << u"password=hunter22 user=bob"_qs
                                  << u"password=[redacted] user=bob"_qs;
    QTest::newRow("harmless text") << u"Dataset 5b02 not found"_qs << u"Dataset 5b02 not found"_qs;
    QTest::newRow("token_type stays")
            << uR"({"token_type":"bearer"})"_qs << uR"({"token_type":"bearer"})"_qs;
}

void tst_Redaction::redact()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Redaction::redact(text), expected);
}

void tst_Redaction::redactUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user info") << QUrl(
            u"https://bob:pw@platform.adobe.io/data/core/ups/export/jobs"_qs)
                               << u"https://platform.adobe.io/data/core/ups/export/jobs"_qs;
    QTest::newRow("secret query")
            << QUrl(u"https://ims.example/t?client_id=c&client_secret=s3&access_token=x&limit=5"_qs)
            << u"https://ims.example/t?client_id=c&client_secret=[redacted]&access_token=[redacted]&limit=5"_qs;
    QTest::newRow("paging cursor kept")
            << QUrl(u"http://127.0.0.1:8080/data/core/ups/export/jobs?limit=2&offset=1538573416687_722"_qs)
            << u"http://127.0.0.1:8080/data/core/ups/export/jobs?limit=2&offset=1538573416687_722"_qs;
}

void tst_Redaction::redactUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(Redaction::redactUrl(url), expected);
}

void tst_Redaction::redactHeader_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("authorization") << QByteArray("Authorization") << QByteArray("Bearer abc")
                                   << QByteArray("Bearer [redacted]");
    QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("s=1")
                            << QByteArray("[redacted]");
    QTest::newRow("api key is public")
            << QByteArray("x-api-key") << QByteArray("client-1") << QByteArray("client-1");
    QTest::newRow("sandbox") << QByteArray("x-sandbox-name") << QByteArray("prod")
                             << QByteArray("prod");
}

void tst_Redaction::redactHeader()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(Redaction::redactHeader(name, value), expected);
}

void tst_Redaction::excerpt()
{
    const QString secret = u"s3cr3t-abcdef"_qs;
    // The secret straddles the cut: redaction happens before cutting, so no part survives.
    const QByteArray body = QByteArray(290, 'x') + ' ' + secret.toUtf8() + " tail";
    const QString cut = Redaction::excerpt(body, {secret});
    QVERIFY(!cut.contains(u"s3cr"));
    QVERIFY(cut.size() <= 301);
    QCOMPARE(Redaction::excerpt("<p>a</p>\n\n<p>b</p><script>var t='x'</script>"), u"a b"_qs);
}

void tst_Redaction::excerptDropsScriptsAndStyles_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("gateway page") << QByteArray(
            "<html><head><style>p{color:red}</style><script>var token='x'</script>"
            "</head><body><h1>504 Gateway Time-out</h1></body></html>")
                                  << u"504 Gateway Time-out"_qs;
    QTest::newRow("closing tag in capitals, spaces before >")
            << QByteArray("a<SCRIPT type=x>b</Script  >c<style>d</STYLE>e") << u"ace"_qs;
    QTest::newRow("first closing tag ends the block")
            << QByteArray("<style>a</style>b<style>c</style>") << u"b"_qs;
    QTest::newRow("not a block: a longer tag name")
            << QByteArray("<scripts>a</scripts><styles>b") << u"a b"_qs;
    QTest::newRow("a script never closed stays, without its tag")
            << QByteArray("<script>a<style>b</style>c") << u"ac"_qs;
    QTest::newRow("a style never closed, a script closed")
            << QByteArray("<style>a<script>b</script>c") << u"ac"_qs;
    QTest::newRow("a false closing tag is passed over")
            << QByteArray("<style>a</style x>b</style>c") << u"c"_qs;
    QTest::newRow("at the very end") << QByteArray("a<style") << u"a<style"_qs;
    // Many unclosed blocks: the result is what one pass gives (before, each one scanned the
    // rest of the body again).
    QByteArray hostile;
    while (hostile.size() < 64 * 1024)
        hostile += "<style>x";
    QTest::newRow("many unclosed styles") << hostile << QStringList(8192, u"x"_qs).join(u' ');
}

void tst_Redaction::excerptDropsScriptsAndStyles()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(Redaction::excerpt(body, {}, 100000), expected);
}

// Everything the client can say (messages, logs at every level, URLs it requests) is checked
// for the client secret and every token, while the platform and the token service misbehave
// in every way that could make them echo one.
void tst_Redaction::secretsNeverLeak()
{
    const QString secret = u"p8e-TopSecret+Value/42"_qs;
    const QString encodedSecret = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    QStringList tokens;

    g_captured.clear();
    QLoggingCategory::setFilterRules(u"es.*=true"_qs);
    g_previous = qInstallMessageHandler(capture);

    QNetworkAccessManager network;
    ScriptedHttpPeer peer;
    QVERIFY(peer.listen());
    const Connection connection
            = connectionTo(peer.url(), Connection::AuthMethod::OAuthServerToServer);
    OAuthTokenProvider oauth(&network, connection, secret);
    RetryPolicy fast;
    fast.baseDelay = milliseconds(5);
    fast.maxDelay = milliseconds(10);
    fast.maxAttempts = 2;
    oauth.setRetryPolicy(fast);
    RequestEngine engine(&network);
    engine.setConnection(connection);
    engine.setTokenProvider(&oauth);
    engine.setRetryPolicy(fast);
    engine.setTimeout(milliseconds(300));

    int issued = 0;
    int scenario = 0;
    peer.setHandler([&](const ScriptedHttpPeer::Request &request) -> Answer {
        const QByteArray bearer = request.header("Authorization").mid(7);
        if (request.path() == u"/ims/token/v3") {
            switch (scenario) {
            case 0: // the token service echoes the credentials it was sent
                return Answer::json(400,
                                    R"({"error":"invalid_client","error_description":"bad secret )"
                                            + secret.toUtf8() + " in " + request.body + "\"}");
            case 1:
                return Answer::text(500, "<html><body>Form was: " + request.body + "</body></html>",
                                    "text/html");
            case 2: // a token is issued but the answer is unusable
                return Answer::json(200,
                                    R"({"access_token":"tok-Unusable-Xy91","token_type":"mac"})");
            default: {
                const QByteArray token = "tok-Issued-" + QByteArray::number(++issued) + "-Zq";
                tokens << QString::fromLatin1(token);
                return Answer::json(200,
                                    R"({"access_token":")" + token + R"(","expires_in":86399})");
            }
            }
        }
        switch (scenario) {
        case 3:
            return Answer::json(401,
                                R"({"error_code":"401013","message":"Oauth token )" + bearer
                                        + R"( is not valid"})");
        case 4:
            return Answer::text(502,
                                "<html><pre>Authorization: Bearer " + bearer
                                        + "\nx-api-key: test-client-id</pre></html>",
                                "text/html");
        case 5:
            return Answer::json(400,
                                R"({"errors":{"400":[{"code":"X","message":"token=)" + bearer
                                        + R"("}]},"title":"Bad )" + bearer + "\"}");
        case 6:
            return Answer::failure(Answer::Fault::NeverAnswer);
        default:
            return Answer::text(200, "not json " + bearer, "text/plain");
        }
    });

    QStringList texts;
    const auto run = [&](int which, const QByteArray &method) {
        scenario = which;
        oauth.invalidate(oauth.currentToken());
        std::optional<ApiResult<RawReply>> result;
        ApiRequest request;
        request.method = method;
        request.url = connection.endpoint(u"/data/core/ups/export/jobs");
        if (method == "POST")
            request.body = R"({"destination":{"datasetId":"d"}})";
        const RequestEngine::Parser<int> parse = [](const RawReply &reply) -> ApiResult<int> {
            return ApiError::invalidReply(reply.status, u"not a job"_qs, reply.body);
        };
        std::optional<ApiResult<int>> parsed;
        engine.send<int>(request, this, parse,
                         [&](ApiResult<int> r) { parsed.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(parsed.has_value(), 10000);
        QVERIFY(!parsed->isOk());
        const ApiError &error = parsed->error();
        texts << error.message() << error.summary() << error.detail() << error.title()
              << error.code() << error.bodyExcerpt() << error.requestId();
    };
    for (int which = 0; which <= 7; ++which) {
        run(which, "GET");
        run(which, "POST");
    }
    // Debug output of the values themselves goes through the same redaction.
    qDebug().noquote() << Redaction::redactUrl(
            QUrl(u"https://x.example/?access_token="_qs + tokens.value(0)));

    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(!tokens.isEmpty());
    QVERIFY(g_captured.size() > 20); // the engine really logged
    const QStringList forbidden
            = QStringList{secret, encodedSecret, u"TopSecret"_qs, u"tok-Unusable"_qs} + tokens;
    QStringList targets;
    const auto requests = peer.requests();
    for (const auto &request : requests)
        targets << QString::fromLatin1(request.target);
    for (const QString &value : forbidden) {
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.contains(value), qPrintable(u"message leaks: "_qs + text));
        for (const QString &line : std::as_const(g_captured))
            QVERIFY2(!line.contains(value), qPrintable(u"log leaks: "_qs + line));
        for (const QString &target : std::as_const(targets))
            QVERIFY2(!target.contains(value), qPrintable(u"URL leaks: "_qs + target));
    }
    // The scenarios really put the values where they could have leaked.
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [&](const auto &r) {
        return QUrlQuery(QString::fromLatin1(r.body))
                       .queryItemValue(u"client_secret"_qs, QUrl::FullyDecoded)
                == secret;
    }));
}

QTEST_GUILESS_MAIN(tst_Redaction)
#include "tst_redaction.moc"
