#include "app/cli/JobChanges.h"

#include <QJsonDocument>
#include <QTest>

// What "jobs watch" reports between two looks at a job.
class tst_JobChanges : public QObject
{
    Q_OBJECT

private slots:
    void changes_data();
    void changes();
    void texts();
};

namespace {

ExportJob job(const QByteArray &json)
{
    return ExportJob::decode(json).value();
}

const QByteArray kNew = R"({"id":24115,"status":"NEW","updateTime":1000,
    "metrics":{"totalTime":{"startTimeInMs":1000}}})";
const QByteArray kQueued = R"({"id":24115,"status":"PROCESSING","updateTime":2000,
    "metrics":{"totalTime":{"startTimeInMs":1000}}})";
const QByteArray kExporting = R"({"id":24115,"status":"PROCESSING","updateTime":5000,
    "metrics":{"totalTime":{"startTimeInMs":1000},"profileExportTime":{"startTimeInMs":5000}}})";
const QByteArray kWriting = R"({"id":24115,"status":"PROCESSING","updateTime":9000,
    "metrics":{"totalTime":{"startTimeInMs":1000},
               "profileExportTime":{"startTimeInMs":5000,"endTimeInMs":8000,"totalTimeInMs":3000},
               "aCPDatasetWriteTime":{"startTimeInMs":9000}}})";
const QByteArray kSucceeded = R"({"id":24115,"status":"SUCCEEDED","updateTime":12000,
    "metrics":{"totalTime":{"startTimeInMs":1000,"endTimeInMs":12000,"totalTimeInMs":11000},
               "profileExportTime":{"startTimeInMs":5000,"endTimeInMs":8000,"totalTimeInMs":3000},
               "aCPDatasetWriteTime":{"startTimeInMs":9000,"endTimeInMs":10000,"totalTimeInMs":1000}}})";
const QByteArray kFailed = R"({"id":24115,"status":"FAILED","updateTime":8500,
    "errors":[{"code":"unknown","msg":"Job aborted."}],
    "metrics":{"totalTime":{"startTimeInMs":1000,"endTimeInMs":8500,"totalTimeInMs":7500},
               "profileExportTime":{"startTimeInMs":5000,"endTimeInMs":8000,"totalTimeInMs":3000}}})";

} // namespace

void tst_JobChanges::changes_data()
{
    QTest::addColumn<QByteArray>("before"); // empty: the first look
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("events"); // compact JSON of each change

    QTest::newRow("first look at a new job")
            << QByteArray() << kNew
            << QStringList{uR"({"event":"status","status":"NEW","timeMs":1000})"_qs};
    QTest::newRow("nothing changed") << kNew << kNew << QStringList();
    QTest::newRow("starts processing")
            << kNew << kQueued
            << QStringList{uR"({"event":"status","status":"PROCESSING","timeMs":2000})"_qs};
    QTest::newRow("profile export starts after the queue")
            << kQueued << kExporting
            << QStringList{
                       uR"({"durationMs":4000,"event":"phaseFinished","phase":"queueWait","timeMs":5000})"_qs,
                       uR"({"event":"phaseStarted","phase":"profileExport","timeMs":5000})"_qs};
    QTest::newRow("export ends, write starts")
            << kExporting << kWriting
            << QStringList{
                       uR"({"durationMs":3000,"event":"phaseFinished","phase":"profileExport","timeMs":8000})"_qs,
                       uR"({"event":"phaseStarted","phase":"datasetWrite","timeMs":9000})"_qs};
    QTest::newRow("succeeds: phases first, status last")
            << kWriting << kSucceeded
            << QStringList{
                       uR"({"durationMs":1000,"event":"phaseFinished","phase":"datasetWrite","timeMs":10000})"_qs,
                       uR"({"durationMs":11000,"event":"phaseFinished","phase":"total","timeMs":12000})"_qs,
                       uR"({"event":"status","status":"SUCCEEDED","timeMs":12000})"_qs};
    QTest::newRow("one look missed everything")
            << kNew << kSucceeded
            << QStringList{
                       uR"({"durationMs":4000,"event":"phaseFinished","phase":"queueWait","timeMs":5000})"_qs,
                       uR"({"event":"phaseStarted","phase":"profileExport","timeMs":5000})"_qs,
                       uR"({"durationMs":3000,"event":"phaseFinished","phase":"profileExport","timeMs":8000})"_qs,
                       uR"({"event":"phaseStarted","phase":"datasetWrite","timeMs":9000})"_qs,
                       uR"({"durationMs":1000,"event":"phaseFinished","phase":"datasetWrite","timeMs":10000})"_qs,
                       uR"({"durationMs":11000,"event":"phaseFinished","phase":"total","timeMs":12000})"_qs,
                       uR"({"event":"status","status":"SUCCEEDED","timeMs":12000})"_qs};
    QTest::newRow("fails during export")
            << kExporting << kFailed
            << QStringList{
                       uR"({"durationMs":3000,"event":"phaseFinished","phase":"profileExport","timeMs":8000})"_qs,
                       uR"({"durationMs":7500,"event":"phaseFinished","phase":"total","timeMs":8500})"_qs,
                       uR"({"event":"status","status":"FAILED","timeMs":8500})"_qs};
    QTest::newRow("an unknown status is reported verbatim, not as an end")
            << kQueued << QByteArray(R"({"id":24115,"status":"QUEUED_FOR_RETRY"})")
            << QStringList{uR"({"event":"status","status":"QUEUED_FOR_RETRY"})"_qs};
}

void tst_JobChanges::changes()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, events);
    const std::optional<ExportJob> previous
            = before.isEmpty() ? std::nullopt : std::optional<ExportJob>(job(before));
    QStringList actual;
    for (const JobChange &change : jobChanges(previous, job(after)))
        actual << QString::fromUtf8(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact));
    QCOMPARE(actual, events);
}

void tst_JobChanges::texts()
{
    const QList<JobChange> changes = jobChanges(job(kWriting), job(kSucceeded));
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).text(24115), u"Dataset write finished in 1.0 s"_qs);
    QCOMPARE(changes.at(1).text(24115), u"Total time: 11 s"_qs);
    QCOMPARE(changes.at(2).text(24115), u"Job 24115: SUCCEEDED"_qs);
    const QList<JobChange> queued = jobChanges(job(kQueued), job(kExporting));
    QCOMPARE(queued.at(0).text(24115), u"Queue wait: 4.0 s"_qs);
    QCOMPARE(queued.at(1).text(24115), u"Profile export started"_qs);
}

QTEST_GUILESS_MAIN(tst_JobChanges)
#include "tst_jobchanges.moc"
