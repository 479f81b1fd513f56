#pragma once

#include "api/Connection.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

// The saved connections, as a list model for pickers. The embedded local platform is always
// the first row; the others live in QSettings. Secrets are never stored here: SecretStore
// keeps them.
class ConnectionStore final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStore)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // the stable name, which keys settings and secrets
        IsLocalRole,
        IsProductionRole, // the connection's sandbox is a production one
        BaseUrlRole,
        SandboxRole,
    };

    // The name of the embedded local platform's connection; shown translated.
    static QString localPlatformName();

    // `settings` must outlive the store.
    explicit ConnectionStore(QSettings *settings, QObject *parent = nullptr);
    ~ConnectionStore() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The local platform's connection once it runs: its loopback URL serves as gateway and IMS.
    // Without `scopes`, the ones every IMS client is granted.
    void setLocalPlatform(const QUrl &baseUrl, const QString &orgId, const QString &clientId,
                          const QString &sandbox, const QStringList &scopes = {});
    Connection localPlatform() const { return m_local; }

    QList<Connection> connections() const;
    std::optional<Connection> find(const QString &name) const;
    int rowOf(const QString &name) const;

    // Adds `connection`, or replaces the one called `previousName` (a rename when the names
    // differ). Refuses, with a translated reason, an invalid connection, a name already taken,
    // and the local platform's name.
    bool save(const Connection &connection, const QString &previousName = {},
              QString *problem = nullptr);
    bool remove(const QString &name);

    // The connection in use, restored at start; the local platform when none was chosen.
    QString currentName() const { return m_current; }
    void setCurrentName(const QString &name);
    Connection current() const;
    // Switches the current connection's sandbox and remembers it among its recent ones.
    void setCurrentSandbox(const QString &sandbox);
    QStringList recentSandboxes(const QString &name) const;

    // The name a person sees: the local platform's is translated.
    static QString displayName(const Connection &connection);
    // Sandboxes whose exports reach production audiences get a warning colour in the UI.
    static bool isProductionSandbox(const QString &sandbox);
    // What the history of jobs is filed under: the platform and the org, not the connection's
    // name or the local platform's port, so a rename or a restart keeps the history.
    static QString historyKey(const Connection &connection);

signals:
    void currentChanged(const Connection &connection);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void store();
    const Connection *at(int row) const;

    QSettings *m_settings;
    Connection m_local;
    QList<Connection> m_saved;
    QString m_current;
};
