#include "JobBuilder.h"
#include "ModelSignalRecorder.h"
#include "models/JobErrorsModel.h"
#include "models/JobPhasesModel.h"
#include "models/JobText.h"
#include "models/PhaseSpan.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace JobBuilder;

Q_DECLARE_METATYPE(ExportJob)
Q_DECLARE_METATYPE(JobError)

namespace {

QString phaseKey(PhaseSpan::Phase phase)
{
    switch (phase) {
    case PhaseSpan::Phase::QueueWait:
        return QStringLiteral("QueueWait");
    case PhaseSpan::Phase::ProfileExport:
        return QStringLiteral("ProfileExport");
    case PhaseSpan::Phase::DatasetWrite:
        return QStringLiteral("DatasetWrite");
    case PhaseSpan::Phase::Total:
        break;
    }
    return QStringLiteral("Total");
}

// "QueueWait 1538615973895-1538616067445", with " open" for a running phase.
QStringList describe(const QList<PhaseSpan> &spans)
{
    QStringList out;
    for (const PhaseSpan &span : spans)
        out << QStringLiteral("%1 %2-%3%4")
                        .arg(phaseKey(span.phase))
                        .arg(span.startMs)
                        .arg(span.endMs)
                        .arg(span.open ? QStringLiteral(" open") : QString());
    return out;
}

PhaseTime phase(std::optional<qint64> start, std::optional<qint64> end = std::nullopt)
{
    PhaseTime p;
    p.startTimeInMs = start;
    p.endTimeInMs = end;
    if (start && end)
        p.totalTimeInMs = *end - *start;
    return p;
}

// The tutorial's job 726 at an earlier moment: still writing, or between export and write.
ExportJob job726While(bool writing)
{
    ExportJob job = tutorialList().at(0);
    job.setStatus(JobStatus::Processing);
    job.metrics->totalTime = phase(1538615973895);
    if (writing)
        job.metrics->aCPDatasetWriteTime = phase(1538616195172);
    else
        job.metrics->aCPDatasetWriteTime.reset();
    return job;
}

JobError error(const QString &code, const QString &msg, const QString &stack)
{
    JobError e;
    if (!code.isNull())
        e.code = code;
    if (!msg.isNull())
        e.msg = msg;
    if (!stack.isNull())
        e.callStack = stack;
    return e;
}

} // namespace

class TestJobDetailModels : public QObject
{
    Q_OBJECT

private slots:
    void spans_data();
    void spans();
    void spansNeverOverlap_data() { spans_data(); }
    void spansNeverOverlap();
    void jobDuration_data();
    void jobDuration();
    void phasesModelFollowsOneJob();
    void timesWithSeconds_data();
    void timesWithSeconds();
    void errorKinds_data();
    void errorKinds();
    void errorsModelShowsHints();
};

