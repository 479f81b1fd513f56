#include "MonitorStatus.h"

#include "models/JobTableModel.h"
#include "models/JobText.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QTimer>

using namespace std::chrono;

namespace {

QPixmap dot(const QColor &color, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

MonitorStatus::MonitorStatus(JobMonitor *monitor, JobTableModel *jobs, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_jobs(jobs)
    , m_healthIcon(new QLabel(this))
    , m_health(new QLabel(this))
    , m_active(new QLabel(this))
    , m_polling(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_healthIcon);
    layout->addWidget(m_health);
    layout->addWidget(separator(this));
    layout->addWidget(m_active);
    layout->addWidget(separator(this));
    layout->addWidget(m_progress);
    layout->addWidget(m_polling);
    m_health->setObjectName(QStringLiteral("healthLabel"));
    m_active->setObjectName(QStringLiteral("activeJobsLabel"));
    m_polling->setObjectName(QStringLiteral("pollingLabel"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 0); // the length of the list is unknown until its last page
    m_progress->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 6);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);

    connect(m_monitor, &JobMonitor::healthChanged, this, &MonitorStatus::noteMonitorChange);
    connect(m_monitor, &JobMonitor::pollingStateChanged, this, &MonitorStatus::noteMonitorChange);
    connect(m_monitor, &JobMonitor::cycleFinished, this, &MonitorStatus::noteMonitorChange);
    connect(m_monitor, &JobMonitor::loadFinished, this, &MonitorStatus::noteMonitorChange);
    connect(m_monitor, &JobMonitor::loadProgress, this, [this](int pages, qsizetype jobs) {
        m_loadedPages = pages;
        m_loadedJobs = jobs;
        refreshPolling();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_jobs, signal, this, &MonitorStatus::refresh);
    connect(m_jobs, &QAbstractItemModel::modelReset, this, &MonitorStatus::refresh);
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, &MonitorStatus::refresh);
    refresh();
}

MonitorStatus::~MonitorStatus() = default;

void MonitorStatus::setPlatformState(PlatformState state, const QString &detail)
{
    m_platform = state;
    m_platformDetail = detail;
    refresh();
}

QString MonitorStatus::healthText() const
{
    return m_health->text();
}

QString MonitorStatus::activeText() const
{
    return m_active->text();
}

QString MonitorStatus::pollingText() const
{
    return m_polling->text();
}

void MonitorStatus::noteMonitorChange()
{
    if (m_monitor->pollingState() == JobMonitor::PollingState::Loading) {
        m_loadedPages = 0;
        m_loadedJobs = 0;
    }
    // The monitor arms its next poll right after it tells: read the wait once it has.
    QTimer::singleShot(0, this, [this] {
        m_nextPollAtMs = QDateTime::currentMSecsSinceEpoch() + m_monitor->nextPollDelay().count();
        refresh();
    });
    refresh();
}

void MonitorStatus::refresh()
{
    refreshHealth();
    refreshPolling();
    m_active->setText(tr("%n active job(s)", "jobs not ended", m_jobs->activeJobCount()));
}

void MonitorStatus::refreshHealth()
{
    const qreal ratio = devicePixelRatioF();
    const int size = fontMetrics().height() * 2 / 3;
    const QColor ok(0x2e, 0x9d, 0x4f);
    const QColor warning(0xd9, 0x8b, 0x00);
    const QColor bad(0xd3, 0x2f, 0x2f);
    const QColor waiting(0x88, 0x88, 0x88);

    QColor color = waiting;
    QString text;
    QString tip;
    const ConnectionHealth health = m_monitor->health();
    if (m_platform == PlatformState::Starting) {
        text = tr("Starting the local platform…");
    } else if (m_platform == PlatformState::Failed) {
        color = bad;
        text = tr("The local platform could not start.");
        tip = m_platformDetail;
    } else if (m_monitor->pollingState() == JobMonitor::PollingState::Stopped) {
        text = tr("Not connected");
    } else if (health.state == ConnectionHealth::State::Down) {
        color = bad;
        text = tr("Cannot reach the platform: %1")
                       .arg(health.lastError ? health.lastError->summary() : QString());
        tip = health.lastError ? health.lastError->message() : QString();
        if (health.lastSuccess.isValid())
            tip += u"\n\n"_qs
                    + tr("Last answer: %1")
                              .arg(JobText::localDateTime(health.lastSuccess.toMSecsSinceEpoch()));
    } else if (health.state == ConnectionHealth::State::Degraded) {
        color = warning;
        text = tr("Some requests failed: %1")
                       .arg(health.lastError ? health.lastError->summary() : QString());
        tip = health.lastError ? health.lastError->message() : QString();
    } else if (const QDateTime last = m_monitor->lastRefresh(); last.isValid()) {
        color = ok;
        const qint64 ago = std::max<qint64>(0, last.msecsTo(QDateTime::currentDateTimeUtc()));
        // Whole seconds: "0 s ago" reads better than "just now" beside a ticking clock.
        text = tr("Refreshed %1 ago").arg(JobText::duration(ago / 1000 * 1000));
        tip = tr("Last refresh: %1").arg(JobText::localDateTime(last.toMSecsSinceEpoch()));
    } else {
        text = tr("Connecting…");
    }
    m_healthIcon->setPixmap(dot(color, size, ratio));
    m_health->setText(text);
    m_health->setToolTip(tip);
    m_healthIcon->setToolTip(tip);
}

void MonitorStatus::refreshPolling()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 wait = std::max<qint64>(0, m_nextPollAtMs - now);
    const JobMonitor::Settings settings = m_monitor->settings();
    QString text;
    bool loading = false;
    switch (m_monitor->pollingState()) {
    case JobMonitor::PollingState::Stopped:
        text = m_platform == PlatformState::Starting ? tr("Waiting for the local platform")
                                                     : tr("Not polling");
        break;
    case JobMonitor::PollingState::Loading:
        loading = true;
        text = m_loadedPages > 0 ? tr("Loading jobs: %n so far", "initial load", int(m_loadedJobs))
                                 : tr("Loading jobs…");
        break;
    case JobMonitor::PollingState::Active:
        text = tr("Polling every %1").arg(JobText::duration(settings.activeInterval.count()));
        break;
    case JobMonitor::PollingState::Idle:
        text = tr("Idle: polling every %1").arg(JobText::duration(settings.idleInterval.count()));
        break;
    case JobMonitor::PollingState::Paused:
        text = m_monitor->isCycleRunning() || wait == 0
                ? tr("Paused: trying again now")
                : tr("Paused: next try in %1").arg(JobText::duration((wait + 999) / 1000 * 1000));
        break;
    }
    m_progress->setVisible(loading);
    m_polling->setText(text);
}

void MonitorStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
