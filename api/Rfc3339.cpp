#include "Rfc3339.h"

#include <cstdlib>

namespace {

// Reads exactly `count` ASCII digits at `pos`; -1 when any is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

namespace Rfc3339 {

std::optional<QDateTime> parse(QStringView text)
{
    // full-date "T" partial-time time-offset; RFC 3339 5.6 also allows "t", "z" and a space.
    if (text.size() < 20)
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    if (text[4] != u'-' || text[7] != u'-' || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const QChar sep = text[10];
    if (sep != u'T' && sep != u't' && sep != u' ')
        return std::nullopt;

    qsizetype pos = 19;
    int msecs = 0;
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        const qsizetype fracStart = pos;
        int scale = 100;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            msecs += (text[pos].unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == fracStart)
            return std::nullopt;
    }
    if (pos >= text.size())
        return std::nullopt;

    int offsetSeconds = 0;
    const QChar zone = text[pos];
    if (zone == u'Z' || zone == u'z') {
        ++pos;
    } else if (zone == u'+' || zone == u'-') {
        const int oh = digits(text, pos + 1, 2);
        const int om = digits(text, pos + 4, 2);
        if (oh < 0 || om < 0 || text[pos + 3] != u':' || oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = (oh * 60 + om) * 60 * (zone == u'-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;

    // A leap second (23:59:60) is legal RFC 3339 but not representable; keep it in its minute.
    if (second == 60) {
        if (minute != 59)
            return std::nullopt;
        second = 59;
        msecs = 999;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msecs);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (offsetSeconds == 0)
        return QDateTime(date, time, Qt::UTC);
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
}

bool isValid(QStringView text)
{
    return parse(text).has_value();
}

QString format(const QDateTime &dateTime)
{
    const int offset = dateTime.offsetFromUtc();
    const QDateTime local = dateTime.toOffsetFromUtc(offset);
    QString out = local.toString(local.time().msec() != 0 ? u"yyyy-MM-ddTHH:mm:ss.zzz"
                                                          : u"yyyy-MM-ddTHH:mm:ss");
    if (offset == 0) {
        out += u'Z';
    } else {
        const int minutes = std::abs(offset) / 60;
        out += (offset < 0 ? u'-' : u'+')
                + QStringLiteral("%1:%2")
                          .arg(minutes / 60, 2, 10, QChar(u'0'))
                          .arg(minutes % 60, 2, 10, QChar(u'0'));
    }
    return out;
}

} // namespace Rfc3339
