#include "models/JobTableModel.h"
#include "tests/models/JobBuilder.h"
#include "ui/JobHistoryChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using Kind = JobHistoryChart::Kind;

// The history chart: one point per recent job at its creation time and duration, failures
// and stuck jobs set apart, a click on a point activating its job.
class tst_HistoryChart : public QObject
{
    Q_OBJECT

private slots:
    void pointsPerKind();
    void durationTicksAreWholeNumbers_data();
    void durationTicksAreWholeNumbers();
    void followsTheModel();
    void clickActivatesJob();
    void limitKeepsTheNewest();

private:
    static qint64 now() { return JobBuilder::T0 + 3600 * 1000; }
};

void tst_HistoryChart::pointsPerKind()
{
    JobTableModel model;
    model.setClock(&tst_HistoryChart::now);
    model.upsertJobs({
            JobBuilder::job(1, JobStatus::Succeeded, JobBuilder::T0, 120'000),
            JobBuilder::job(2, JobStatus::Failed, JobBuilder::T0 + 60'000, 30'000),
            JobBuilder::job(3, JobStatus::Processing, JobBuilder::T0 + 120'000),
            JobBuilder::job(4, JobStatus::Cancelled, JobBuilder::T0 + 180'000, 10'000),
            JobBuilder::job(5, JobStatus::Processing, JobBuilder::T0 + 240'000),
    });
    model.setStuck(5, true);
    JobHistoryChart chart(&model);
    chart.rebuildNow();

    QCOMPARE(chart.jobIds(Kind::Succeeded), QList<qint64>{1});
    QCOMPARE(chart.jobIds(Kind::Failed), QList<qint64>{2});
    QCOMPARE(chart.jobIds(Kind::Running), (QList<qint64>{5, 3})); // newest first
    QCOMPARE(chart.jobIds(Kind::Other), QList<qint64>{4});
    QCOMPARE(chart.jobIds(Kind::Stuck), QList<qint64>{5});
    // A point sits at the job's creation time, its duration upwards: the running job 3 has
    // run for nearly an hour, so the axis is in minutes.
    const QPointF failed = chart.series(Kind::Failed)->at(0);
    QCOMPARE(qint64(failed.x()), JobBuilder::T0 + 60'000);
    QCOMPARE(failed.y(), 0.5);
    const QPointF running = chart.series(Kind::Running)->at(1);
    QCOMPARE(running.y(), double(now() - (JobBuilder::T0 + 120'000)) / 60'000.0);
    // The stuck ring lies over its job's point.
    QCOMPARE(chart.series(Kind::Stuck)->at(0), chart.series(Kind::Running)->at(0));
    auto *durationAxis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(durationAxis);
    QVERIFY(durationAxis->max() >= running.y());
    QCOMPARE(durationAxis->titleText(),
             JobHistoryChart::tr("Duration (min)", "history chart axis"));
    // Failures are drawn apart from successes.
    QVERIFY(chart.series(Kind::Failed)->color() != chart.series(Kind::Succeeded)->color());
    QVERIFY(chart.series(Kind::Failed)->markerShape()
            != chart.series(Kind::Succeeded)->markerShape());
}

void tst_HistoryChart::durationTicksAreWholeNumbers_data()
{
    QTest::addColumn<qint64>("longestMs");
    QTest::addColumn<double>("interval");
    QTest::addColumn<double>("top");
    QTest::newRow("half a second") << qint64(500) << 1.0 << 1.0;
    QTest::newRow("9 s") << qint64(9'000) << 2.0 << 10.0;
    QTest::newRow("45 s") << qint64(45'000) << 10.0 << 50.0;
    QTest::newRow("170 s") << qint64(170'000) << 50.0 << 200.0;
    QTest::newRow("10 min") << qint64(600'000) << 5.0 << 15.0;
}

void tst_HistoryChart::durationTicksAreWholeNumbers()
{
    QFETCH(qint64, longestMs);
    QFETCH(double, interval);
    QFETCH(double, top);
    JobTableModel model;
    model.setClock(&tst_HistoryChart::now);
    model.upsertJobs({JobBuilder::job(1, JobStatus::Succeeded, JobBuilder::T0, longestMs),
                      JobBuilder::job(2, JobStatus::Failed, JobBuilder::T0 + 1000, 100)});
    JobHistoryChart chart(&model);
    chart.rebuildNow();
    auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    // Labels are printed without decimals: every tick must be a whole number.
    QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(axis->tickAnchor(), 0.0);
    QCOMPARE(axis->tickInterval(), interval);
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), top);
    QVERIFY(axis->max() >= chart.series(Kind::Succeeded)->at(0).y());
}

void tst_HistoryChart::followsTheModel()
{
    JobTableModel model;
    model.setClock(&tst_HistoryChart::now);
    JobHistoryChart chart(&model);
    chart.rebuildNow();
    for (int k = 0; k < JobHistoryChart::KindCount; ++k)
        QCOMPARE(chart.series(Kind(k))->count(), 0);

    const ExportJob running = JobBuilder::job(8, JobStatus::Processing, JobBuilder::T0);
    model.upsertJobs({running});
    QTRY_COMPARE(chart.jobIds(Kind::Running), QList<qint64>{8});
    // The job fails: its point moves to the failures.
    model.upsertJobs({JobBuilder::finished(running, JobStatus::Failed, JobBuilder::T0 + 20'000)});
    QTRY_COMPARE(chart.jobIds(Kind::Failed), QList<qint64>{8});
    QVERIFY(chart.jobIds(Kind::Running).isEmpty());
    QCOMPARE(chart.series(Kind::Failed)->at(0).y(), 20.0); // seconds for short jobs
    QCOMPARE(qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0))->titleText(),
             JobHistoryChart::tr("Duration (s)", "history chart axis"));

    // Series names follow the language.
    chart.series(Kind::Failed)->setName(QString());
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&chart, &change);
    QCOMPARE(chart.series(Kind::Failed)->name(),
             JobHistoryChart::tr("Failed", "history chart series"));
}

void tst_HistoryChart::clickActivatesJob()
{
    JobTableModel model;
    model.setClock(&tst_HistoryChart::now);
    model.upsertJobs(JobBuilder::jobs(6));
    JobHistoryChart chart(&model);
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.rebuildNow();
    QSignalSpy activated(&chart, &JobHistoryChart::jobActivated);
    QScatterSeries *series = chart.series(Kind::Succeeded);
    QCOMPARE(series->count(), 6);
    const int index = int(chart.jobIds(Kind::Succeeded).indexOf(4));
    QVERIFY(index >= 0);
    // A click a little off the marker still finds it.
    emit series->clicked(series->at(index) + QPointF(1000, 0.01));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), 4);

    // The mouse, on the marker of job 2 as drawn.
    const int other = int(chart.jobIds(Kind::Succeeded).indexOf(2));
    QVERIFY(other >= 0);
    auto *view = chart.findChild<QChartView *>();
    QVERIFY(view);
    const QPointF inChart = chart.chart()->mapToPosition(series->at(other), series);
    const QPoint at = view->mapFromScene(chart.chart()->mapToScene(inChart));
    QVERIFY(view->viewport()->rect().contains(at));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(activated.size(), 2);
    QCOMPARE(activated.last().at(0).toLongLong(), 2);
}

void tst_HistoryChart::limitKeepsTheNewest()
{
    JobTableModel model;
    model.setClock(&tst_HistoryChart::now);
    model.upsertJobs(JobBuilder::jobs(30));
    JobHistoryChart chart(&model);
    chart.setJobLimit(10);
    chart.rebuildNow();
    const QList<qint64> ids = chart.jobIds(Kind::Succeeded);
    QCOMPARE(ids.size(), 10);
    QCOMPARE(ids.first(), 30);
    QCOMPARE(ids.last(), 21);
    auto *timeAxis = qobject_cast<QDateTimeAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(timeAxis->min().toMSecsSinceEpoch() < JobBuilder::T0 + 21 * 60'000);
    QVERIFY(timeAxis->max().toMSecsSinceEpoch() > JobBuilder::T0 + 30 * 60'000);
}

QTEST_MAIN(tst_HistoryChart)
#include "tst_historychart.moc"
