#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

// The token service's answer: {"access_token":"..","token_type":"bearer","expires_in":86399}.
// Tolerant of numbers sent as strings, a missing or odd token_type, and lifetimes in
// milliseconds as the retired JWT flow sent them.
struct TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponse)

public:
    QString accessToken;
    QString tokenType;
    // Absent when the answer did not say; the provider then assumes defaultLifetime().
    std::optional<std::chrono::seconds> expiresIn;

    // The decoded answer, or nothing with a translated `problem` (which never contains the
    // token itself).
    static std::optional<TokenResponse> fromJson(const QByteArray &body,
                                                 QString *problem = nullptr);

    static constexpr std::chrono::seconds defaultLifetime() { return std::chrono::seconds(3600); }
    // Beyond this many "seconds" the value must have been milliseconds: no token lives 30 days.
    static constexpr qint64 millisecondsThreshold() { return 30LL * 24 * 3600; }
};
