#pragma once

#include "Metadata.h"
#include "TextBuffer.h"

namespace Parquet {

// Dates and times as ISO 8601 text: proleptic Gregorian dates from days since 1970-01-01
// (years outside 0000-9999 with a sign and six digits, as JavaScript writes them), times of
// day and timestamps with as many fraction digits as their unit has.
class TimeFormat
{
public:
    static void appendDate(TextBuffer &out, qint64 days);
    // hh:mm:ss.fff (millis), .ffffff (micros) or .fffffffff (nanos).
    static void appendTimeOfDay(TextBuffer &out, qint64 value, TimeUnit unit);
    static bool isTimeOfDay(qint64 value, TimeUnit unit);
    // "2024-01-31T13:45:00.250000Z"; without the "Z" when not adjusted to UTC.
    static void appendTimestamp(TextBuffer &out, qint64 value, TimeUnit unit, bool utc);
    // Impala's and Spark's INT96: nanoseconds of the day, then the Julian day.
    static void appendInt96(TextBuffer &out, const char *bytes);
};

} // namespace Parquet
