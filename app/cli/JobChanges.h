#pragma once

#include "api/ExportJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One thing that happened to an export job between two looks at it: its status changed, or a
// phase (queue wait, profile export, dataset write) began or ended.
struct JobChange
{
    Q_DECLARE_TR_FUNCTIONS(JobChange)

public:
    enum class Kind { Status, PhaseStarted, PhaseFinished };
    enum class Phase { None, QueueWait, ProfileExport, DatasetWrite, Total };

    Kind kind = Kind::Status;
    Phase phase = Phase::None;
    QString status; // Kind::Status: the platform's text, verbatim
    std::optional<qint64> timeMs; // when it happened, by the platform's clock
    std::optional<qint64> durationMs; // PhaseFinished

    // Translated, e.g. "Profile export finished in 1 min 12 s".
    QString text(qint64 jobId) const;
    QJsonObject toJson() const;

    static QString phaseName(Phase phase);
    static QString phaseKey(Phase phase);

    friend bool operator==(const JobChange &, const JobChange &) = default;
};

// What changed from `before` (nothing on the first look) to `after`, in the order it happened.
QList<JobChange> jobChanges(const std::optional<ExportJob> &before, const ExportJob &after);
