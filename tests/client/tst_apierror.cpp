#include "api/ApiError.h"

#include <QTest>

using std::chrono::seconds;

class tst_ApiError : public QObject
{
    Q_OBJECT

private slots:
    void fromHttp_data();
    void fromHttp();
    void retryAfter_data();
    void retryAfter();
    void messageShowsEverythingPresent();
    void excerptOnlyWhenNothingElseExplains();
    void secretsNeverKept_data();
    void secretsNeverKept();
    void otherKinds_data();
    void otherKinds();
    void outcomeUnknownKeepsCause();
    void connectionProblems_data();
    void connectionProblems();
};

void tst_ApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("requestIdHeader");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<bool>("hasExcerpt");

    // The five shapes of the API reference, section 7.
    QTest::newRow("1 gateway")
            << 401 << QByteArray(R"({"error_code":"401013","message":"Oauth token is not valid"})")
            << QByteArray() << u"401013"_qs << QString() << u"Oauth token is not valid"_qs
            << QString() << false;
    QTest::newRow("2 service")
            << 400
            << QByteArray(
                       R"({"requestId":"rq-123","errors":{"400":[{"code":"UPAPI-400-001","message":"limit must be positive"}]},"type":"https://ns.adobe.com/aep/errors/UPAPI-1000-400","title":"Bad Request","status":400})")
            << QByteArray() << u"UPAPI-400-001"_qs << u"Bad Request"_qs
            << u"limit must be positive"_qs << u"rq-123"_qs << false;
    QTest::newRow("3 problem details")
            << 415
            << QByteArray(
                       R"({"type":"https://ns.adobe.com/aep/errors/415","title":"Unsupported Media Type","status":415,"detail":"Content-Type must be application/json","report":{"tenantInfo":{}}})")
            << QByteArray() << QString() << u"Unsupported Media Type"_qs
            << u"Content-Type must be application/json"_qs << QString() << false;
    QTest::newRow("4 catalog")
            << 404
            << QByteArray(
                       R"({"type":"http://ns.adobe.com/aep/errors/CAT-404","status":404,"title":"NotFoundError","detail":"Dataset 5b02 not found"})")
            << QByteArray("cat-77") << QString() << u"NotFoundError"_qs
            << u"Dataset 5b02 not found"_qs << u"cat-77"_qs << false;
    QTest::newRow("5 errorMessage")
            << 500 << QByteArray(R"({"errorMessage":"Internal failure"})") << QByteArray()
            << QString() << QString() << u"Internal failure"_qs << QString() << false;
    QTest::newRow("IMS")
            << 400
            << QByteArray(
                       R"({"error":"invalid_client","error_description":"invalid client_id parameter"})")
            << QByteArray() << u"invalid_client"_qs << QString()
            << u"invalid client_id parameter"_qs << QString() << false;

    // Variants and damage.
    QTest::newRow("numeric error_code")
            << 403 << QByteArray(R"({"error_code":403000,"message":"Api Key is required"})")
            << QByteArray() << u"403000"_qs << QString() << u"Api Key is required"_qs << QString()
            << false;
    QTest::newRow("errors as array, several")
            << 400
            << QByteArray(R"({"errors":[{"code":"A","message":"one"},{"code":"B","msg":"two"}]})")
            << QByteArray() << u"A, B"_qs << QString() << u"one; two"_qs << QString() << false;
    QTest::newRow("errors map with several statuses")
            << 400
            << QByteArray(
                       R"({"errors":{"400":[{"code":"A","message":"one"}],"422":{"code":"C","message":"three"}}})")
            << QByteArray() << u"A, C"_qs << QString() << u"one; three"_qs << QString() << false;
    QTest::newRow("errors as a string")
            << 400 << QByteArray(R"({"errors":"bad things"})") << QByteArray() << QString()
            << QString() << u"bad things"_qs << QString() << false;
    QTest::newRow("error object") << 400
                                  << QByteArray(R"({"error":{"code":"E1","message":"nested"}})")
                                  << QByteArray() << u"E1"_qs << QString() << u"nested"_qs
                                  << QString() << false;
    QTest::newRow("wrong types everywhere")
            << 409 << QByteArray(R"({"title":["x"],"detail":{"a":1},"errors":42,"requestId":7})")
            << QByteArray("hdr-1") << QString() << QString() << u"42"_qs << u"7"_qs << false;
    QTest::newRow("request id from header")
            << 503 << QByteArray(R"({"errorMessage":"busy"})") << QByteArray("  hdr-9 ")
            << QString() << QString() << u"busy"_qs << u"hdr-9"_qs << false;
    QTest::newRow("body request id wins")
            << 404 << QByteArray(R"({"requestId":"body-1","title":"NotFound"})")
            << QByteArray("hdr-1") << QString() << u"NotFound"_qs << QString() << u"body-1"_qs
            << false;
    QTest::newRow("report only") << 400 << QByteArray(R"({"type":"t","report":{"reason":"x"}})")
                                 << QByteArray() << QString() << QString()
                                 << uR"({"reason":"x"})"_qs << QString() << false;

    QTest::newRow("HTML error page")
            << 502
            << QByteArray("<html><head><title>502 Bad Gateway</title><style>body{}</style></head>"
                          "<body><h1>Bad Gateway</h1></body></html>")
            << QByteArray() << QString() << QString() << QString() << QString() << true;
    QTest::newRow("plain text") << 500 << QByteArray("upstream connect error") << QByteArray()
                                << QString() << QString() << QString() << QString() << true;
    QTest::newRow("truncated JSON")
            << 500 << QByteArray(R"({"errorMessage":"Internal fa)") << QByteArray() << QString()
            << QString() << QString() << QString() << true;
    QTest::newRow("JSON array") << 400 << QByteArray(R"(["a","b"])") << QByteArray() << QString()
                                << QString() << QString() << QString() << true;
    QTest::newRow("unknown object") << 418 << QByteArray(R"({"teapot":true})") << QByteArray()
                                    << QString() << QString() << QString() << QString() << true;
    QTest::newRow("empty body") << 504 << QByteArray() << QByteArray() << QString() << QString()
                                << QString() << QString() << false;
    QTest::newRow("binary garbage")
            << 500 << QByteArray("\xff\xfe\x00\x01garbage", 11) << QByteArray() << QString()
            << QString() << QString() << QString() << true;
}

void tst_ApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, requestIdHeader);
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(QString, detail);
    QFETCH(QString, requestId);
    QFETCH(bool, hasExcerpt);

    const ApiError error = ApiError::fromHttp(status, body, requestIdHeader);
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.title(), title);
    QCOMPARE(error.detail(), detail);
    QCOMPARE(error.requestId(), requestId);
    QCOMPARE(!error.bodyExcerpt().isEmpty(), hasExcerpt);

    const QString message = error.message();
    QVERIFY(message.contains(QString::number(status)));
    for (const QString &part : {code, title, detail, requestId, error.bodyExcerpt()})
        QVERIFY2(message.contains(part), qPrintable(message));
    QVERIFY(!message.contains(u"<html"));
    QVERIFY(!message.contains(u"{}"));
}

