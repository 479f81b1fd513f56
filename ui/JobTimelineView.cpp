#include "JobTimelineView.h"

#include "ChartStyle.h"
#include "models/JobText.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Rows from the bottom of the chart up: the total on top, the phases below it in order.
constexpr std::array<PhaseSpan::Phase, 4> kRowOrder = {
        PhaseSpan::Phase::DatasetWrite,
        PhaseSpan::Phase::ProfileExport,
        PhaseSpan::Phase::QueueWait,
        PhaseSpan::Phase::Total,
};

// A phase of half a second in a four-minute job would be a sliver no one can see or point
// at: bars are drawn at least this share of the axis wide. Labels keep the true duration.
constexpr double kMinBarShare = 0.006;

// The time axis' labels: seconds for short jobs, the date for long ones.
QString timeFormat(qint64 rangeMs)
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (rangeMs <= 10 * 60 * 1000 && !time.contains(u's')) {
        const qsizetype minutes = time.indexOf(u"mm");
        if (minutes >= 0)
            time.insert(minutes + 2, u":ss"_s);
    }
    if (rangeMs > 24 * 3600 * 1000)
        return locale.dateFormat(QLocale::ShortFormat) + u' ' + time;
    return time;
}

} // namespace

JobTimelineView::JobTimelineView(QWidget *parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation); // it redraws every second while running
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setMargins(QMargins(4, 4, 12, 4));

    m_series = new QHorizontalStackedBarSeries(m_chart);
    m_series->setBarWidth(0.6);
    m_offset = new QBarSet(QString(), m_series);
    m_offset->setBrush(Qt::NoBrush);
    m_offset->setPen(Qt::NoPen);
    m_series->append(m_offset);
    for (int phase = 0; phase < PhaseCount; ++phase) {
        m_sets[phase] = new QBarSet(QString(), m_series);
        m_series->append(m_sets[phase]);
    }
    m_chart->addSeries(m_series);

    m_rowAxis = new QBarCategoryAxis(m_chart);
    m_rowAxis->setGridLineVisible(false);
    m_chart->addAxis(m_rowAxis, Qt::AlignLeft);
    m_series->attachAxis(m_rowAxis);
    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setTickCount(5);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_series->attachAxis(m_timeAxis);

    connect(m_series, &QAbstractBarSeries::hovered, this, &JobTimelineView::showToolTip);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(160);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    applyColors();
    rebuild();
}

JobTimelineView::~JobTimelineView() = default;

void JobTimelineView::setSpans(const QList<PhaseSpan> &spans, qint64 nowMs)
{
    m_spans = spans;
    m_nowMs = nowMs;
    rebuild();
}

void JobTimelineView::clear()
{
    setSpans({}, 0);
}

QString JobTimelineView::legendText(PhaseSpan::Phase phase) const
{
    for (const PhaseSpan &span : m_spans) {
        if (span.phase == phase)
            return m_sets[int(phase)]->label();
    }
    return {};
}

QString JobTimelineView::labelOf(const PhaseSpan &span) const
{
    const QString name = PhaseSpan::phaseName(span.phase);
    const QString duration = JobText::duration(span.durationMs());
    return span.open
            ? tr("%1: %2 (running)", "timeline legend: phase name, duration").arg(name, duration)
            : tr("%1: %2", "timeline legend: phase name, duration").arg(name, duration);
}

void JobTimelineView::updateAxis()
{
    qint64 first = 0;
    qint64 last = 0;
    bool open = false;
    for (const PhaseSpan &span : std::as_const(m_spans)) {
        first = first == 0 ? span.startMs : std::min(first, span.startMs);
        last = std::max(last, span.endMs);
        open = open || span.open;
    }
    if (open)
        last = std::max(last, m_nowMs);
    if (m_spans.isEmpty()) {
        first = QDateTime::currentMSecsSinceEpoch();
        last = first;
    }
    // A job that just started still gets an axis a few seconds wide; a running one gets room
    // to grow into, so the axis does not jump every second.
    qint64 range = std::max<qint64>(last - first, 10'000);
    if (open)
        range = range + range / 5;
    const qint64 pad = std::max<qint64>(range / 40, 200);
    m_axisMin = first - pad;
    m_axisMax = first + range + pad;
    m_timeAxis->setFormat(timeFormat(m_axisMax - m_axisMin));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_axisMin),
                         QDateTime::fromMSecsSinceEpoch(m_axisMax));
}

