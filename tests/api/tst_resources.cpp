#include "TestData.h"
#include "api/Audience.h"
#include "api/Batch.h"
#include "api/BatchFile.h"
#include "api/CancelJobReply.h"
#include "api/FileEntry.h"
#include "api/MergePolicy.h"
#include "api/SegmentDefinition.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The smaller resources: Catalog batches, Data Access files, the job form's choices and the
// answer to a cancel.
class tst_Resources : public QObject
{
    Q_OBJECT

private slots:
    void catalogBatch();
    void batchFailures_data();
    void batchFailures();
    void batchFileNeedsAnId();
    void fileEntryNeedsAName();
    void choicesNeedAnId_data();
    void choicesNeedAnId();
    void cancelReply_data();
    void cancelReply();
};

void tst_Resources::catalogBatch()
{
    const auto batch = Batch::decode(TestData::read(u"variants/batch-get.json"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(batch->id, u"da5cfb4de32c4b93a09f7e37fa53ad52"_s);
    QCOMPARE(batch->status, u"success"_s);
    QCOMPARE(batch->recordCount, 120453);
    QCOMPARE(batch->failedRecordCount, 0);
    QCOMPARE(batch->started, 1547054660500);
    QCOMPARE(batch->completed, 1547054698918);
    QVERIFY(batch->errors->isEmpty());
    QCOMPARE(batch->datasetId(), u"5cf6bcf79ecc7c14530fe436"_s);
    QCOMPARE(batch->metrics->value("inputFileCount"_L1).toInt(), 4);
    QCOMPARE(batch->extra.keys(), (QStringList{u"imsOrg"_s, u"version"_s}));
}

void tst_Resources::batchFailures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty map") << QByteArray("{}");
    QTest::newRow("entry not an object") << QByteArray(R"({"da5c":"success"})");
    QTest::newRow("array") << QByteArray(R"([{"status":"success"}])");
    QTest::newRow("not JSON") << QByteArray("Service Unavailable");
}

void tst_Resources::batchFailures()
{
    QFETCH(QByteArray, body);
    const auto batch = Batch::decode(body);
    QVERIFY(!batch);
    QVERIFY(!batch.error().isEmpty());
}

void tst_Resources::batchFileNeedsAnId()
{
    QVERIFY(!BatchFile::fromJson(QJsonObject{{"dataSetViewId"_L1, u"5a9f"_s}}));
    QVERIFY(!BatchFile::fromJson(QJsonObject{{"dataSetFileId"_L1, 7}}));
    const auto file = BatchFile::fromJson(
            QJsonObject{{"dataSetFileId"_L1, u"f-1"_s}, {"size"_L1, u"12x"_s}});
    QVERIFY(file);
    QVERIFY(!file->size); // not digits: kept verbatim
    QCOMPARE(file->extra.value("size"_L1), QJsonValue(u"12x"_s));
    QVERIFY(file->selfHref().isEmpty());
    const QJsonObject padded{{"dataSetFileId"_L1, u"f-2"_s}, {"records"_L1, u"0042"_s}};
    const auto paddedFile = BatchFile::fromJson(padded);
    QCOMPARE(paddedFile->records, 42);
    QCOMPARE(paddedFile->toJson(), padded);
}

void tst_Resources::fileEntryNeedsAName()
{
    QVERIFY(!FileEntry::fromJson(QJsonObject{{"length"_L1, 12}}));
    const auto entry = FileEntry::fromJson(QJsonObject{{"name"_L1, u"part-0.parquet"_s}});
    QVERIFY(entry);
    QVERIFY(!entry->length);
}

void tst_Resources::choicesNeedAnId_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("segment");
    QTest::addColumn<bool>("policy");
    QTest::addColumn<bool>("audience");
    QTest::newRow("id") << QByteArray(R"({"id":"a"})") << true << true << true;
    QTest::newRow("no id") << QByteArray(R"({"name":"a"})") << false << false << false;
    QTest::newRow("number id") << QByteArray(R"({"id":5})") << false << false << false;
    QTest::newRow("audienceId only")
            << QByteArray(R"({"audienceId":"5"})") << false << false << true;
}

void tst_Resources::choicesNeedAnId()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, segment);
    QFETCH(bool, policy);
    QFETCH(bool, audience);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(SegmentDefinition::fromJson(object).has_value(), segment);
    QCOMPARE(MergePolicy::fromJson(object).has_value(), policy);
    QCOMPARE(Audience::fromJson(object).has_value(), audience);
    if (const auto decoded = Audience::fromJson(object))
        QCOMPARE(decoded->toJson(), object);
}

void tst_Resources::cancelReply_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasStatus");
    QTest::newRow("200 with body")
            << TestData::read(u"variants/delete-job-response.json"_s) << true << true;
    QTest::newRow("204 empty") << QByteArray() << true << false;
    QTest::newRow("blank") << QByteArray(" \r\n") << true << false;
    QTest::newRow("empty object") << QByteArray("{}") << true << false;
    QTest::newRow("not JSON") << QByteArray("OK") << false << false;
    QTest::newRow("array") << QByteArray("[true]") << false << false;
}

void tst_Resources::cancelReply()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, hasStatus);
    const auto reply = CancelJobReply::decode(body);
    QCOMPARE(reply.isOk(), ok);
    if (!ok) {
        QVERIFY(!reply.error().isEmpty());
        return;
    }
    QCOMPARE(reply->status.has_value(), hasStatus);
    if (hasStatus) {
        QCOMPARE(reply->status, true);
        QCOMPARE(reply->message, u"Export job has been marked for cancelling"_s);
    }
}

QTEST_GUILESS_MAIN(tst_Resources)
#include "tst_resources.moc"
