#include "models/JobText.h"
#include "models/PhaseSpan.h"
#include "models/StatusStyle.h"
#include "tests/models/JobBuilder.h"
#include "ui/ChartStyle.h"
#include "ui/JobTimelineView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QTest>

using Phase = PhaseSpan::Phase;

// The timeline chart: one row per phase the job has, bars where the phases lie on a time
// axis, a legend with each phase's duration, an open phase growing with time.
class tst_TimelineView : public QObject
{
    Q_OBJECT

private slots:
    void succeededJobShowsEveryPhase();
    void failedJobShowsOnlyItsPhases();
    void runningJobGrows();
    void phasesAppearAsTheJobMovesOn();
    void colorsReadableInLightAndDark_data();
    void colorsReadableInLightAndDark();
    void barsAreDrawn();

private:
    static QHorizontalStackedBarSeries *series(const JobTimelineView &view);
    static QBarSet *setOf(const JobTimelineView &view, const QString &labelStart);
    static QStringList rows(const JobTimelineView &view);
    static QDateTimeAxis *timeAxis(const JobTimelineView &view);
};

QHorizontalStackedBarSeries *tst_TimelineView::series(const JobTimelineView &view)
{
    return qobject_cast<QHorizontalStackedBarSeries *>(view.chart()->series().value(0));
}

// The bar set whose legend starts with a phase's name.
QBarSet *tst_TimelineView::setOf(const JobTimelineView &view, const QString &labelStart)
{
    const auto sets = series(view)->barSets();
    for (QBarSet *set : sets) {
        if (!labelStart.isEmpty() && set->label().startsWith(labelStart))
            return set;
    }
    return nullptr;
}

QStringList tst_TimelineView::rows(const JobTimelineView &view)
{
    const auto axes = view.chart()->axes(Qt::Vertical);
    auto *axis = qobject_cast<QBarCategoryAxis *>(axes.value(0));
    return axis ? axis->categories() : QStringList();
}

QDateTimeAxis *tst_TimelineView::timeAxis(const JobTimelineView &view)
{
    return qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
}

