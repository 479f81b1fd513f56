#include "TestData.h"
#include "api/ExportJob.h"
#include "api/Pages.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using Mutation = std::function<void(ExportJob &)>;
Q_DECLARE_METATYPE(Mutation)

class tst_ExportJob : public QObject
{
    Q_OBJECT

private slots:
    void tutorialList();
    void tutorialFailedJob();
    void tutorialCreateResponse();
    void tutorialGetResponse();
    void variants_data();
    void variants();
    void rejected_data();
    void rejected();
    void wrongTypesAreAbsentAndKept();
    void unknownKeysAtEveryLevel();
    void batchesAsObject();
    void bothDatasetKeys();
    void idAsText();
    void nullValues();
    void decodeFailures_data();
    void decodeFailures();
    void changedFields_data();
    void changedFields();
    void changedFieldsMetricsAppear();
    void canonicalStatusSharesText();

private:
    static ExportJob listRecord(int index);
};

ExportJob tst_ExportJob::listRecord(int index)
{
    const QJsonArray records
            = TestData::object(u"seed/list-jobs-response.json"_s).value("records"_L1).toArray();
    return *ExportJob::fromJson(records.at(index).toObject());
}

void tst_ExportJob::tutorialList()
{
    const ExportJob job = listRecord(0);
    QCOMPARE(job.id, 726);
    QCOMPARE(job.status(), JobStatus::Succeeded);
    QCOMPARE(job.statusText(), u"SUCCEEDED"_s);
    QVERIFY(job.isTerminal());
    QCOMPARE(job.profileInstanceId, u"ups"_s);
    QCOMPARE(job.jobType, u"BATCH"_s);
    QCOMPARE(job.requestId, u"d995479c-8a08-4240-903b-af469c67be1f"_s);
    QCOMPARE(job.imsOrgId, u"{IMS_ORG}"_s);
    QCOMPARE(job.creationTime, 1538615973895);
    QCOMPARE(job.updateTime, 1538616233239);
    // Epoch milliseconds, whatever the spec's prose says about seconds.
    QCOMPARE(job.createdAt(), QDateTime(QDate(2018, 10, 4), QTime(1, 19, 33, 895), Qt::UTC));
    QCOMPARE(job.updatedAt().toMSecsSinceEpoch(), 1538616233239);
    QCOMPARE(job.segmentIds(), QStringList{u"52c26d0d-45f2-47a2-ab30-ed06abc981ff"_s});
    QCOMPARE(job.schema->name, u"_xdm.context.profile"_s);
    QCOMPARE(job.mergePolicy->id, u"timestampOrdered-none-mp"_s);
    QCOMPARE(job.mergePolicy->version, 1);
    QCOMPARE(job.computeGatewayJobId->exportJob, u"f3058161-7349-4ca9-807d-212cee2c2e94"_s);
    QCOMPARE(job.computeGatewayJobId->pushJob, u"feaeca05-d137-4605-aa4e-21d19d801fc6"_s);
    QCOMPARE(job.datasetId(), u"5b7c86968f7b6501e21ba9df"_s);
    QCOMPARE(job.destination->datasetKey, Destination::DatasetKey::DatasetId);
    QVERIFY(!job.destination->segmentPerBatch);
    QCOMPARE(job.batchIds(), QStringList{u"da5cfb4de32c4b93a09f7e37fa53ad52"_s});
    QCOMPARE(job.errorCount(), 0);
    QVERIFY(!job.errors);

    const JobMetrics &metrics = *job.metrics;
    QCOMPARE(metrics.totalTime->startTimeInMs, 1538615973895);
    QCOMPARE(metrics.totalTime->endTimeInMs, 1538616233239);
    QCOMPARE(metrics.totalTime->totalTimeInMs, 259344);
    QCOMPARE(metrics.profileExportTime->durationInMs(), 72131);
    QCOMPARE(metrics.aCPDatasetWriteTime->totalTimeInMs, 543);
    QVERIFY(metrics.aCPDatasetWriteTime->isClosed());
    QVERIFY(!metrics.totalExportedProfileCounter);
    QVERIFY(job.extra.isEmpty());
}

