#include "TestData.h"
#include "api/NextLink.h"
#include "api/Pages.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Pages : public QObject
{
    Q_OBJECT

private slots:
    void tutorialJobList();
    void jobPageEnds_data();
    void jobPageEnds();
    void malformedRecordsAreSkipped();
    void plainOffset();
    void emptyPage();
    void segmentDefinitions();
    void mergePolicies();
    void audiences();
    void batchFiles();
    void fileListing();
    void failures_data();
    void failures();
    void largePage();
};

void tst_Pages::tutorialJobList()
{
    const auto page = ExportJobPage::decode(TestData::read(u"seed/list-jobs-response.json"_s));
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->records.size(), 2);
    QCOMPARE(page->skipped, 0);
    QCOMPARE(page->records[0].id, 726);
    QCOMPARE(page->records[1].id, 722);
    QCOMPARE(page->records[1].status(), JobStatus::Failed);
    QCOMPARE(page->page.sortField, u"createdTime"_s);
    QCOMPARE(page->page.sort, u"desc"_s);
    QCOMPARE(page->page.pageOffset, u"1538573416687_722"_s);
    QCOMPARE(page->page.pageSize, 2);
    QCOMPARE(page->next, u"/export/jobs/?limit=2&offset=1538573416687_722"_s);
    QVERIFY(!page->isLastPage());
    QCOMPARE(
            resolveNextLink(QUrl(u"https://platform.adobe.io/data/core/ups"_s), page->next),
            QUrl(u"https://platform.adobe.io/data/core/ups/export/jobs?limit=2&offset=1538573416687_722"_s));
}

void tst_Pages::jobPageEnds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("last");
    QTest::addColumn<QString>("next");
    QTest::newRow("empty next") << u"variants/jobs-page-last-empty-next.json"_s << true
                                << QString();
    QTest::newRow("no link") << u"variants/jobs-page-no-link.json"_s << true << QString();
    QTest::newRow("link without next") << u"variants/jobs-page-empty.json"_s << true << QString();
    QTest::newRow("trailing slash") << u"variants/jobs-page-malformed-records.json"_s << false
                                    << u"/export/jobs/?limit=7&offset=1538573416687_724"_s;
    QTest::newRow("absolute")
            << u"variants/jobs-page-absolute-next.json"_s << false
            << u"https://platform.adobe.io/data/core/ups/export/jobs/?limit=1&offset=1538615973895_726"_s;
}

void tst_Pages::jobPageEnds()
{
    QFETCH(QString, file);
    QFETCH(bool, last);
    QFETCH(QString, next);
    const auto page = ExportJobPage::decode(TestData::read(file));
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->isLastPage(), last);
    QCOMPARE(page->next, next);
    const QUrl url
            = resolveNextLink(QUrl(u"https://platform.adobe.io/data/core/ups"_s), page->next);
    QCOMPARE(url.isValid(), !last);
}

void tst_Pages::malformedRecordsAreSkipped()
{
    const auto page
            = ExportJobPage::decode(TestData::read(u"variants/jobs-page-malformed-records.json"_s));
    QVERIFY(page);
    QCOMPARE(page->skipped, 6);
    QCOMPARE(page->records.size(), 1);
    QCOMPARE(page->records[0].id, 724);
    QCOMPARE(page->records[0].status(), JobStatus::Unknown);
    QCOMPARE(page->records[0].statusText(), u"QUEUED"_s);
    QCOMPARE(page->records[0].extra.keys(), QStringList{u"mystery"_s});
}

void tst_Pages::plainOffset()
{
    const auto page
            = ExportJobPage::decode(TestData::read(u"variants/jobs-page-plain-offset.json"_s));
    QVERIFY(page);
    QCOMPARE(page->page.pageOffset, u"2"_s);
    QCOMPARE(page->next, u"/export/jobs?limit=2&offset=4"_s);
    QCOMPARE(page->records.size(), 2);
}

void tst_Pages::emptyPage()
{
    const auto page = ExportJobPage::decode(TestData::read(u"variants/jobs-page-empty.json"_s));
    QVERIFY(page);
    QVERIFY(page->records.isEmpty());
    QCOMPARE(page->skipped, 0);
    QCOMPARE(page->page.pageSize, 0);
}

