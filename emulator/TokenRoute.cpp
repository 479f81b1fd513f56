#include "TokenRoute.h"

#include "Credentials.h"
#include "ErrorBody.h"
#include "StateStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Emulator {

namespace {

QByteArray hashOf(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

} // namespace

TokenRoute::TokenRoute(StateStore &store, int lifetimeSeconds)
    : m_store(store)
    , m_lifetimeSeconds(lifetimeSeconds)
{ }

HttpResponse TokenRoute::handle(const HttpRequest &request)
{
    if (request.hasQuery(QStringLiteral("client_secret")))
        return ErrorBody::oauth(400, QStringLiteral("invalid_request"),
                                QStringLiteral("client_secret must be sent in the request body, "
                                               "never in the query string"));
    const QByteArray type = request.header("content-type").toLower();
    if (!type.startsWith("application/x-www-form-urlencoded"))
        return ErrorBody::oauth(400, QStringLiteral("invalid_request"),
                                QStringLiteral("Content-Type must be "
                                               "application/x-www-form-urlencoded"));
    QByteArray form = request.body;
    form.replace('+', ' ');
    const QUrlQuery body(QString::fromUtf8(form));
    const QString grant = body.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const QString clientId = body.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString secret = body.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    if (grant.isEmpty())
        return ErrorBody::oauth(400, QStringLiteral("invalid_request"),
                                QStringLiteral("grant_type is required"));
    if (grant != u"client_credentials")
        return ErrorBody::oauth(400, QStringLiteral("unsupported_grant_type"),
                                QStringLiteral("grant_type '%1' is not supported; use "
                                               "client_credentials")
                                        .arg(grant));
    if (clientId.isEmpty())
        return ErrorBody::oauth(400, QStringLiteral("invalid_request"),
                                QStringLiteral("client_id is required"));
    if (secret.isEmpty())
        return ErrorBody::oauth(400, QStringLiteral("invalid_request"),
                                QStringLiteral("client_secret is required"));

    const QList<Credentials> clients = Credentials::all();
    const auto client = std::find_if(clients.begin(), clients.end(), [&](const Credentials &c) {
        return c.clientId == clientId && c.clientSecret == secret;
    });
    if (client == clients.end())
        return ErrorBody::oauth(401, QStringLiteral("invalid_client"),
                                QStringLiteral("invalid client_id or client_secret"));

    QByteArray raw(48, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    const QByteArray token
            = "eyJ" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_store.db().cached("DELETE FROM tokens WHERE expires < ?").bind(1, now - 86400000).exec();
    m_store.db()
            .cached("INSERT INTO tokens(hash, client, org, expires) VALUES(?, ?, ?, ?)")
            .bind(1, hashOf(token))
            .bind(2, client->clientId)
            .bind(3, client->orgId)
            .bind(4, now + qint64(m_lifetimeSeconds) * 1000)
            .exec();
    return HttpResponse::json(200,
                              QJsonDocument(QJsonObject{
                                      {QStringLiteral("access_token"), QString::fromLatin1(token)},
                                      {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                      {QStringLiteral("expires_in"), m_lifetimeSeconds},
                              }));
}

std::optional<TokenRoute::Token> TokenRoute::validate(const QByteArray &accessToken)
{
    auto &q = m_store.db().cached("SELECT client, org, expires FROM tokens WHERE hash = ?");
    q.bind(1, hashOf(accessToken));
    if (!q.step())
        return std::nullopt;
    Token t{q.text(0), q.text(1), q.int64(2)};
    q.reset();
    if (t.expiresMs <= QDateTime::currentMSecsSinceEpoch())
        return std::nullopt;
    return t;
}

} // namespace Emulator
