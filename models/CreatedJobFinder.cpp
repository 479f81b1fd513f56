#include "CreatedJobFinder.h"

namespace {

template<typename T>
QJsonObject jsonOf(const std::optional<T> &value)
{
    return value ? value->toJson() : QJsonObject();
}

} // namespace

bool CreatedJobFinder::matches(const ExportJobRequest &sent, const ExportJob &job)
{
    const ExportJobRequest echo = ExportJobRequest::fromJob(job);
    if (sent.fields != echo.fields)
        return false;
    if (jsonOf(sent.filter) != jsonOf(echo.filter)
        || jsonOf(sent.additionalFields) != jsonOf(echo.additionalFields)
        || jsonOf(sent.schema) != jsonOf(echo.schema))
        return false;
    const QString sentDataset
            = sent.destination ? sent.destination->datasetId.value_or(QString()) : QString();
    const QString jobDataset
            = echo.destination ? echo.destination->datasetId.value_or(QString()) : QString();
    if (sentDataset != jobDataset)
        return false;
    const bool sentPerBatch = sent.destination && sent.destination->segmentPerBatch.value_or(false);
    const bool jobPerBatch = echo.destination && echo.destination->segmentPerBatch.value_or(false);
    if (sentPerBatch != jobPerBatch)
        return false;
    if (sent.mergePolicy && sent.mergePolicy->id) {
        if (!echo.mergePolicy || echo.mergePolicy->id != sent.mergePolicy->id)
            return false;
        if (sent.mergePolicy->version && echo.mergePolicy->version != sent.mergePolicy->version)
            return false;
    }
    if (sent.evaluationInfo && jsonOf(sent.evaluationInfo) != jsonOf(echo.evaluationInfo))
        return false;
    return true;
}

std::optional<ExportJob> CreatedJobFinder::find(const QList<ExportJob> &jobs,
                                                const ExportJobRequest &sent, qint64 sentAtMs,
                                                const QSet<qint64> &existing, qint64 skewMs)
{
    std::optional<ExportJob> best;
    for (const ExportJob &job : jobs) {
        if (existing.contains(job.id)
            || (job.creationTime && *job.creationTime < sentAtMs - skewMs))
            continue;
        if (!matches(sent, job))
            continue;
        if (!best || job.creationTime.value_or(0) > best->creationTime.value_or(0))
            best = job;
    }
    return best;
}
