#pragma once

#include <QObject>
#include <QString>

class ExportJob;
class JobMonitor;
class JobTableModel;
class QStatusBar;
class QSystemTrayIcon;

// Tells the user when a watched job succeeds, fails or is flagged stuck: a desktop
// notification through the system tray, or a status bar message where there is no tray.
// Only transitions the monitor sees while polling count, never what the first load finds.
class JobNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobNotifier)

public:
    enum class Kind {
        Succeeded,
        Failed,
        Stuck,
    };
    Q_ENUM(Kind)

    // `monitor`, `jobs` and `statusBar` must outlive the notifier.
    JobNotifier(JobMonitor *monitor, JobTableModel *jobs, QStatusBar *statusBar,
                QObject *parent = nullptr);
    ~JobNotifier() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Whether notifications go to the system tray (else to the status bar).
    bool usesTray() const;

signals:
    // A notification was shown (for tests and for an activity log).
    void notified(JobNotifier::Kind kind, qint64 jobId, const QString &title,
                  const QString &message);
    // The user clicked a tray notification about this job.
    void jobActivated(qint64 jobId);

private:
    void onSucceeded(const ExportJob &job);
    void onFailed(const ExportJob &job);
    void onStuck(qint64 jobId);
    void show(Kind kind, qint64 jobId, const QString &title, const QString &message);

    JobMonitor *m_monitor;
    JobTableModel *m_jobs;
    QStatusBar *m_statusBar;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
    qint64 m_lastJob = 0; // the job of the last tray message, for a click on it
};
