#include "EmbeddedPlatform.h"

#include "PlatformCore.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace Emulator {

EmbeddedPlatform::EmbeddedPlatform(const PlatformOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_log(std::make_shared<RequestLog>())
    , m_chaos(std::make_shared<Chaos>())
{
    m_chaos->setSettings(options.chaos);
}

EmbeddedPlatform::~EmbeddedPlatform()
{
    stopAndWait();
}

void EmbeddedPlatform::start()
{
    if (m_running)
        return;
    if (m_thread) {
        // A failed or stopping run is still winding down its thread: let it end first.
        stop();
        m_thread->wait();
        onThreadFinished();
    }
    m_options.chaos = m_chaos->settings();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("LocalPlatform"));
    m_core = new PlatformCore(m_options, m_log, m_chaos);
    m_core->moveToThread(m_thread);
    connect(m_core, &PlatformCore::ready, this, &EmbeddedPlatform::onReady);
    connect(m_core, &PlatformCore::startFailed, this, &EmbeddedPlatform::onStartFailed);
    // Only this run's thread may end this run: a late signal from an earlier one is ignored.
    connect(m_thread, &QThread::finished, this, [this, thread = m_thread] {
        if (thread == m_thread)
            onThreadFinished();
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_core, &PlatformCore::start, Qt::QueuedConnection);
}

bool EmbeddedPlatform::startAndWait(int timeoutMs, QString *error)
{
    if (m_running)
        return true;
    QEventLoop loop;
    QString message;
    bool ok = false;
    const auto a = connect(this, &EmbeddedPlatform::started, &loop, [&] {
        ok = true;
        loop.quit();
    });
    const auto b = connect(this, &EmbeddedPlatform::failed, &loop, [&](const QString &m) {
        message = m;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        message = QStringLiteral("the local platform did not start within %1 ms").arg(timeoutMs);
        loop.quit();
    });
    start();
    if (!ok && message.isEmpty())
        loop.exec();
    disconnect(a);
    disconnect(b);
    if (!ok && error)
        *error = message;
    return ok;
}

void EmbeddedPlatform::stop()
{
    if (!m_thread || !m_core)
        return;
    PlatformCore *core = m_core;
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
            core,
            [core, thread] {
                core->shutdown();
                thread->quit();
            },
            Qt::QueuedConnection);
}

void EmbeddedPlatform::stopAndWait()
{
    if (!m_thread)
        return;
    stop();
    m_thread->wait();
    onThreadFinished();
}

void EmbeddedPlatform::onReady(const QUrl &baseUrl, const QString &dataDir)
{
    m_running = true;
    m_baseUrl = baseUrl;
    m_dataDir = dataDir;
    emit started(baseUrl);
}

void EmbeddedPlatform::onStartFailed(const QString &message)
{
    stop();
    emit failed(message);
}

void EmbeddedPlatform::onThreadFinished()
{
    if (!m_thread)
        return;
    delete m_core;
    m_core = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool wasRunning = m_running;
    m_running = false;
    if (wasRunning)
        emit stopped();
}

QList<RequestLogEntry> EmbeddedPlatform::requestLog() const
{
    return m_log->entries();
}

void EmbeddedPlatform::clearRequestLog()
{
    m_log->clear();
}

void EmbeddedPlatform::setChaos(const ChaosSettings &settings)
{
    m_chaos->setSettings(settings);
    m_options.chaos = settings;
}

ChaosSettings EmbeddedPlatform::chaos() const
{
    return m_chaos->settings();
}

void EmbeddedPlatform::setPace(double seconds)
{
    m_options.paceSeconds = seconds;
    if (m_core)
        QMetaObject::invokeMethod(
                m_core, [core = m_core, seconds] { core->setPace(seconds); }, Qt::QueuedConnection);
}

} // namespace Emulator
