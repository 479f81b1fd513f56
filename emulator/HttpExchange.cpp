#include "HttpExchange.h"

#include <QJsonArray>

namespace Emulator {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::origin() const
{
    const QByteArray host = header("host");
    return QStringLiteral("http://") + QString::fromLatin1(host.isEmpty() ? "127.0.0.1" : host);
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

std::optional<QJsonObject> HttpRequest::jsonObject(QString *problem) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    // QJsonDocument takes only an object or an array at the top; a lone string, number,
    // boolean or null is still JSON, just not an object.
    const bool json = parseError.error == QJsonParseError::NoError
            || QJsonDocument::fromJson('[' + body + ']').array().size() == 1;
    if (json)
        *problem = QStringLiteral("The request body must be a JSON object");
    else
        *problem = QStringLiteral("Malformed JSON in the request body at offset %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
    return std::nullopt;
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document)
{
    return json(status, document.toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QByteArray &compactJson)
{
    HttpResponse response;
    response.status = status;
    response.body = compactJson;
    response.setHeader("Content-Type", "application/json;charset=utf-8");
    return response;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace Emulator
