#include "TimeFormat.h"

#include <algorithm>
#include <cstring>

namespace Parquet {

namespace {

// A non-negative number with leading zeros to `digits` (dates and times: a few per value, so
// written directly rather than through to_chars and a padding loop).
void appendPadded(TextBuffer &out, qint64 value, int digits)
{
    char reversed[20];
    int count = 0;
    quint64 v = quint64(value);
    do {
        reversed[count++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    const int total = std::max(count, digits);
    char *p = out.extend(total);
    std::memset(p, '0', size_t(total - count));
    for (int i = 0; i < count; ++i)
        p[total - 1 - i] = reversed[i];
}

// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// The remainder that goes with floorDiv (b > 0), without computing floorDiv(a, b) * b, which
// overflows near the ends of the 64-bit range.
qint64 floorMod(qint64 a, qint64 b)
{
    const qint64 r = a % b;
    return r < 0 ? r + b : r;
}

// hh:mm:ss plus `digits` fraction digits of a time of day in `perSecond` units.
void appendClock(TextBuffer &out, qint64 value, qint64 perSecond, int digits)
{
    const qint64 seconds = value / perSecond;
    appendPadded(out, seconds / 3600, 2);
    out.append(':');
    appendPadded(out, seconds / 60 % 60, 2);
    out.append(':');
    appendPadded(out, seconds % 60, 2);
    if (digits > 0) {
        out.append('.');
        appendPadded(out, value % perSecond, digits);
    }
}

void appendDateTime(TextBuffer &out, qint64 days, qint64 ofDay, qint64 perSecond, int digits,
                    bool utc)
{
    TimeFormat::appendDate(out, days);
    out.append('T');
    appendClock(out, ofDay, perSecond, digits);
    if (utc)
        out.append('Z');
}

struct UnitScale
{
    qint64 perSecond;
    int digits;
};

UnitScale scaleOf(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Millis:
        return {1000, 3};
    case TimeUnit::Micros:
        return {1000000, 6};
    case TimeUnit::Nanos:
        return {1000000000, 9};
    }
    return {1000, 3};
}

} // namespace

void TimeFormat::appendDate(TextBuffer &out, qint64 days)
{
    qint64 year;
    int month;
    int day;
    civilFromDays(days, &year, &month, &day);
    // ISO 8601 expanded years outside 0000-9999, as JavaScript writes them.
    if (year < 0 || year > 9999) {
        out.append(year < 0 ? '-' : '+');
        appendPadded(out, year < 0 ? -year : year, 6);
    } else {
        appendPadded(out, year, 4);
    }
    out.append('-');
    appendPadded(out, month, 2);
    out.append('-');
    appendPadded(out, day, 2);
}

void TimeFormat::appendTimestamp(TextBuffer &out, qint64 value, TimeUnit unit, bool utc)
{
    const UnitScale s = scaleOf(unit);
    const qint64 perDay = 86400 * s.perSecond;
    appendDateTime(out, floorDiv(value, perDay), floorMod(value, perDay), s.perSecond, s.digits,
                   utc);
}

void TimeFormat::appendInt96(TextBuffer &out, const char *bytes)
{
    // Nanoseconds of the day, then the Julian day number (Impala's and Spark's layout). Spark
    // converts its microseconds to and from this pair with wrapping 64-bit arithmetic, so
    // values it wrote past the range of that arithmetic only read back right the same way.
    qint64 nanos;
    qint32 julian;
    std::memcpy(&nanos, bytes, 8);
    std::memcpy(&julian, bytes + 8, 4);
    constexpr quint64 microsPerDay = 86400000000ULL;
    quint64 micros = quint64(qint64(julian) - 2440588) * microsPerDay + quint64(nanos / 1000);
    qint64 subMicro = nanos % 1000;
    if (subMicro < 0) {
        subMicro += 1000;
        micros -= 1;
    }
    const qint64 value = qint64(micros);
    appendDateTime(out, floorDiv(value, qint64(microsPerDay)),
                   floorMod(value, qint64(microsPerDay)) * 1000 + subMicro, 1000000000, 9, true);
}

bool TimeFormat::isTimeOfDay(qint64 value, TimeUnit unit)
{
    return value >= 0 && value < 86400 * scaleOf(unit).perSecond;
}

void TimeFormat::appendTimeOfDay(TextBuffer &out, qint64 value, TimeUnit unit)
{
    const UnitScale s = scaleOf(unit);
    appendClock(out, value, s.perSecond, s.digits);
}

} // namespace Parquet
