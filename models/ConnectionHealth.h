#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QMetaType>

#include <optional>

// How the platform answers the monitor, for a status bar that heals itself.
struct ConnectionHealth
{
    enum class State {
        Ok, // the last poll got every answer
        Degraded, // the platform answers, but some calls of the last poll failed
        Down, // the last poll got no usable answer: polling is paused and retried with backoff
    };

    State state = State::Ok;
    QDateTime lastSuccess; // UTC; invalid before the first answer
    std::optional<ApiError> lastError; // the latest failure since the last clean poll
    int consecutiveFailures = 0; // polls in a row that found the platform down

    friend bool operator==(const ConnectionHealth &, const ConnectionHealth &) = default;
};

Q_DECLARE_METATYPE(ConnectionHealth)
