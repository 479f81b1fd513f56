#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// Where and as whom the client talks to a platform. A plain value that holds no secret: the
// client secret or a pasted access token reach the token providers separately.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)

public:
    enum class Kind {
        LocalPlatform, // the embedded emulator on a loopback port
        Platform,
    };
    enum class AuthMethod {
        OAuthServerToServer, // client id + client secret + scopes, tokens fetched from IMS
        StaticToken, // an access token pasted by the user
    };

    QString name;
    Kind kind = Kind::Platform;
    QUrl baseUrl; // the gateway, e.g. https://platform.adobe.io
    QUrl imsUrl; // the token service, e.g. https://ims-na1.adobelogin.com
    QString orgId;
    QString sandbox;
    QString clientId; // sent as x-api-key
    AuthMethod authMethod = AuthMethod::OAuthServerToServer;
    QStringList scopes; // OAuth only

    // Translated problems that make the connection unusable; empty when it can be used.
    QStringList validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // The gateway URL of an API path such as "/data/core/ups/export/jobs", written encoded.
    QUrl endpoint(QStringView path) const;

    // Plain http is allowed only towards these hosts; everything else must use https.
    static bool isLoopbackHost(const QString &host);
    // A translated reason why the client refuses this URL (insecure, malformed), or empty.
    // `what` names the field in the message ("Base URL"). A base URL takes no query; the URL
    // of a request may have one.
    enum class UrlUse { Base, Request };
    static QString urlProblem(const QUrl &url, const QString &what, UrlUse use = UrlUse::Base);

    static QString kindName(Kind kind);
    static QString authMethodName(AuthMethod method);

    // Settings form: every field above, never a secret.
    QJsonObject toJson() const;
    static Connection fromJson(const QJsonObject &object);

    friend bool operator==(const Connection &, const Connection &) = default;
};

Q_DECLARE_METATYPE(Connection)
