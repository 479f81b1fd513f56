#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

#include <memory>

// One HTTP exchange as a test sees it.
struct HttpResult
{
    int status = 0; // 0: no HTTP answer (connection dropped, refused, timed out)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const;
};

// Blocking requests over a real QNetworkAccessManager (an event loop runs while waiting),
// for tests that talk to the local platform the way a client does.
class PlatformHttp
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit PlatformHttp(const QUrl &baseUrl);
    PlatformHttp(PlatformHttp &&) = default;
    PlatformHttp &operator=(PlatformHttp &&) = default;

    HttpResult send(const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {}, const Headers &headers = {},
                    int timeoutMs = 30000);

    // POST /ims/token/v3 with the client-credentials grant; empty on failure.
    QByteArray fetchToken(const QString &clientId, const QString &clientSecret);

    // A gateway call with Authorization, x-api-key, x-gw-ims-org-id and x-sandbox-name set
    // from setIdentity(); a JSON body is sent with Content-Type: application/json.
    void setIdentity(const QByteArray &token, const QString &clientId, const QString &orgId,
                     const QString &sandbox = QStringLiteral("prod"));
    void setSandbox(const QString &sandbox) { m_sandbox = sandbox; }
    HttpResult gateway(const QByteArray &method, const QString &pathAndQuery,
                       const QJsonValue &body = QJsonValue(QJsonValue::Undefined),
                       const Headers &extraHeaders = {});
    Headers identityHeaders() const;

    QNetworkAccessManager &manager() { return *m_manager; }
    QUrl baseUrl() const { return m_baseUrl; }

private:
    QUrl m_baseUrl;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QByteArray m_token;
    QString m_clientId;
    QString m_orgId;
    QString m_sandbox;
};
