#include "JobBuilder.h"
#include "ModelSignalRecorder.h"
#include "models/JobFilterModel.h"
#include "models/JobTableModel.h"
#include "models/JobText.h"
#include "models/PhaseSpan.h"
#include "models/StatusStyle.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace JobBuilder;

namespace {

// Roles of a status change: the whole row, every state role.
const QString StateRoles = QStringLiteral(
        "[Display,Decoration,ToolTip,Foreground,Sort,Status,Active,Stuck,Cancelling]");
const QString TextRoles = QStringLiteral("[Display,ToolTip,Sort]");

ExportJob withCounter(ExportJob job, qint64 profiles)
{
    JobMetrics metrics = job.metrics.value_or(JobMetrics());
    metrics.totalExportedProfileCounter = profiles;
    job.metrics = metrics;
    return job;
}

ExportJob withErrors(ExportJob job)
{
    JobError error;
    error.code = QStringLiteral("0090000009");
    error.msg = QStringLiteral("Error writing profiles");
    job.errors = QList<JobError>{error};
    return job;
}

} // namespace

class TestJobTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void insertsIntoEmptyModelInOneCall();
    void oneJobChangesOneDataChanged();
    void counterChangeTouchesOnlyItsColumn();
    void newJobInsertedAtItsRow();
    void newJobsAtSeveralPlacesOneInsertEach();
    void threeScatteredChangesThreeSpans();
    void threeAdjacentChangesOneSpan();
    void adjacentSpanCarriesUnionOfRoles();
    void changesThenInsertsInOneRefresh();
    void unchangedJobsSayNothing();
    void staleStateIsIgnored();
    void sameIdTwiceInsertedOnce();
    void creationTimeChangeMovesTheRow();
    void tickTouchesOnlyActiveRows();
    void removeJobsContiguousRunsBottomUp();
    void resetOnlyWhenAsked();
    void stuckAndCancellingFlags();
    void displayRolesOfTutorialJobs();
    void namesReplaceIds();
    void durationText_data();
    void durationText();
    void statusColoursReadable_data();
    void statusColoursReadable();
    void foregroundFollowsPalette();
    void statusIcons();
    void queuedJobsApplyOverSeveralTurns();
    void queueKeepsNewerStateOfDirectUpsert();
    void selectionSurvivesRefresh();

private:
    void seed(const QList<ExportJob> &jobs);

    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<JobFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<ModelSignalRecorder> m_recorder;
    qint64 m_now = T0 + 3600000;
};

void TestJobTableModel::init()
{
    m_model = std::make_unique<JobTableModel>();
    m_model->setClock([this] { return m_now; });
    m_proxy = std::make_unique<JobFilterModel>();
    m_proxy->setJobModel(m_model.get());
    // Another order than the source's, so the proxy really maps rows.
    m_proxy->sort(JobTableModel::Id, Qt::AscendingOrder);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_recorder = std::make_unique<ModelSignalRecorder>(m_model.get());
}

