#include "JobHistoryChart.h"

#include "ChartStyle.h"
#include "models/JobTableModel.h"
#include "models/JobText.h"
#include "models/PhaseSpan.h"
#include "models/StatusStyle.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineF>
#include <QLocale>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

JobHistoryChart::JobHistoryChart(JobTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setMargins(QMargins(4, 4, 12, 4));

    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setTickCount(5);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_durationAxis = new QValueAxis(m_chart);
    m_durationAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_durationAxis, Qt::AlignLeft);

    for (int k = 0; k < KindCount; ++k) {
        auto *series = new QScatterSeries(m_chart);
        const auto kind = Kind(k);
        series->setMarkerSize(kind == Kind::Stuck ? 16 : 9);
        series->setMarkerShape(kind == Kind::Failed ? QScatterSeries::MarkerShapeRectangle
                                       : kind == Kind::Running ? QScatterSeries::MarkerShapeTriangle
                                                               : QScatterSeries::MarkerShapeCircle);
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_durationAxis);
        m_series[k] = series;
        connect(series, &QScatterSeries::clicked, this,
                [this, kind](const QPointF &point) { onClicked(kind, point); });
        connect(series, &QScatterSeries::hovered, this,
                [this, kind, series](const QPointF &point, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    const auto points = series->points();
                    const qsizetype i = points.indexOf(point);
                    const qint64 id = i >= 0 ? m_ids[int(kind)].value(i, -1) : -1;
                    const ExportJob *job = id >= 0 ? m_model->job(id) : nullptr;
                    if (!job)
                        return;
                    QToolTip::showText(
                            QCursor::pos(),
                            tr("Export job %1\n%2\nCreated: %3\nDuration: %4",
                               "history chart tooltip")
                                    .arg(QString::number(id),
                                         jobStatusDisplayName(job->status(), job->statusText()),
                                         JobText::localDateTime(job->creationTime.value_or(0)),
                                         JobText::duration(jobDurationMs(*job, m_model->now()))),
                            m_view);
                });
    }
    // The stuck ring is drawn over the point of its job, which stays in its own series.
    m_series[int(Kind::Stuck)]->setBrush(Qt::NoBrush);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(140);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(200); // a burst of row updates redraws once
    connect(m_rebuildTimer, &QTimer::timeout, this, &JobHistoryChart::rebuild);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                &JobHistoryChart::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobHistoryChart::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::modelReset, this, &JobHistoryChart::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &JobHistoryChart::scheduleRebuild);
    }
    retranslateUi();
    applyColors();
    rebuild();
}

JobHistoryChart::~JobHistoryChart() = default;

void JobHistoryChart::setJobLimit(int count)
{
    m_limit = std::max(1, count);
    scheduleRebuild();
}

void JobHistoryChart::scheduleRebuild()
{
    if (!m_rebuildTimer->isActive())
        m_rebuildTimer->start();
}

void JobHistoryChart::rebuildNow()
{
    m_rebuildTimer->stop();
    rebuild();
}

