#pragma once

#include "api/Connection.h"
#include "api/ExportJob.h"

#include <QHash>
#include <QWidget>

class JobErrorsTab;
class JobOutputTab;
class JobOverviewTab;
class JobRequestTab;
class JobTimelineTab;
class PlatformClient;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

// Everything about the selected export job, in tabs: Overview, Timeline, Errors, Output and
// Request. setJob() with a refreshed state of the same job updates the tabs in place: the
// selected tab, scroll positions, unfolded rows and the selected file stay as they are.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    enum Tab { Overview, Timeline, Errors, Output, Request, TabCount };
    Q_ENUM(Tab)

    explicit DetailPane(PlatformClient *client, QWidget *parent = nullptr);
    ~DetailPane() override;

    // The connection the job belongs to: its organization and sandbox go into support details
    // and the curl command.
    void setContext(const Connection &connection);
    void setJob(const ExportJob &job);
    void clear();
    void setSegmentNames(const QHash<QString, QString> &names);
    void setDatasetNames(const QHash<QString, QString> &names);
    void setMergePolicyNames(const QHash<QString, QString> &names);
    // A cancel of the shown job is on its way: the Cancel button waits.
    void setCancelling(bool cancelling);

    bool hasJob() const { return m_hasJob; }
    const ExportJob &job() const { return m_job; }
    QTabWidget *tabs() const { return m_tabs; }
    JobOverviewTab *overviewTab() const { return m_overview; }
    JobTimelineTab *timelineTab() const { return m_timeline; }
    JobErrorsTab *errorsTab() const { return m_errors; }
    JobOutputTab *outputTab() const { return m_output; }
    JobRequestTab *requestTab() const { return m_request; }

    // The clock of elapsed times and growing phases; tests set a fixed one.
    using Clock = qint64 (*)();
    void setClock(Clock clock);

signals:
    void cancelRequested(qint64 jobId);
    void cloneRequested(const ExportJob &job);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void tick();
    qint64 now() const;

    ExportJob m_job;
    bool m_hasJob = false;
    Clock m_clock = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QTabWidget *m_tabs = nullptr;
    JobOverviewTab *m_overview = nullptr;
    JobTimelineTab *m_timeline = nullptr;
    JobErrorsTab *m_errors = nullptr;
    JobOutputTab *m_output = nullptr;
    JobRequestTab *m_request = nullptr;
    QTimer *m_ticker = nullptr;
};
