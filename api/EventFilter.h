#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// additionalFields.eventList.filter: which ExperienceEvents come along, by ingest time.
struct EventFilter
{
    std::optional<QString> fromIngestTimestamp; // RFC 3339, as written
    std::optional<QString> toIngestTimestamp;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static EventFilter fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const EventFilter &, const EventFilter &) = default;
};