void JobHistoryChart::rebuild()
{
    std::array<QList<QPointF>, KindCount> points;
    for (QList<qint64> &ids : m_ids)
        ids.clear();
    const int rows = m_model ? std::min(m_model->jobCount(), m_limit) : 0;
    const qint64 nowMs = m_model ? m_model->now() : 0;
    qint64 first = 0;
    qint64 last = 0;
    qint64 longest = 0;
    struct Point
    {
        qint64 id;
        qint64 x;
        qint64 ms;
        Kind kind;
        bool stuck;
    };
    QList<Point> jobs;
    jobs.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const ExportJob *job = m_model->jobAt(row);
        if (!job || !job->creationTime || *job->creationTime <= 0)
            continue;
        const qint64 ms = std::max<qint64>(jobDurationMs(*job, nowMs), 0);
        Kind kind = Kind::Other;
        switch (job->status()) {
        case JobStatus::Succeeded:
            kind = Kind::Succeeded;
            break;
        case JobStatus::Failed:
            kind = Kind::Failed;
            break;
        case JobStatus::New:
        case JobStatus::Processing:
            kind = Kind::Running;
            break;
        case JobStatus::Cancelled:
        case JobStatus::Unknown:
            break;
        }
        const qint64 x = *job->creationTime;
        first = first == 0 ? x : std::min(first, x);
        last = std::max(last, x);
        longest = std::max(longest, ms);
        jobs.append({job->id, x, ms, kind, m_model->isStuck(job->id)});
    }
    m_minutes = longest >= 3 * 60 * 1000;
    const double unit = m_minutes ? 60'000.0 : 1000.0;
    for (const Point &p : std::as_const(jobs)) {
        const QPointF point(double(p.x), double(p.ms) / unit);
        points[int(p.kind)].append(point);
        m_ids[int(p.kind)].append(p.id);
        if (p.stuck) {
            points[int(Kind::Stuck)].append(point);
            m_ids[int(Kind::Stuck)].append(p.id);
        }
    }
    for (int k = 0; k < KindCount; ++k)
        m_series[k]->replace(points[k]);

    if (jobs.isEmpty()) {
        last = QDateTime::currentMSecsSinceEpoch();
        first = last - 3600 * 1000;
    }
    const qint64 pad = std::max<qint64>((last - first) / 30, 60 * 1000);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first - pad),
                         QDateTime::fromMSecsSinceEpoch(last + pad));
    const QLocale locale;
    m_timeAxis->setFormat(last - first > 24 * 3600 * 1000
                                  ? locale.dateFormat(QLocale::ShortFormat)
                                  : locale.timeFormat(QLocale::ShortFormat));
    // Whole-number ticks a person can read: a step of 1, 2 or 5 times a power of ten, about
    // four or five of them, the top on a tick.
    const double wanted = std::max(1.0, double(longest) / unit * 1.1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted / 4)));
    double step = std::max(1.0, magnitude);
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (std::max(1.0, magnitude * factor) * 5 >= wanted) {
            step = std::max(1.0, magnitude * factor);
            break;
        }
    }
    m_durationAxis->setTickType(QValueAxis::TicksDynamic);
    m_durationAxis->setTickAnchor(0);
    m_durationAxis->setTickInterval(step);
    m_durationAxis->setRange(0, std::ceil(wanted / step) * step);
    retranslateUi();
}

void JobHistoryChart::onClicked(Kind kind, const QPointF &point)
{
    const auto points = m_series[int(kind)]->points();
    // The nearest point: a click lands near a marker, rarely on its centre.
    qsizetype best = -1;
    double bestDistance = 0;
    const QPointF clicked = m_chart->mapToPosition(point, m_series[int(kind)]);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF at = m_chart->mapToPosition(points[i], m_series[int(kind)]);
        const double distance = QLineF(at, clicked).length();
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    if (best >= 0 && best < m_ids[int(kind)].size())
        emit jobActivated(m_ids[int(kind)][best]);
}

void JobHistoryChart::applyColors()
{
    const QPalette palette = this->palette();
    ChartStyle::apply(m_chart, palette);
    const auto colorOf = [&palette](Kind kind) {
        switch (kind) {
        case Kind::Succeeded:
            return StatusStyle::color(JobStatus::Succeeded, StatusStyle::Mark::None, palette);
        case Kind::Failed:
            return StatusStyle::color(JobStatus::Failed, StatusStyle::Mark::None, palette);
        case Kind::Running:
            return StatusStyle::color(JobStatus::Processing, StatusStyle::Mark::None, palette);
        case Kind::Stuck:
            return StatusStyle::color(JobStatus::Processing, StatusStyle::Mark::Stuck, palette);
        case Kind::Other:
            break;
        }
        return StatusStyle::color(JobStatus::Cancelled, StatusStyle::Mark::None, palette);
    };
    for (int k = 0; k < KindCount; ++k) {
        const QColor color = colorOf(Kind(k));
        if (Kind(k) == Kind::Stuck) {
            m_series[k]->setPen(QPen(color, 2.5));
            m_series[k]->setBrush(Qt::NoBrush);
        } else {
            m_series[k]->setColor(color);
            m_series[k]->setBorderColor(color.darker(130));
        }
    }
}

void JobHistoryChart::retranslateUi()
{
    m_series[int(Kind::Succeeded)]->setName(tr("Succeeded", "history chart series"));
    m_series[int(Kind::Failed)]->setName(tr("Failed", "history chart series"));
    m_series[int(Kind::Running)]->setName(tr("Running", "history chart series"));
    m_series[int(Kind::Stuck)]->setName(tr("Stuck", "history chart series"));
    m_series[int(Kind::Other)]->setName(tr("Cancelled", "history chart series"));
    m_durationAxis->setTitleText(m_minutes ? tr("Duration (min)", "history chart axis")
                                           : tr("Duration (s)", "history chart axis"));
    m_timeAxis->setTitleText(tr("Created", "history chart axis"));
}

void JobHistoryChart::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::LocaleChange:
        rebuild();
        break;
    case QEvent::PaletteChange:
        applyColors();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}