void tst_ExportJob::tutorialFailedJob()
{
    const ExportJob job = listRecord(1);
    QCOMPARE(job.id, 722);
    QCOMPARE(job.status(), JobStatus::Failed);
    QVERIFY(job.isTerminal());
    QCOMPARE(job.profileInstanceId, u"test_xdm_latest_profile_20_e2e_1538573005395"_s);
    QCOMPARE(job.errorCount(), 2);
    const JobError &first = job.errors->at(0);
    QCOMPARE(first.code, u"0090000009"_s);
    QVERIFY(first.msg->startsWith("Error writing profiles to output path 'adl://"_L1));
    QCOMPARE(first.callStack, u"com.adobe.aep.unifiedprofile.common.logging.Logger"_s);
    const JobError &second = job.errors->at(1);
    QCOMPARE(second.code, u"unknown"_s);
    QCOMPARE(second.msg, u"Job aborted."_s);
    QCOMPARE(second.callStack, u"org.apache.spark.SparkException: Job aborted."_s);

    // A failed job's batchId is "", which is not the same as no batchId.
    QVERIFY(job.destination->batchId.has_value());
    QCOMPARE(*job.destination->batchId, u""_s);
    QVERIFY(!job.destination->batchId->isNull());
    QVERIFY(job.batchIds().isEmpty());
    QCOMPARE(job.toJson().value("destination"_L1).toObject().value("batchId"_L1),
             QJsonValue(u""_s));

    QVERIFY(job.metrics->profileExportTime);
    QVERIFY(!job.metrics->aCPDatasetWriteTime);
    QCOMPARE(job.computeGatewayJobId->exportJob, u"15971e0f-317c-4390-9038-1a0498eb356f"_s);
    QVERIFY(!job.computeGatewayJobId->pushJob);
}

void tst_ExportJob::tutorialCreateResponse()
{
    const auto decoded = ExportJob::decode(TestData::read(u"seed/create-job-response.json"_s));
    QVERIFY2(decoded, qPrintable(decoded.error()));
    const ExportJob &job = decoded.value();
    QCOMPARE(job.id, 24115);
    QCOMPARE(job.status(), JobStatus::New);
    QVERIFY(!job.isTerminal());
    QCOMPARE(job.destination->datasetKey, Destination::DatasetKey::DataSetId);
    QCOMPARE(job.datasetId(), u"5cf6bcf79ecc7c14530fe436"_s);
    QCOMPARE(job.destination->segmentPerBatch, true);
    QCOMPARE(job.destination->batchesShape, Destination::BatchesShape::Array);
    QCOMPARE(job.destination->batches->size(), 2);
    const BatchRef &second = job.destination->batches->at(1);
    QCOMPARE(second.segmentId, u"1rfe8422-334d-12f4-3sd4-12cf6g990g51"_s);
    QCOMPARE(second.segmentNs, u"UPS"_s);
    QCOMPARE(second.status, QStringList{u"exited"_s});
    QCOMPARE(second.batchId, u"df4gssdfb93a09f7e37fa53ad52"_s);
    QCOMPARE(
            job.batchIds(),
            (QStringList{u"da5cfb4de32c4b93a09f7e37fa53ad52"_s, u"df4gssdfb93a09f7e37fa53ad52"_s}));
    QCOMPARE(job.segmentIds(),
             (QStringList{u"4edc8488-2c35-4f6d-b4c6-9075c68d2df4"_s,
                          u"1rfe8422-334d-12f4-3sd4-12cf6g990g51"_s}));
    // Empty at NEW, but present: {} writes back as {}.
    QVERIFY(job.computeGatewayJobId);
    QVERIFY(!job.computeGatewayJobId->exportJob);
    QCOMPARE(job.toJson().value("computeGatewayJobId"_L1), QJsonValue(QJsonObject()));
    QCOMPARE(job.metrics->totalTime->startTimeInMs, job.creationTime);
    QVERIFY(!job.metrics->totalTime->isClosed());
    QVERIFY(!job.metrics->totalTime->durationInMs());
    QVERIFY(!job.metrics->profileExportTime);
}

void tst_ExportJob::tutorialGetResponse()
{
    const auto job = ExportJob::fromJson(TestData::object(u"seed/get-job-response.json"_s));
    QVERIFY(job);
    QCOMPARE(job->id, 24115);
    QCOMPARE(job->status(), JobStatus::Succeeded);
    QCOMPARE(job->metrics->totalTime->totalTimeInMs, 1204365);
    QCOMPARE(job->metrics->aCPDatasetWriteTime->startTimeInMs, 1547054660416);
    QCOMPARE(job->requestId, u"YwMt1H8QbVlGT2pzyxgwFHTwzpMbHrTq"_s);
}

