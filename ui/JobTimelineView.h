#pragma once

#include "models/PhaseSpan.h"

#include <QList>
#include <QWidget>

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QDateTimeAxis;
class QHorizontalStackedBarSeries;

// The phases of one export job as horizontal bars on a time axis: queue wait, profile export
// and dataset write, each on its own row, and the total time they lie in. Fed plain spans, so
// the drawing can change without touching the models; a running job's open phase grows with
// every setSpans().
class JobTimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTimelineView)

public:
    explicit JobTimelineView(QWidget *parent = nullptr);
    ~JobTimelineView() override;

    // `nowMs` is where a running job's axis ends.
    void setSpans(const QList<PhaseSpan> &spans, qint64 nowMs);
    void clear();
    const QList<PhaseSpan> &spans() const { return m_spans; }

    // The drawn chart, for screenshots and tests; owned by the view.
    QChart *chart() const { return m_chart; }
    // The legend text of `phase`: its name and duration; empty when the phase is not shown.
    QString legendText(PhaseSpan::Phase phase) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int PhaseCount = 4;

    void rebuild();
    void updateAxis();
    void applyColors();
    void showToolTip(bool entered, int row, QBarSet *set);
    QString labelOf(const PhaseSpan &span) const;

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarSet *m_offset = nullptr; // transparent: moves each bar to its phase's start
    std::array<QBarSet *, PhaseCount> m_sets{}; // indexed by PhaseSpan::Phase
    QBarCategoryAxis *m_rowAxis = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;

    QList<PhaseSpan> m_spans; // as given
    QList<PhaseSpan::Phase> m_rows; // bottom to top
    qint64 m_nowMs = 0;
    qint64 m_axisMin = 0;
    qint64 m_axisMax = 0;
};