void TestJobTableModel::cleanup()
{
    m_recorder.reset();
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestJobTableModel::seed(const QList<ExportJob> &jobs)
{
    m_model->upsertJobs(jobs);
    m_recorder->clear();
}

void TestJobTableModel::insertsIntoEmptyModelInOneCall()
{
    const auto summary = m_model->upsertJobs(jobs(10));
    QCOMPARE(summary.inserted, 10);
    QCOMPARE(m_recorder->events(), QStringList{u"rowsInserted 0-9"_qs});
    // Newest first.
    for (int row = 0; row < 10; ++row)
        QCOMPARE(m_model->jobAt(row)->id, 10 - row);
    QCOMPARE(m_model->rowOf(10), 0);
    QCOMPARE(m_model->rowOf(1), 9);
    QCOMPARE(m_proxy->rowCount(), 10);
    QCOMPARE(m_proxy->index(0, 0).data(JobTableModel::JobIdRole).toLongLong(), 1);
}

void TestJobTableModel::oneJobChangesOneDataChanged()
{
    const QList<ExportJob> all = jobs(10, 5); // 5 and 10 are processing
    seed(all);
    const ExportJob done = finished(all[4], JobStatus::Succeeded, T0 + 3000000);
    const auto summary = m_model->upsertJobs({done});
    QCOMPARE(summary.changed, 1);
    QCOMPARE(m_recorder->events(), QStringList{u"dataChanged 5-5 c0-9 "_qs + StateRoles});
    QCOMPARE(m_model->index(5, 0).data(JobTableModel::StatusRole).toInt(),
             int(JobStatus::Succeeded));
    QCOMPARE(m_model->index(5, 0).data(JobTableModel::IsActiveRole).toBool(), false);
    QCOMPARE(m_model->activeJobIds(), QList<qint64>{10});
}

void TestJobTableModel::counterChangeTouchesOnlyItsColumn()
{
    const QList<ExportJob> all = jobs(10);
    seed(all);
    m_model->upsertJobs({withCounter(all[2], 1234567)});
    QCOMPARE(m_recorder->events(), QStringList{u"dataChanged 7-7 c8-8 "_qs + TextRoles});
    QCOMPARE(m_model->index(7, JobTableModel::Profiles).data().toString(), JobText::count(1234567));
}

void TestJobTableModel::newJobInsertedAtItsRow()
{
    seed(jobs(10));
    // Created between jobs 4 and 5: below 10..5, above 4.
    const ExportJob fresh = job(100, JobStatus::New, T0 + 4 * 60000 + 30000);
    const auto summary = m_model->upsertJobs({fresh});
    QCOMPARE(summary.inserted, 1);
    QCOMPARE(m_recorder->events(), QStringList{u"rowsInserted 6-6"_qs});
    QCOMPARE(m_model->rowOf(100), 6);
    QCOMPARE(m_model->rowOf(5), 5);
    QCOMPARE(m_model->rowOf(4), 7);
    QCOMPARE(m_model->rowOf(1), 10);
    // Same creation time as job 7: the larger id comes first.
    m_model->upsertJobs({job(50, JobStatus::New, T0 + 7 * 60000)});
    QCOMPARE(m_recorder->events().last(), u"rowsInserted 3-3"_qs);
    QCOMPARE(m_model->rowOf(50), 3);
    QCOMPARE(m_model->rowOf(7), 4);
}

void TestJobTableModel::newJobsAtSeveralPlacesOneInsertEach()
{
    seed(jobs(10));
    const QList<ExportJob> fresh{
            job(101, JobStatus::New, T0 + 100 * 60000), // top
            job(102, JobStatus::New, T0 + 99 * 60000), // top, same run
            job(103, JobStatus::New, T0 + 5 * 60000 + 1), // between 6 and 5
            job(104, JobStatus::New, T0), // bottom
    };
    m_model->upsertJobs(fresh);
    // Bottom up, so each place is still valid when its turn comes.
    QCOMPARE(m_recorder->events(),
             (QStringList{u"rowsInserted 10-10"_qs, u"rowsInserted 5-5"_qs,
                          u"rowsInserted 0-1"_qs}));
    QCOMPARE(m_model->rowOf(101), 0);
    QCOMPARE(m_model->rowOf(102), 1);
    QCOMPARE(m_model->rowOf(103), 7);
    QCOMPARE(m_model->rowOf(104), 13);
    for (int row = 0; row + 1 < m_model->rowCount(); ++row) {
        const ExportJob *a = m_model->jobAt(row);
        const ExportJob *b = m_model->jobAt(row + 1);
        QVERIFY(*a->creationTime > *b->creationTime
                || (*a->creationTime == *b->creationTime && a->id > b->id));
    }
}

void TestJobTableModel::threeScatteredChangesThreeSpans()
{
    const QList<ExportJob> all = jobs(10);
    seed(all);
    // Rows 1, 4 and 8: ids 9, 6 and 2.
    m_model->upsertJobs({withCounter(all[8], 1), withCounter(all[5], 2), withCounter(all[1], 3)});
    QCOMPARE(m_recorder->events(),
             (QStringList{u"dataChanged 1-1 c8-8 "_qs + TextRoles,
                          u"dataChanged 4-4 c8-8 "_qs + TextRoles,
                          u"dataChanged 8-8 c8-8 "_qs + TextRoles}));
}

void TestJobTableModel::threeAdjacentChangesOneSpan()
{
    const QList<ExportJob> all = jobs(10);
    seed(all);
    // Rows 3, 4, 5: ids 7, 6, 5, given out of order.
    m_model->upsertJobs({withCounter(all[4], 1), withCounter(all[6], 2), withCounter(all[5], 3)});
    QCOMPARE(m_recorder->events(), QStringList{u"dataChanged 3-5 c8-8 "_qs + TextRoles});
}

void TestJobTableModel::adjacentSpanCarriesUnionOfRoles()
{
    const QList<ExportJob> all = jobs(10, 4); // 4 and 8 processing
    seed(all);
    // Row 2 (id 8) ends; row 3 (id 7) gets errors.
    m_model->upsertJobs({finished(all[7], JobStatus::Failed, T0 + 3000000), withErrors(all[6])});
    QCOMPARE(m_recorder->events(), QStringList{u"dataChanged 2-3 c0-9 "_qs + StateRoles});
}

void TestJobTableModel::changesThenInsertsInOneRefresh()
{
    const QList<ExportJob> all = jobs(10);
    seed(all);
    m_model->upsertJobs({job(11, JobStatus::New, T0 + 11 * 60000), withCounter(all[9], 5)});
    // The change is reported on the rows as they were, then the insert.
    QCOMPARE(m_recorder->events(),
             (QStringList{u"dataChanged 0-0 c8-8 "_qs + TextRoles, u"rowsInserted 0-0"_qs}));
    QCOMPARE(m_model->jobAt(1)->metrics->totalExportedProfileCounter, 5);
}

void TestJobTableModel::unchangedJobsSayNothing()
{
    const QList<ExportJob> all = jobs(50, 7);
    seed(all);
    const auto summary = m_model->upsertJobs(all);
    QCOMPARE(summary.unchanged, 50);
    QVERIFY(m_recorder->events().isEmpty());
}

void TestJobTableModel::staleStateIsIgnored()
{
    const QList<ExportJob> all = jobs(5, 5);
    seed(all);
    const ExportJob done = finished(all[4], JobStatus::Succeeded, T0 + 3000000);
    m_model->upsertJobs({done});
    m_recorder->clear();
    // The cached PROCESSING state arrives late: the newer state stays.
    const auto summary = m_model->upsertJobs({all[4]});
    QCOMPARE(summary.stale, 1);
    QVERIFY(m_recorder->events().isEmpty());
    QCOMPARE(m_model->job(5)->status(), JobStatus::Succeeded);
}

void TestJobTableModel::sameIdTwiceInsertedOnce()
{
    const ExportJob first = job(7, JobStatus::New, T0);
    const ExportJob later = finished(first, JobStatus::Succeeded, T0 + 1000);
    m_model->upsertJobs({first, later});
    QCOMPARE(m_recorder->events(), QStringList{u"rowsInserted 0-0"_qs});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->job(7)->status(), JobStatus::Succeeded);
}