void tst_ExportJob::variants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<JobStatus>("status");
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<QString>("datasetId");
    QTest::addColumn<int>("errorCount");
    QTest::addColumn<QStringList>("batchIds");

    const QString dataset = u"5cf6bcf79ecc7c14530fe436"_s;
    const QString batch = u"da5cfb4de32c4b93a09f7e37fa53ad52"_s;
    QTest::newRow("dataSetId") << u"job-dataSetId.json"_s << qint64(731) << JobStatus::Succeeded
                               << u"SUCCEEDED"_s << true << dataset << 0 << QStringList{batch};
    QTest::newRow("batches object")
            << u"job-batches-object.json"_s << qint64(24116) << JobStatus::Succeeded
            << u"SUCCEEDED"_s << true << dataset << 0 << QStringList{batch};
    QTest::newRow("minimal") << u"job-minimal.json"_s << qint64(1) << JobStatus::New << u"NEW"_s
                             << false << QString() << 0 << QStringList();
    QTest::newRow("new") << u"job-new.json"_s << qint64(24200) << JobStatus::New << u"NEW"_s
                         << false << u"6553e0a2b1c7a2289cbd1f0e"_s << 0 << QStringList();
    QTest::newRow("processing") << u"job-processing.json"_s << qint64(24201)
                                << JobStatus::Processing << u"PROCESSING"_s << false
                                << u"6553e0a2b1c7a2289cbd1f0e"_s << 0 << QStringList();
    QTest::newRow("QUEUED") << u"job-status-queued.json"_s << qint64(24202) << JobStatus::Unknown
                            << u"QUEUED"_s << false << QString() << 0 << QStringList();
    QTest::newRow("SUCEEDED") << u"job-status-misspelled.json"_s << qint64(24203)
                              << JobStatus::Unknown << u"SUCEEDED"_s << false << QString() << 0
                              << QStringList();
    QTest::newRow("lowercase") << u"job-status-lowercase.json"_s << qint64(24204)
                               << JobStatus::Succeeded << u"succeeded"_s << true << QString() << 0
                               << QStringList();
    QTest::newRow("CANCELLED") << u"job-status-cancelled.json"_s << qint64(24205)
                               << JobStatus::Cancelled << u"CANCELLED"_s << true << QString() << 0
                               << QStringList();
    QTest::newRow("Canceled") << u"job-status-canceled.json"_s << qint64(24206)
                              << JobStatus::Cancelled << u"Canceled"_s << true << QString() << 0
                              << QStringList();
    QTest::newRow("id as text") << u"job-id-string.json"_s << qint64(726) << JobStatus::Succeeded
                                << u"SUCCEEDED"_s << true << u"5b7c86968f7b6501e21ba9df"_s << 0
                                << QStringList{batch};
    QTest::newRow("id with leading zeros")
            << u"job-id-leading-zeros.json"_s << qint64(726) << JobStatus::Succeeded
            << u"SUCCEEDED"_s << true << QString() << 0 << QStringList();
    QTest::newRow("wrong types") << u"job-wrong-types.json"_s << qint64(24207) << JobStatus::Failed
                                 << u"FAILED"_s << true << QString() << 0 << QStringList();
    QTest::newRow("unknown keys") << u"job-unknown-keys.json"_s << qint64(24208)
                                  << JobStatus::Succeeded << u"SUCCEEDED"_s << true
                                  << u"5b7c86968f7b6501e21ba9df"_s << 1
                                  << QStringList{u"01H8Z6K9"_s};
    QTest::newRow("both dataset keys")
            << u"job-both-dataset-keys.json"_s << qint64(24209) << JobStatus::Succeeded
            << u"SUCCEEDED"_s << true << dataset << 0 << QStringList{batch};
    QTest::newRow("timestamps") << u"job-timestamps.json"_s << qint64(24210)
                                << JobStatus::Processing << u"PROCESSING"_s << false
                                << u"5b020a27e7040801dedba61b"_s << 0 << QStringList();
    QTest::newRow("streaming") << u"job-streaming.json"_s << qint64(24211) << JobStatus::New
                               << u"NEW"_s << false << QString() << 0 << QStringList();
    QTest::newRow("counters") << u"job-succeeded-counters.json"_s << qint64(24212)
                              << JobStatus::Succeeded << u"SUCCEEDED"_s << true << QString() << 0
                              << QStringList();
    QTest::newRow("errors empty") << u"job-errors-empty.json"_s << qint64(24213)
                                  << JobStatus::Failed << u"FAILED"_s << true
                                  << u"5bb4c46757920712f924a3eb"_s << 0 << QStringList();
    QTest::newRow("number forms") << u"job-number-forms.json"_s << qint64(24214)
                                  << JobStatus::Succeeded << u"SUCCEEDED"_s << true << QString()
                                  << 0 << QStringList();
    QTest::newRow("nulls") << u"job-null-values.json"_s << qint64(24215) << JobStatus::Failed
                           << u"FAILED"_s << true << u"5bb4c46757920712f924a3eb"_s << 0
                           << QStringList();
}

