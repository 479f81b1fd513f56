#pragma once

#include "api/ExportJob.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One phase of an export job on a time line, in epoch milliseconds. The three working phases
// (queue wait, profile export, dataset write) never overlap and lie inside the total.
struct PhaseSpan
{
    Q_DECLARE_TR_FUNCTIONS(PhaseSpan)

public:
    enum class Phase {
        QueueWait, // from the job's start to the start of the profile export
        ProfileExport,
        DatasetWrite,
        Total,
    };

    Phase phase = Phase::Total;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool open = false; // still running: endMs is "now"

    qint64 durationMs() const { return endMs - startMs; }
    static QString phaseName(Phase phase);

    friend bool operator==(const PhaseSpan &, const PhaseSpan &) = default;
};

// The spans a job's metrics describe, in the order of the enum, the total last. A phase that
// has not started is left out (a failed job that never wrote has no dataset-write span); a
// phase still running ends at `nowMs`, or at the job's end once the job is terminal. Starts
// are moved forward where the platform's numbers would make phases overlap.
QList<PhaseSpan> phaseSpans(const ExportJob &job, qint64 nowMs);

// The job's run time: the closed total, else from its start to `nowMs` (0 when it has none).
qint64 jobDurationMs(const ExportJob &job, qint64 nowMs);
