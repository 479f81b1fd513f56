#include "JobNotifier.h"

#include "AppIcon.h"
#include "models/JobMonitor.h"
#include "models/JobTableModel.h"
#include "models/JobText.h"

#include <QStatusBar>
#include <QSystemTrayIcon>

namespace {

constexpr int kMessageMs = 12000;

qint64 durationOf(const ExportJob &job, qint64 nowMs)
{
    std::optional<qint64> start = job.creationTime;
    std::optional<qint64> end;
    if (job.metrics && job.metrics->totalTime) {
        if (job.metrics->totalTime->startTimeInMs)
            start = job.metrics->totalTime->startTimeInMs;
        end = job.metrics->totalTime->endTimeInMs;
    }
    if (!end)
        end = job.isTerminal() ? job.updateTime : std::optional<qint64>(nowMs);
    return start && end ? *end - *start : 0;
}

} // namespace

JobNotifier::JobNotifier(JobMonitor *monitor, JobTableModel *jobs, QStatusBar *statusBar,
                         QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_jobs(jobs)
    , m_statusBar(statusBar)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(AppIcon::icon(), this);
        m_tray->setToolTip(QStringLiteral("Export Studio")); // untranslated: the product's name
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastJob != 0)
                emit jobActivated(m_lastJob);
        });
    }
    connect(m_monitor, &JobMonitor::jobSucceeded, this, &JobNotifier::onSucceeded);
    connect(m_monitor, &JobMonitor::jobFailed, this, &JobNotifier::onFailed);
    connect(m_monitor, &JobMonitor::jobStuck, this, &JobNotifier::onStuck);
}

JobNotifier::~JobNotifier() = default;

void JobNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (m_tray)
        m_tray->setVisible(enabled);
}

bool JobNotifier::usesTray() const
{
    return m_tray != nullptr;
}

void JobNotifier::onSucceeded(const ExportJob &job)
{
    const QString title = tr("Export job %1 succeeded").arg(job.id);
    QString message = tr("Finished in %1.").arg(JobText::duration(durationOf(job, m_jobs->now())));
    if (job.metrics && job.metrics->totalExportedProfileCounter)
        message = tr("%1 profiles exported in %2.")
                          .arg(JobText::count(*job.metrics->totalExportedProfileCounter),
                               JobText::duration(durationOf(job, m_jobs->now())));
    show(Kind::Succeeded, job.id, title, message);
}

void JobNotifier::onFailed(const ExportJob &job)
{
    const QString title = tr("Export job %1 failed").arg(job.id);
    QString message;
    if (job.errors && !job.errors->isEmpty() && job.errors->constFirst().msg)
        message = *job.errors->constFirst().msg;
    else
        message = tr("The platform reported no reason.");
    show(Kind::Failed, job.id, title, message);
}

void JobNotifier::onStuck(qint64 jobId)
{
    const ExportJob *job = m_jobs->job(jobId);
    const QString title = tr("Export job %1 is taking longer than usual").arg(jobId);
    const QString message = job
            ? tr("Running for %1.").arg(JobText::duration(durationOf(*job, m_jobs->now())))
            : QString();
    show(Kind::Stuck, jobId, title, message);
}

void JobNotifier::show(Kind kind, qint64 jobId, const QString &title, const QString &message)
{
    if (!m_enabled)
        return;
    if (m_tray) {
        if (!m_tray->isVisible())
            m_tray->show();
        m_lastJob = jobId;
        m_tray->showMessage(title, message,
                            kind == Kind::Succeeded ? QSystemTrayIcon::Information
                                                    : QSystemTrayIcon::Warning,
                            kMessageMs);
    } else {
        m_statusBar->showMessage(
                message.isEmpty() ? title
                                  : tr("%1: %2", "notification title: text").arg(title, message),
                kMessageMs);
    }
    emit notified(kind, jobId, title, message);
}