void tst_ExportJob::variants()
{
    QFETCH(QString, file);
    QFETCH(qint64, id);
    QFETCH(JobStatus, status);
    QFETCH(QString, statusText);
    QFETCH(bool, terminal);
    QFETCH(QString, datasetId);
    QFETCH(int, errorCount);
    QFETCH(QStringList, batchIds);

    const QJsonObject object = TestData::object(u"variants/"_s + file);
    const auto job = ExportJob::fromJson(object);
    QVERIFY(job);
    QCOMPARE(job->id, id);
    QCOMPARE(job->status(), status);
    QCOMPARE(job->statusText(), statusText);
    QCOMPARE(job->isTerminal(), terminal);
    QCOMPARE(job->datasetId(), datasetId);
    QCOMPARE(job->errorCount(), errorCount);
    QCOMPARE(job->batchIds(), batchIds);
    QCOMPARE(job->toJson(), object);
}

void tst_ExportJob::rejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no id") << QByteArray(R"({"status":"NEW"})");
    QTest::newRow("id fraction") << QByteArray(R"({"id":726.5,"status":"NEW"})");
    QTest::newRow("id text") << QByteArray(R"({"id":"726a","status":"NEW"})");
    QTest::newRow("id empty text") << QByteArray(R"({"id":"","status":"NEW"})");
    QTest::newRow("id negative text") << QByteArray(R"({"id":"-726","status":"NEW"})");
    QTest::newRow("id too long") << QByteArray(
            R"({"id":"12345678901234567890123","status":"NEW"})");
    QTest::newRow("id bool") << QByteArray(R"({"id":true,"status":"NEW"})");
    QTest::newRow("id object") << QByteArray(R"({"id":{"value":726},"status":"NEW"})");
    QTest::newRow("id null") << QByteArray(R"({"id":null,"status":"NEW"})");
    QTest::newRow("no status") << QByteArray(R"({"id":726})");
    QTest::newRow("status number") << QByteArray(R"({"id":726,"status":3})");
    QTest::newRow("status null") << QByteArray(R"({"id":726,"status":null})");
    QTest::newRow("status list") << QByteArray(R"({"id":726,"status":["NEW"]})");
}

void tst_ExportJob::rejected()
{
    QFETCH(QByteArray, json);
    QVERIFY(!ExportJob::fromJson(QJsonDocument::fromJson(json).object()));
    const auto decoded = ExportJob::decode(json);
    QVERIFY(!decoded);
    QVERIFY(decoded.error().contains("export job"_L1));
}

