#include "api/NextLink.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_NextLink : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
};

void tst_NextLink::resolve_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("expected"); // empty: an invalid QUrl

    const QString ups = u"https://platform.adobe.io/data/core/ups"_s;
    const QString local = u"http://127.0.0.1:8731/data/core/ups"_s;

    QTest::newRow("tutorial, trailing slash")
            << ups << u"/export/jobs/?limit=2&offset=1538573416687_722"_s
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=2&offset=1538573416687_722"_s;
    QTest::newRow("relative")
            << ups << u"/export/jobs?limit=2&offset=4"_s
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=2&offset=4"_s;
    QTest::newRow("no leading slash")
            << ups << u"export/jobs?limit=2"_s
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=2"_s;
    QTest::newRow("base with trailing slash")
            << u"https://platform.adobe.io/data/core/ups/"_s << u"/export/jobs?limit=2"_s
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=2"_s;
    QTest::newRow("already under the base path")
            << ups << u"/data/core/ups/export/jobs?limit=2"_s
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=2"_s;
    QTest::newRow("catalog @/")
            << u"https://platform.adobe.io/data/core/ups/config"_s
            << u"@/mergePolicies?start=2&limit=2"_s
            << u"https://platform.adobe.io/data/core/ups/config/mergePolicies?start=2&limit=2"_s;
    QTest::newRow("segments page")
            << ups << u"/segment/definitions?start=3&limit=3&sort=name:asc"_s
            << u"https://platform.adobe.io/data/core/ups/segment/definitions?start=3&limit=3&sort=name:asc"_s;
    QTest::newRow("encoded query kept")
            << ups << u"/export/jobs?limit=2&offset=1538573416687_722&name=a%20b"_s
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=2&offset=1538573416687_722&name=a%20b"_s;
    QTest::newRow("surrounding spaces")
            << ups << u"  /export/jobs?limit=2 "_s
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=2"_s;
    QTest::newRow("root base") << u"http://127.0.0.1:8731"_s << u"/export/jobs?limit=2"_s
                               << u"http://127.0.0.1:8731/export/jobs?limit=2"_s;

    QTest::newRow("absolute, same host")
            << ups << u"https://platform.adobe.io/data/core/ups/export/jobs/?limit=1&offset=9_726"_s
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=1&offset=9_726"_s;
    QTest::newRow("absolute, same host, explicit port")
            << ups << u"https://platform.adobe.io:443/data/core/ups/export/jobs?limit=1"_s
            << u"https://platform.adobe.io:443/data/core/ups/export/jobs?limit=1"_s;
    QTest::newRow("absolute, host in capitals")
            << ups << u"https://PLATFORM.adobe.io/data/core/ups/export/jobs?limit=1"_s
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=1"_s;
    QTest::newRow("absolute, local platform")
            << local << u"http://127.0.0.1:8731/data/core/ups/export/jobs?offset=5"_s
            << u"http://127.0.0.1:8731/data/core/ups/export/jobs?offset=5"_s;
    QTest::newRow("fragment dropped")
            << ups << u"/export/jobs?limit=2#top"_s
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=2"_s;

    QTest::newRow("absolute, other host")
            << ups << u"https://evil.example/data/core/ups/export/jobs?limit=2"_s << QString();
    QTest::newRow("absolute, look-alike host")
            << ups << u"https://platform.adobe.io.evil.example/export/jobs"_s << QString();
    QTest::newRow("absolute, other scheme")
            << ups << u"http://platform.adobe.io/data/core/ups/export/jobs"_s << QString();
    QTest::newRow("absolute, other port")
            << local << u"http://127.0.0.1:9999/data/core/ups/export/jobs"_s << QString();
    QTest::newRow("network-path reference") << ups << u"//evil.example/export/jobs"_s << QString();
    QTest::newRow("credentials before the host")
            << ups << u"https://platform.adobe.io@evil.example/export/jobs"_s << QString();
    QTest::newRow("credentials, same host")
            << ups << u"https://user:pw@platform.adobe.io/data/core/ups/export/jobs"_s << QString();
    QTest::newRow("javascript") << ups << u"javascript:alert(1)"_s << QString();
    QTest::newRow("file") << ups << u"file:///etc/passwd"_s << QString();

    QTest::newRow("empty") << ups << QString() << QString();
    QTest::newRow("blank") << ups << u"   "_s << QString();
    QTest::newRow("query only") << ups << u"?limit=2&offset=4"_s << QString();
    QTest::newRow("garbage colons") << ups << u"::::"_s << QString();
    QTest::newRow("garbage spaces") << ups << u"next page please"_s << QString();
    QTest::newRow("broken IPv6") << ups << u"http://[::1"_s << QString();
    QTest::newRow("@ without slash") << ups << u"@mergePolicies?start=2"_s << QString();
    QTest::newRow("invalid base") << QString() << u"/export/jobs?limit=2"_s << QString();
    QTest::newRow("relative base") << u"/data/core/ups"_s << u"/export/jobs?limit=2"_s << QString();
}

void tst_NextLink::resolve()
{
    QFETCH(QString, base);
    QFETCH(QString, next);
    QFETCH(QString, expected);
    const QUrl url = resolveNextLink(QUrl(base), next);
    if (expected.isEmpty()) {
        QVERIFY2(!url.isValid() || url.isEmpty(), qPrintable(url.toString()));
        QVERIFY(url.isEmpty());
        return;
    }
    QVERIFY(url.isValid());
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

QTEST_GUILESS_MAIN(tst_NextLink)
#include "tst_nextlink.moc"
