#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One entry of filter.segments[]: which segment to export, and which membership statuses.
struct SegmentFilter
{
    std::optional<QString> segmentId;
    std::optional<QString> segmentNs; // the platform's default is "ups"
    std::optional<QStringList> status; // default ["realized", "existing"]; also "exited"
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static SegmentFilter fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const SegmentFilter &, const SegmentFilter &) = default;
};
