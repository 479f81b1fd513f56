#include "JobText.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

QString JobText::duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms, 0) / 1000;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    const QLocale locale;
    const auto twoDigits = [&](qint64 value) {
        return locale.toString(value).rightJustified(2, locale.zeroDigit().at(0));
    };
    if (hours > 0)
        return tr("%1 h %2 min", "duration").arg(locale.toString(hours), twoDigits(minutes));
    if (minutes > 0)
        return tr("%1 min %2 s", "duration").arg(locale.toString(minutes), twoDigits(secs));
    return tr("%1 s", "duration").arg(locale.toString(secs));
}

QString JobText::localDateTime(qint64 epochMs)
{
    if (epochMs == 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(),
                              QLocale::ShortFormat);
}

QString JobText::localDateTimeSeconds(qint64 epochMs)
{
    if (epochMs == 0)
        return {};
    const QLocale locale;
    // The short time format with seconds after its minutes ("h:mm AP" -> "h:mm:ss AP"): the
    // long one would add the time zone's name.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(u"ss"_s)) {
        const qsizetype minutes = time.indexOf(u"mm"_s);
        if (minutes >= 0)
            time.insert(minutes + 2, u":ss"_s);
        else
            time = locale.timeFormat(QLocale::LongFormat);
    }
    return locale.toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + u' ' + time);
}

QString JobText::utcDateTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)
            + u" UTC"_s;
}

QString JobText::count(qint64 value)
{
    return QLocale().toString(value);
}

QString JobText::nameOrId(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}
