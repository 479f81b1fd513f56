#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "models/JobBatchesModel.h"
#include "tests/emulator/ExportSteps.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/LocalConnection.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono;

// The batches tree of one job, filled from a real local platform: Catalog batch details and
// Data Access files, fetched for that job alone.
class TestJobBatchesModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void oneBatchWithItsFiles();
    void batchPerSegment();
    void anotherJobDropsLateAnswers();
    void failedJobWithoutBatch();
    void jobThatSucceedsWhileShownGetsItsFiles();

private:
    ExportJob runJob(const QJsonObject &body);
    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformHttp> m_http;
    std::unique_ptr<PlatformClient> m_client;
    QString m_dataset;
};

void TestJobBatchesModel::initTestCase()
{
    EmulatorFixture::Options options;
    options.profiles = 120;
    options.recordsPerFile = 50; // several files per batch
    m_platform = std::make_unique<EmulatorFixture>(options);
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_http = std::make_unique<PlatformHttp>(m_platform->http());
    m_dataset = ExportSteps::createDataset(*m_http);
    QVERIFY(!m_dataset.isEmpty());

    m_client = std::make_unique<PlatformClient>();
    TestSupport::signIn(*m_client, *m_platform);
}

void TestJobBatchesModel::cleanupTestCase()
{
    m_client.reset();
    m_http.reset();
    m_platform.reset();
}

ExportJob TestJobBatchesModel::runJob(const QJsonObject &body)
{
    const HttpResult created
            = m_http->gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), body);
    if (created.status != 200)
        return ExportJob();
    const qint64 id = created.json().object().value(u"id").toInteger();
    const QJsonObject done = ExportSteps::waitForJob(*m_http, id);
    return ExportJob::fromJson(done).value_or(ExportJob());
}

void TestJobBatchesModel::oneBatchWithItsFiles()
{
    const ExportJob job = runJob(ExportSteps::jobBody(m_dataset));
    QCOMPARE(job.status(), JobStatus::Succeeded);
    const QString batchId = job.batchIds().value(0);
    QVERIFY(!batchId.isEmpty());

    JobBatchesModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &JobBatchesModel::loaded);
    m_platform->clearRequestLog();
    model.setJob(job);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JobBatchesModel::BatchId).data().toString(), batchId);
    QCOMPARE(model.index(0, 0).data(JobBatchesModel::FetchStateRole).toInt(),
             int(JobBatchesModel::FetchState::Loading));
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(20000));

    const QModelIndex batch = model.index(0, 0);
    QCOMPARE(batch.data(JobBatchesModel::FetchStateRole).toInt(),
             int(JobBatchesModel::FetchState::Loaded));
    QCOMPARE(model.index(0, JobBatchesModel::BatchStatus).data().toString(), u"success"_qs);
    const qint64 records
            = model.index(0, JobBatchesModel::Records).data(JobBatchesModel::SortRole).toLongLong();
    QVERIFY(records > 0);
    // The files add up to the batch.
    const int files = model.rowCount(batch);
    QVERIFY2(files >= 2, qPrintable(QString::number(files)));
    qint64 fileRecords = 0;
    qint64 fileBytes = 0;
    for (int row = 0; row < files; ++row) {
        const QModelIndex file = model.index(row, 0, batch);
        QVERIFY(!file.data(JobBatchesModel::FileIdRole).toString().isEmpty());
        QCOMPARE(file.data(JobBatchesModel::BatchIdRole).toString(), batchId);
        fileRecords += model.index(row, JobBatchesModel::Records, batch)
                               .data(JobBatchesModel::SortRole)
                               .toLongLong();
        fileBytes += model.index(row, JobBatchesModel::Size, batch)
                             .data(JobBatchesModel::SortRole)
                             .toLongLong();
        QCOMPARE(model.rowCount(file), 0);
    }
    QCOMPARE(fileRecords, records);
    QCOMPARE(model.index(0, JobBatchesModel::Size).data(JobBatchesModel::SortRole).toLongLong(),
             fileBytes);
    QCOMPARE(model.parent(model.index(0, 0, batch)), batch);

    // It asked about this batch and nothing else (the client's first call signs in).
    QTest::qWait(50);
    int asked = 0;
    for (const Emulator::RequestLogEntry &entry : m_platform->requestLog()) {
        if (entry.path == u"/ims/token/v3")
            continue;
        ++asked;
        QVERIFY2(entry.path.contains(batchId), qPrintable(entry.path));
        QCOMPARE(entry.method, u"GET"_qs);
    }
    QCOMPARE(asked, 2); // the Catalog batch, its one page of files
}

