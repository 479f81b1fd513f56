#include "LocalPlatform.h"

#include "emulator/EmbeddedPlatform.h"

#include <QDir>

LocalPlatform::LocalPlatform(const QString &dataDir, double paceSeconds, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_pace(paceSeconds)
{ }

LocalPlatform::~LocalPlatform()
{
    if (m_platform)
        m_platform->stopAndWait();
}

void LocalPlatform::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    const QDir dir(m_dataDir);
    m_fresh = !dir.exists() || dir.isEmpty();
    if (!dir.exists() && !QDir().mkpath(m_dataDir)) {
        m_error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(m_dataDir));
        setState(State::Failed);
        emit failed(m_error);
        return;
    }
    if (!m_platform) {
        Emulator::PlatformOptions options;
        options.dataDir = m_dataDir;
        options.paceSeconds = m_pace;
        // Seeds a dataset and a succeeded, a failed and a cancelled job, once per data folder.
        options.demo = true;
        m_platform = std::make_unique<Emulator::EmbeddedPlatform>(options);
        connect(m_platform.get(), &Emulator::EmbeddedPlatform::started, this,
                [this](const QUrl &url) {
                    m_error.clear();
                    setState(State::Running);
                    emit started(url);
                });
        connect(m_platform.get(), &Emulator::EmbeddedPlatform::failed, this,
                [this](const QString &message) {
                    m_error = message;
                    setState(State::Failed);
                    emit failed(message);
                });
        connect(m_platform.get(), &Emulator::EmbeddedPlatform::stopped, this, [this] {
            if (m_state == State::Running)
                setState(State::NotStarted);
        });
    }
    setState(State::Starting);
    m_platform->start();
}

void LocalPlatform::stop()
{
    if (m_platform)
        m_platform->stopAndWait();
    setState(State::NotStarted);
}

QUrl LocalPlatform::baseUrl() const
{
    return m_platform && m_platform->isRunning() ? m_platform->baseUrl() : QUrl();
}

void LocalPlatform::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