void TestJobTableModel::creationTimeChangeMovesTheRow()
{
    const QList<ExportJob> all = jobs(5);
    seed(all);
    ExportJob moved = all[0]; // row 4
    moved.creationTime = T0 + 100 * 60000; // now the newest
    m_model->upsertJobs({moved});
    QCOMPARE(m_recorder->events(), (QStringList{u"rowsRemoved 4-4"_qs, u"rowsInserted 0-0"_qs}));
    QCOMPARE(m_model->rowOf(1), 0);
}

void TestJobTableModel::tickTouchesOnlyActiveRows()
{
    const QList<ExportJob> all = jobs(10, 3); // 3, 6, 9 processing: rows 7, 4, 1
    seed(all);
    const QString before = m_model->index(1, JobTableModel::Duration).data().toString();
    m_model->tick(m_now + 125000);
    QCOMPARE(m_recorder->events(),
             (QStringList{u"dataChanged 1-1 c7-7 "_qs + TextRoles,
                          u"dataChanged 4-4 c7-7 "_qs + TextRoles,
                          u"dataChanged 7-7 c7-7 "_qs + TextRoles}));
    const qint64 started = *all[8].creationTime;
    QCOMPARE(m_model->index(1, JobTableModel::Duration).data().toString(),
             JobText::duration(m_now + 125000 - started));
    QVERIFY(m_model->index(1, JobTableModel::Duration).data().toString() != before);
    QCOMPARE(m_model->index(1, JobTableModel::Duration).data(JobTableModel::SortRole).toLongLong(),
             m_now + 125000 - started);
    // Finished rows keep their own duration.
    QCOMPARE(m_model->index(0, JobTableModel::Duration).data().toString(),
             JobText::duration(60000));

    // Two neighbours that run form one span.
    m_model->upsertJobs({job(11, JobStatus::New, T0 + 11 * 60000)});
    m_recorder->clear();
    m_model->tick(m_now + 126000);
    QCOMPARE(m_recorder->events(),
             (QStringList{u"dataChanged 0-0 c7-7 "_qs + TextRoles,
                          u"dataChanged 2-2 c7-7 "_qs + TextRoles,
                          u"dataChanged 5-5 c7-7 "_qs + TextRoles,
                          u"dataChanged 8-8 c7-7 "_qs + TextRoles}));
    m_model->upsertJobs({job(12, JobStatus::New, T0 + 12 * 60000)});
    m_recorder->clear();
    m_model->tick(m_now + 127000);
    QCOMPARE(m_recorder->events().first(), u"dataChanged 0-1 c7-7 "_qs + TextRoles);

    // Nothing runs, nothing is said.
    for (qint64 id : m_model->activeJobIds())
        m_model->upsertJobs({finished(*m_model->job(id), JobStatus::Succeeded, m_now + 128000)});
    m_recorder->clear();
    m_model->tick(m_now + 129000);
    QVERIFY(m_recorder->events().isEmpty());
}