void TestJobDetailModels::spans_data()
{
    QTest::addColumn<ExportJob>("job");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QStringList>("expected");

    const qint64 later = 1800000000000;
    QTest::newRow("SUCCEEDED 726") << tutorialList().at(0) << later
                                   << QStringList{u"QueueWait 1538615973895-1538616067445"_qs,
                                                  u"ProfileExport 1538616067445-1538616139576"_qs,
                                                  u"DatasetWrite 1538616195172-1538616195715"_qs,
                                                  u"Total 1538615973895-1538616233239"_qs};
    // Failed during the export: no dataset write.
    QTest::newRow("FAILED 722") << tutorialList().at(1) << later
                                << QStringList{u"QueueWait 1538573416687-1538573872211"_qs,
                                               u"ProfileExport 1538573872211-1538573918809"_qs,
                                               u"Total 1538573416687-1538573922551"_qs};
    QTest::newRow("NEW 24115: waiting in the queue")
            << sample(u"seed/create-job-response.json"_qs) << qint64(1559674291657)
            << QStringList{u"QueueWait 1559674261657-1559674291657 open"_qs,
                           u"Total 1559674261657-1559674291657 open"_qs};
    QTest::newRow("SUCCEEDED 24115") << sample(u"seed/get-job-response.json"_qs) << later
                                     << QStringList{u"QueueWait 1547053539564-1547053667591"_qs,
                                                    u"ProfileExport 1547053667591-1547053778195"_qs,
                                                    u"DatasetWrite 1547054660416-1547054698918"_qs,
                                                    u"Total 1547053539564-1547054743929"_qs};
    QTest::newRow("PROCESSING: exporting")
            << sample(u"variants/job-processing.json"_qs) << qint64(1700000100000)
            << QStringList{u"QueueWait 1700000000000-1700000042000"_qs,
                           u"ProfileExport 1700000042000-1700000100000 open"_qs,
                           u"Total 1700000000000-1700000100000 open"_qs};
    QTest::newRow("PROCESSING: between export and write")
            << job726While(false) << qint64(1538616150000)
            << QStringList{u"QueueWait 1538615973895-1538616067445"_qs,
                           u"ProfileExport 1538616067445-1538616139576"_qs,
                           u"Total 1538615973895-1538616150000 open"_qs};
    QTest::newRow("PROCESSING: writing")
            << job726While(true) << qint64(1538616196000)
            << QStringList{u"QueueWait 1538615973895-1538616067445"_qs,
                           u"ProfileExport 1538616067445-1538616139576"_qs,
                           u"DatasetWrite 1538616195172-1538616196000 open"_qs,
                           u"Total 1538615973895-1538616196000 open"_qs};

    ExportJob bare(1, u"NEW"_qs);
    bare.creationTime = 1000;
    QTest::newRow("NEW without metrics: from the creation time")
            << bare << qint64(6000)
            << QStringList{u"QueueWait 1000-6000 open"_qs, u"Total 1000-6000 open"_qs};
    QTest::newRow("clock behind the job: nothing negative")
            << bare << qint64(500)
            << QStringList{u"QueueWait 1000-1000 open"_qs, u"Total 1000-1000 open"_qs};

    ExportJob overlapping(2, u"SUCCEEDED"_qs);
    JobMetrics m;
    m.totalTime = phase(1000, 9000);
    m.profileExportTime = phase(500, 5000); // starts before the job
    m.aCPDatasetWriteTime = phase(4000, 9500); // starts before the export ends, ends after the job
    overlapping.metrics = m;
    QTest::newRow("overlapping numbers are clamped")
            << overlapping << later
            << QStringList{u"QueueWait 1000-1000"_qs, u"ProfileExport 1000-5000"_qs,
                           u"DatasetWrite 5000-9000"_qs, u"Total 1000-9000"_qs};

    ExportJob cancelled(3, u"CANCELLED"_qs);
    JobMetrics c;
    c.totalTime = phase(1000);
    c.profileExportTime = phase(2000);
    cancelled.metrics = c;
    cancelled.updateTime = 7000;
    QTest::newRow("ended with open phases: they stop at the last update")
            << cancelled << later
            << QStringList{u"QueueWait 1000-2000"_qs, u"ProfileExport 2000-7000"_qs,
                           u"Total 1000-7000"_qs};

    QTest::newRow("no time at all") << ExportJob(4, u"NEW"_qs) << later << QStringList{};
}

void TestJobDetailModels::spans()
{
    QFETCH(ExportJob, job);
    QFETCH(qint64, now);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(phaseSpans(job, now)), expected);
}

void TestJobDetailModels::spansNeverOverlap()
{
    QFETCH(ExportJob, job);
    QFETCH(qint64, now);
    const QList<PhaseSpan> spans = phaseSpans(job, now);
    if (spans.isEmpty())
        return;
    const PhaseSpan &total = spans.last();
    QCOMPARE(total.phase, PhaseSpan::Phase::Total);
    qint64 cursor = total.startMs;
    for (qsizetype i = 0; i + 1 < spans.size(); ++i) {
        QVERIFY(spans[i].startMs >= cursor);
        QVERIFY(spans[i].endMs >= spans[i].startMs);
        QVERIFY(spans[i].endMs <= total.endMs);
        cursor = spans[i].endMs;
    }
}

