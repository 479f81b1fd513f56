#pragma once

#include "SegmentFilter.h"
#include "SegmentQualificationTime.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A request's `filter` and a job's echo of it. No segments means every profile.
struct JobFilter
{
    std::optional<QList<SegmentFilter>> segments;
    std::optional<SegmentQualificationTime> segmentQualificationTime;
    std::optional<QString> fromIngestTimestamp; // RFC 3339, as written
    std::optional<bool> emptyProfiles;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static JobFilter fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const JobFilter &, const JobFilter &) = default;
};