void TestJobTableModel::removeJobsContiguousRunsBottomUp()
{
    seed(jobs(10));
    m_model->removeJobs({2, 9, 3, 12345});
    QCOMPARE(m_recorder->events(), (QStringList{u"rowsRemoved 7-8"_qs, u"rowsRemoved 1-1"_qs}));
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->rowOf(9), -1);
    QCOMPARE(m_model->rowOf(10), 0);
    QCOMPARE(m_model->rowOf(8), 1);
    QCOMPARE(m_model->rowOf(1), 6);
}

void TestJobTableModel::resetOnlyWhenAsked()
{
    seed(jobs(10, 2));
    m_model->resetJobs(jobs(3));
    QCOMPARE(m_recorder->events(), QStringList{u"modelReset"_qs});
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->activeJobCount(), 0);
    QCOMPARE(m_model->rowOf(3), 0);
}

void TestJobTableModel::stuckAndCancellingFlags()
{
    const QList<ExportJob> all = jobs(5, 5); // 5 processing, row 0
    seed(all);
    const QString flagRoles
            = QStringLiteral("[Display,Decoration,ToolTip,Foreground,Stuck,Cancelling]");
    m_model->setStuck(5, true);
    QCOMPARE(m_recorder->take(), QStringList{u"dataChanged 0-0 c0-9 "_qs + flagRoles});
    QVERIFY(m_model->index(0, 3).data(JobTableModel::StuckRole).toBool());
    QVERIFY(m_model->isStuck(5));
    m_model->setStuck(5, true);
    QVERIFY(m_recorder->events().isEmpty());
    // A finished job is never flagged.
    m_model->setStuck(4, true);
    QVERIFY(m_recorder->events().isEmpty());
    QVERIFY(!m_model->isStuck(4));

    m_model->setCancelling(5, true);
    QCOMPARE(m_recorder->take(), QStringList{u"dataChanged 0-0 c0-9 "_qs + flagRoles});
    QCOMPARE(m_model->index(0, JobTableModel::Status).data().toString(),
             JobTableModel::tr("Cancelling…", "export job status"));
    QVERIFY(m_model->index(0, 0).data(JobTableModel::CancellingRole).toBool());

    // The job ends: both flags go with the status change.
    m_model->upsertJobs({finished(all[4], JobStatus::Cancelled, m_now)});
    QCOMPARE(m_recorder->take(), QStringList{u"dataChanged 0-0 c0-9 "_qs + StateRoles});
    QVERIFY(!m_model->index(0, 0).data(JobTableModel::StuckRole).toBool());
    QVERIFY(!m_model->index(0, 0).data(JobTableModel::CancellingRole).toBool());
    QCOMPARE(m_model->index(0, JobTableModel::Status).data().toString(),
             jobStatusDisplayName(JobStatus::Cancelled, QString()));
}