void TestJobDetailModels::jobDuration_data()
{
    QTest::addColumn<ExportJob>("job");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("726: its total") << tutorialList().at(0) << qint64(0) << qint64(259344);
    QTest::newRow("running: until now") << sample(u"variants/job-processing.json"_qs)
                                        << qint64(1700000100000) << qint64(100000);
    ExportJob cancelled(3, u"CANCELLED"_qs);
    JobMetrics c;
    c.totalTime = phase(1000);
    cancelled.metrics = c;
    cancelled.updateTime = 7000;
    QTest::newRow("ended without a total end") << cancelled << qint64(99999) << qint64(6000);
    QTest::newRow("nothing known") << ExportJob(4, u"FAILED"_qs) << qint64(99999) << qint64(0);
}

void TestJobDetailModels::jobDuration()
{
    QFETCH(ExportJob, job);
    QFETCH(qint64, now);
    QFETCH(qint64, expected);
    QCOMPARE(jobDurationMs(job, now), expected);
}

void TestJobDetailModels::phasesModelFollowsOneJob()
{
    JobPhasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ModelSignalRecorder recorder(&model);

    ExportJob job = sample(u"seed/create-job-response.json"_qs); // NEW
    const qint64 start = 1559674261657;
    model.setJob(job, start + 1000);
    QCOMPARE(recorder.take(), QStringList{u"modelReset"_qs});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, JobPhasesModel::Phase).data().toString(),
             PhaseSpan::phaseName(PhaseSpan::Phase::QueueWait));
    QCOMPARE(model.index(0, JobPhasesModel::End).data().toString(),
             JobPhasesModel::tr("running", "an export job phase without an end yet"));
    QVERIFY(model.index(0, 0).data(JobPhasesModel::OpenRole).toBool());

    // The clock moves: the open phases grow, in place.
    model.tick(start + 61000);
    QCOMPARE(recorder.take(),
             (QStringList{u"dataChanged 0-0 c0-3 []"_qs, u"dataChanged 1-1 c0-3 []"_qs}));
    QCOMPARE(model.index(1, JobPhasesModel::Duration).data().toString(), JobText::duration(61000));
    QCOMPARE(model.index(1, 0).data(JobPhasesModel::DurationMsRole).toLongLong(), 61000);

    // The export starts: a row appears between the queue wait and the total.
    job.setStatus(JobStatus::Processing);
    job.metrics->profileExportTime = phase(start + 90000);
    model.setJob(job, start + 95000);
    QCOMPARE(recorder.take(),
             (QStringList{u"dataChanged 0-0 c0-3 []"_qs, u"rowsInserted 1-1"_qs,
                          u"dataChanged 2-2 c0-3 []"_qs}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, 0).data(JobPhasesModel::PhaseRole).toInt(),
             int(PhaseSpan::Phase::ProfileExport));
    QCOMPARE(model.index(0, 0).data(JobPhasesModel::EndMsRole).toLongLong(), start + 90000);
    QVERIFY(!model.index(0, 0).data(JobPhasesModel::OpenRole).toBool());
    QVERIFY(model.index(0, JobPhasesModel::Start)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"UTC"));
    // Phases are seconds apart: their times show seconds.
    QCOMPARE(model.index(0, JobPhasesModel::Start).data().toString(),
             JobText::localDateTimeSeconds(start));
    QCOMPARE(model.index(0, JobPhasesModel::End).data().toString(),
             JobText::localDateTimeSeconds(start + 90000));

    // Another job replaces everything.
    model.setJob(tutorialList().at(1), 0);
    QCOMPARE(recorder.take(), QStringList{u"modelReset"_qs});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.jobId(), 722);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.headerData(JobPhasesModel::Phase, Qt::Horizontal).toString(),
             JobPhasesModel::tr("Phase", "export job phase column"));
}

void TestJobDetailModels::timesWithSeconds_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << u"11/29/26 1:53:22\u00a0AM"_qs;
    QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan)
                           << u"2026/11/29 1:53:22"_qs;
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << u"29.11.26 01:53:22"_qs;
}

