#include "ExportSteps.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace ExportSteps;

// GET /export/jobs: newest first, cursor and integer offsets, link.next relative to the
// base path and absent on the last page, status filters, limits.
class TestEmulatorPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesThroughAllJobs();
    void integerOffset();
    void noParametersReturnsEverything();
    void statusFilter();
    void badParameters_data();
    void badParameters();

private:
    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformHttp> m_http;
    QList<qint64> m_created;
};

void TestEmulatorPaging::initTestCase()
{
    EmulatorFixture::Options options;
    options.profiles = 20;
    m_platform = std::make_unique<EmulatorFixture>(options);
    QVERIFY(m_platform->start());
    m_http = std::make_unique<PlatformHttp>(m_platform->http());
    const QString dataset = createDataset(*m_http);
    for (int i = 0; i < 250; ++i) {
        const HttpResult r = m_http->gateway("POST", QStringLiteral("/data/core/ups/export/jobs"),
                                             jobBody(dataset));
        QCOMPARE(r.status, 200);
        m_created << r.json().object().value(u"id").toInteger();
    }
    // Let every export end so that statuses stop moving.
    for (qint64 id : std::as_const(m_created))
        QVERIFY(isTerminal(waitForJob(*m_http, id).value(u"status").toString()));
}

void TestEmulatorPaging::cleanupTestCase()
{
    m_http.reset();
    m_platform.reset();
}

void TestEmulatorPaging::pagesThroughAllJobs()
{
    QList<qint64> seen;
    QList<QPair<qint64, qint64>> keys;
    QString next = QStringLiteral("/export/jobs?limit=100");
    int pages = 0;
    while (!next.isEmpty()) {
        // link.next is relative to the base path: rebuild it on /data/core/ups.
        const HttpResult r = m_http->gateway("GET", QStringLiteral("/data/core/ups") + next);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json().object();
        const QJsonArray records = o.value(u"records").toArray();
        const QJsonObject page = o.value(u"page").toObject();
        QCOMPARE(page.value(u"sortField").toString(), QStringLiteral("createdTime"));
        QCOMPARE(page.value(u"sort").toString(), QStringLiteral("desc"));
        QCOMPARE(page.value(u"pageSize").toInt(), int(records.size()));
        const QJsonObject last = records.last().toObject();
        QCOMPARE(page.value(u"pageOffset").toString(),
                 QStringLiteral("%1_%2")
                         .arg(last.value(u"creationTime").toInteger())
                         .arg(last.value(u"id").toInteger()));
        for (const QJsonValue &v : records) {
            seen << v.toObject().value(u"id").toInteger();
            keys << qMakePair(v.toObject().value(u"creationTime").toInteger(),
                              v.toObject().value(u"id").toInteger());
        }
        ++pages;
        next = o.value(u"link").toObject().value(u"next").toString();
        if (!next.isEmpty()) {
            QCOMPARE(records.size(), 100);
            QVERIFY(next.startsWith(u"/export/jobs/?limit=100&offset="));
            QVERIFY(next.endsWith(page.value(u"pageOffset").toString()));
        }
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 250);
    QCOMPARE(QSet<qint64>(seen.begin(), seen.end()),
             QSet<qint64>(m_created.begin(), m_created.end()));
    for (int i = 1; i < keys.size(); ++i)
        QVERIFY(keys[i - 1] > keys[i]); // newest first, ties broken by id
    QCOMPARE(seen.front(), m_created.back());
    QCOMPARE(seen.back(), m_created.front());
}

void TestEmulatorPaging::integerOffset()
{
    const QJsonArray second
            = m_http->gateway("GET",
                              QStringLiteral("/data/core/ups/export/jobs?limit=100&offset=100"))
                      .json()
                      .object()
                      .value(u"records")
                      .toArray();
    const QString cursor
            = m_http->gateway("GET", QStringLiteral("/data/core/ups/export/jobs?limit=100"))
                      .json()
                      .object()
                      .value(u"page")
                      .toObject()
                      .value(u"pageOffset")
                      .toString();
    const QJsonArray viaCursor
            = m_http->gateway("GET",
                              QStringLiteral("/data/core/ups/export/jobs?limit=100&offset=")
                                      + cursor)
                      .json()
                      .object()
                      .value(u"records")
                      .toArray();
    QCOMPARE(second.size(), 100);
    QCOMPARE(second, viaCursor);
    const QJsonObject beyond
            = m_http->gateway("GET",
                              QStringLiteral("/data/core/ups/export/jobs?limit=10&offset=1000"))
                      .json()
                      .object();
    QVERIFY(beyond.value(u"records").toArray().isEmpty());
    QVERIFY(!beyond.value(u"link").toObject().contains(u"next"));
}

