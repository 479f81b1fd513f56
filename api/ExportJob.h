#pragma once

#include "AdditionalFields.h"
#include "ComputeGatewayJobId.h"
#include "DecodeResult.h"
#include "Destination.h"
#include "JobError.h"
#include "JobFilter.h"
#include "JobMetrics.h"
#include "JobStatus.h"
#include "MergePolicyRef.h"
#include "SchemaName.h"

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The groups of an export job that a table shows apart, so a refresh repaints only what moved.
enum class JobField : quint16 {
    Status = 0x001,
    Metrics = 0x002, // the phases
    Errors = 0x004,
    Destination = 0x008,
    UpdateTime = 0x010,
    Counters = 0x020, // totalExportedProfileCounter, exportedProfileByNamespaceCounter
    ComputeJobs = 0x040, // computeGatewayJobId
    // The echo of the request: fields, filter, mergePolicy, schema, additionalFields.
    Request = 0x080,
    // id, profileInstanceId, jobType, requestId, imsOrgId, creationTime, unknown keys.
    Other = 0x100,
};
Q_DECLARE_FLAGS(JobFields, JobField)
Q_DECLARE_OPERATORS_FOR_FLAGS(JobFields)

// One export job as GET /export/jobs and GET /export/jobs/{id} answer it. Only `id` and
// `status` are required; every other field may be missing or malformed. A value that cannot be
// read is absent here and kept verbatim in `extra` of its level, with every unknown key, so
// toJson() writes back what came.
class ExportJob
{
public:
    ExportJob() = default;
    ExportJob(qint64 id, const QString &statusText);

    qint64 id = 0;
    std::optional<QString> profileInstanceId;
    std::optional<QString> jobType; // "BATCH", "STREAMING"
    std::optional<QString> requestId;
    std::optional<QString> imsOrgId;
    std::optional<qint64> creationTime; // epoch milliseconds
    std::optional<qint64> updateTime; // epoch milliseconds

    // The echo of the create request.
    std::optional<QString> fields;
    std::optional<MergePolicyRef> mergePolicy;
    std::optional<JobFilter> filter;
    std::optional<AdditionalFields> additionalFields;
    std::optional<SchemaName> schema;

    std::optional<Destination> destination;
    std::optional<ComputeGatewayJobId> computeGatewayJobId;
    std::optional<JobMetrics> metrics;
    std::optional<QList<JobError>> errors;

    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    // nullopt only when `id` is not an integer (a JSON number or a string of digits) or
    // `status` is not a string.
    static std::optional<ExportJob> fromJson(const QJsonObject &object);
    // The body of GET /export/jobs/{id} or of the create answer.
    static DecodeResult<ExportJob> decode(const QByteArray &body);
    QJsonObject toJson() const;

    JobStatus status() const { return m_status; }
    // Exactly as the platform sent it; what a table shows for JobStatus::Unknown.
    const QString &statusText() const { return m_statusText; }
    void setStatusText(const QString &text);
    void setStatus(JobStatus status); // writes the platform's spelling; not Unknown
    bool isTerminal() const { return ::isTerminal(m_status); }

    // creationTime and updateTime as UTC date-times; invalid when absent.
    QDateTime createdAt() const;
    QDateTime updatedAt() const;
    // Empty when absent.
    QString datasetId() const;
    // The filter's segments; for a job that echoes none, the segments of its batches.
    QStringList segmentIds() const;
    // Every non-empty batch id of the destination.
    QStringList batchIds() const;
    qsizetype errorCount() const { return errors ? errors->size() : 0; }

    friend bool operator==(const ExportJob &, const ExportJob &) = default;
    friend JobFields changedFields(const ExportJob &before, const ExportJob &after);

private:
    QString m_statusText;
    JobStatus m_status = JobStatus::Unknown;
    quint8 m_idTextWidth = 0; // "id": "0726" writes back as "0726"; 0 for a number
};

// What differs between two states of the same job. Compares typed fields only, no JSON: the
// monitor calls it for every job of every refresh.
JobFields changedFields(const ExportJob &before, const ExportJob &after);
