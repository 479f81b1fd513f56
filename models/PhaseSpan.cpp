#include "PhaseSpan.h"

QString PhaseSpan::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::QueueWait:
        return tr("Queue wait", "export job phase");
    case Phase::ProfileExport:
        return tr("Profile export", "export job phase");
    case Phase::DatasetWrite:
        return tr("Dataset write", "export job phase");
    case Phase::Total:
        break;
    }
    return tr("Total time", "export job phase");
}

namespace {

std::optional<qint64> endOf(const std::optional<PhaseTime> &phase)
{
    if (!phase || !phase->startTimeInMs)
        return std::nullopt;
    if (phase->endTimeInMs)
        return phase->endTimeInMs;
    if (phase->totalTimeInMs)
        return *phase->startTimeInMs + *phase->totalTimeInMs;
    return std::nullopt;
}

} // namespace

QList<PhaseSpan> phaseSpans(const ExportJob &job, qint64 nowMs)
{
    QList<PhaseSpan> spans;
    const JobMetrics metrics = job.metrics.value_or(JobMetrics());
    const std::optional<qint64> jobStart = metrics.totalTime && metrics.totalTime->startTimeInMs
            ? metrics.totalTime->startTimeInMs
            : job.creationTime;
    if (!jobStart)
        return spans;
    std::optional<qint64> jobEnd = endOf(metrics.totalTime);
    if (!jobEnd && job.isTerminal())
        jobEnd = job.updateTime ? std::max(*job.updateTime, *jobStart) : *jobStart;
    // Where open phases stop: the job's end, or now while it runs.
    const qint64 horizon = jobEnd ? *jobEnd : std::max(nowMs, *jobStart);
    const bool jobOpen = !jobEnd;

    qint64 cursor = *jobStart;
    const auto add = [&](PhaseSpan::Phase phase, qint64 start, std::optional<qint64> end) {
        start = std::clamp(start, cursor, horizon);
        const bool open = !end;
        const qint64 stop = std::clamp(end.value_or(horizon), start, horizon);
        spans.append(PhaseSpan{phase, start, stop, open && jobOpen});
        cursor = stop;
    };

    const auto &exportTime = metrics.profileExportTime;
    const bool exportStarted = exportTime && exportTime->startTimeInMs;
    if (exportStarted)
        add(PhaseSpan::Phase::QueueWait, *jobStart, *exportTime->startTimeInMs);
    else
        add(PhaseSpan::Phase::QueueWait, *jobStart, jobEnd);
    if (exportStarted)
        add(PhaseSpan::Phase::ProfileExport, *exportTime->startTimeInMs, endOf(exportTime));
    const auto &writeTime = metrics.aCPDatasetWriteTime;
    if (writeTime && writeTime->startTimeInMs)
        add(PhaseSpan::Phase::DatasetWrite, *writeTime->startTimeInMs, endOf(writeTime));

    spans.append(PhaseSpan{PhaseSpan::Phase::Total, *jobStart, horizon, jobOpen});
    return spans;
}

qint64 jobDurationMs(const ExportJob &job, qint64 nowMs)
{
    const JobMetrics *metrics = job.metrics ? &*job.metrics : nullptr;
    if (metrics && metrics->totalTime) {
        if (const auto closed = metrics->totalTime->durationInMs())
            return std::max<qint64>(*closed, 0);
    }
    const std::optional<qint64> start
            = metrics && metrics->totalTime && metrics->totalTime->startTimeInMs
            ? metrics->totalTime->startTimeInMs
            : job.creationTime;
    if (!start)
        return 0;
    // A terminal job whose total was never closed ran until its last update.
    const qint64 end = job.isTerminal() ? job.updateTime.value_or(*start) : nowMs;
    return std::max<qint64>(end - *start, 0);
}
