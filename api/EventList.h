#pragma once

#include "EventFilter.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// additionalFields.eventList: the ExperienceEvent fields exported with each profile.
struct EventList
{
    std::optional<QString> fields; // comma-separated dot paths
    std::optional<EventFilter> filter;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static EventList fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const EventList &, const EventList &) = default;
};
