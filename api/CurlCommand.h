#pragma once

#include "Connection.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <utility>

// A platform call written as a curl command a person can paste into a shell: the connection's
// gateway, client ID, organization and sandbox, and {ACCESS_TOKEN} where the bearer token goes.
// It never holds a token or a secret; the token request writes {CLIENT_SECRET}.
class CurlCommand
{
public:
    // `path` is an API path such as "/data/core/ups/export/jobs".
    CurlCommand(const Connection &connection, const QByteArray &method, QStringView path);

    void setQuery(const QUrlQuery &query);
    // Sent with -d, indented so it reads like the platform's own examples.
    void setJsonBody(const QJsonObject &body);
    void addHeader(const QByteArray &name, const QString &value);

    // POST {ims}/ims/token/v3 of an OAuth connection, the client secret as a placeholder.
    static CurlCommand tokenRequest(const Connection &connection);

    // One option per line, joined with backslash continuations, every value single-quoted.
    QString toString() const;

    static QString accessTokenPlaceholder();
    static QString clientSecretPlaceholder();
    // `text` as one word of a POSIX shell: single quotes, each inner quote written '\''.
    static QString shellQuote(QStringView text);

private:
    CurlCommand() = default;

    QByteArray m_method;
    QUrl m_url;
    QList<std::pair<QByteArray, QString>> m_headers;
    std::optional<QString> m_body;
};