void TestJobDetailModels::timesWithSeconds()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    const QLocale before;
    QLocale::setDefault(locale);
    const qint64 at = QDateTime(QDate(2026, 11, 29), QTime(1, 53, 22, 500)).toMSecsSinceEpoch();
    const QString text = JobText::localDateTimeSeconds(at);
    QLocale::setDefault(before);
    QCOMPARE(QString(text).replace(u'\u202f', u'\u00a0').replace(u' ', u'\u00a0'),
             QString(expected).replace(u' ', u'\u00a0'));
    QVERIFY(JobText::localDateTimeSeconds(0).isEmpty());
}

void TestJobDetailModels::errorKinds_data()
{
    QTest::addColumn<JobError>("error");
    QTest::addColumn<int>("kind");
    using K = JobErrorsModel::Kind;
    const QList<JobError> tutorial = *tutorialList().at(1).errors;
    QTest::newRow("tutorial 722: write failure") << tutorial.at(0) << int(K::WriteFailure);
    QTest::newRow("tutorial 722: Spark abort") << tutorial.at(1) << int(K::SparkAborted);
    QTest::newRow("Spark, by its call stack")
            << error(u"unknown"_qs, u"Stage 3 failed"_qs,
                     u"org.apache.spark.SparkException: Job aborted due to stage failure"_qs)
            << int(K::SparkAborted);
    QTest::newRow("interrupted") << error(
            u"0090000010"_qs,
            u"Export job 41 was interrupted: the platform stopped while the job was "
            "running"_qs,
            u"com.adobe.aep.unifiedprofile.export.JobInterrupted"_qs)
                                 << int(K::Interrupted);
    QTest::newRow("not on the union schema")
            << error(u"0090000009"_qs,
                     u"Error writing profiles to output path 'file:///x': Dataset 65f is not "
                     "based on the profile union schema "
                     "(https://ns.adobe.com/xdm/context/profile__union)"_qs,
                     u"com.adobe.aep.unifiedprofile.common.logging.Logger"_qs)
            << int(K::NotUnionSchema);
    QTest::newRow("dataset deleted")
            << error(u"0090000009"_qs,
                     u"Error writing profiles to output path 'file:///x': Dataset 65f was "
                     "deleted while export job 4 was running"_qs,
                     QString())
            << int(K::DatasetGone);
    QTest::newRow("unknown code") << error(u"0090000123"_qs, u"Quota exceeded"_qs, QString())
                                  << int(K::Unknown);
    QTest::newRow("nothing at all") << JobError() << int(K::Unknown);
}

void TestJobDetailModels::errorKinds()
{
    QFETCH(JobError, error);
    QFETCH(int, kind);
    QCOMPARE(int(JobErrorsModel::classify(error)), kind);
}

void TestJobDetailModels::errorsModelShowsHints()
{
    JobErrorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setJob(tutorialList().at(1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, JobErrorsModel::Code).data().toString(), u"0090000009"_qs);
    QCOMPARE(model.index(1, JobErrorsModel::Message).data().toString(), u"Job aborted."_qs);
    QCOMPARE(model.index(1, JobErrorsModel::CallStack).data().toString(),
             u"org.apache.spark.SparkException: Job aborted."_qs);
    QCOMPARE(model.index(0, 0).data(JobErrorsModel::HintRole).toString(),
             JobErrorsModel::hint(JobErrorsModel::Kind::WriteFailure));
    QCOMPARE(model.index(1, 2).data(JobErrorsModel::KindRole).toInt(),
             int(JobErrorsModel::Kind::SparkAborted));

    // Every kind has its own hint.
    QSet<QString> hints;
    for (int kind = 0; kind <= int(JobErrorsModel::Kind::Unknown); ++kind) {
        const QString hint = JobErrorsModel::hint(JobErrorsModel::Kind(kind));
        QVERIFY(hint.size() > 20);
        hints.insert(hint);
    }
    QCOMPARE(hints.size(), int(JobErrorsModel::Kind::Unknown) + 1);

    model.setJob(tutorialList().at(0)); // no errors
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestJobDetailModels)
#include "tst_jobdetailmodels.moc"
