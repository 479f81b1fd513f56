#include "PlatformCore.h"

#include "Chaos.h"
#include "Credentials.h"
#include "DemoSeeder.h"
#include "ExportEngine.h"
#include "PlatformServer.h"
#include "ProfileGenerator.h"
#include "RequestLog.h"
#include "StateStore.h"

#include <QDateTime>
#include <QDir>
#include <QTcpServer>
#include <QTemporaryDir>

namespace Emulator {

PlatformCore::PlatformCore(const PlatformOptions &options, std::shared_ptr<RequestLog> log,
                           std::shared_ptr<Chaos> chaos, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_log(std::move(log))
    , m_chaos(std::move(chaos))
{ }

PlatformCore::~PlatformCore()
{
    shutdown();
}

void PlatformCore::start()
{
    QString error;
    if (!open(&error)) {
        shutdown();
        emit startFailed(error);
        return;
    }
    emit ready(m_baseUrl, m_dataDir);
}

bool PlatformCore::open(QString *error)
{
    m_dataDir = m_options.dataDir;
    if (m_dataDir.isEmpty()) {
        m_temporaryDir = std::make_unique<QTemporaryDir>(
                QDir::tempPath() + QStringLiteral("/platform-emulator-XXXXXX"));
        if (!m_temporaryDir->isValid()) {
            *error = QStringLiteral("cannot create a temporary folder: %1")
                             .arg(m_temporaryDir->errorString());
            return false;
        }
        m_dataDir = m_temporaryDir->path();
    }
    m_dataDir = QDir(m_dataDir).absolutePath();

    m_store = std::make_unique<StateStore>();
    if (!m_store->open(m_dataDir, error))
        return false;
    // Files of exports that never finished are not part of any batch.
    QDir(QDir(m_dataDir).filePath(QStringLiteral("staging"))).removeRecursively();
    m_store->failInterruptedJobs(QDateTime::currentMSecsSinceEpoch());

    ProfileGenerator generator(*m_store, m_options.seed);
    const Credentials demo = Credentials::demo();
    for (const Credentials &client : Credentials::all()) {
        int policiesLeft = 5; // the platform allows at most five merge policies per org
        for (qsizetype i = 0; i < client.sandboxes.size(); ++i) {
            Tenant tenant{0, client.orgId, client.sandboxes[i]};
            tenant.id = m_store->ensureTenant(tenant.org, tenant.sandbox);
            const bool main = client.orgId == demo.orgId && i == 0;
            const int profiles
                    = main ? m_options.profiles : secondaryProfileCount(m_options.profiles);
            const int policies = i + 1 < client.sandboxes.size() ? std::min(3, policiesLeft - 1)
                                                                 : std::min(2, policiesLeft);
            policiesLeft -= policies;
            if (!generator.ensureTenant(tenant, profiles, policies, error))
                return false;
        }
    }

    m_chaos->setSettings(m_options.chaos);
    m_engine = std::make_unique<ExportEngine>(m_dataDir, m_options, m_chaos);

    if (m_options.demo && m_store->meta("demo").isEmpty()) {
        DemoSeeder seeder(*m_store, m_options, m_chaos);
        if (!seeder.seed(error))
            return false;
        m_store->setMeta("demo", QStringLiteral("1"));
    }
    if (!m_options.logFile.isEmpty() && !m_log->openFile(m_options.logFile, error))
        return false;

    m_server = std::make_unique<PlatformServer>(*m_store, *m_engine, *m_log, m_chaos, m_options);
    auto *tcp = new QTcpServer(m_server.get());
    if (!tcp->listen(m_options.bindAddress, m_options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(m_options.bindAddress.toString())
                         .arg(m_options.port)
                         .arg(tcp->errorString());
        return false;
    }
    m_server->bind(tcp);
    QHostAddress shown = m_options.bindAddress;
    if (shown == QHostAddress::Any || shown == QHostAddress::AnyIPv4)
        shown = QHostAddress(QHostAddress::LocalHost);
    else if (shown == QHostAddress::AnyIPv6)
        shown = QHostAddress(QHostAddress::LocalHostIPv6);
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(shown.toString());
    m_baseUrl.setPort(tcp->serverPort());
    return true;
}

void PlatformCore::shutdown()
{
    m_server.reset();
    if (m_engine)
        m_engine->shutdown();
    m_engine.reset();
    m_store.reset();
    m_temporaryDir.reset();
}

void PlatformCore::setPace(double seconds)
{
    m_options.paceSeconds = seconds;
    if (m_engine)
        m_engine->setPace(seconds);
}

} // namespace Emulator
