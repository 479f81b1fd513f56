#pragma once

#include "FuzzTarget.h"
#include "api/NextLink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

// Invariants several targets share.
namespace Fuzz {

// The input as a JSON object, or an empty optional when it is not one.
inline std::optional<QJsonObject> objectOf(const QByteArray &input)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Every element of `array` that `decode` (QJsonObject -> std::optional<T>) accepts writes
// back exactly as it came; returns how many were accepted.
template<typename Decode>
int expectEachWritesBack(const QJsonArray &array, Decode decode)
{
    int accepted = 0;
    for (const QJsonValueConstRef element : array) {
        if (!element.isObject())
            continue;
        const QJsonObject original = element.toObject();
        const auto value = decode(original);
        if (!value)
            continue;
        ++accepted;
        const QJsonObject written = value->toJson();
        FUZZ_EXPECT_DETAIL(written == original, compact(original) + " wrote " + compact(written));
        const auto again = decode(written);
        FUZZ_EXPECT(again && *again == *value);
    }
    return accepted;
}

inline int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https")          ? 443
                            : url.scheme() == QLatin1String("http") ? 80
                                                                    : -1);
}

// A page's next link, followed from a service base the way the client does: never to another
// origin, never with credentials, and still on the same host once sent as text.
inline void expectSafeNextLink(const QString &next)
{
    static const QUrl bases[] = {
            QUrl(QStringLiteral("https://platform.adobe.io/data/core/ups")),
            QUrl(QStringLiteral("http://127.0.0.1:8080/data/foundation/export")),
    };
    for (const QUrl &base : bases) {
        const QUrl url = resolveNextLink(base, next);
        if (!url.isValid())
            continue;
        FUZZ_EXPECT(url.scheme() == base.scheme());
        FUZZ_EXPECT_DETAIL(url.host().compare(base.host(), Qt::CaseInsensitive) == 0,
                           url.toString());
        FUZZ_EXPECT(effectivePort(url) == effectivePort(base));
        FUZZ_EXPECT(url.userInfo().isEmpty());
        const QUrl sent(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        FUZZ_EXPECT(effectivePort(sent) == effectivePort(base));
        FUZZ_EXPECT_DETAIL(sent.host().compare(base.host(), Qt::CaseInsensitive) == 0,
                           url.toString(QUrl::FullyEncoded));
    }
}

} // namespace Fuzz
