#include "EmulatorFixture.h"

EmulatorFixture::EmulatorFixture()
    : EmulatorFixture(Options())
{ }

EmulatorFixture::EmulatorFixture(const Options &options)
    : m_options(options)
{ }

EmulatorFixture::~EmulatorFixture()
{
    stop();
}

bool EmulatorFixture::start(QString *error)
{
    if (m_platform)
        return true;
    if (!m_dataDir.isValid()) {
        if (error)
            *error = m_dataDir.errorString();
        return false;
    }
    Emulator::PlatformOptions options;
    options.dataDir = m_dataDir.path();
    options.port = m_port;
    options.profiles = m_options.profiles;
    options.seed = m_options.seed;
    options.paceSeconds = m_options.pace;
    options.tokenLifetimeSeconds = m_options.tokenLifetimeSeconds;
    options.demo = m_options.demo;
    options.recordsPerFile = m_options.recordsPerFile;
    options.exportWorkers = m_options.exportWorkers;
    options.parquet = m_options.parquet;
    if (!m_options.chaos.isEmpty()) {
        const QString problem = Emulator::ChaosSettings::parse(m_options.chaos, &options.chaos);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
    }
    m_platform = std::make_unique<Emulator::EmbeddedPlatform>(options);
    QString message;
    if (!m_platform->startAndWait(300000, &message)) {
        m_platform.reset();
        if (error)
            *error = message;
        return false;
    }
    m_baseUrl = m_platform->baseUrl();
    m_port = quint16(m_baseUrl.port());
    return true;
}

void EmulatorFixture::stop()
{
    if (!m_platform)
        return;
    m_platform->stopAndWait();
    m_platform.reset();
}

bool EmulatorFixture::restart(QString *error)
{
    stop();
    return start(error);
}

bool EmulatorFixture::isRunning() const
{
    return m_platform && m_platform->isRunning();
}

QList<Emulator::RequestLogEntry> EmulatorFixture::requestLog() const
{
    return m_platform ? m_platform->requestLog() : QList<Emulator::RequestLogEntry>();
}

void EmulatorFixture::clearRequestLog()
{
    if (m_platform)
        m_platform->clearRequestLog();
}

QString EmulatorFixture::setChaos(const QString &spec)
{
    Emulator::ChaosSettings settings;
    const QString problem = Emulator::ChaosSettings::parse(spec, &settings);
    if (problem.isEmpty() && m_platform)
        m_platform->setChaos(settings);
    if (problem.isEmpty())
        m_options.chaos = spec;
    return problem;
}

PlatformHttp EmulatorFixture::http(const QString &sandbox) const
{
    return http(credentials(), sandbox);
}

PlatformHttp EmulatorFixture::http(const Emulator::Credentials &c, const QString &sandbox) const
{
    PlatformHttp client(m_baseUrl);
    client.setIdentity(client.fetchToken(c.clientId, c.clientSecret), c.clientId, c.orgId, sandbox);
    return client;
}
