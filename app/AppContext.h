#pragma once

#include "api/Connection.h"
#include "ui/MainWindow.h"

#include <QObject>
#include <QString>

#include <memory>

class ConnectionStore;
class DraftStore;
class HistoryStore;
class JobMonitor;
class JobTableModel;
class PlatformClient;
class QSettings;
class SecretStore;

// What the application keeps for as long as it runs, one of each, all under one data folder:
// the settings (an INI file), the job history, the saved connections and their secrets, the
// drafts of unsent forms, the
// platform client, the jobs table and the monitor that keeps it current. It follows the
// current connection of the store: a switch stops the monitor, points the client at the new
// connection with a token source made from its secret, and starts the monitor on the new
// history scope, which resets the table.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    // `dataDir` is created when missing.
    explicit AppContext(const QString &dataDir, QObject *parent = nullptr);
    // Stops the monitor and finishes the history writes already queued.
    ~AppContext() override;

    QString dataDir() const { return m_dataDir; }
    QSettings *settings() const { return m_settings.get(); }
    HistoryStore *history() const { return m_history.get(); }
    ConnectionStore *connections() const { return m_connections.get(); }
    SecretStore *secrets() const { return m_secrets.get(); }
    DraftStore *drafts() const { return m_drafts.get(); }
    PlatformClient *client() const { return m_client.get(); }
    JobTableModel *jobs() const { return m_jobs.get(); }
    JobMonitor *monitor() const { return m_monitor.get(); }
    MainWindow::Services services() const;

    // The embedded local platform's client secret, which never goes to the keychain.
    void setLocalPlatformSecret(const QString &secret) { m_localSecret = secret; }
    // Connects to the store's current connection now; later switches follow by themselves.
    void activate();
    // Connects again to the current connection (its secret changed, say).
    void reconnect();
    // The connection the client talks to; empty before the first connect.
    Connection activeConnection() const { return m_active; }
    bool isConnected() const { return m_connected; }

signals:
    // The client talks to `connection` and the monitor watches it.
    void connected(const Connection &connection);
    // The current connection is the local platform, which does not run yet.
    void localPlatformNeeded();

private:
    void switchTo(const Connection &connection);
    void connectTo(const Connection &connection, const QString &secret);

    QString m_dataDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<JobTableModel> m_jobs;
    std::unique_ptr<JobMonitor> m_monitor;
    QString m_localSecret;
    Connection m_active;
    bool m_connected = false;
    bool m_following = false;
    quint64 m_generation = 0; // a secret read for an earlier switch is dropped
};
