#include "JobChanges.h"

#include "CliOutput.h"

namespace {

std::optional<PhaseTime> phaseOf(const ExportJob &job, JobChange::Phase phase)
{
    if (!job.metrics)
        return std::nullopt;
    switch (phase) {
    case JobChange::Phase::ProfileExport:
        return job.metrics->profileExportTime;
    case JobChange::Phase::DatasetWrite:
        return job.metrics->aCPDatasetWriteTime;
    case JobChange::Phase::Total:
        return job.metrics->totalTime;
    case JobChange::Phase::QueueWait:
    case JobChange::Phase::None:
        break;
    }
    return std::nullopt;
}

bool started(const std::optional<PhaseTime> &phase)
{
    return phase && phase->startTimeInMs;
}

bool ended(const std::optional<PhaseTime> &phase)
{
    return phase && phase->isClosed();
}

} // namespace

QList<JobChange> jobChanges(const std::optional<ExportJob> &before, const ExportJob &after)
{
    QList<JobChange> changes;
    const bool statusChanged = !before || before->statusText() != after.statusText();
    JobChange status;
    status.kind = JobChange::Kind::Status;
    status.status = after.statusText();
    status.timeMs = after.updateTime;
    // A job that starts running is reported before its phases, one that ends after them.
    if (statusChanged && !after.isTerminal())
        changes << status;

    const auto total = phaseOf(after, JobChange::Phase::Total);
    for (const JobChange::Phase phase :
         {JobChange::Phase::ProfileExport, JobChange::Phase::DatasetWrite}) {
        const auto was = before ? phaseOf(*before, phase) : std::nullopt;
        const auto now = phaseOf(after, phase);
        if (started(now) && !started(was)) {
            if (phase == JobChange::Phase::ProfileExport && started(total)) {
                JobChange wait;
                wait.kind = JobChange::Kind::PhaseFinished;
                wait.phase = JobChange::Phase::QueueWait;
                wait.timeMs = now->startTimeInMs;
                wait.durationMs = std::max<qint64>(0, *now->startTimeInMs - *total->startTimeInMs);
                changes << wait;
            }
            changes << JobChange{JobChange::Kind::PhaseStarted, phase, {}, now->startTimeInMs, {}};
        }
        if (ended(now) && !ended(was)) {
            changes << JobChange{JobChange::Kind::PhaseFinished,
                                 phase,
                                 {},
                                 now->endTimeInMs,
                                 now->durationInMs()};
        }
    }

    if (after.isTerminal()) {
        const auto was = before ? phaseOf(*before, JobChange::Phase::Total) : std::nullopt;
        if (ended(total) && !ended(was)) {
            changes << JobChange{JobChange::Kind::PhaseFinished,
                                 JobChange::Phase::Total,
                                 {},
                                 total->endTimeInMs,
                                 total->durationInMs()};
        }
        if (statusChanged)
            changes << status;
    }
    return changes;
}

QString JobChange::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::QueueWait:
        return tr("Queue wait");
    case Phase::ProfileExport:
        return tr("Profile export");
    case Phase::DatasetWrite:
        return tr("Dataset write");
    case Phase::Total:
        return tr("Total time");
    case Phase::None:
        break;
    }
    return {};
}

QString JobChange::phaseKey(Phase phase)
{
    switch (phase) {
    case Phase::QueueWait:
        return QStringLiteral("queueWait");
    case Phase::ProfileExport:
        return QStringLiteral("profileExport");
    case Phase::DatasetWrite:
        return QStringLiteral("datasetWrite");
    case Phase::Total:
        return QStringLiteral("total");
    case Phase::None:
        break;
    }
    return {};
}

QString JobChange::text(qint64 jobId) const
{
    switch (kind) {
    case Kind::Status:
        return tr("Job %1: %2").arg(jobId).arg(status);
    case Kind::PhaseStarted:
        return tr("%1 started").arg(phaseName(phase));
    case Kind::PhaseFinished:
        if (phase == Phase::QueueWait || phase == Phase::Total)
            return tr("%1: %2", "phase: duration")
                    .arg(phaseName(phase), CliOutput::duration(durationMs.value_or(0)));
        return durationMs
                ? tr("%1 finished in %2").arg(phaseName(phase), CliOutput::duration(*durationMs))
                : tr("%1 finished").arg(phaseName(phase));
    }
    return {};
}

QJsonObject JobChange::toJson() const
{
    QJsonObject object;
    switch (kind) {
    case Kind::Status:
        object.insert(u"event"_qs, u"status"_qs);
        object.insert(u"status"_qs, status);
        break;
    case Kind::PhaseStarted:
        object.insert(u"event"_qs, u"phaseStarted"_qs);
        object.insert(u"phase"_qs, phaseKey(phase));
        break;
    case Kind::PhaseFinished:
        object.insert(u"event"_qs, u"phaseFinished"_qs);
        object.insert(u"phase"_qs, phaseKey(phase));
        if (durationMs)
            object.insert(u"durationMs"_qs, *durationMs);
        break;
    }
    if (timeMs)
        object.insert(u"timeMs"_qs, *timeMs);
    return object;
}
