#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// The secrets of connections (a client secret or a pasted access token) in the operating
// system's keychain. Where no keychain service runs, a secret lives in this process's memory
// for the session only, and persistence() says so: it never falls back to a file.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Persistence {
        Unknown, // nothing has been read or written yet
        Keychain,
        SessionOnly, // no keychain service: secrets are forgotten when the app quits
    };
    Q_ENUM(Persistence)

    using ReadCallback = std::function<void(std::optional<QString> secret)>;
    using WriteCallback = std::function<void(Persistence where)>;

    // `service` names the application's entries in the keychain.
    explicit SecretStore(const QString &service, QObject *parent = nullptr);
    ~SecretStore() override;

    // Callbacks run from the event loop, never after `context` is destroyed.
    void read(const QString &key, QObject *context, ReadCallback done);
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done);
    void remove(const QString &key);

    Persistence persistence() const { return m_persistence; }
    // Why secrets are kept for the session only (translated), or empty.
    QString unavailableReason() const;

signals:
    void persistenceChanged(SecretStore::Persistence persistence);

private:
    void setPersistence(Persistence persistence, const QString &backendError = {});

    QString m_service;
    Persistence m_persistence = Persistence::Unknown;
    QString m_backendError;
    // Secrets already read or written this session: a second read does not ask the keychain
    // again, and without a keychain this is the only place they live.
    QHash<QString, QString> m_session;
};
