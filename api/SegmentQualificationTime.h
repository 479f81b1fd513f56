#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// filter.segmentQualificationTime: RFC 3339 bounds, kept as written (offsets included) so a
// request goes out exactly as the user typed it; Rfc3339::parse() reads them.
struct SegmentQualificationTime
{
    std::optional<QString> startTime;
    std::optional<QString> endTime;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static SegmentQualificationTime fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const SegmentQualificationTime &, const SegmentQualificationTime &)
            = default;
};