void tst_ExportJob::wrongTypesAreAbsentAndKept()
{
    const QJsonObject object = TestData::object(u"variants/job-wrong-types.json"_s);
    const ExportJob job = *ExportJob::fromJson(object);

    // Top level: each wrong-typed field is absent, and kept as it came.
    QVERIFY(!job.profileInstanceId);
    QVERIFY(!job.jobType);
    QVERIFY(!job.requestId);
    QVERIFY(!job.creationTime);
    QVERIFY(!job.updateTime);
    QVERIFY(!job.createdAt().isValid());
    QVERIFY(!job.fields);
    QVERIFY(!job.schema);
    QVERIFY(!job.computeGatewayJobId);
    QVERIFY(!job.errors);
    for (const char *key : {"profileInstanceId", "jobType", "requestId", "creationTime",
                            "updateTime", "fields", "schema", "computeGatewayJobId", "errors"}) {
        const QLatin1StringView name(key);
        QVERIFY2(job.extra.contains(name), key);
        QCOMPARE(job.extra.value(name), object.value(name));
    }
    QVERIFY(!job.extra.contains("id"_L1));
    QVERIFY(!job.extra.contains("status"_L1));

    // Nested levels keep their own.
    QVERIFY(!job.mergePolicy->id);
    QVERIFY(!job.mergePolicy->version);
    QCOMPARE(job.mergePolicy->extra.value("version"_L1), QJsonValue(u"1"_s));
    const QList<SegmentFilter> &segments = *job.filter->segments;
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments[0].segmentId, u"4edc8488-2c35-4f6d-b4c6-9075c68d2df4"_s);
    QVERIFY(!segments[0].status);
    QCOMPARE(segments[0].extra.value("status"_L1), QJsonValue(u"realized"_s));
    QVERIFY(!segments[1].segmentId);
    QVERIFY(!segments[1].status); // one non-string element keeps the whole list verbatim
    QCOMPARE(segments[1].segmentNs, u"AAM"_s);
    QVERIFY(!job.filter->segmentQualificationTime);
    QVERIFY(!job.filter->emptyProfiles);
    QVERIFY(job.filter->extra.contains("segmentQualificationTime"_L1));

    QVERIFY(!job.destination->datasetId);
    QVERIFY(!job.destination->segmentPerBatch);
    QVERIFY(!job.destination->batchId);
    QVERIFY(!job.destination->batches); // an element that is not an object
    QCOMPARE(job.destination->extra.size(), 4);
    QVERIFY(job.datasetId().isEmpty());

    QVERIFY(!job.metrics->totalTime->startTimeInMs);
    QCOMPARE(job.metrics->totalTime->endTimeInMs, 1700000090000);
    QVERIFY(!job.metrics->profileExportTime);
    QVERIFY(!job.metrics->totalExportedProfileCounter);
    QVERIFY(!job.metrics->exportedProfileByNamespaceCounter);
    QCOMPARE(job.metrics->extra.size(), 3);

    QCOMPARE(job.toJson(), object);
}

void tst_ExportJob::unknownKeysAtEveryLevel()
{
    const QJsonObject object = TestData::object(u"variants/job-unknown-keys.json"_s);
    const ExportJob job = *ExportJob::fromJson(object);
    QCOMPARE(job.extra.keys(), (QStringList{u"labels"_s, u"priority"_s}));
    QCOMPARE(job.mergePolicy->extra.keys(), QStringList{u"resolvedAt"_s});
    QCOMPARE(job.schema->extra.keys(), QStringList{u"version"_s});
    QCOMPARE(job.filter->extra.keys(), QStringList{u"sampling"_s});
    QCOMPARE(job.filter->segments->at(0).extra.keys(), QStringList{u"weight"_s});
    QCOMPARE(job.filter->segmentQualificationTime->extra.keys(), QStringList{u"timezone"_s});
    QCOMPARE(job.additionalFields->extra.keys(), QStringList{u"identityMap"_s});
    QCOMPARE(job.additionalFields->eventList->extra.keys(), QStringList{u"ordering"_s});
    QCOMPARE(job.additionalFields->eventList->filter->extra.keys(), QStringList{u"maxEvents"_s});
    QCOMPARE(job.destination->extra.keys(), QStringList{u"region"_s});
    QCOMPARE(job.destination->batches->at(0).extra.keys(), QStringList{u"recordCount"_s});
    QCOMPARE(job.computeGatewayJobId->extra.keys(), QStringList{u"cluster"_s});
    QCOMPARE(job.metrics->extra.keys(), QStringList{u"queueTime"_s});
    QCOMPARE(job.metrics->totalTime->extra.keys(), QStringList{u"cpuTimeInMs"_s});
    QCOMPARE(job.errors->at(0).extra.keys(), QStringList{u"retryable"_s});
    // The known fields beside them are typed as usual.
    QCOMPARE(job.metrics->totalTime->totalTimeInMs, 259344);
    QCOMPARE(job.errors->at(0).code, u"0090000009"_s);
    QCOMPARE(job.toJson(), object);
}

void tst_ExportJob::batchesAsObject()
{
    const QJsonObject object = TestData::object(u"variants/job-batches-object.json"_s);
    ExportJob job = *ExportJob::fromJson(object);
    QCOMPARE(job.destination->batchesShape, Destination::BatchesShape::Object);
    QCOMPARE(job.destination->batches->size(), 1);
    QCOMPARE(job.destination->batches->at(0).segmentNs, u"AAM"_s);
    QVERIFY(job.toJson().value("destination"_L1).toObject().value("batches"_L1).isObject());
    QCOMPARE(job.segmentIds(), QStringList{u"4edc8488-2c35-4f6d-b4c6-9075c68d2df4"_s});

    // A second batch cannot be one object any more: it writes as an array.
    job.destination->batches->append(BatchRef());
    QCOMPARE(job.toJson()["destination"_L1]["batches"_L1].toArray().size(), 2);
}

