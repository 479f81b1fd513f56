#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Emulator {

// What the routes see of a request: copied out of QHttpServerRequest, which the server
// reuses for the next request on the same connection.
struct HttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QString rawQuery;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString requestId;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // "http://127.0.0.1:8080", from the Host header: absolute links point back here.
    QString origin() const;
    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    // The body as a JSON object. Otherwise nothing, and *problem says whether the body is not
    // JSON at all (with the offset) or JSON of another kind: an array, a string, null.
    std::optional<QJsonObject> jsonObject(QString *problem) const;
};

// A body in memory or a slice of a file streamed from disk.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString filePath;
    qint64 fileOffset = 0;
    qint64 fileLength = -1;

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse json(int status, const QByteArray &compactJson);
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    qint64 bodySize() const { return filePath.isEmpty() ? body.size() : fileLength; }
};

QByteArray reasonPhrase(int status);

} // namespace Emulator
