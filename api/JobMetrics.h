#pragma once

#include "PhaseTime.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

// An export job's `metrics`: three phases and, once it succeeded, its counters.
struct JobMetrics
{
    std::optional<PhaseTime> totalTime;
    std::optional<PhaseTime> profileExportTime;
    std::optional<PhaseTime> aCPDatasetWriteTime;
    std::optional<qint64> totalExportedProfileCounter;
    std::optional<QMap<QString, qint64>> exportedProfileByNamespaceCounter; // {"ECID": n, ..}
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static JobMetrics fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // The phases alone, without the counters (JobField::Metrics against JobField::Counters).
    bool samePhases(const JobMetrics &other) const;
    bool sameCounters(const JobMetrics &other) const;

    friend bool operator==(const JobMetrics &, const JobMetrics &) = default;
};
