#include "api/Connection.h"

#include <QTest>

class tst_Connection : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void loopbackHosts_data();
    void loopbackHosts();
    void endpoint_data();
    void endpoint();
    void requestUrlsMayHaveAQuery();
    void jsonRoundTrip();
};

namespace {

Connection platformConnection()
{
    Connection c;
    c.name = u"Production"_qs;
    c.kind = Connection::Kind::Platform;
    c.baseUrl = QUrl(u"https://platform.adobe.io"_qs);
    c.imsUrl = QUrl(u"https://ims-na1.adobelogin.com"_qs);
    c.orgId = u"5D8E1A2B3C4D5E6F7A8B9C0D@AdobeOrg"_qs;
    c.sandbox = u"prod"_qs;
    c.clientId = u"acme-export-studio"_qs;
    c.authMethod = Connection::AuthMethod::OAuthServerToServer;
    c.scopes = {u"openid"_qs, u"AdobeID"_qs, u"read_organizations"_qs};
    return c;
}

} // namespace

void tst_Connection::validate_data()
{
    QTest::addColumn<Connection>("connection");
    // Empty: valid. Otherwise a fragment the single expected problem must contain.
    QTest::addColumn<QString>("problem");

    const Connection good = platformConnection();
    QTest::newRow("platform, OAuth") << good << QString();

    Connection c = good;
    c.authMethod = Connection::AuthMethod::StaticToken;
    c.imsUrl = QUrl();
    c.scopes.clear();
    QTest::newRow("pasted token needs no IMS URL nor scopes") << c << QString();

    c = good;
    c.kind = Connection::Kind::LocalPlatform;
    c.baseUrl = QUrl(u"http://127.0.0.1:8080"_qs);
    c.imsUrl = QUrl(u"http://127.0.0.1:8080"_qs);
    QTest::newRow("local platform on IPv4 loopback, plain http") << c << QString();
    c.baseUrl = QUrl(u"http://[::1]:8080"_qs);
    QTest::newRow("IPv6 loopback, plain http") << c << QString();
    c.baseUrl = QUrl(u"http://localhost:8080/"_qs);
    QTest::newRow("localhost, plain http") << c << QString();
    c.baseUrl = QUrl(u"http://127.0.0.2:8080/"_qs);
    QTest::newRow("whole 127/8 is loopback") << c << QString();

    c = good;
    c.baseUrl = QUrl(u"http://platform.adobe.io"_qs);
    QTest::newRow("plain http to a remote host") << c << u"plain http://"_qs;
    c.baseUrl = QUrl(u"http://10.0.0.5:8080"_qs);
    QTest::newRow("plain http to a LAN address") << c << u"plain http://"_qs;
    c.baseUrl = QUrl(u"http://localhost.evil.example"_qs);
    QTest::newRow("plain http to a host named like localhost") << c << u"plain http://"_qs;
    c = good;
    c.imsUrl = QUrl(u"http://ims-na1.adobelogin.com"_qs);
    QTest::newRow("plain http IMS URL") << c << u"IMS URL uses plain http://"_qs;

    c = good;
    c.kind = Connection::Kind::LocalPlatform;
    QTest::newRow("local platform on a remote host") << c << u"127.0.0.1"_qs;

    c = good;
    c.baseUrl = QUrl(u"ftp://platform.adobe.io"_qs);
    QTest::newRow("other scheme") << c << u"https://"_qs;
    c.baseUrl = QUrl();
    QTest::newRow("no base URL") << c << u"Base URL is missing"_qs;
    c.baseUrl = QUrl(u"https://"_qs);
    QTest::newRow("no host") << c << u"not a valid URL"_qs;
    c.baseUrl = QUrl(u"https://user:secret@platform.adobe.io"_qs);
    QTest::newRow("credentials in URL") << c << u"user name or password"_qs;
    c.baseUrl = QUrl(u"https://platform.adobe.io/?x=1"_qs);
    QTest::newRow("query in base URL") << c << u"query"_qs;

    c = good;
    c.name = u"  "_qs;
    QTest::newRow("blank name") << c << u"name"_qs;
    c = good;
    c.orgId.clear();
    QTest::newRow("no org") << c << u"organization ID is missing"_qs;
    c.orgId = u"ORG@AdobeOrg\r\nx-evil: 1"_qs;
    QTest::newRow("header injection in org") << c << u"control characters"_qs;
    c = good;
    c.sandbox.clear();
    QTest::newRow("no sandbox") << c << u"sandbox name is missing"_qs;
    c.sandbox = u"Prod"_qs;
    QTest::newRow("uppercase sandbox") << c << u"lowercase"_qs;
    c.sandbox = u"dev 2"_qs;
    QTest::newRow("sandbox with a space") << c << u"lowercase"_qs;
    c = good;
    c.clientId.clear();
    QTest::newRow("no client id") << c << u"client ID is missing"_qs;
    c.clientId = u"abc\ndef"_qs;
    QTest::newRow("newline in client id") << c << u"control characters"_qs;
    c = good;
    c.scopes.clear();
    QTest::newRow("OAuth without scopes") << c << u"scope"_qs;
    c.scopes = {u"openid,AdobeID"_qs};
    QTest::newRow("comma inside one scope") << c << u"scope"_qs;
    c = good;
    c.imsUrl = QUrl();
    QTest::newRow("OAuth without IMS URL") << c << u"IMS URL is missing"_qs;
}

