#include "RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using std::chrono::milliseconds;

milliseconds RetryPolicy::backoff(int retry, double unitRandom) const
{
    if (retry < 1)
        return milliseconds{0};
    // 2^(retry-1) without overflow: beyond 2^30 the cap is reached anyway.
    const double factor = std::ldexp(1.0, std::min(retry - 1, 30));
    const double cap = std::min(double(maxDelay.count()), double(baseDelay.count()) * factor);
    const double r = std::clamp(unitRandom, 0.0, 1.0);
    return milliseconds{qint64(cap * r)};
}

milliseconds RetryPolicy::delay(int retry, double unitRandom,
                                std::optional<milliseconds> retryAfter) const
{
    const milliseconds jittered = backoff(retry, unitRandom);
    return retryAfter ? std::max(*retryAfter, jittered) : jittered;
}

namespace HttpHeaders {

QDateTime parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).simplified();
    // The weekday is redundant and a wrong one must not void the date, so it is dropped.
    const qsizetype firstSpace = text.indexOf(u' ');
    if (firstSpace < 0)
        return {};
    text = text.mid(firstSpace + 1);
    const QLocale c = QLocale::c();
    // IMF-fixdate, then the obsolete RFC 850 and asctime forms every recipient must accept.
    struct Form
    {
        QString format;
        bool twoDigitYear;
    };
    static const Form forms[] = {
            {QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), false},
            {QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"), true},
            {QStringLiteral("MMM d HH:mm:ss yyyy"), false},
    };
    for (const Form &form : forms) {
        QDateTime parsed = c.toDateTime(text, form.format);
        if (!parsed.isValid())
            continue;
        if (form.twoDigitYear) {
            // A two-digit year belongs to the century that puts it at most 50 years ahead.
            const int now = QDate::currentDate().year();
            int year = parsed.date().year() % 100 + (now / 100) * 100;
            if (year > now + 50)
                year -= 100;
            const QDate date(year, parsed.date().month(), parsed.date().day());
            if (!date.isValid())
                return {};
            parsed.setDate(date);
        }
        parsed.setTimeZone(QTimeZone::utc());
        return parsed;
    }
    return {};
}

std::optional<milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        // Far beyond any budget; keeps the multiplication below from overflowing.
        return milliseconds{std::min<qlonglong>(seconds, 10LL * 365 * 24 * 3600) * 1000};
    }
    const QDateTime date = parseHttpDate(trimmed);
    if (!date.isValid())
        return std::nullopt;
    return milliseconds{std::max<qint64>(0, now.msecsTo(date))};
}

} // namespace HttpHeaders
