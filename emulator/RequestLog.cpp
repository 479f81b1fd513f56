#include "RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Emulator {

namespace {

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(u"secret") || k.contains(u"token") || k.contains(u"password")
            || k.contains(u"authorization") || k == u"code" || k == u"assertion";
}

} // namespace

QJsonObject RequestLogEntry::toJson() const
{
    QJsonObject o{
            {QStringLiteral("time"), double(timeMs)},
            {QStringLiteral("requestId"), requestId},
            {QStringLiteral("method"), method},
            {QStringLiteral("path"), path},
            {QStringLiteral("query"), query},
            {QStringLiteral("sandbox"), sandbox},
            {QStringLiteral("status"), status},
            {QStringLiteral("bytesIn"), double(bytesIn)},
            {QStringLiteral("bytesOut"), double(bytesOut)},
            {QStringLiteral("durationMs"), durationMs},
    };
    if (!body.isUndefined())
        o.insert(QStringLiteral("body"), body);
    if (!chaos.isEmpty())
        o.insert(QStringLiteral("chaos"), chaos);
    return o;
}

bool RequestLog::openFile(const QString &path, QString *error)
{
    QMutexLocker locker(&m_mutex);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    return true;
}

void RequestLog::append(const RequestLogEntry &entry)
{
    QMutexLocker locker(&m_mutex);
    m_entries.append(entry);
    if (m_file.isOpen()) {
        m_file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact));
        m_file.write("\n");
        m_file.flush();
    }
}

QList<RequestLogEntry> RequestLog::entries() const
{
    QMutexLocker locker(&m_mutex);
    return m_entries;
}

void RequestLog::clear()
{
    QMutexLocker locker(&m_mutex);
    m_entries.clear();
}

QJsonValue RequestLog::redacted(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSecretKey(it.key()))
                it.value() = QStringLiteral("[redacted]");
            else
                it.value() = redacted(it.value());
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redacted(*it);
        return a;
    }
    return value;
}

QString RequestLog::redactedQuery(const QString &query)
{
    QUrlQuery q(query);
    auto items = q.queryItems(QUrl::FullyEncoded);
    for (auto &item : items) {
        if (isSecretKey(item.first))
            item.second = QStringLiteral("[redacted]");
    }
    QUrlQuery out;
    out.setQueryItems(items);
    return out.toString(QUrl::FullyEncoded);
}

} // namespace Emulator