void TestJobTableModel::displayRolesOfTutorialJobs()
{
    const QList<ExportJob> tutorial = tutorialList();
    QCOMPARE(tutorial.size(), 2);
    m_model->upsertJobs(tutorial);
    // 726 was created after 722.
    QCOMPARE(m_model->rowOf(726), 0);
    QCOMPARE(m_model->rowOf(722), 1);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(0, JobTableModel::Id).toString(), u"726"_qs);
    QCOMPARE(cell(0, JobTableModel::Status).toString(),
             jobStatusDisplayName(JobStatus::Succeeded, QString()));
    QCOMPARE(cell(0, JobTableModel::Segments).toString(),
             u"52c26d0d-45f2-47a2-ab30-ed06abc981ff"_qs);
    QCOMPARE(cell(0, JobTableModel::Dataset).toString(), u"5b7c86968f7b6501e21ba9df"_qs);
    QCOMPARE(cell(0, JobTableModel::MergePolicy).toString(), u"timestampOrdered-none-mp"_qs);
    QCOMPARE(cell(0, JobTableModel::Duration).toString(), JobText::duration(259344));
    QCOMPARE(cell(0, JobTableModel::Duration).toString(),
             JobText::tr("%1 min %2 s", "duration").arg(u"4"_qs, u"19"_qs));
    QCOMPARE(cell(0, JobTableModel::Created).toString(), JobText::localDateTime(1538615973895));
    QVERIFY(cell(0, JobTableModel::Created, Qt::ToolTipRole)
                    .toString()
                    .contains(u"2018-10-04 01:19:33.895 UTC"_qs));
    QCOMPARE(cell(0, JobTableModel::Errors).toString(), QString());
    QCOMPARE(cell(1, JobTableModel::Errors).toString(), u"2"_qs);
    QVERIFY(cell(1, JobTableModel::Errors, Qt::ToolTipRole)
                    .toString()
                    .contains(u"Job aborted."_qs));
    QVERIFY(cell(0, JobTableModel::Id, Qt::ToolTipRole)
                    .toString()
                    .contains(u"d995479c-8a08-4240-903b-af469c67be1f"_qs));
    QVERIFY(cell(0, JobTableModel::Duration, Qt::ToolTipRole)
                    .toString()
                    .contains(PhaseSpan::phaseName(PhaseSpan::Phase::QueueWait)));

    // Raw sort values and row-wide roles.
    QCOMPARE(cell(0, JobTableModel::Created, JobTableModel::SortRole).metaType(),
             QMetaType::fromType<qint64>());
    QCOMPARE(cell(0, JobTableModel::Created, JobTableModel::SortRole).toLongLong(), 1538615973895);
    QCOMPARE(cell(0, JobTableModel::Duration, JobTableModel::SortRole).toLongLong(), 259344);
    QCOMPARE(cell(0, JobTableModel::Dataset, JobTableModel::SortRole).metaType(),
             QMetaType::fromType<QString>());
    QCOMPARE(cell(1, JobTableModel::Errors, JobTableModel::SortRole).toLongLong(), 2);
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        QCOMPARE(cell(1, column, JobTableModel::JobIdRole).toLongLong(), 722);
        QCOMPARE(cell(1, column, JobTableModel::StatusRole).toInt(), int(JobStatus::Failed));
    }
    QCOMPARE(cell(0, JobTableModel::Id, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!cell(0, JobTableModel::Dataset, Qt::TextAlignmentRole).isValid());
    QCOMPARE(m_model->headerData(JobTableModel::Duration, Qt::Horizontal).toString(),
             JobTableModel::tr("Duration", "export job column"));

    // A status this version does not know is shown as sent and stays active.
    ExportJob odd(900, u"QUEUED"_qs);
    odd.creationTime = 1538615973896;
    m_model->upsertJobs({odd});
    QCOMPARE(cell(0, JobTableModel::Status).toString(), u"QUEUED"_qs);
    QVERIFY(cell(0, JobTableModel::Status, JobTableModel::IsActiveRole).toBool());
}