void tst_ApiError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expectedSeconds"); // -1: none
    QTest::newRow("seconds") << QByteArray("7") << 7;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("HTTP date") << QByteArray("Sat, 01 Jun 2024 12:00:30 GMT") << 30;
    QTest::newRow("date rounded up") << QByteArray("Sat, 01 Jun 2024 12:00:01 GMT") << 1;
    QTest::newRow("date in the past") << QByteArray("Sat, 01 Jun 2024 11:00:00 GMT") << 0;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("absent") << QByteArray() << -1;
}

void tst_ApiError::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expectedSeconds);
    const QDateTime now(QDate(2024, 6, 1), QTime(12, 0, 0, 500), Qt::UTC);
    const ApiError error
            = ApiError::fromHttp(429, R"({"errorMessage":"slow down"})", {}, header, {}, now);
    if (expectedSeconds < 0) {
        QVERIFY(!error.retryAfter());
    } else {
        QVERIFY(error.retryAfter());
        // `now` is half a second past a whole second: a date rounds up to whole seconds.
        QCOMPARE(error.retryAfter()->count(), expectedSeconds);
        QVERIFY(error.message().contains(QString::number(expectedSeconds)));
    }
}

void tst_ApiError::messageShowsEverythingPresent()
{
    ApiError error = ApiError::fromHttp(
            429,
            R"({"requestId":"rq-1","type":"t","title":"Too Many Requests","errors":{"429":[{"code":"UPAPI-429","message":"Quota exceeded"}]}})",
            {}, "12");
    const QString message = error.message();
    QVERIFY(message.contains(u"429"));
    QVERIFY(message.contains(u"Too Many Requests: Quota exceeded"));
    QVERIFY(message.contains(u"UPAPI-429"));
    QVERIFY(message.contains(u"rq-1"));
    QVERIFY(message.contains(u"12 second"));
    QVERIFY(!error.summary().contains(u'\n'));
    QVERIFY(message.startsWith(error.summary()));
}

