#include "PlatformHttp.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTimer>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

PlatformHttp::PlatformHttp(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
    , m_manager(std::make_unique<QNetworkAccessManager>())
{ }

HttpResult PlatformHttp::send(const QByteArray &method, const QString &pathAndQuery,
                              const QByteArray &body, const Headers &headers, int timeoutMs)
{
    QUrl url = m_baseUrl.resolved(QUrl(pathAndQuery));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply
            = body.isEmpty() && method != "POST" && method != "PUT" && method != "PATCH"
            ? m_manager->sendCustomRequest(request, method)
            : m_manager->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, [reply] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

QByteArray PlatformHttp::fetchToken(const QString &clientId, const QString &clientSecret)
{
    const QByteArray form
            = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(clientId)
            + "&client_secret=" + QUrl::toPercentEncoding(clientSecret) + "&scope=openid,AdobeID";
    const HttpResult r = send("POST", QStringLiteral("/ims/token/v3"), form,
                              {{"Content-Type", "application/x-www-form-urlencoded"}});
    return r.json().object().value(u"access_token").toString().toUtf8();
}

void PlatformHttp::setIdentity(const QByteArray &token, const QString &clientId,
                               const QString &orgId, const QString &sandbox)
{
    m_token = token;
    m_clientId = clientId;
    m_orgId = orgId;
    m_sandbox = sandbox;
}

PlatformHttp::Headers PlatformHttp::identityHeaders() const
{
    return {{"Authorization", "Bearer " + m_token},
            {"x-api-key", m_clientId.toUtf8()},
            {"x-gw-ims-org-id", m_orgId.toUtf8()},
            {"x-sandbox-name", m_sandbox.toUtf8()},
            {"Accept", "application/json"}};
}

HttpResult PlatformHttp::gateway(const QByteArray &method, const QString &pathAndQuery,
                                 const QJsonValue &body, const Headers &extraHeaders)
{
    Headers headers = identityHeaders();
    QByteArray payload;
    if (!body.isUndefined()) {
        payload = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    for (const auto &h : extraHeaders) {
        bool replaced = false;
        for (auto &existing : headers) {
            if (existing.first.compare(h.first, Qt::CaseInsensitive) == 0) {
                existing.second = h.second;
                replaced = true;
            }
        }
        if (!replaced)
            headers.append(h);
    }
    return send(method, pathAndQuery, payload, headers);
}