void JobTimelineView::rebuild()
{
    QList<PhaseSpan::Phase> rows;
    for (PhaseSpan::Phase phase : kRowOrder) {
        if (std::any_of(m_spans.cbegin(), m_spans.cend(),
                        [phase](const PhaseSpan &s) { return s.phase == phase; }))
            rows.append(phase);
    }
    updateAxis();
    const qint64 minWidth = qint64((m_axisMax - m_axisMin) * kMinBarShare);

    QList<qreal> offsets(rows.size(), 0);
    std::array<QList<qreal>, PhaseCount> values;
    values.fill(QList<qreal>(rows.size(), 0));
    for (const PhaseSpan &span : std::as_const(m_spans)) {
        const qsizetype row = rows.indexOf(span.phase);
        // The bar starts at the phase's start: the transparent offset fills the rest.
        offsets[row] = qreal(span.startMs);
        values[int(span.phase)][row] = qreal(std::max(span.durationMs(), minWidth));
        QBarSet *set = m_sets[int(span.phase)];
        set->setLabel(labelOf(span));
    }

    const bool rowsChanged = rows != m_rows;
    m_rows = rows;
    const auto fill = [rowsChanged](QBarSet *set, const QList<qreal> &list) {
        if (rowsChanged || set->count() != list.size()) {
            set->remove(0, set->count());
            set->append(list);
            return;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (set->at(int(i)) != list[i])
                set->replace(int(i), list[i]);
        }
    };
    fill(m_offset, offsets);
    for (int phase = 0; phase < PhaseCount; ++phase)
        fill(m_sets[phase], values[phase]);
    if (rowsChanged) {
        QStringList names;
        for (PhaseSpan::Phase phase : std::as_const(m_rows))
            names << PhaseSpan::phaseName(phase);
        m_rowAxis->setCategories(names);
    }
    applyColors();
}

void JobTimelineView::applyColors()
{
    const QPalette palette = this->palette();
    ChartStyle::apply(m_chart, palette);
    for (int phase = 0; phase < PhaseCount; ++phase) {
        const auto p = PhaseSpan::Phase(phase);
        const auto span = std::find_if(m_spans.cbegin(), m_spans.cend(),
                                       [p](const PhaseSpan &s) { return s.phase == p; });
        const QColor color = ChartStyle::phaseColor(p, palette);
        QColor fill = color;
        // A running phase is drawn lighter with a full outline: it has no end yet.
        if (span != m_spans.cend() && span->open)
            fill.setAlphaF(0.45f);
        if (p == PhaseSpan::Phase::Total)
            fill.setAlphaF(fill.alphaF() * 0.55f);
        m_sets[phase]->setBrush(fill);
        m_sets[phase]->setPen(QPen(color, 1.2));
        m_sets[phase]->setLabelColor(palette.color(QPalette::Text));
    }
    const auto markers = m_chart->legend()->markers(m_series);
    for (QLegendMarker *marker : markers) {
        auto *bar = qobject_cast<QBarLegendMarker *>(marker);
        QBarSet *set = bar ? bar->barset() : nullptr;
        const qsizetype phase = std::find(m_sets.cbegin(), m_sets.cend(), set) - m_sets.cbegin();
        // The total is the grey row the axis names, its time in the table below: left out of
        // the legend, the phases' entries fit side by side in a pane of ordinary width.
        const bool shown = phase < PhaseCount && PhaseSpan::Phase(phase) != PhaseSpan::Phase::Total
                && m_rows.contains(PhaseSpan::Phase(phase));
        marker->setVisible(shown);
    }
}

void JobTimelineView::showToolTip(bool entered, int row, QBarSet *set)
{
    const qsizetype phase = std::find(m_sets.cbegin(), m_sets.cend(), set) - m_sets.cbegin();
    if (!entered || phase >= PhaseCount || row < 0 || row >= m_rows.size()
        || m_rows[row] != PhaseSpan::Phase(phase)) {
        QToolTip::hideText();
        return;
    }
    for (const PhaseSpan &span : std::as_const(m_spans)) {
        if (span.phase != PhaseSpan::Phase(phase))
            continue;
        const QString end = span.open ? tr("running", "a phase without an end yet")
                                      : JobText::localDateTimeSeconds(span.endMs);
        QToolTip::showText(QCursor::pos(),
                           tr("%1\nStart: %2\nEnd: %3\nDuration: %4", "timeline bar tooltip")
                                   .arg(PhaseSpan::phaseName(span.phase),
                                        JobText::localDateTimeSeconds(span.startMs), end,
                                        JobText::duration(span.durationMs())),
                           m_view);
        return;
    }
}

void JobTimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        m_rows.clear(); // the row names are translated
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
