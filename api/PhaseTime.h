#pragma once

#include <QJsonObject>

#include <optional>

// One phase of an export job (totalTime, profileExportTime, aCPDatasetWriteTime), in epoch
// milliseconds. A phase still running has a start and no end.
struct PhaseTime
{
    std::optional<qint64> startTimeInMs;
    std::optional<qint64> endTimeInMs;
    std::optional<qint64> totalTimeInMs;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static PhaseTime fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool isClosed() const { return endTimeInMs.has_value(); }
    // totalTimeInMs when given, else end - start; nullopt while the phase runs.
    std::optional<qint64> durationInMs() const;

    friend bool operator==(const PhaseTime &, const PhaseTime &) = default;
};
