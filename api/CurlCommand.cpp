#include "CurlCommand.h"

#include "OAuthTokenProvider.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// A value that is not set yet is shown as the placeholder the platform's guides use.
QString orPlaceholder(const QString &value, QLatin1StringView placeholder)
{
    return value.isEmpty() ? QString(placeholder) : value;
}

} // namespace

CurlCommand::CurlCommand(const Connection &connection, const QByteArray &method, QStringView path)
    : m_method(method)
    , m_url(connection.endpoint(path))
{
    m_headers = {
            {"Accept", u"application/json"_s},
            {"Authorization", u"Bearer "_s + accessTokenPlaceholder()},
            {"x-api-key", orPlaceholder(connection.clientId, "{API_KEY}"_L1)},
            {"x-gw-ims-org-id", orPlaceholder(connection.orgId, "{IMS_ORG}"_L1)},
            {"x-sandbox-name", orPlaceholder(connection.sandbox, "{SANDBOX_NAME}"_L1)},
    };
}

CurlCommand CurlCommand::tokenRequest(const Connection &connection)
{
    CurlCommand command;
    command.m_method = "POST";
    command.m_url = OAuthTokenProvider::tokenUrl(connection.imsUrl);
    command.m_headers = {{"Content-Type", u"application/x-www-form-urlencoded"_s}};
    auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    command.m_body = u"grant_type=client_credentials&client_id="_s
            + encoded(orPlaceholder(connection.clientId, "{API_KEY}"_L1)) + u"&client_secret="_s
            + clientSecretPlaceholder() + u"&scope="_s + encoded(connection.scopes.join(u','));
    return command;
}

void CurlCommand::setQuery(const QUrlQuery &query)
{
    m_url.setQuery(query);
}

void CurlCommand::setJsonBody(const QJsonObject &body)
{
    m_body = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)).trimmed();
    for (const auto &header : std::as_const(m_headers)) {
        if (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            return;
    }
    m_headers.prepend({"Content-Type", u"application/json"_s});
}

void CurlCommand::addHeader(const QByteArray &name, const QString &value)
{
    m_headers.append({name, value});
}

QString CurlCommand::toString() const
{
    QStringList lines;
    lines << u"curl -X "_s + QString::fromLatin1(m_method) + u' '
                    + shellQuote(m_url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : m_headers)
        lines << u"  -H "_s + shellQuote(QString(QString::fromLatin1(name) + u": "_s + value));
    if (m_body)
        lines << u"  -d "_s + shellQuote(*m_body);
    return lines.join(u" \\\n"_s);
}

QString CurlCommand::accessTokenPlaceholder()
{
    return u"{ACCESS_TOKEN}"_s;
}

QString CurlCommand::clientSecretPlaceholder()
{
    return u"{CLIENT_SECRET}"_s;
}

QString CurlCommand::shellQuote(QStringView text)
{
    QString quoted = text.toString();
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}