void tst_ExportJob::bothDatasetKeys()
{
    const QJsonObject object = TestData::object(u"variants/job-both-dataset-keys.json"_s);
    const ExportJob job = *ExportJob::fromJson(object);
    QCOMPARE(job.destination->datasetKey, Destination::DatasetKey::DatasetId);
    QCOMPARE(job.destination->extra.keys(), QStringList{u"dataSetId"_s});
    QCOMPARE(job.toJson(), object);
}

void tst_ExportJob::idAsText()
{
    const QJsonObject object = TestData::object(u"variants/job-id-string.json"_s);
    const ExportJob job = *ExportJob::fromJson(object);
    QCOMPARE(job.id, 726);
    QCOMPARE(job.toJson().value("id"_L1), QJsonValue(u"726"_s));
    ExportJob numeric = job;
    numeric.id = 727;
    QCOMPARE(numeric.toJson().value("id"_L1), QJsonValue(u"727"_s));
    const ExportJob fromNumber
            = *ExportJob::fromJson(QJsonObject{{"id"_L1, 726}, {"status"_L1, u"SUCCEEDED"_s}});
    QVERIFY(fromNumber.toJson().value("id"_L1).isDouble());
}

void tst_ExportJob::nullValues()
{
    const QJsonObject object = TestData::object(u"variants/job-null-values.json"_s);
    const ExportJob job = *ExportJob::fromJson(object);
    QVERIFY(!job.errors);
    QVERIFY(!job.metrics);
    QVERIFY(!job.fields);
    QVERIFY(!job.destination->batchId);
    QVERIFY(job.destination->extra.value("batchId"_L1).isNull());
    QCOMPARE(job.errorCount(), 0);
    QCOMPARE(job.toJson(), object);
}

void tst_ExportJob::decodeFailures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"not JSON"_s;
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << u"not JSON"_s;
    QTest::newRow("truncated") << QByteArray("{\"id\":726,\"status\":\"NE") << u"not JSON"_s;
    QTest::newRow("array") << QByteArray(R"([{"id":726,"status":"NEW"}])")
                           << u"not a JSON object"_s;
    QTest::newRow("error body") << QByteArray(R"({"error_code":"401013","message":"Oauth"})")
                                << u"export job"_s;
}

void tst_ExportJob::decodeFailures()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    const auto decoded = ExportJob::decode(body);
    QVERIFY(!decoded);
    QVERIFY2(decoded.error().contains(reason), qPrintable(decoded.error()));
}

