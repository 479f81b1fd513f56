#pragma once

#include "models/JobMonitor.h"

#include <QWidget>

class JobTableModel;
class QLabel;
class QProgressBar;

// The permanent part of the status bar: how the connection is doing ("Refreshed 3 s ago", or
// the error until the next good answer heals it), how many jobs are active, and what the
// polling does (loading with its progress, active, idle, or paused until the next try).
class MonitorStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorStatus)

public:
    // The embedded local platform, while the current connection waits for it.
    enum class PlatformState {
        NotUsed, // another connection, or the local platform runs
        Starting,
        Failed,
    };
    Q_ENUM(PlatformState)

    // `monitor` and `jobs` must outlive the widget.
    MonitorStatus(JobMonitor *monitor, JobTableModel *jobs, QWidget *parent = nullptr);
    ~MonitorStatus() override;

    void setPlatformState(PlatformState state, const QString &detail = {});
    PlatformState platformState() const { return m_platform; }

    // Texts as shown, for tests and accessibility.
    QString healthText() const;
    QString activeText() const;
    QString pollingText() const;
    QProgressBar *progressBar() const { return m_progress; }

    // Rewrites the texts that age ("3 s ago", "next try in 5 s"); called once a second.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void noteMonitorChange();
    void refreshHealth();
    void refreshPolling();

    JobMonitor *m_monitor;
    JobTableModel *m_jobs;
    PlatformState m_platform = PlatformState::NotUsed;
    QString m_platformDetail;
    qint64 m_nextPollAtMs = 0;
    int m_loadedPages = 0;
    qsizetype m_loadedJobs = 0;

    QLabel *m_healthIcon;
    QLabel *m_health;
    QLabel *m_active;
    QLabel *m_polling;
    QProgressBar *m_progress;
};