void TestEmulatorPaging::noParametersReturnsEverything()
{
    const QJsonObject o
            = m_http->gateway("GET", QStringLiteral("/data/core/ups/export/jobs")).json().object();
    QCOMPARE(o.value(u"records").toArray().size(), 250);
    QCOMPARE(o.value(u"page").toObject().value(u"pageSize").toInt(), 250);
    QVERIFY(!o.value(u"link").toObject().contains(u"next"));
}

void TestEmulatorPaging::statusFilter()
{
    // Cancel nothing, fail nothing: all SUCCEEDED. Make a few of each other kind.
    EmulatorFixture::Options options;
    options.profiles = 20;
    options.pace = 5;
    options.exportWorkers = 1;
    EmulatorFixture paced(options);
    QVERIFY(paced.start());
    PlatformHttp http = paced.http();
    const QString dataset = createDataset(http);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), jobBody(dataset))
                        .json()
                        .object()
                        .value(u"id")
                        .toInteger();
    for (int i = 3; i < 5; ++i)
        QCOMPARE(http.gateway("DELETE", QStringLiteral("/data/core/ups/export/jobs/%1").arg(ids[i]))
                         .status,
                 200);
    const auto idsWith = [&](const QString &query) {
        QList<qint64> result;
        for (const QJsonValue &v :
             http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs?") + query)
                     .json()
                     .object()
                     .value(u"records")
                     .toArray())
            result << v.toObject().value(u"id").toInteger();
        return result;
    };
    QCOMPARE(idsWith(QStringLiteral("status=CANCELLED")), (QList<qint64>{ids[4], ids[3]}));
    QCOMPARE(idsWith(QStringLiteral("status=NEW")), (QList<qint64>{ids[2], ids[1], ids[0]}));
    QCOMPARE(idsWith(QStringLiteral("status=NEW,CANCELLED&limit=2")).size(), 2);
    const QString next
            = http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs?status=NEW&limit=2"))
                      .json()
                      .object()
                      .value(u"link")
                      .toObject()
                      .value(u"next")
                      .toString();
    QVERIFY(next.contains(u"status=NEW"));
    const QJsonArray rest = http.gateway("GET", QStringLiteral("/data/core/ups") + next)
                                    .json()
                                    .object()
                                    .value(u"records")
                                    .toArray();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest[0].toObject().value(u"id").toInteger(), ids[0]);
    QVERIFY(idsWith(QStringLiteral("status=SUCCEEDED")).isEmpty());
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/core/ups/export/jobs?status=SUCCEEDED"))
                     .json()
                     .object()
                     .value(u"records")
                     .toArray()
                     .size(),
             250);
}

void TestEmulatorPaging::badParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit");
    QTest::newRow("limit negative") << QStringLiteral("limit=-5") << QStringLiteral("limit");
    QTest::newRow("limit huge") << QStringLiteral("limit=100000") << QStringLiteral("limit");
    QTest::newRow("limit text") << QStringLiteral("limit=ten") << QStringLiteral("limit");
    QTest::newRow("offset text") << QStringLiteral("offset=abc") << QStringLiteral("offset");
    QTest::newRow("offset half cursor")
            << QStringLiteral("offset=1538573416687_") << QStringLiteral("offset");
    QTest::newRow("misspelt status")
            << QStringLiteral("status=SUCEEDED") << QStringLiteral("SUCEEDED");
    QTest::newRow("lowercase status") << QStringLiteral("status=new") << QStringLiteral("status");
}

void TestEmulatorPaging::badParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpResult r
            = m_http->gateway("GET", QStringLiteral("/data/core/ups/export/jobs?") + query);
    QCOMPARE(r.status, 400);
    const QString message = r.json().object()
                                    .value(u"errors")
                                    .toObject()
                                    .value(u"400")
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"message")
                                    .toString();
    QVERIFY2(message.contains(field), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestEmulatorPaging)
#include "tst_emulator_paging.moc"