void TestJobTableModel::namesReplaceIds()
{
    m_model->upsertJobs(tutorialList());
    m_recorder->clear();
    m_model->setSegmentNames({{u"52c26d0d-45f2-47a2-ab30-ed06abc981ff"_qs, u"Gold members"_qs}});
    QCOMPARE(m_recorder->take(), QStringList{u"dataChanged 0-1 c2-2 "_qs + TextRoles});
    QCOMPARE(m_model->index(0, JobTableModel::Segments).data().toString(), u"Gold members"_qs);
    QVERIFY(m_model->index(0, JobTableModel::Segments)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"52c26d0d-45f2-47a2-ab30-ed06abc981ff"_qs));
    // Unnamed ids stay ids.
    QCOMPARE(m_model->index(1, JobTableModel::Segments).data().toString(),
             u"7a93d2ff-a220-4bae-9a4e-5f3c35032be3"_qs);
    m_model->setDatasetNames({{u"5bb4c46757920712f924a3eb"_qs, u"Nightly export"_qs}});
    QCOMPARE(m_recorder->take(), QStringList{u"dataChanged 0-1 c3-3 "_qs + TextRoles});
    QCOMPARE(m_model->index(1, JobTableModel::Dataset).data().toString(), u"Nightly export"_qs);
    m_model->setMergePolicyNames({{u"timestampOrdered-none-mp"_qs, u"Default"_qs}});
    QCOMPARE(m_model->index(0, JobTableModel::MergePolicy).data().toString(), u"Default"_qs);
    // Setting the same names again says nothing.
    m_recorder->clear();
    m_model->setMergePolicyNames({{u"timestampOrdered-none-mp"_qs, u"Default"_qs}});
    QVERIFY(m_recorder->events().isEmpty());
}

void TestJobTableModel::durationText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("minutes");
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<QString>("hours");
    // Which form, and its numbers: (hours, minutes) or (minutes, seconds) or (seconds).
    QTest::newRow("zero") << qint64(0) << QString() << u"0"_qs << QString();
    QTest::newRow("negative") << qint64(-5000) << QString() << u"0"_qs << QString();
    QTest::newRow("under a second") << qint64(999) << QString() << u"0"_qs << QString();
    QTest::newRow("59 s") << qint64(59999) << QString() << u"59"_qs << QString();
    QTest::newRow("4 min 05 s") << qint64(245000) << u"4"_qs << u"05"_qs << QString();
    QTest::newRow("1 h 02 min") << qint64(3720000) << u"02"_qs << QString() << u"1"_qs;
    QTest::newRow("25 h 01 min") << qint64(90061000) << u"01"_qs << QString() << u"25"_qs;
}

void TestJobTableModel::durationText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, minutes);
    QFETCH(QString, seconds);
    QFETCH(QString, hours);
    QString expected;
    if (!hours.isEmpty())
        expected = JobText::tr("%1 h %2 min", "duration").arg(hours, minutes);
    else if (!minutes.isEmpty())
        expected = JobText::tr("%1 min %2 s", "duration").arg(minutes, seconds);
    else
        expected = JobText::tr("%1 s", "duration").arg(seconds);
    QCOMPARE(JobText::duration(ms), expected);
}

void TestJobTableModel::statusColoursReadable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("mark");
    QTest::addColumn<QColor>("base");
    const QList<QPair<const char *, QColor>> bases{
            {"white", QColor(0xffffff)},       {"light grey", QColor(0xf0f0f0)},
            {"pale", QColor(0xe8e8e8)},        {"dark", QColor(0x1e1e1e)},
            {"fusion dark", QColor(0x2a2a2a)}, {"charcoal", QColor(0x353535)},
    };
    for (int status = 0; status <= int(JobStatus::Unknown); ++status) {
        for (int mark = 0; mark <= int(StatusStyle::Mark::Cancelling); ++mark) {
            for (const auto &[name, color] : bases)
                QTest::addRow("status %d mark %d on %s", status, mark, name)
                        << status << mark << color;
        }
    }
}

void TestJobTableModel::statusColoursReadable()
{
    QFETCH(int, status);
    QFETCH(int, mark);
    QFETCH(QColor, base);
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    const QColor text = StatusStyle::color(JobStatus(status), StatusStyle::Mark(mark), palette);
    // WCAG AA for normal text.
    QVERIFY2(StatusStyle::contrast(text, base) >= 4.5,
             qPrintable(u"%1 on %2: %3"_qs.arg(text.name(), base.name())
                                .arg(StatusStyle::contrast(text, base))));
}

void TestJobTableModel::foregroundFollowsPalette()
{
    m_model->upsertJobs(tutorialList());
    const QPalette original = QGuiApplication::palette();
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QGuiApplication::setPalette(light);
    const QColor onLight
            = m_model->index(1, JobTableModel::Status).data(Qt::ForegroundRole).value<QColor>();
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x202020));
    QGuiApplication::setPalette(dark);
    const QColor onDark
            = m_model->index(1, JobTableModel::Status).data(Qt::ForegroundRole).value<QColor>();
    QGuiApplication::setPalette(original);
    QCOMPARE(onLight, StatusStyle::color(JobStatus::Failed, StatusStyle::Mark::None, false));
    QCOMPARE(onDark, StatusStyle::color(JobStatus::Failed, StatusStyle::Mark::None, true));
    QVERIFY(onLight != onDark);
    // Only the status column is coloured.
    QVERIFY(!m_model->index(1, JobTableModel::Dataset).data(Qt::ForegroundRole).isValid());
}