void tst_ApiError::excerptOnlyWhenNothingElseExplains()
{
    const ApiError html = ApiError::fromHttp(
            503, "<html><body><h1>Service   Unavailable</h1><p>Back soon</p></body></html>");
    QCOMPARE(html.bodyExcerpt(), u"Service Unavailable Back soon"_qs);
    QVERIFY(html.message().contains(u"Service Unavailable Back soon"));

    const QByteArray longBody(5000, 'x');
    const ApiError longText = ApiError::fromHttp(500, longBody);
    QVERIFY(longText.bodyExcerpt().size() <= 301);

    const ApiError understood = ApiError::fromHttp(404, R"({"title":"NotFoundError","x":1})");
    QVERIFY(understood.bodyExcerpt().isEmpty());
}

void tst_ApiError::secretsNeverKept_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhYmMifQ.c2lnbmF0dXJl";
    QTest::newRow("token echoed in detail") << QByteArray(
            R"({"error_code":"401013","message":"token )" + token + R"( is not valid"})");
    QTest::newRow("secret echoed in description") << QByteArray(
            R"({"error":"invalid_client","error_description":"client_secret=s3cr3t-Value-42 rejected"})");
    QTest::newRow("authorization header echoed in an HTML page")
            << QByteArray("<html><body>Authorization: Bearer " + token + "</body></html>");
    QTest::newRow("known secret in plain text") << QByteArray("bad key s3cr3t-Value-42 here");
    QTest::newRow("percent-encoded secret") << QByteArray("form: a=b&x=s3cr3t%2BValue%2F42");
}

void tst_ApiError::secretsNeverKept()
{
    QFETCH(QByteArray, body);
    const QStringList secrets{u"s3cr3t-Value-42"_qs, u"s3cr3t+Value/42"_qs};
    for (int status : {400, 401, 500}) {
        const ApiError error = ApiError::fromHttp(status, body, {}, {}, secrets);
        const QString message = error.message();
        QVERIFY2(!message.contains(u"s3cr3t"), qPrintable(message));
        QVERIFY2(!message.contains(u"eyJhbGci"), qPrintable(message));
        QVERIFY2(!message.contains(u"c2lnbmF0dXJl"), qPrintable(message));
    }
    const ApiError invalid = ApiError::invalidReply(200, u"not JSON"_qs, body, secrets);
    QVERIFY(!invalid.message().contains(u"s3cr3t"));
    QVERIFY(!invalid.message().contains(u"eyJhbGci"));
}

