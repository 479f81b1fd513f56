#pragma once

#include "api/ExportJob.h"

#include <QWidget>

class JobPhasesModel;
class JobTimelineView;
class QLabel;
class QStackedWidget;
class QTableView;

// The timeline of the shown job: the chart of its phases and, under it, the same phases as a
// table with start, end and duration. Both grow with tick() while the job runs.
class JobTimelineTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTimelineTab)

public:
    explicit JobTimelineTab(QWidget *parent = nullptr);

    void setJob(const ExportJob &job, qint64 nowMs);
    void clear();
    void tick(qint64 nowMs);

    JobTimelineView *view() const { return m_view; }
    JobPhasesModel *phasesModel() const { return m_phases; }
    QTableView *phasesTable() const { return m_table; }
    // True while the "no timing yet" note is shown instead of the chart.
    bool isEmptyStateShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSpans(qint64 nowMs);

    ExportJob m_job;
    bool m_hasJob = false;
    JobPhasesModel *m_phases = nullptr;
    JobTimelineView *m_view = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
};