void tst_Connection::validate()
{
    QFETCH(Connection, connection);
    QFETCH(QString, problem);

    const QStringList problems = connection.validate();
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | ")));
        QVERIFY(connection.isValid());
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem, Qt::CaseInsensitive),
                 qPrintable(problems.first()));
        QVERIFY(!connection.isValid());
    }
}

void tst_Connection::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_qs << true;
    QTest::newRow("127.1.2.3") << u"127.1.2.3"_qs << true;
    QTest::newRow("::1") << u"::1"_qs << true;
    QTest::newRow("localhost") << u"localhost"_qs << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_qs << true;
    QTest::newRow("0.0.0.0") << u"0.0.0.0"_qs << false;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_qs << false;
    QTest::newRow("localhost.example") << u"localhost.example"_qs << false;
    QTest::newRow("platform.adobe.io") << u"platform.adobe.io"_qs << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_Connection::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Connection::isLoopbackHost(host), loopback);
}

void tst_Connection::endpoint_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"https://platform.adobe.io"_qs << u"/data/core/ups/export/jobs"_qs
                           << u"https://platform.adobe.io/data/core/ups/export/jobs"_qs;
    QTest::newRow("trailing slash")
            << u"https://platform.adobe.io/"_qs << u"/data/core/ups/export/jobs"_qs
            << u"https://platform.adobe.io/data/core/ups/export/jobs"_qs;
    QTest::newRow("gateway under a prefix")
            << u"http://127.0.0.1:9000/gw/"_qs << u"data/foundation/catalog/dataSets"_qs
            << u"http://127.0.0.1:9000/gw/data/foundation/catalog/dataSets"_qs;
}

void tst_Connection::endpoint()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    Connection c;
    c.baseUrl = QUrl(base);
    QCOMPARE(c.endpoint(path).toString(), expected);
}

void tst_Connection::requestUrlsMayHaveAQuery()
{
    const QUrl page(u"https://platform.adobe.io/data/core/ups/export/jobs?limit=2&offset=1_2"_qs);
    QVERIFY(Connection::urlProblem(page, u"URL"_qs, Connection::UrlUse::Request).isEmpty());
    QVERIFY(!Connection::urlProblem(page, u"URL"_qs, Connection::UrlUse::Base).isEmpty());
    const QUrl insecure(u"http://platform.adobe.io/data/core/ups/export/jobs?limit=2"_qs);
    QVERIFY(Connection::urlProblem(insecure, u"URL"_qs, Connection::UrlUse::Request)
                    .contains(u"plain http://"));
    // An id escaped into one path segment stays escaped.
    Connection c;
    c.baseUrl = QUrl(u"https://platform.adobe.io"_qs);
    QCOMPARE(c.endpoint(u"/data/foundation/catalog/dataSets/a%2Fb").toString(QUrl::FullyEncoded),
             u"https://platform.adobe.io/data/foundation/catalog/dataSets/a%2Fb"_qs);
}

void tst_Connection::jsonRoundTrip()
{
    Connection c = platformConnection();
    QCOMPARE(Connection::fromJson(c.toJson()), c);
    c.kind = Connection::Kind::LocalPlatform;
    c.authMethod = Connection::AuthMethod::StaticToken;
    QCOMPARE(Connection::fromJson(c.toJson()), c);

    // Nothing in the settings form can hold a secret: exactly these keys, none of them one.
    QStringList keys = c.toJson().keys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({u"authMethod"_qs, u"baseUrl"_qs, u"clientId"_qs, u"imsUrl"_qs, u"kind"_qs,
                          u"name"_qs, u"orgId"_qs, u"sandbox"_qs, u"scopes"_qs}));
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