void tst_ExportJob::changedFields_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<JobFields>("expected");

    QTest::newRow("nothing") << Mutation([](ExportJob &) {}) << JobFields();
    QTest::newRow("status") << Mutation([](ExportJob &job) { job.setStatus(JobStatus::Failed); })
                            << JobFields(JobField::Status);
    QTest::newRow("status spelling only")
            << Mutation([](ExportJob &job) { job.setStatusText(u"succeeded"_s); })
            << JobFields(JobField::Status);
    QTest::newRow("phase end") << Mutation([](ExportJob &job) {
        job.metrics->aCPDatasetWriteTime->endTimeInMs = 1538616195999;
    }) << JobFields(JobField::Metrics);
    QTest::newRow("phase added") << Mutation([](ExportJob &job) {
        job.metrics->aCPDatasetWriteTime.reset();
    }) << JobFields(JobField::Metrics);
    QTest::newRow("counter") << Mutation([](ExportJob &job) {
        job.metrics->totalExportedProfileCounter = 12;
    }) << JobFields(JobField::Counters);
    QTest::newRow("namespace counter") << Mutation([](ExportJob &job) {
        job.metrics->exportedProfileByNamespaceCounter = QMap<QString, qint64>{{u"ECID"_s, 3}};
    }) << JobFields(JobField::Counters);
    QTest::newRow("errors") << Mutation([](ExportJob &job) {
        JobError error;
        error.code = u"unknown"_s;
        job.errors = QList<JobError>{error};
    }) << JobFields(JobField::Errors);
    QTest::newRow("error message")
            << Mutation([](ExportJob &job) { job.errors = QList<JobError>{JobError()}; })
            << JobFields(JobField::Errors);
    QTest::newRow("batch id") << Mutation([](ExportJob &job) { job.destination->batchId = u""_s; })
                              << JobFields(JobField::Destination);
    QTest::newRow("dataset key spelling") << Mutation([](ExportJob &job) {
        job.destination->datasetKey = Destination::DatasetKey::DataSetId;
    }) << JobFields(JobField::Destination);
    QTest::newRow("update time") << Mutation([](ExportJob &job) { job.updateTime = 1; })
                                 << JobFields(JobField::UpdateTime);
    QTest::newRow("compute jobs") << Mutation([](ExportJob &job) {
        job.computeGatewayJobId->pushJob.reset();
    }) << JobFields(JobField::ComputeJobs);
    QTest::newRow("request fields") << Mutation([](ExportJob &job) { job.fields = u"a.b"_s; })
                                    << JobFields(JobField::Request);
    QTest::newRow("request filter")
            << Mutation([](ExportJob &job) { job.filter->segments->first().segmentNs = u"AAM"_s; })
            << JobFields(JobField::Request);
    QTest::newRow("request merge policy")
            << Mutation([](ExportJob &job) { job.mergePolicy->version = 2; })
            << JobFields(JobField::Request);
    QTest::newRow("request schema")
            << Mutation([](ExportJob &job) { job.schema.reset(); }) << JobFields(JobField::Request);
    QTest::newRow("request additional fields")
            << Mutation([](ExportJob &job) { job.additionalFields = AdditionalFields(); })
            << JobFields(JobField::Request);
    QTest::newRow("other request id") << Mutation([](ExportJob &job) { job.requestId.reset(); })
                                      << JobFields(JobField::Other);
    QTest::newRow("other creation time")
            << Mutation([](ExportJob &job) { job.creationTime = 2; }) << JobFields(JobField::Other);
    QTest::newRow("other unknown key")
            << Mutation([](ExportJob &job) { job.extra.insert("priority"_L1, u"low"_s); })
            << JobFields(JobField::Other);
    QTest::newRow("typical progress") << Mutation([](ExportJob &job) {
        job.setStatus(JobStatus::Failed);
        job.updateTime = *job.updateTime + 1000;
        job.errors = QList<JobError>{JobError()};
        job.metrics->aCPDatasetWriteTime.reset();
    }) << (JobField::Status | JobField::UpdateTime | JobField::Errors | JobField::Metrics);
}

void tst_ExportJob::changedFields()
{
    QFETCH(Mutation, mutate);
    QFETCH(JobFields, expected);
    const ExportJob before = listRecord(0);
    ExportJob after = before;
    mutate(after);
    QCOMPARE(::changedFields(before, after), expected);
    QCOMPARE(::changedFields(after, before), expected);
    QCOMPARE(before == after, expected == JobFields());
}

void tst_ExportJob::changedFieldsMetricsAppear()
{
    ExportJob before(5, u"NEW"_s);
    ExportJob after = before;
    after.metrics = JobMetrics();
    QCOMPARE(::changedFields(before, after), JobFields(JobField::Metrics));
    after.metrics->totalExportedProfileCounter = 10;
    QCOMPARE(::changedFields(before, after), JobField::Metrics | JobField::Counters);
    QCOMPARE(::changedFields(after, before), JobField::Metrics | JobField::Counters);
}

void tst_ExportJob::canonicalStatusSharesText()
{
    // The platform's spellings point at one static text; a table of jobs holds no copies.
    const ExportJob a = listRecord(0);
    const ExportJob b = *ExportJob::fromJson(TestData::object(u"seed/get-job-response.json"_s));
    QCOMPARE(a.statusText(), b.statusText());
    QCOMPARE(a.statusText().constData(), b.statusText().constData());
    // So do the words every job repeats.
    QCOMPARE(a.jobType->constData(), b.jobType->constData());
    QCOMPARE(a.schema->name->constData(), b.schema->name->constData());
    QCOMPARE(a.profileInstanceId->constData(), b.profileInstanceId->constData());
    const ExportJob odd(3, u"succeeded"_s);
    QCOMPARE(odd.statusText(), u"succeeded"_s);
}

QTEST_GUILESS_MAIN(tst_ExportJob)
#include "tst_exportjob.moc"