void tst_ApiError::otherKinds_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("key");

    QTest::newRow("network") << ApiError(ApiError::Kind::Network, u"Connection refused"_qs)
                             << u"could not be reached"_qs << u"network"_qs;
    QTest::newRow("timeout") << ApiError(ApiError::Kind::Timeout) << u"in time"_qs << u"timeout"_qs;
    QTest::newRow("tls") << ApiError(ApiError::Kind::Tls, u"certificate is self-signed"_qs)
                         << u"certificate"_qs << u"tls"_qs;
    QTest::newRow("cancelled") << ApiError::cancelled() << u"cancelled"_qs << u"cancelled"_qs;
    QTest::newRow("insecure") << ApiError::insecureUrl(
            QUrl(u"http://user:pw@platform.example/x?client_secret=zzz"_qs))
                              << u"https://"_qs << u"insecure-url"_qs;
    QTest::newRow("invalid reply") << ApiError::invalidReply(200, u"expected an object"_qs, "[1]")
                                   << u"expected an object"_qs << u"invalid-reply"_qs;
    QTest::newRow("invalid request")
            << ApiError::invalidRequest({u"destination.datasetId is required"_qs})
            << u"destination.datasetId is required"_qs << u"invalid-request"_qs;
    QTest::newRow("unauthorized") << ApiError(ApiError::Kind::Unauthorized)
                                  << u"invalid or has expired"_qs << u"unauthorized"_qs;
    QTest::newRow("authentication")
            << ApiError(ApiError::Kind::Authentication, u"invalid_client"_qs)
            << u"No access token"_qs << u"authentication"_qs;
}

void tst_ApiError::otherKinds()
{
    QFETCH(ApiError, error);
    QFETCH(QString, fragment);
    QFETCH(QString, key);
    QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
    QCOMPARE(ApiError::kindKey(error.kind()), key);
    QVERIFY(!error.message().contains(u"zzz"));
    QVERIFY(!error.message().contains(u":pw@"));
}

void tst_ApiError::outcomeUnknownKeepsCause()
{
    const ApiError cause = ApiError::fromHttp(503, R"({"errorMessage":"overloaded"})", "rq-5");
    const ApiError unknown = ApiError::outcomeUnknown(cause);
    QCOMPARE(unknown.kind(), ApiError::Kind::OutcomeUnknown);
    QCOMPARE(unknown.causeKind(), ApiError::Kind::Http);
    QCOMPARE(unknown.httpStatus(), 503);
    QCOMPARE(unknown.requestId(), u"rq-5"_qs);
    const QString message = unknown.message();
    QVERIFY(message.contains(u"unknown whether"));
    QVERIFY(message.contains(u"503"));
    QVERIFY(message.contains(u"overloaded"));

    const ApiError timeout = ApiError::outcomeUnknown(ApiError(ApiError::Kind::Timeout));
    QVERIFY(timeout.message().contains(u"in time"));
}

void tst_ApiError::connectionProblems_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("problem");
    QTest::newRow("404") << ApiError::fromHttp(404, {}) << false;
    QTest::newRow("400") << ApiError::fromHttp(400, {}) << false;
    QTest::newRow("409") << ApiError::fromHttp(409, {}) << false;
    QTest::newRow("403") << ApiError::fromHttp(403, {}) << true;
    QTest::newRow("429") << ApiError::fromHttp(429, {}) << true;
    QTest::newRow("500") << ApiError::fromHttp(500, {}) << true;
    QTest::newRow("503") << ApiError::fromHttp(503, {}) << true;
    QTest::newRow("network") << ApiError(ApiError::Kind::Network) << true;
    QTest::newRow("unauthorized") << ApiError(ApiError::Kind::Unauthorized) << true;
    QTest::newRow("cancelled") << ApiError::cancelled() << false;
    QTest::newRow("invalid reply") << ApiError(ApiError::Kind::InvalidReply) << false;
}

void tst_ApiError::connectionProblems()
{
    QFETCH(ApiError, error);
    QFETCH(bool, problem);
    QCOMPARE(error.isConnectionProblem(), problem);
}

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
