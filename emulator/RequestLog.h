#pragma once

#include <QFile>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMutex>
#include <QString>

namespace Emulator {

// One request as the emulator saw it. Never holds the Authorization header, a token, the
// token request's body or a client secret.
struct RequestLogEntry
{
    qint64 timeMs = 0;
    QString requestId;
    QString method;
    QString path;
    QString query;
    QString sandbox;
    int status = 0; // 0: the connection was dropped without an answer
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    double durationMs = 0;
    QJsonValue body = QJsonValue(
            QJsonValue::Undefined); // the JSON body of a POST/PUT/PATCH to a gateway route
    QString chaos; // "drop", "429", "5xx", "slow" when the answer was injected

    QJsonObject toJson() const;
};

// Every request, kept in memory for in-process readers and appended to a file as JSON
// Lines when one is set. Thread-safe.
class RequestLog
{
public:
    RequestLog() = default;
    RequestLog(const RequestLog &) = delete;
    RequestLog &operator=(const RequestLog &) = delete;

    bool openFile(const QString &path, QString *error);
    void append(const RequestLogEntry &entry);
    QList<RequestLogEntry> entries() const;
    void clear();

    // Replaces the values of secret-looking keys (secret, token, password, authorization).
    static QJsonValue redacted(const QJsonValue &value);
    // The query string with secret-looking parameter values replaced.
    static QString redactedQuery(const QString &query);

private:
    mutable QMutex m_mutex;
    QList<RequestLogEntry> m_entries;
    QFile m_file;
};

} // namespace Emulator
