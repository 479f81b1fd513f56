#include "Rfc3339.h"

#include <algorithm>

namespace Emulator::Rfc3339 {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian
// calendar, no time zone database needed.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(qint64 y, unsigned m)
{
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

bool digits(QStringView s, qsizetype pos, int count, int &value)
{
    if (pos + count > s.size())
        return false;
    value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s[pos + i];
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    return true;
}

} // namespace

std::optional<qint64> parse(QStringView s)
{
    int year, month, day, hour, minute, second;
    if (!digits(s, 0, 4, year) || s.size() < 20 || s[4] != u'-' || !digits(s, 5, 2, month)
        || s[7] != u'-' || !digits(s, 8, 2, day) || (s[10] != u'T' && s[10] != u't')
        || !digits(s, 11, 2, hour) || s[13] != u':' || !digits(s, 14, 2, minute) || s[16] != u':'
        || !digits(s, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month))
        || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;

    qsizetype pos = 19;
    qint64 millis = 0;
    if (s[pos] == u'.') {
        ++pos;
        int count = 0;
        while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            if (count < 3)
                millis = millis * 10 + (s[pos].unicode() - u'0');
            ++count;
            ++pos;
        }
        if (count == 0)
            return std::nullopt;
        for (int i = count; i < 3; ++i)
            millis *= 10;
    }
    if (pos >= s.size())
        return std::nullopt;

    qint64 offsetMinutes = 0;
    if (s[pos] == u'Z' || s[pos] == u'z') {
        ++pos;
    } else if (s[pos] == u'+' || s[pos] == u'-') {
        int oh, om;
        if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != u':'
            || !digits(s, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (s[pos] == u'-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;

    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return seconds * 1000 + millis;
}

int writeUtc(char *buffer, qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    qint64 y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    const auto put = [&](int pos, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buffer[pos + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, std::clamp<qint64>(y, 0, 9999), 4);
    buffer[4] = '-';
    put(5, m, 2);
    buffer[7] = '-';
    put(8, d, 2);
    buffer[10] = 'T';
    put(11, rest / 3600000, 2);
    buffer[13] = ':';
    put(14, rest / 60000 % 60, 2);
    buffer[16] = ':';
    put(17, rest / 1000 % 60, 2);
    buffer[19] = '.';
    put(20, rest % 1000, 3);
    buffer[23] = 'Z';
    return 24;
}

void appendUtc(QByteArray &out, qint64 ms)
{
    char buffer[24];
    out.append(buffer, writeUtc(buffer, ms));
}

QByteArray formatUtc(qint64 epochMs)
{
    QByteArray out;
    out.reserve(24);
    appendUtc(out, epochMs);
    return out;
}

} // namespace Emulator::Rfc3339