void tst_Pages::segmentDefinitions()
{
    const auto page = SegmentDefinitionPage::decode(
            TestData::read(u"variants/segment-definitions-page.json"_s));
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->segments.size(), 2);
    QCOMPARE(page->skipped, 1);
    const SegmentDefinition &gold = page->segments[0];
    QCOMPARE(gold.id, u"4edc8488-2c35-4f6d-b4c6-9075c68d2df4"_s);
    QCOMPARE(gold.name, u"Loyalty gold members"_s);
    QCOMPARE(gold.schema->name, u"_xdm.context.profile"_s);
    QCOMPARE(gold.mergePolicyId, u"e5bc94de-cd14-4cdf-a2bc-88b6e8cbfac2"_s);
    QVERIFY(gold.evaluationInfo->contains("batch"_L1));
    QCOMPARE(gold.creationTime, 1559674261657);
    QCOMPARE(gold.extra.keys(), QStringList{u"expression"_s});
    QCOMPARE(page->segments[1].name, u"Churn risk"_s);
    QCOMPARE(page->page.totalCount, 3);
    QCOMPARE(page->page.totalPages, 2);
    QCOMPARE(page->page.limit, 3);
    QCOMPARE(page->next, u"/segment/definitions?start=3&limit=3&sort=name:asc"_s);
    QVERIFY(!page->isLastPage());
}

void tst_Pages::mergePolicies()
{
    const auto page
            = MergePolicyPage::decode(TestData::read(u"variants/merge-policies-page.json"_s));
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->children.size(), 2);
    QCOMPARE(page->skipped, 0);
    const MergePolicy &first = page->children[0];
    QCOMPARE(first.id, u"timestampOrdered-none-mp"_s);
    QCOMPARE(first.isDefault, true);
    QCOMPARE(first.isActiveOnEdge, false);
    QCOMPARE(first.version, 1);
    QCOMPARE(first.identityGraphType(), u"none"_s);
    QCOMPARE(first.attributeMergeType(), u"timestampOrdered"_s);
    QCOMPARE(first.updateEpoch, 1551127597);
    QCOMPARE(page->children[1].identityGraphType(), u"pdg"_s);
    QCOMPARE(page->page.totalCount, 2);
    QCOMPARE(page->next, u"@/mergePolicies?start=2&limit=2"_s);
    QCOMPARE(
            resolveNextLink(QUrl(u"https://platform.adobe.io/data/core/ups/config"_s), page->next),
            QUrl(u"https://platform.adobe.io/data/core/ups/config/mergePolicies?start=2&limit=2"_s));
}

void tst_Pages::audiences()
{
    const auto page = AudiencePage::decode(TestData::read(u"variants/audiences-page.json"_s));
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->children.size(), 2);
    QCOMPARE(page->skipped, 1);
    QCOMPARE(page->children[0].audienceNamespace, u"AEPSegments"_s);
    QCOMPARE(page->children[1].audienceId, u"1234"_s);
    QCOMPARE(page->children[1].extra.keys(), QStringList{u"lifetime"_s});
    QVERIFY(page->isLastPage());
}

void tst_Pages::batchFiles()
{
    const auto page = BatchFilePage::decode(TestData::read(u"variants/batch-files-page.json"_s));
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->files.size(), 2);
    QCOMPARE(page->skipped, 1); // no dataSetFileId
    const BatchFile &first = page->files[0];
    QCOMPARE(first.dataSetFileId, u"8dcedb36-1cb2-4496-9a38-7b2041114b56-1"_s);
    QCOMPARE(first.created, 1521053793635); // sent as a string of digits
    QCOMPARE(first.isValid, false);
    QVERIFY(!first.records);
    QCOMPARE(
            first.selfHref(),
            u"https://platform.adobe.io/data/foundation/export/files/8dcedb36-1cb2-4496-9a38-7b2041114b56-1"_s);
    QVERIFY(first.toJson().value("created"_L1).isString());
    const BatchFile &second = page->files[1];
    QCOMPARE(second.records, 60000);
    QCOMPARE(second.size, 2621440);
    QVERIFY(second.toJson().value("created"_L1).isDouble());
    QCOMPARE(page->page.limit, 2);
    QCOMPARE(page->page.count, 3);
    QVERIFY(!page->isLastPage());
    QVERIFY(resolveNextLink(QUrl(u"https://platform.adobe.io/data/foundation/export"_s), page->next)
                    .isValid());
}

