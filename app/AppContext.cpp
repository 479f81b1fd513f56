#include "AppContext.h"

#include "LaunchOptions.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "models/ConnectionStore.h"
#include "models/DraftStore.h"
#include "models/HistoryStore.h"
#include "models/JobMonitor.h"
#include "models/JobTableModel.h"
#include "models/SecretStore.h"

#include <QDir>
#include <QSettings>

AppContext::AppContext(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    QDir().mkpath(m_dataDir);
    m_settings = std::make_unique<QSettings>(LaunchOptions::settingsFile(m_dataDir),
                                             QSettings::IniFormat);
    m_history = std::make_unique<HistoryStore>(QDir(m_dataDir).filePath(QStringLiteral("history")));
    m_connections = std::make_unique<ConnectionStore>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("export-studio"));
    m_drafts = std::make_unique<DraftStore>(QDir(m_dataDir).filePath(QStringLiteral("drafts")));
    m_client = std::make_unique<PlatformClient>();
    m_jobs = std::make_unique<JobTableModel>();
    m_monitor = std::make_unique<JobMonitor>(m_client.get(), m_jobs.get(), m_history.get());
}

AppContext::~AppContext()
{
    m_monitor->stop();
    m_history->waitForIdle();
}

MainWindow::Services AppContext::services() const
{
    MainWindow::Services services;
    services.client = m_client.get();
    services.jobs = m_jobs.get();
    services.monitor = m_monitor.get();
    services.history = m_history.get();
    services.connections = m_connections.get();
    services.secrets = m_secrets.get();
    services.drafts = m_drafts.get();
    services.localPlatformSecret = m_localSecret;
    services.settings = m_settings.get();
    return services;
}

void AppContext::activate()
{
    if (!m_following) {
        // From now on: choices made before (the command line's) were not switches yet.
        connect(m_connections.get(), &ConnectionStore::currentChanged, this, &AppContext::switchTo);
        m_following = true;
    }
    switchTo(m_connections->current());
}

void AppContext::reconnect()
{
    switchTo(m_connections->current());
}

void AppContext::switchTo(const Connection &connection)
{
    m_monitor->stop();
    const quint64 generation = ++m_generation;
    m_connected = false;
    if (connection.kind == Connection::Kind::LocalPlatform) {
        if (!connection.baseUrl.isValid()) {
            // Nothing to show from another connection while the local platform starts.
            m_jobs->resetJobs();
            emit localPlatformNeeded();
            return;
        }
        connectTo(connection, m_localSecret);
        return;
    }
    m_secrets->read(connection.name, this,
                    [this, generation, connection](std::optional<QString> secret) {
                        if (generation == m_generation)
                            connectTo(connection, secret.value_or(QString()));
                    });
}

void AppContext::connectTo(const Connection &connection, const QString &secret)
{
    m_client->setConnection(connection, m_client->makeTokenProvider(connection, secret));
    m_active = connection;
    m_connected = true;
    // start() resets the table: the one reset, on a change of connection or sandbox.
    m_monitor->start(HistoryScope{ConnectionStore::historyKey(connection), connection.sandbox});
    emit connected(connection);
}
