#include "OAuthTokenProvider.h"

#include "Connection.h"
#include "RequestEngine.h"
#include "TokenResponse.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>

using std::chrono::milliseconds;

Q_LOGGING_CATEGORY(lcAuth, "es.api.auth", QtInfoMsg)

OAuthTokenProvider::OAuthTokenProvider(QNetworkAccessManager *network, const QUrl &imsUrl,
                                       const QString &clientId, const QString &clientSecret,
                                       const QStringList &scopes, QObject *parent)
    : TokenProvider(parent)
    , m_engine(new RequestEngine(network, this))
    , m_imsUrl(imsUrl)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
    , m_scopes(scopes)
{
    // Asking for a token twice is harmless, so the token call is retried like a GET.
    m_engine->setExtraSecrets({m_clientSecret});
}

OAuthTokenProvider::OAuthTokenProvider(QNetworkAccessManager *network, const Connection &connection,
                                       const QString &clientSecret, QObject *parent)
    : OAuthTokenProvider(network, connection.imsUrl, connection.clientId, clientSecret,
                         connection.scopes, parent)
{ }

OAuthTokenProvider::~OAuthTokenProvider() = default;

void OAuthTokenProvider::setRetryPolicy(const RetryPolicy &policy)
{
    m_engine->setRetryPolicy(policy);
}

void OAuthTokenProvider::setTimeout(milliseconds timeout)
{
    m_engine->setTimeout(timeout);
}

milliseconds OAuthTokenProvider::refreshMargin(milliseconds lifetime)
{
    return std::min(milliseconds(5 * 60 * 1000), lifetime / 5);
}

QUrl OAuthTokenProvider::tokenUrl(const QUrl &imsUrl)
{
    QUrl url = imsUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/ims/token/v3"_qs);
    return url;
}

QString OAuthTokenProvider::currentToken() const
{
    if (m_token.isEmpty() || m_renewAt.hasExpired())
        return {};
    return m_token;
}

QStringList OAuthTokenProvider::secrets() const
{
    QStringList list;
    if (!m_clientSecret.isEmpty())
        list << m_clientSecret;
    if (!m_token.isEmpty())
        list << m_token;
    return list;
}

void OAuthTokenProvider::requestToken(QObject *context, Callback callback)
{
    if (const QString token = currentToken(); !token.isEmpty()) {
        QTimer::singleShot(0, context ? context : this,
                           [callback = std::move(callback), token] { callback(token); });
        return;
    }
    m_waiters.append({context, context != nullptr, std::move(callback)});
    if (!m_fetch.isRunning())
        fetch();
}

void OAuthTokenProvider::invalidate(const QString &token)
{
    // A 401 for an older token must not throw away the one fetched since.
    if (!token.isEmpty() && token == m_token) {
        qCInfo(lcAuth) << "the platform refused the access token; a new one will be fetched";
        m_token.clear();
    }
}

void OAuthTokenProvider::fetch()
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_qs, u"client_credentials"_qs);
    form.addQueryItem(u"client_id"_qs, m_clientId);
    form.addQueryItem(u"client_secret"_qs, m_clientSecret);
    form.addQueryItem(u"scope"_qs, m_scopes.join(u','));

    ApiRequest request;
    request.method = "POST";
    request.url = tokenUrl(m_imsUrl);
    // Credentials go in the body, never in the query string.
    request.body = form.query(QUrl::FullyEncoded).toUtf8();
    request.contentType = "application/x-www-form-urlencoded";
    request.platformHeaders = false;
    request.retryable = true;
    request.createsResource = false;

    qCDebug(lcAuth) << "fetching an access token";
    m_fetch = m_engine->send(request, this, [this](const ApiResult<RawReply> &reply) {
        if (!reply) {
            ApiError error = reply.error();
            if (error.kind() != ApiError::Kind::Cancelled)
                error.setKind(ApiError::Kind::Authentication);
            settle(error);
            return;
        }
        QString problem;
        const auto response = TokenResponse::fromJson(reply.value().body, &problem);
        if (!response) {
            ApiError error = ApiError::invalidReply(reply.value().status, problem,
                                                    reply.value().body, secrets());
            error.setKind(ApiError::Kind::Authentication);
            settle(error);
            return;
        }
        const milliseconds lifetime
                = response->expiresIn.value_or(TokenResponse::defaultLifetime());
        m_token = response->accessToken;
        m_renewAt.setRemainingTime(lifetime - refreshMargin(lifetime));
        qCDebug(lcAuth) << "obtained an access token valid for" << lifetime.count() / 1000 << "s";
        emit tokenChanged();
        settle(m_token);
    });
}

void OAuthTokenProvider::settle(const ApiResult<QString> &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!waiter.hasContext || waiter.context)
            waiter.callback(result);
    }
}
