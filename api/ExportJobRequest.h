#pragma once

#include "AdditionalFields.h"
#include "DecodeResult.h"
#include "Destination.h"
#include "EvaluationInfo.h"
#include "JobFilter.h"
#include "MergePolicyRef.h"
#include "SchemaName.h"
#include "ValidationIssue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class ExportJob;

// The body of POST /export/jobs. toJson() writes exactly the fields that are set, nothing the
// user did not choose; a request read from a file keeps its unknown keys and sends them on.
struct ExportJobRequest
{
    std::optional<QString> fields; // comma-separated dot paths; absent = every field
    std::optional<MergePolicyRef> mergePolicy;
    std::optional<JobFilter> filter;
    std::optional<AdditionalFields> additionalFields;
    std::optional<Destination> destination; // required: datasetId, segmentPerBatch
    std::optional<SchemaName> schema; // required: name
    std::optional<EvaluationInfo> evaluationInfo;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static ExportJobRequest fromJson(const QJsonObject &object);
    // A request file's content: one JSON object.
    static DecodeResult<ExportJobRequest> decode(const QByteArray &body);
    // The request that would create the same export again: every request field the job
    // echoes, whatever its status. The destination keeps only datasetId and segmentPerBatch.
    static ExportJobRequest fromJob(const ExportJob &job);
    QJsonObject toJson() const;

    // Every problem at once, errors and warnings, in the order of the fields.
    QList<ValidationIssue> validate() const;
    // No issue of Severity::Error.
    bool isValid() const;

    friend bool operator==(const ExportJobRequest &, const ExportJobRequest &) = default;
};
