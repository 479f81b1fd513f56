#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

// When and how often an idempotent call (GET, DELETE) is tried again after a 429, a 502/503/504
// or a network error. POST is never retried: a second create would make a second job.
struct RetryPolicy
{
    // Attempts in all, the first one included.
    int maxAttempts = 5;
    // The cap of the n-th backoff is baseDelay * 2^(n-1), at most maxDelay; the actual wait is
    // drawn uniformly below that cap ("full jitter"), so clients that failed together do not
    // come back together.
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{10'000};
    // No new attempt starts once this much time has passed since the first one, and a
    // Retry-After that would end beyond it is surfaced instead of waited out.
    std::chrono::milliseconds totalBudget{60'000};

    // The wait before retry number `retry` (1 for the first retry). `unitRandom` in [0, 1).
    std::chrono::milliseconds backoff(int retry, double unitRandom) const;
    // The wait the server asked for wins over a shorter backoff.
    std::chrono::milliseconds delay(int retry, double unitRandom,
                                    std::optional<std::chrono::milliseconds> retryAfter) const;

    static RetryPolicy none() { return RetryPolicy{1, {}, {}, {}}; }
};

namespace HttpHeaders {

// Retry-After as delta-seconds ("120") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT",
// and the two obsolete date forms), relative to `now`. A date in the past gives zero; a value
// that is neither gives nothing.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now);

// An HTTP date (RFC 9110 section 5.6.7) in UTC, or an invalid QDateTime.
QDateTime parseHttpDate(const QByteArray &value);

} // namespace HttpHeaders
