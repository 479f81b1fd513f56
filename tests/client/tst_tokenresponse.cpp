#include "api/TokenResponse.h"

#include <QTest>

class tst_TokenResponse : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
};

void tst_TokenResponse::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("token");
    QTest::addColumn<qint64>("expiresIn"); // -1: not stated
    QTest::addColumn<QString>("problem"); // a fragment of the problem when not ok

    QTest::newRow("documented") << QByteArray(
            R"({"access_token":"abc.def","token_type":"bearer","expires_in":86399})")
                                << true << u"abc.def"_qs << qint64(86399) << QString();
    QTest::newRow("expires_in as string")
            << QByteArray(R"({"access_token":"t1","expires_in":"3600"})") << true << u"t1"_qs
            << qint64(3600) << QString();
    QTest::newRow("expires_in fractional")
            << QByteArray(R"({"access_token":"t1","expires_in":4.9})") << true << u"t1"_qs
            << qint64(4) << QString();
    QTest::newRow("milliseconds of the old flow")
            << QByteArray(R"({"access_token":"t1","token_type":"bearer","expires_in":86399999})")
            << true << u"t1"_qs << qint64(86399) << QString();
    QTest::newRow("short lifetime") << QByteArray(R"({"access_token":"t1","expires_in":3})") << true
                                    << u"t1"_qs << qint64(3) << QString();
    QTest::newRow("no expires_in") << QByteArray(R"({"access_token":"t1"})") << true << u"t1"_qs
                                   << qint64(-1) << QString();
    QTest::newRow("expires_in garbage")
            << QByteArray(R"({"access_token":"t1","expires_in":"soon"})") << true << u"t1"_qs
            << qint64(-1) << QString();
    QTest::newRow("expires_in beyond any integer")
            << QByteArray(R"({"access_token":"t1","expires_in":1e40})") << true << u"t1"_qs
            << qint64(-1) << QString();
    QTest::newRow("expires_in text beyond any integer")
            << QByteArray(R"({"access_token":"t1","expires_in":"86399e99"})") << true << u"t1"_qs
            << qint64(-1) << QString();
    QTest::newRow("expires_in 40 days of milliseconds")
            << QByteArray(R"({"access_token":"t1","expires_in":3456000000})") << true << u"t1"_qs
            << qint64(-1) << QString();
    QTest::newRow("negative expires_in") << QByteArray(R"({"access_token":"t1","expires_in":-5})")
                                         << true << u"t1"_qs << qint64(-1) << QString();
    QTest::newRow("Bearer capitalised")
            << QByteArray(R"({"access_token":"t1","token_type":"Bearer"})") << true << u"t1"_qs
            << qint64(-1) << QString();
    QTest::newRow("extra fields") << QByteArray(R"({"access_token":"t1","scope":"a,b","x":[1]})")
                                  << true << u"t1"_qs << qint64(-1) << QString();
    QTest::newRow("token padded") << QByteArray(R"({"access_token":"  t1 "})") << true << u"t1"_qs
                                  << qint64(-1) << QString();

    QTest::newRow("IMS error") << QByteArray(
            R"({"error":"invalid_client","error_description":"invalid client_secret parameter"})")
                               << false << QString() << qint64(-1)
                               << u"invalid client_secret parameter"_qs;
    QTest::newRow("no token") << QByteArray(R"({"token_type":"bearer","expires_in":10})") << false
                              << QString() << qint64(-1) << u"access_token"_qs;
    QTest::newRow("token not a string") << QByteArray(R"({"access_token":12345})") << false
                                        << QString() << qint64(-1) << u"access_token"_qs;
    QTest::newRow("empty token") << QByteArray(R"({"access_token":""})") << false << QString()
                                 << qint64(-1) << u"access_token"_qs;
    QTest::newRow("newline in token") << QByteArray(R"({"access_token":"ab\r\nx-evil: 1"})")
                                      << false << QString() << qint64(-1) << u"header"_qs;
    QTest::newRow("mac token") << QByteArray(R"({"access_token":"t1","token_type":"mac"})") << false
                               << QString() << qint64(-1) << u"bearer"_qs;
    QTest::newRow("truncated") << QByteArray(R"({"access_token":"t1)") << false << QString()
                               << qint64(-1) << u"not JSON"_qs;
    QTest::newRow("HTML") << QByteArray("<html>down</html>") << false << QString() << qint64(-1)
                          << u"not JSON"_qs;
    QTest::newRow("array") << QByteArray(R"(["t1"])") << false << QString() << qint64(-1)
                           << u"not a JSON object"_qs;
    QTest::newRow("empty") << QByteArray() << false << QString() << qint64(-1) << u"not JSON"_qs;
}

void tst_TokenResponse::decode()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, token);
    QFETCH(qint64, expiresIn);
    QFETCH(QString, problem);

    QString actualProblem;
    const auto response = TokenResponse::fromJson(body, &actualProblem);
    QCOMPARE(response.has_value(), ok);
    if (!ok) {
        QVERIFY2(actualProblem.contains(problem), qPrintable(actualProblem));
        return;
    }
    QVERIFY(actualProblem.isEmpty());
    QCOMPARE(response->accessToken, token);
    QCOMPARE(response->expiresIn.has_value(), expiresIn >= 0);
    if (expiresIn >= 0)
        QCOMPARE(qint64(response->expiresIn->count()), expiresIn);
}

QTEST_GUILESS_MAIN(tst_TokenResponse)
#include "tst_tokenresponse.moc"