void TestJobBatchesModel::batchPerSegment()
{
    const QHash<QString, QString> segments = ExportSteps::segments(*m_http);
    QVERIFY(segments.size() >= 2);
    const QStringList ids = segments.values().mid(0, 2);
    QJsonObject body = ExportSteps::jobBody(m_dataset);
    body.insert(u"filter"_qs,
                QJsonObject{{u"segments"_qs,
                             QJsonArray{QJsonObject{{u"segmentId"_qs, ids[0]}},
                                        QJsonObject{{u"segmentId"_qs, ids[1]},
                                                    {u"status"_qs, QJsonArray{u"exited"_qs}}}}}});
    QJsonObject destination = body.value(u"destination").toObject();
    destination.insert(u"segmentPerBatch"_qs, true);
    body.insert(u"destination"_qs, destination);
    const ExportJob job = runJob(body);
    QCOMPARE(job.status(), JobStatus::Succeeded);

    JobBatchesModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSegmentNames({{ids[0], segments.key(ids[0])}});
    QSignalSpy loaded(&model, &JobBatchesModel::loaded);
    model.setJob(job);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(model.index(0, JobBatchesModel::Segment).data().toString(), segments.key(ids[0]));
    QCOMPARE(model.index(1, JobBatchesModel::Segment).data().toString(), ids[1]);
    QCOMPARE(model.index(1, JobBatchesModel::Membership).data().toString(), u"exited"_qs);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(model.index(row, JobBatchesModel::BatchStatus).data().toString(), u"success"_qs);
    QCOMPARE(model.headerData(JobBatchesModel::BatchId, Qt::Horizontal).toString(),
             JobBatchesModel::tr("Batch ID", "batches column"));
}

void TestJobBatchesModel::anotherJobDropsLateAnswers()
{
    const ExportJob first = runJob(ExportSteps::jobBody(m_dataset));
    const ExportJob second = runJob(ExportSteps::jobBody(m_dataset));
    JobBatchesModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &JobBatchesModel::loaded);
    model.setJob(first);
    model.setJob(second); // before the first one's answers
    QVERIFY(loaded.wait(20000));
    QTest::qWait(200);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model.jobId(), second.id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JobBatchesModel::BatchId).data().toString(), second.batchIds().first());
    // The same job again keeps what was fetched and asks nothing.
    m_platform->clearRequestLog();
    model.setJob(second);
    QCOMPARE(model.index(0, 0).data(JobBatchesModel::FetchStateRole).toInt(),
             int(JobBatchesModel::FetchState::Loaded));
    QTest::qWait(100);
    QVERIFY(m_platform->requestLog().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestJobBatchesModel::failedJobWithoutBatch()
{
    // The tutorial's failed job 722 has "batchId": "": nothing to fetch.
    ExportJob job(722, u"FAILED"_qs);
    Destination destination;
    destination.datasetId = m_dataset;
    destination.batchId = QString(u""_qs);
    job.destination = destination;
    JobBatchesModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_platform->clearRequestLog();
    model.setJob(job);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
    // An unknown batch id: the row says it could not be fetched, with the platform's reason.
    destination.batchId = u"0123456789abcdef0123456789abcdef"_qs;
    job.destination = destination;
    QSignalSpy loaded(&model, &JobBatchesModel::loaded);
    model.setJob(job);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(model.index(0, 0).data(JobBatchesModel::FetchStateRole).toInt(),
             int(JobBatchesModel::FetchState::Failed));
    QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(0, JobBatchesModel::BatchStatus).data().toString(),
             JobBatchesModel::tr("Unavailable", "batch details could not be fetched"));
}

void TestJobBatchesModel::jobThatSucceedsWhileShownGetsItsFiles()
{
    // A person watches a job run with its output open: the job names its batch from the start,
    // the batch's files are published when the job succeeds.
    m_platform->platform()->setPace(1.0);
    const HttpResult created = m_http->gateway("POST", QStringLiteral("/data/core/ups/export/jobs"),
                                               ExportSteps::jobBody(m_dataset));
    QCOMPARE(created.status, 200);
    const qint64 id = created.json().object().value(u"id").toInteger();
    const QJsonObject processing = ExportSteps::waitForStatus(*m_http, id, u"PROCESSING"_qs);
    const ExportJob running = ExportJob::fromJson(processing).value_or(ExportJob());
    QCOMPARE(running.status(), JobStatus::Processing);
    QVERIFY(!running.batchIds().value(0).isEmpty());

    JobBatchesModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &JobBatchesModel::loaded);
    model.setJob(running);
    QVERIFY(loaded.wait(20000));
    const QModelIndex batch = model.index(0, 0);
    QVERIFY2(model.rowCount(batch) == 0, "the job ended before its batch was first fetched");
    QVERIFY(model.index(0, JobBatchesModel::BatchStatus).data().toString() != u"success"_qs);

    const ExportJob done
            = ExportJob::fromJson(ExportSteps::waitForJob(*m_http, id)).value_or(ExportJob());
    m_platform->platform()->setPace(0);
    QCOMPARE(done.status(), JobStatus::Succeeded);
    model.setJob(done);
    QVERIFY(loaded.wait(20000));
    QVERIFY2(model.rowCount(batch) >= 2, qPrintable(QString::number(model.rowCount(batch))));
    QCOMPARE(model.index(0, JobBatchesModel::BatchStatus).data().toString(), u"success"_qs);
    QVERIFY(model.index(0, JobBatchesModel::Records).data(JobBatchesModel::SortRole).toLongLong()
            > 0);

    // Ended, it stays as fetched: the same job again asks nothing.
    QTest::qWait(50);
    m_platform->clearRequestLog();
    model.setJob(done);
    QTest::qWait(100);
    QVERIFY(m_platform->requestLog().isEmpty());
}

QTEST_MAIN(TestJobBatchesModel)
#include "tst_jobbatchesmodel.moc"
