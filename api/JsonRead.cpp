#include "JsonRead.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Not a null QString: "" read from JSON must stay apart from an absent field.
QString emptyString()
{
    return u""_s;
}

// Words that recur in nearly every record of a page. Returning them as static text keeps
// 100,000 jobs from holding 100,000 heap copies of "BATCH" or "_xdm.context.profile".
QString shared(QString text)
{
    static const QString words[] = {
            u"BATCH"_s,    u"STREAMING"_s, u"ups"_s,
            u"UPS"_s,      u"AAM"_s,       u"realized"_s,
            u"existing"_s, u"exited"_s,    u"_xdm.context.profile"_s,
    };
    for (const QString &word : words) {
        if (text.size() == word.size() && text == word)
            return word;
    }
    return text;
}

} // namespace

namespace Json {

std::optional<QJsonDocument> parseBody(const QByteArray &body, QString *reason)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *reason = u"not JSON (%1 at offset %2)"_s.arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    return document;
}

std::optional<QJsonObject> parseObjectBody(const QByteArray &body, QString *reason)
{
    const auto document = parseBody(body, reason);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        *reason = u"not a JSON object"_s;
        return std::nullopt;
    }
    return document->object();
}

std::optional<qint64> integerValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() answers its default for a fraction or an out-of-range number; two different
    // defaults tell a real 0 from a refusal.
    const qint64 first = value.toInteger(0);
    if (first == 0 && value.toInteger(1) != 0)
        return std::nullopt;
    return first;
}

std::optional<QString> ObjectReader::string(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isString())
        return std::nullopt;
    take(key);
    QString text = value.toString();
    if (text.isNull())
        return emptyString();
    return shared(std::move(text));
}

std::optional<qint64> ObjectReader::integer(QLatin1StringView key)
{
    const auto number = integerValue(m_object.value(key));
    if (number)
        take(key);
    return number;
}

std::optional<qint64> ObjectReader::integerOrDigits(QLatin1StringView key, quint8 *textWidth)
{
    const QJsonValue value = m_object.value(key);
    *textWidth = 0;
    if (value.isString()) {
        const QString text = value.toString();
        const bool digitsOnly = !text.isEmpty() && text.size() <= 18
                && std::all_of(text.cbegin(), text.cend(),
                               [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!digitsOnly)
            return std::nullopt;
        take(key);
        *textWidth = quint8(text.size());
        return text.toLongLong();
    }
    const auto number = integerValue(value);
    if (number)
        take(key);
    return number;
}

std::optional<double> ObjectReader::number(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    take(key);
    return value.toDouble();
}

std::optional<bool> ObjectReader::boolean(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isBool())
        return std::nullopt;
    take(key);
    return value.toBool();
}

std::optional<QStringList> ObjectReader::stringList(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    QStringList out;
    out.reserve(array.size());
    for (const QJsonValueConstRef element : array) {
        if (!element.isString())
            return std::nullopt;
        QString text = element.toString();
        out.append(text.isNull() ? emptyString() : shared(std::move(text)));
    }
    take(key);
    return out;
}

std::optional<QJsonObject> ObjectReader::object(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isObject())
        return std::nullopt;
    take(key);
    return value.toObject();
}

std::optional<QJsonArray> ObjectReader::array(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isArray())
        return std::nullopt;
    take(key);
    return value.toArray();
}

std::optional<QMap<QString, qint64>> ObjectReader::integerMap(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    QMap<QString, qint64> out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto number = integerValue(it.value());
        if (!number)
            return std::nullopt;
        out.insert(it.key(), *number);
    }
    take(key);
    return out;
}

QJsonObject ObjectReader::leftovers() const
{
    // The common case, every key understood, costs one comparison and no allocation.
    if (m_taken.size() == m_object.size())
        return {};
    QJsonObject out;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        const bool taken = std::any_of(m_taken.cbegin(), m_taken.cend(),
                                       [&key](QLatin1StringView known) { return key == known; });
        if (!taken)
            out.insert(key, it.value());
    }
    return out;
}

void putString(QJsonObject &out, QLatin1StringView key, const std::optional<QString> &value)
{
    if (value)
        out.insert(key, *value);
}

void putInteger(QJsonObject &out, QLatin1StringView key, const std::optional<qint64> &value)
{
    if (value)
        out.insert(key, *value);
}

void putIntegerOrDigits(QJsonObject &out, QLatin1StringView key, const std::optional<qint64> &value,
                        quint8 textWidth)
{
    if (!value)
        return;
    if (textWidth > 0)
        out.insert(key, QString::number(*value).rightJustified(textWidth, u'0'));
    else
        out.insert(key, *value);
}

void putBool(QJsonObject &out, QLatin1StringView key, const std::optional<bool> &value)
{
    if (value)
        out.insert(key, *value);
}

void putStringList(QJsonObject &out, QLatin1StringView key, const std::optional<QStringList> &value)
{
    if (value)
        out.insert(key, QJsonArray::fromStringList(*value));
}

void putIntegerMap(QJsonObject &out, QLatin1StringView key,
                   const std::optional<QMap<QString, qint64>> &value)
{
    if (!value)
        return;
    QJsonObject object;
    for (auto it = value->cbegin(); it != value->cend(); ++it)
        object.insert(it.key(), it.value());
    out.insert(key, object);
}

} // namespace Json
