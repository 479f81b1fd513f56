#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>

// The tolerant reading every resource type shares. A key read with the type it should have is
// taken; a missing key is absent; a key with any other type is absent too but stays, with every
// key nobody asked for, in leftovers(), so that toJson() writes it back unchanged.
namespace Json {

// A reply body as JSON; nullopt with *reason set when it is not JSON at all.
std::optional<QJsonDocument> parseBody(const QByteArray &body, QString *reason);

// A reply body that must be one JSON object.
std::optional<QJsonObject> parseObjectBody(const QByteArray &body, QString *reason);

// An integral JSON number that fits a qint64; nullopt for anything else (1.5, "7", true).
std::optional<qint64> integerValue(const QJsonValue &value);

class ObjectReader
{
public:
    explicit ObjectReader(const QJsonObject &object)
        : m_object(object)
    { }

    std::optional<QString> string(QLatin1StringView key);
    std::optional<qint64> integer(QLatin1StringView key);
    // A JSON number, or a string of ASCII digits. *textWidth is the string's length (leading
    // zeros included), 0 for a number: putIntegerOrDigits() writes the same form back.
    std::optional<qint64> integerOrDigits(QLatin1StringView key, quint8 *textWidth);
    std::optional<double> number(QLatin1StringView key);
    std::optional<bool> boolean(QLatin1StringView key);
    // An array of strings only; one element of another type keeps the whole array verbatim.
    std::optional<QStringList> stringList(QLatin1StringView key);
    std::optional<QJsonObject> object(QLatin1StringView key);
    std::optional<QJsonArray> array(QLatin1StringView key);
    // An object of integers only, such as {"ECID": 12, "Email": 3}.
    std::optional<QMap<QString, qint64>> integerMap(QLatin1StringView key);

    // A nested resource: T::fromJson(const QJsonObject &) returning T.
    template<typename T>
    std::optional<T> record(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isObject())
            return std::nullopt;
        take(key);
        return T::fromJson(value.toObject());
    }

    // An array of nested resources; an element that is not an object keeps the whole array
    // verbatim, so its position is never lost.
    template<typename T>
    std::optional<QList<T>> records(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray())
            return std::nullopt;
        const QJsonArray array = value.toArray();
        QList<T> out;
        out.reserve(array.size());
        for (const QJsonValueConstRef element : array) {
            if (!element.isObject())
                return std::nullopt;
            out.append(T::fromJson(element.toObject()));
        }
        take(key);
        return out;
    }

    // Marks a key as understood when the caller read it by itself.
    void take(QLatin1StringView key)
    {
        // Each key at most once: leftovers() compares counts.
        Q_ASSERT(!m_taken.contains(key));
        m_taken.append(key);
    }

    // Every key that was not taken, with its value as it came.
    QJsonObject leftovers() const;

private:
    const QJsonObject &m_object;
    QVarLengthArray<QLatin1StringView, 24> m_taken;
};

void putString(QJsonObject &out, QLatin1StringView key, const std::optional<QString> &value);
void putInteger(QJsonObject &out, QLatin1StringView key, const std::optional<qint64> &value);
// Writes the number back as it came: a number, or digits padded to `textWidth`.
void putIntegerOrDigits(QJsonObject &out, QLatin1StringView key, const std::optional<qint64> &value,
                        quint8 textWidth);
void putBool(QJsonObject &out, QLatin1StringView key, const std::optional<bool> &value);
void putStringList(QJsonObject &out, QLatin1StringView key,
                   const std::optional<QStringList> &value);
void putIntegerMap(QJsonObject &out, QLatin1StringView key,
                   const std::optional<QMap<QString, qint64>> &value);

template<typename T>
void putValue(QJsonObject &out, QLatin1StringView key, const std::optional<T> &value)
{
    if (value)
        out.insert(key, *value);
}

template<typename T>
void putRecord(QJsonObject &out, QLatin1StringView key, const std::optional<T> &value)
{
    if (value)
        out.insert(key, value->toJson());
}

template<typename T>
QJsonArray recordArray(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(value.toJson());
    return array;
}

template<typename T>
void putRecords(QJsonObject &out, QLatin1StringView key, const std::optional<QList<T>> &values)
{
    if (values)
        out.insert(key, recordArray(*values));
}

} // namespace Json
