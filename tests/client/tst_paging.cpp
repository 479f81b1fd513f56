#include "api/Paging.h"

#include <QTest>

// One paging helper per list shape: where each shape's next page is.
class tst_Paging : public QObject
{
    Q_OBJECT

private slots:
    void exportJobs_data();
    void exportJobs();
    void segmentDefinitions();
    void mergePolicies_data();
    void mergePolicies();
    void audiences();
    void datasets_data();
    void datasets();
    void batchFiles_data();
    void batchFiles();

private:
    static Connection connection(const QString &base = u"https://platform.adobe.io"_qs);
};

Connection tst_Paging::connection(const QString &base)
{
    Connection c;
    c.baseUrl = QUrl(base);
    return c;
}

void tst_Paging::exportJobs_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("expected"); // empty: the last page

    const QString gateway = u"https://platform.adobe.io"_qs;
    QTest::newRow("spec, trailing slash, relative to the base path")
            << gateway << u"/export/jobs/?limit=2&offset=1538573416687_722"_qs
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=2&offset=1538573416687_722"_qs;
    QTest::newRow("no trailing slash")
            << gateway << u"/export/jobs?limit=50&offset=10"_qs
            << u"https://platform.adobe.io/data/core/ups/export/jobs?limit=50&offset=10"_qs;
    QTest::newRow("local platform with a port")
            << u"http://127.0.0.1:41234"_qs << u"/export/jobs/?limit=100&offset=1700000000000_42"_qs
            << u"http://127.0.0.1:41234/data/core/ups/export/jobs?limit=100&offset=1700000000000_42"_qs;
    QTest::newRow("full path already")
            << gateway << u"/data/core/ups/export/jobs?offset=5"_qs
            << u"https://platform.adobe.io/data/core/ups/export/jobs?offset=5"_qs;
    QTest::newRow("last page: empty") << gateway << QString() << QString();
    QTest::newRow("last page: blank") << gateway << u"  "_qs << QString();
    QTest::newRow("another host is not followed with the token")
            << gateway << u"https://evil.example/export/jobs?offset=1"_qs << QString();
}

void tst_Paging::exportJobs()
{
    QFETCH(QString, base);
    QFETCH(QString, next);
    QFETCH(QString, expected);
    ExportJobPage page;
    page.next = next;
    const QUrl url = Paging::nextExportJobs(connection(base), page);
    QCOMPARE(url.isValid(), !expected.isEmpty());
    if (url.isValid())
        QCOMPARE(url.toString(), expected);
}

void tst_Paging::segmentDefinitions()
{
    SegmentDefinitionPage page;
    page.next = u"/segment/definitions?start=2&limit=2&sort=name:asc"_qs;
    QCOMPARE(
            Paging::nextSegmentDefinitions(connection(), page).toString(),
            u"https://platform.adobe.io/data/core/ups/segment/definitions?start=2&limit=2&sort=name:asc"_qs);
    page.next.clear();
    QVERIFY(!Paging::nextSegmentDefinitions(connection(), page).isValid());
}

void tst_Paging::mergePolicies_data()
{
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Catalog @ notation")
            << u"@/mergePolicies?start=5&limit=5"_qs
            << u"https://platform.adobe.io/data/core/ups/config/mergePolicies?start=5&limit=5"_qs;
    QTest::newRow("plain relative")
            << u"/mergePolicies?start=10"_qs
            << u"https://platform.adobe.io/data/core/ups/config/mergePolicies?start=10"_qs;
    QTest::newRow("none") << QString() << QString();
}

void tst_Paging::mergePolicies()
{
    QFETCH(QString, next);
    QFETCH(QString, expected);
    MergePolicyPage page;
    page.next = next;
    const QUrl url = Paging::nextMergePolicies(connection(), page);
    QCOMPARE(url.isValid(), !expected.isEmpty());
    if (url.isValid())
        QCOMPARE(url.toString(), expected);
}

void tst_Paging::audiences()
{
    AudiencePage page;
    page.next = u"@/audiences?start=20&limit=20"_qs;
    QCOMPARE(Paging::nextAudiences(connection(), page).toString(),
             u"https://platform.adobe.io/data/core/ups/audiences?start=20&limit=20"_qs);
}

void tst_Paging::datasets_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("expected");
    const QString base = u"https://platform.adobe.io/data/foundation/catalog/dataSets"_qs;
    QTest::newRow("full page") << base + u"?start=0&limit=2&orderBy=desc:created"_qs << 2
                               << base + u"?orderBy=desc:created&start=2&limit=2"_qs;
    QTest::newRow("second full page")
            << base + u"?start=2&limit=2"_qs << 2 << base + u"?start=4&limit=2"_qs;
    QTest::newRow("short page ends") << base + u"?start=4&limit=2"_qs << 1 << QString();
    QTest::newRow("empty page ends") << base + u"?start=4&limit=2"_qs << 0 << QString();
    QTest::newRow("default page size") << base << 20 << base + u"?start=20&limit=20"_qs;
}

void tst_Paging::datasets()
{
    QFETCH(QString, current);
    QFETCH(int, entries);
    QFETCH(QString, expected);
    DatasetMap page;
    page.entryCount = entries;
    const QUrl url = Paging::nextDatasets(QUrl(current), page);
    QCOMPARE(url.isValid(), !expected.isEmpty());
    if (url.isValid())
        QCOMPARE(url.toString(), expected);
}

void tst_Paging::batchFiles_data()
{
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("expected");
    QTest::newRow("absolute, same origin")
            << u"https://platform.adobe.io/data/foundation/export/batches/b1/files?start=100&limit=100"_qs
            << u"https://platform.adobe.io/data/foundation/export/batches/b1/files?start=100&limit=100"_qs;
    QTest::newRow("relative")
            << u"/batches/b1/files?start=100&limit=100"_qs
            << u"https://platform.adobe.io/data/foundation/export/batches/b1/files?start=100&limit=100"_qs;
    QTest::newRow("plain http downgrade refused")
            << u"http://platform.adobe.io/data/foundation/export/batches/b1/files?start=1"_qs
            << QString();
    QTest::newRow("none") << QString() << QString();
}

void tst_Paging::batchFiles()
{
    QFETCH(QString, next);
    QFETCH(QString, expected);
    BatchFilePage page;
    page.next = next;
    const QUrl url = Paging::nextBatchFiles(connection(), page);
    QCOMPARE(url.isValid(), !expected.isEmpty());
    if (url.isValid())
        QCOMPARE(url.toString(), expected);
}

QTEST_GUILESS_MAIN(tst_Paging)
#include "tst_paging.moc"
