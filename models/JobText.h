#pragma once

#include <QCoreApplication>
#include <QString>

// How the job views write times, durations and counts. Every text is translated when it is
// asked for, never kept.
class JobText
{
    Q_DECLARE_TR_FUNCTIONS(JobText)

public:
    // "1 h 02 min", "4 min 05 s", "12 s"; a negative duration is shown as zero.
    static QString duration(qint64 ms);
    // The local time in the default locale's short format; empty for 0.
    static QString localDateTime(qint64 epochMs);
    // The same with seconds ("11/29/26 1:53:22 AM", "2026/11/29 1:53:22"), for the moments of
    // one job, which are seconds apart; empty for 0.
    static QString localDateTimeSeconds(qint64 epochMs);
    // "2018-10-04 01:19:33.895 UTC", for tooltips and copying.
    static QString utcDateTime(qint64 epochMs);
    // With the default locale's group separators: "1,234,567".
    static QString count(qint64 value);
    // A name when one is known, the id alone otherwise.
    static QString nameOrId(const QString &name, const QString &id);
};
