#pragma once

#include <QList>
#include <QWidget>

#include <array>

class JobTableModel;
class QChart;
class QChartView;
class QDateTimeAxis;
class QScatterSeries;
class QTimer;
class QValueAxis;

// How long the recent jobs took, over time: one point per job at its creation time, its
// duration upwards. Failed jobs are marked apart, running ones grow, and a job the monitor
// judges stuck is ringed. Clicking a point activates its job.
class JobHistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobHistoryChart)

public:
    enum class Kind { Succeeded, Failed, Running, Stuck, Other };
    static constexpr int KindCount = 5;
    static constexpr int DefaultJobLimit = 200;

    explicit JobHistoryChart(JobTableModel *model, QWidget *parent = nullptr);
    ~JobHistoryChart() override;

    // The newest `count` jobs are drawn.
    void setJobLimit(int count);
    int jobLimit() const { return m_limit; }

    QChart *chart() const { return m_chart; }
    QScatterSeries *series(Kind kind) const { return m_series[int(kind)]; }
    // The jobs drawn as points of `kind`, in the series' order.
    const QList<qint64> &jobIds(Kind kind) const { return m_ids[int(kind)]; }
    // Redraws now rather than on the next turn of the event loop.
    void rebuildNow();

signals:
    void jobActivated(qint64 jobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void applyColors();
    void retranslateUi();
    void onClicked(Kind kind, const QPointF &point);

    JobTableModel *m_model;
    int m_limit = DefaultJobLimit;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_durationAxis = nullptr;
    std::array<QScatterSeries *, KindCount> m_series{};
    std::array<QList<qint64>, KindCount> m_ids;
    QTimer *m_rebuildTimer = nullptr;
    bool m_minutes = false; // the duration axis is in minutes, else in seconds
};
