#pragma once

#include "EventList.h"

#include <QJsonObject>

#include <optional>

// A request's `additionalFields`; leaving it out exports profiles without their events.
struct AdditionalFields
{
    std::optional<EventList> eventList;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static AdditionalFields fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const AdditionalFields &, const AdditionalFields &) = default;
};