void tst_TimelineView::succeededJobShowsEveryPhase()
{
    const ExportJob job = JobBuilder::tutorialList().at(0);
    QCOMPARE(job.id, 726);
    const QList<PhaseSpan> spans = phaseSpans(job, JobBuilder::T0);
    JobTimelineView view;
    view.resize(700, 260);
    view.setSpans(spans, JobBuilder::T0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Bottom to top: dataset write, profile export, queue wait, total on top.
    QCOMPARE(rows(view),
             (QStringList{PhaseSpan::phaseName(Phase::DatasetWrite),
                          PhaseSpan::phaseName(Phase::ProfileExport),
                          PhaseSpan::phaseName(Phase::QueueWait),
                          PhaseSpan::phaseName(Phase::Total)}));
    // Each bar starts where its phase starts: the transparent offset set carries the start.
    QBarSet *offset = series(view)->barSets().at(0);
    QCOMPARE(offset->at(1), qreal(1538616067445)); // profile export start
    QCOMPARE(offset->at(3), qreal(1538615973895)); // total start
    QBarSet *exportSet = setOf(view, PhaseSpan::phaseName(Phase::ProfileExport));
    QVERIFY(exportSet);
    QCOMPARE(exportSet->at(1), qreal(72131));
    QCOMPARE(exportSet->at(0), qreal(0));
    QCOMPARE(exportSet->at(2), qreal(0));
    QBarSet *totalSet = setOf(view, PhaseSpan::phaseName(Phase::Total));
    QCOMPARE(totalSet->at(3), qreal(259344));
    // A 543 ms write is drawn wide enough to see, and its legend keeps the true duration.
    QBarSet *writeSet = setOf(view, PhaseSpan::phaseName(Phase::DatasetWrite));
    QVERIFY(writeSet->at(0) > 543);
    QCOMPARE(view.legendText(Phase::DatasetWrite),
             PhaseSpan::phaseName(Phase::DatasetWrite) + u": " + JobText::duration(543));
    QCOMPARE(view.legendText(Phase::ProfileExport),
             PhaseSpan::phaseName(Phase::ProfileExport) + u": " + JobText::duration(72131));
    QCOMPARE(view.legendText(Phase::QueueWait),
             PhaseSpan::phaseName(Phase::QueueWait) + u": "
                     + JobText::duration(1538616067445 - 1538615973895));
    // The axis holds the whole job.
    QVERIFY(timeAxis(view)->min().toMSecsSinceEpoch() < 1538615973895);
    QVERIFY(timeAxis(view)->max().toMSecsSinceEpoch() > 1538616233239);
    // A legend entry per phase; the offset and the total (a row of its own) have none.
    int visibleMarkers = 0;
    for (QLegendMarker *marker : view.chart()->legend()->markers())
        visibleMarkers += marker->isVisible() ? 1 : 0;
    QCOMPARE(visibleMarkers, 3);
}

void tst_TimelineView::failedJobShowsOnlyItsPhases()
{
    const ExportJob job = JobBuilder::tutorialList().at(1);
    QCOMPARE(job.id, 722);
    JobTimelineView view;
    view.resize(700, 260);
    view.setSpans(phaseSpans(job, JobBuilder::T0), JobBuilder::T0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(rows(view),
             (QStringList{PhaseSpan::phaseName(Phase::ProfileExport),
                          PhaseSpan::phaseName(Phase::QueueWait),
                          PhaseSpan::phaseName(Phase::Total)}));
    QVERIFY(view.legendText(Phase::DatasetWrite).isEmpty());
    int visibleMarkers = 0;
    for (QLegendMarker *marker : view.chart()->legend()->markers())
        visibleMarkers += marker->isVisible() ? 1 : 0;
    QCOMPARE(visibleMarkers, 2);
    QCOMPARE(setOf(view, PhaseSpan::phaseName(Phase::ProfileExport))->at(0), qreal(46598));
}

void tst_TimelineView::runningJobGrows()
{
    ExportJob job(9, u"PROCESSING"_qs);
    job.creationTime = JobBuilder::T0;
    JobMetrics metrics;
    metrics.totalTime = PhaseTime{JobBuilder::T0, {}, {}, {}};
    metrics.profileExportTime = PhaseTime{JobBuilder::T0 + 4000, {}, {}, {}};
    job.metrics = metrics;

    JobTimelineView view;
    view.setSpans(phaseSpans(job, JobBuilder::T0 + 30'000), JobBuilder::T0 + 30'000);
    QBarSet *exportSet = setOf(view, PhaseSpan::phaseName(Phase::ProfileExport));
    QCOMPARE(exportSet->at(0), qreal(26'000)); // rows: export, queue wait, total
    QVERIFY(exportSet->label().endsWith(
            JobTimelineView::tr("%1: %2 (running)", "timeline legend: phase name, duration")
                    .arg(QString(), JobText::duration(26'000))));
    const qint64 before = timeAxis(view)->max().toMSecsSinceEpoch();
    QVERIFY(before >= JobBuilder::T0 + 30'000);

    view.setSpans(phaseSpans(job, JobBuilder::T0 + 90'000), JobBuilder::T0 + 90'000);
    QCOMPARE(exportSet->at(0), qreal(86'000));
    QCOMPARE(setOf(view, PhaseSpan::phaseName(Phase::Total))->at(2), qreal(90'000));
    QVERIFY(timeAxis(view)->max().toMSecsSinceEpoch() > JobBuilder::T0 + 90'000);
    QVERIFY(timeAxis(view)->max().toMSecsSinceEpoch() > before);
}

void tst_TimelineView::phasesAppearAsTheJobMovesOn()
{
    ExportJob job(10, u"NEW"_qs);
    job.creationTime = JobBuilder::T0;
    JobMetrics metrics;
    metrics.totalTime = PhaseTime{JobBuilder::T0, {}, {}, {}};
    job.metrics = metrics;
    JobTimelineView view;
    view.setSpans(phaseSpans(job, JobBuilder::T0 + 1000), JobBuilder::T0 + 1000);
    QCOMPARE(rows(view).size(), 2); // queue wait and total

    job.setStatus(JobStatus::Processing);
    metrics.profileExportTime = PhaseTime{JobBuilder::T0 + 2000, {}, {}, {}};
    job.metrics = metrics;
    view.setSpans(phaseSpans(job, JobBuilder::T0 + 3000), JobBuilder::T0 + 3000);
    QCOMPARE(rows(view).size(), 3);

    metrics.profileExportTime = PhaseTime{JobBuilder::T0 + 2000, JobBuilder::T0 + 5000, 3000, {}};
    metrics.aCPDatasetWriteTime = PhaseTime{JobBuilder::T0 + 5000, {}, {}, {}};
    job.metrics = metrics;
    view.setSpans(phaseSpans(job, JobBuilder::T0 + 6000), JobBuilder::T0 + 6000);
    QCOMPARE(rows(view).size(), 4);
    QCOMPARE(rows(view).first(), PhaseSpan::phaseName(Phase::DatasetWrite));
    for (QBarSet *set : series(view)->barSets())
        QCOMPARE(set->count(), 4);

    view.clear();
    QVERIFY(rows(view).isEmpty());
    QVERIFY(view.spans().isEmpty());
}

void tst_TimelineView::colorsReadableInLightAndDark_data()
{
    QTest::addColumn<QColor>("base");
    QTest::newRow("light") << QColor(Qt::white);
    QTest::newRow("light grey") << QColor(0xf0, 0xf0, 0xf0);
    QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e);
    QTest::newRow("dark grey") << QColor(0x35, 0x35, 0x35);
}

void tst_TimelineView::colorsReadableInLightAndDark()
{
    QFETCH(QColor, base);
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, base.lightnessF() < 0.5 ? Qt::white : Qt::black);
    for (Phase phase :
         {Phase::QueueWait, Phase::ProfileExport, Phase::DatasetWrite, Phase::Total}) {
        const double ratio = StatusStyle::contrast(ChartStyle::phaseColor(phase, palette), base);
        QVERIFY2(ratio >= 3.0, qPrintable(u"%1: %2"_qs.arg(int(phase)).arg(ratio)));
    }
    // The view takes its colours from its palette, and follows a change of it.
    JobTimelineView view;
    view.setSpans(phaseSpans(JobBuilder::tutorialList().at(0), 0), 0);
    view.setPalette(palette);
    QCOMPARE(setOf(view, PhaseSpan::phaseName(Phase::ProfileExport))->pen().color(),
             ChartStyle::phaseColor(Phase::ProfileExport, palette));
    const auto axes = view.chart()->axes();
    for (auto *axis : axes)
        QCOMPARE(axis->labelsColor(), palette.color(QPalette::Text));
}

void tst_TimelineView::barsAreDrawn()
{
    JobTimelineView view;
    view.resize(640, 240);
    const ExportJob job = JobBuilder::tutorialList().at(0);
    view.setSpans(phaseSpans(job, 0), 0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.grab().toImage();
    // The profile export bar's outline colour is on screen.
    const QColor color = ChartStyle::phaseColor(Phase::ProfileExport, view.palette());
    int hits = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            hits += image.pixelColor(x, y) == color ? 1 : 0;
    }
    QVERIFY2(hits > 40, qPrintable(QString::number(hits)));
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
