#include "Connection.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

// Header values must not be able to smuggle a line break or another control character.
bool isPrintableToken(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

bool Connection::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Connection::urlProblem(const QUrl &url, const QString &what, UrlUse use)
{
    if (url.isEmpty())
        return tr("%1 is missing.").arg(what);
    if (!url.isValid() || url.host().isEmpty())
        return tr("%1 is not a valid URL: %2").arg(what, url.toString(QUrl::RemoveUserInfo));
    if (!url.userInfo().isEmpty())
        return tr("%1 must not contain a user name or password; credentials are kept in the "
                  "keychain.")
                .arg(what);
    if (use == UrlUse::Base && (url.hasQuery() || url.hasFragment()))
        return tr("%1 must not contain a query or a fragment.").arg(what);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http") {
        if (!isLoopbackHost(url.host()))
            return tr("%1 uses plain http:// towards %2. Use https://; plain http is allowed only "
                      "for 127.0.0.1, ::1 and localhost.")
                    .arg(what, url.host());
        return {};
    }
    if (scheme != u"https")
        return tr("%1 must start with https://.").arg(what);
    return {};
}

QStringList Connection::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("The connection needs a name.");

    if (const QString problem = urlProblem(baseUrl, tr("Base URL")); !problem.isEmpty())
        problems << problem;
    else if (kind == Kind::LocalPlatform && !isLoopbackHost(baseUrl.host()))
        problems << tr("A local platform runs on this computer: its base URL must point to "
                       "127.0.0.1, ::1 or localhost.");

    if (authMethod == AuthMethod::OAuthServerToServer) {
        if (const QString problem = urlProblem(imsUrl, tr("IMS URL")); !problem.isEmpty())
            problems << problem;
        if (scopes.isEmpty())
            problems << tr("OAuth server-to-server needs at least one scope.");
        for (const QString &scope : scopes) {
            if (scope.isEmpty() || !isPrintableToken(scope) || scope.contains(u',')) {
                problems << tr("The scope \"%1\" is not valid: scopes are single words without "
                               "spaces or commas.")
                                    .arg(scope);
                break;
            }
        }
    }

    if (orgId.isEmpty())
        problems << tr("The organization ID is missing.");
    else if (!isPrintableToken(orgId))
        problems << tr("The organization ID must not contain spaces or control characters.");

    static const QRegularExpression sandboxPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (sandbox.isEmpty())
        problems << tr("The sandbox name is missing.");
    else if (!sandboxPattern.match(sandbox).hasMatch())
        problems << tr("The sandbox name \"%1\" is not valid: use lowercase letters, digits and "
                       "hyphens, e.g. prod.")
                            .arg(sandbox);

    if (clientId.isEmpty())
        problems << tr("The client ID is missing.");
    else if (!isPrintableToken(clientId))
        problems << tr("The client ID must not contain spaces or control characters.");

    return problems;
}

QUrl Connection::endpoint(QStringView path) const
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    // Tolerant: an id escaped into one segment ("a%2Fb") stays one segment.
    url.setPath(basePath + (path.startsWith(u'/') ? QString() : QStringLiteral("/"))
                        + path.toString(),
                QUrl::TolerantMode);
    return url;
}

QString Connection::kindName(Kind kind)
{
    switch (kind) {
    case Kind::LocalPlatform:
        return tr("Local platform");
    case Kind::Platform:
        return tr("Platform");
    }
    return {};
}

QString Connection::authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::OAuthServerToServer:
        return tr("OAuth server-to-server");
    case AuthMethod::StaticToken:
        return tr("Access token");
    }
    return {};
}

QJsonObject Connection::toJson() const
{
    return QJsonObject{
            {u"name"_qs, name},
            {u"kind"_qs, kind == Kind::LocalPlatform ? u"local"_qs : u"platform"_qs},
            {u"baseUrl"_qs, baseUrl.toString()},
            {u"imsUrl"_qs, imsUrl.toString()},
            {u"orgId"_qs, orgId},
            {u"sandbox"_qs, sandbox},
            {u"clientId"_qs, clientId},
            {u"authMethod"_qs,
             authMethod == AuthMethod::StaticToken ? u"token"_qs : u"oauth-server-to-server"_qs},
            {u"scopes"_qs, QJsonArray::fromStringList(scopes)},
    };
}

Connection Connection::fromJson(const QJsonObject &object)
{
    Connection c;
    c.name = object.value(u"name").toString();
    c.kind = object.value(u"kind").toString() == u"local" ? Kind::LocalPlatform : Kind::Platform;
    c.baseUrl = QUrl(object.value(u"baseUrl").toString());
    c.imsUrl = QUrl(object.value(u"imsUrl").toString());
    c.orgId = object.value(u"orgId").toString();
    c.sandbox = object.value(u"sandbox").toString();
    c.clientId = object.value(u"clientId").toString();
    c.authMethod = object.value(u"authMethod").toString() == u"token"
            ? AuthMethod::StaticToken
            : AuthMethod::OAuthServerToServer;
    for (const QJsonValue &scope : object.value(u"scopes").toArray())
        c.scopes << scope.toString();
    return c;
}
