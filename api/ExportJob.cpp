#include "ExportJob.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

ExportJob::ExportJob(qint64 id, const QString &statusText)
    : id(id)
{
    setStatusText(statusText);
}

std::optional<ExportJob> ExportJob::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    quint8 idTextWidth = 0;
    const auto id = in.integerOrDigits("id"_L1, &idTextWidth);
    if (!id)
        return std::nullopt;
    const auto status = in.string("status"_L1);
    if (!status)
        return std::nullopt;

    ExportJob job;
    job.id = *id;
    job.m_idTextWidth = idTextWidth;
    job.setStatusText(*status);
    job.profileInstanceId = in.string("profileInstanceId"_L1);
    job.jobType = in.string("jobType"_L1);
    job.requestId = in.string("requestId"_L1);
    job.imsOrgId = in.string("imsOrgId"_L1);
    job.creationTime = in.integer("creationTime"_L1);
    job.updateTime = in.integer("updateTime"_L1);
    job.fields = in.string("fields"_L1);
    job.mergePolicy = in.record<MergePolicyRef>("mergePolicy"_L1);
    job.filter = in.record<JobFilter>("filter"_L1);
    job.additionalFields = in.record<AdditionalFields>("additionalFields"_L1);
    job.schema = in.record<SchemaName>("schema"_L1);
    job.destination = in.record<Destination>("destination"_L1);
    job.computeGatewayJobId = in.record<ComputeGatewayJobId>("computeGatewayJobId"_L1);
    job.metrics = in.record<JobMetrics>("metrics"_L1);
    job.errors = in.records<JobError>("errors"_L1);
    job.extra = in.leftovers();
    return job;
}

DecodeResult<ExportJob> ExportJob::decode(const QByteArray &body)
{
    QString reason;
    const auto object = Json::parseObjectBody(body, &reason);
    if (!object)
        return DecodeResult<ExportJob>::failure(reason);
    auto job = fromJson(*object);
    if (!job)
        return DecodeResult<ExportJob>::failure(u"not an export job: no integer id or no status"_s);
    return std::move(*job);
}

QJsonObject ExportJob::toJson() const
{
    QJsonObject out = extra;
    if (m_idTextWidth > 0)
        Json::putIntegerOrDigits(out, "id"_L1, id, m_idTextWidth);
    else
        out.insert("id"_L1, id);
    out.insert("status"_L1, m_statusText);
    Json::putString(out, "profileInstanceId"_L1, profileInstanceId);
    Json::putString(out, "jobType"_L1, jobType);
    Json::putString(out, "requestId"_L1, requestId);
    Json::putString(out, "imsOrgId"_L1, imsOrgId);
    Json::putInteger(out, "creationTime"_L1, creationTime);
    Json::putInteger(out, "updateTime"_L1, updateTime);
    Json::putString(out, "fields"_L1, fields);
    Json::putRecord(out, "mergePolicy"_L1, mergePolicy);
    Json::putRecord(out, "filter"_L1, filter);
    Json::putRecord(out, "additionalFields"_L1, additionalFields);
    Json::putRecord(out, "schema"_L1, schema);
    Json::putRecord(out, "destination"_L1, destination);
    Json::putRecord(out, "computeGatewayJobId"_L1, computeGatewayJobId);
    Json::putRecord(out, "metrics"_L1, metrics);
    Json::putRecords(out, "errors"_L1, errors);
    return out;
}

void ExportJob::setStatusText(const QString &text)
{
    m_status = jobStatusFromText(text);
    // The platform's own spelling shares static text: a table of 100,000 jobs then holds no
    // copy of "SUCCEEDED" at all.
    QString canonical = jobStatusText(m_status);
    m_statusText = canonical == text ? std::move(canonical) : text;
    if (m_statusText.isNull())
        m_statusText = u""_s;
}

void ExportJob::setStatus(JobStatus status)
{
    Q_ASSERT(status != JobStatus::Unknown);
    m_status = status;
    m_statusText = jobStatusText(status);
}

QDateTime ExportJob::createdAt() const
{
    return creationTime ? QDateTime::fromMSecsSinceEpoch(*creationTime, Qt::UTC) : QDateTime();
}

QDateTime ExportJob::updatedAt() const
{
    return updateTime ? QDateTime::fromMSecsSinceEpoch(*updateTime, Qt::UTC) : QDateTime();
}

QString ExportJob::datasetId() const
{
    return destination && destination->datasetId ? *destination->datasetId : QString();
}

QStringList ExportJob::segmentIds() const
{
    QStringList ids;
    if (filter && filter->segments) {
        for (const SegmentFilter &segment : *filter->segments) {
            if (segment.segmentId)
                ids.append(*segment.segmentId);
        }
    }
    if (ids.isEmpty() && destination && destination->batches) {
        for (const BatchRef &batch : *destination->batches) {
            if (batch.segmentId)
                ids.append(*batch.segmentId);
        }
    }
    return ids;
}

QStringList ExportJob::batchIds() const
{
    return destination ? destination->batchIds() : QStringList();
}

JobFields changedFields(const ExportJob &before, const ExportJob &after)
{
    JobFields changed;
    if (before.status() != after.status() || before.statusText() != after.statusText())
        changed |= JobField::Status;
    if (before.updateTime != after.updateTime)
        changed |= JobField::UpdateTime;

    if (before.metrics.has_value() != after.metrics.has_value()) {
        changed |= JobField::Metrics;
        const JobMetrics &present = before.metrics ? *before.metrics : *after.metrics;
        if (!present.sameCounters(JobMetrics()))
            changed |= JobField::Counters;
    } else if (before.metrics) {
        if (!before.metrics->samePhases(*after.metrics))
            changed |= JobField::Metrics;
        if (!before.metrics->sameCounters(*after.metrics))
            changed |= JobField::Counters;
    }

    if (before.errors != after.errors)
        changed |= JobField::Errors;
    if (before.destination != after.destination)
        changed |= JobField::Destination;
    if (before.computeGatewayJobId != after.computeGatewayJobId)
        changed |= JobField::ComputeJobs;
    if (before.fields != after.fields || before.mergePolicy != after.mergePolicy
        || before.filter != after.filter || before.additionalFields != after.additionalFields
        || before.schema != after.schema)
        changed |= JobField::Request;
    if (before.id != after.id || before.m_idTextWidth != after.m_idTextWidth
        || before.profileInstanceId != after.profileInstanceId || before.jobType != after.jobType
        || before.requestId != after.requestId || before.imsOrgId != after.imsOrgId
        || before.creationTime != after.creationTime || before.extra != after.extra)
        changed |= JobField::Other;
    return changed;
}
