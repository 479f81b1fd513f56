#include "SecretStore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

SecretStore::~SecretStore() = default;

QString SecretStore::unavailableReason() const
{
    if (m_persistence != Persistence::SessionOnly)
        return {};
    return tr("No keychain service is available (%1). Secrets are kept only until Export Studio "
              "quits and are never written to disk.")
            .arg(m_backendError);
}

void SecretStore::setPersistence(Persistence persistence, const QString &backendError)
{
    m_backendError = backendError;
    if (m_persistence == persistence)
        return;
    m_persistence = persistence;
    emit persistenceChanged(persistence);
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    QPointer<QObject> guard(context);
    if (const auto it = m_session.constFind(key);
        it != m_session.constEnd() || m_persistence == Persistence::SessionOnly) {
        const std::optional<QString> secret
                = it != m_session.constEnd() ? std::optional(*it) : std::nullopt;
        QTimer::singleShot(0, this, [guard, done, secret] {
            if (guard)
                done(secret);
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, guard, done] {
        std::optional<QString> secret;
        switch (job->error()) {
        case QKeychain::NoError:
            setPersistence(Persistence::Keychain);
            secret = job->textData();
            m_session.insert(key, *secret);
            break;
        case QKeychain::EntryNotFound:
            setPersistence(Persistence::Keychain);
            break;
        default:
            setPersistence(Persistence::SessionOnly, job->errorString());
            break;
        }
        if (guard)
            done(secret);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context,
                        WriteCallback done)
{
    QPointer<QObject> guard(context);
    m_session.insert(key, secret);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done] {
        if (job->error() == QKeychain::NoError)
            setPersistence(Persistence::Keychain);
        else
            setPersistence(Persistence::SessionOnly, job->errorString());
        if (guard && done)
            done(m_persistence);
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    m_session.remove(key);
    if (m_persistence == Persistence::SessionOnly)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
}