void TestJobTableModel::statusIcons()
{
    QList<ExportJob> all;
    const JobStatus statuses[] = {JobStatus::New, JobStatus::Processing, JobStatus::Succeeded,
                                  JobStatus::Failed, JobStatus::Cancelled};
    qint64 id = 0;
    for (JobStatus status : statuses) {
        ++id;
        all << job(id, status, T0 + id * 1000);
    }
    m_model->upsertJobs(all);
    QSet<QByteArray> images;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QIcon icon = m_model->index(row, JobTableModel::Status)
                                   .data(Qt::DecorationRole)
                                   .value<QIcon>();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(16, 16).toImage();
        QCOMPARE(image.size(), QSize(16, 16));
        images.insert(
                QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
        QVERIFY(!m_model->index(row, JobTableModel::Id).data(Qt::DecorationRole).isValid());
    }
    QCOMPARE(images.size(), 5); // one look per status
}

void TestJobTableModel::queuedJobsApplyOverSeveralTurns()
{
    const QList<ExportJob> all = jobs(20000, 97);
    QSignalSpy drained(m_model.get(), &JobTableModel::queueDrained);
    m_model->queueJobs(all);
    QVERIFY(m_model->isApplyingQueue());
    QCOMPARE(m_model->rowCount(), 0); // nothing before the event loop runs
    QVERIFY(drained.wait(60000));
    QCOMPARE(m_model->rowCount(), 20000);
    QVERIFY(!m_model->isApplyingQueue());
    // Applied in several inserts, each a contiguous run.
    const QStringList events = m_recorder->events();
    QVERIFY2(events.size() > 1, qPrintable(events.join(u", ")));
    for (const QString &event : events)
        QVERIFY(event.startsWith(u"rowsInserted"_qs));

    JobTableModel direct;
    direct.upsertJobs(all);
    for (int row = 0; row < direct.rowCount(); row += 997)
        QCOMPARE(m_model->jobAt(row)->id, direct.jobAt(row)->id);
    QCOMPARE(m_model->activeJobCount(), direct.activeJobCount());
    QCOMPARE(m_proxy->rowCount(), 20000);
}

void TestJobTableModel::queueKeepsNewerStateOfDirectUpsert()
{
    const QList<ExportJob> all = jobs(3000, 1000); // 1000, 2000, 3000 processing
    QSignalSpy drained(m_model.get(), &JobTableModel::queueDrained);
    m_model->queueJobs(all);
    // A fresher state arrives directly while the older list is still queued.
    m_model->upsertJobs({finished(all[999], JobStatus::Succeeded, *all[999].creationTime + 5000)});
    QVERIFY(drained.wait(60000));
    QCOMPARE(m_model->job(1000)->status(), JobStatus::Succeeded);
    // removeJobs() also drops what is queued.
    m_model->queueJobs({job(5000, JobStatus::New, m_now)});
    m_model->removeJobs({5000});
    QVERIFY(drained.wait(10000));
    QCOMPARE(m_model->rowOf(5000), -1);
}

void TestJobTableModel::selectionSurvivesRefresh()
{
    const QList<ExportJob> all = jobs(20, 4);
    seed(all);
    QItemSelectionModel selection(m_proxy.get());
    const auto proxyIndexOf = [&](qint64 id) {
        return m_proxy->mapFromSource(m_model->indexOf(id));
    };
    selection.setCurrentIndex(proxyIndexOf(8),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(selection.isRowSelected(proxyIndexOf(8).row()));

    // New jobs above and below, job 8 itself ends, another one changes.
    m_model->upsertJobs({job(21, JobStatus::New, T0 + 21 * 60000),
                         job(0, JobStatus::New, T0 - 60000),
                         finished(all[7], JobStatus::Succeeded, m_now), withCounter(all[2], 7)});
    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(JobTableModel::JobIdRole).toLongLong(), 8);
    QCOMPARE(selection.currentIndex().data(JobTableModel::JobIdRole).toLongLong(), 8);
    QVERIFY(!m_recorder->events().contains(u"modelReset"_qs));
}

QTEST_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