void tst_Pages::fileListing()
{
    const auto listing = FileListing::decode(TestData::read(u"variants/file-listing.json"_s));
    QVERIFY2(listing, qPrintable(listing.error()));
    QCOMPARE(listing->files.size(), 2);
    QCOMPARE(listing->files[0].length, 1510);
    QVERIFY(listing->files[0].toJson().value("length"_L1).isString());
    QCOMPARE(listing->files[1].length, 2048);
    QVERIFY(listing->files[0].selfHref().endsWith(u"?path="_s + *listing->files[0].name));
    QVERIFY(listing->isLastPage());
}

void tst_Pages::failures_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");

    const QStringList shapes = {u"jobs"_s,      u"segments"_s,   u"mergePolicies"_s,
                                u"audiences"_s, u"batchFiles"_s, u"files"_s};
    for (const QString &shape : shapes) {
        const QByteArray name = shape.toUtf8();
        QTest::addRow("%s empty body", name.constData()) << shape << QByteArray() << u"not JSON"_s;
        QTest::addRow("%s HTML", name.constData())
                << shape << QByteArray("<html><body>502</body></html>") << u"not JSON"_s;
        QTest::addRow("%s array", name.constData())
                << shape << QByteArray("[]") << u"not a JSON object"_s;
        QTest::addRow("%s error body", name.constData())
                << shape
                << QByteArray(R"({"error_code":"401013","message":"Oauth token is not valid"})")
                << u"no \""_s;
    }
    QTest::newRow("jobs records object")
            << u"jobs"_s << QByteArray(R"({"records":{}})") << u"\"records\" is not a list"_s;
    QTest::newRow("segments string") << u"segments"_s << QByteArray(R"({"segments":"all"})")
                                     << u"\"segments\" is not a list"_s;
    QTest::newRow("children null") << u"mergePolicies"_s << QByteArray(R"({"children":null})")
                                   << u"\"children\" is not a list"_s;
    QTest::newRow("data number") << u"batchFiles"_s << QByteArray(R"({"data":3})")
                                 << u"\"data\" is not a list"_s;
}

void tst_Pages::failures()
{
    QFETCH(QString, shape);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QString error;
    if (shape == "jobs"_L1)
        error = ExportJobPage::decode(body).error();
    else if (shape == "segments"_L1)
        error = SegmentDefinitionPage::decode(body).error();
    else if (shape == "mergePolicies"_L1)
        error = MergePolicyPage::decode(body).error();
    else if (shape == "audiences"_L1)
        error = AudiencePage::decode(body).error();
    else if (shape == "batchFiles"_L1)
        error = BatchFilePage::decode(body).error();
    else
        error = FileListing::decode(body).error();
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void tst_Pages::largePage()
{
    // Many records decode one by one; a broken one in the middle costs only itself.
    QJsonArray records;
    for (int i = 0; i < 1000; ++i) {
        if (i == 500) {
            records.append(u"garbage"_s);
            continue;
        }
        records.append(QJsonObject{{"id"_L1, 100000 - i},
                                   {"status"_L1, u"SUCCEEDED"_s},
                                   {"creationTime"_L1, qint64(1538615973895) - i}});
    }
    const QByteArray body = QJsonDocument(QJsonObject{{"records"_L1, records}}).toJson();
    const auto page = ExportJobPage::decode(body);
    QVERIFY(page);
    QCOMPARE(page->records.size(), 999);
    QCOMPARE(page->skipped, 1);
    QCOMPARE(page->records[500].id, 100000 - 501);
}

QTEST_GUILESS_MAIN(tst_Pages)
#include "tst_pages.moc"
