#pragma once

#include "ApiCall.h"
#include "RetryPolicy.h"
#include "TokenProvider.h"

#include <QDeadlineTimer>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class Connection;
class RequestEngine;

// OAuth server-to-server: POST {ims}/ims/token/v3 with the client credentials in a form body.
// Tokens are renewed ahead of expiry and once after a 401; callers that ask at the same time
// share one request to the token service.
class OAuthTokenProvider final : public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthTokenProvider)

public:
    OAuthTokenProvider(QNetworkAccessManager *network, const QUrl &imsUrl, const QString &clientId,
                       const QString &clientSecret, const QStringList &scopes,
                       QObject *parent = nullptr);
    // The IMS URL, client id and scopes of `connection`; the secret comes from the keychain.
    OAuthTokenProvider(QNetworkAccessManager *network, const Connection &connection,
                       const QString &clientSecret, QObject *parent = nullptr);
    ~OAuthTokenProvider() override;

    QString currentToken() const override;
    void requestToken(QObject *context, Callback callback) override;
    void invalidate(const QString &token) override;
    bool canRenew() const override { return true; }
    QStringList secrets() const override;

    void setRetryPolicy(const RetryPolicy &policy);
    void setTimeout(std::chrono::milliseconds timeout);

    // How long before expiry a token is renewed: a fifth of its lifetime, at most 5 minutes,
    // so a day-long token is renewed 5 minutes early and a 5-second one after 4 seconds.
    static std::chrono::milliseconds refreshMargin(std::chrono::milliseconds lifetime);
    // The token endpoint of an IMS base URL.
    static QUrl tokenUrl(const QUrl &imsUrl);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };

    void fetch();
    void settle(const ApiResult<QString> &result);

    RequestEngine *m_engine;
    QUrl m_imsUrl;
    QString m_clientId;
    QString m_clientSecret;
    QStringList m_scopes;

    QString m_token;
    QDeadlineTimer m_renewAt;
    QList<Waiter> m_waiters;
    ApiCall m_fetch;
};
