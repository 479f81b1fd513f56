#pragma once

#include "FieldSelection.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Emulator {

// One entry of filter.segments.
struct SegmentSelector
{
    QString segmentId;
    QString segmentNs;
    QStringList statuses;
    int statusMask = 0; // bit per ProfileGenerator::SegmentStatus
};

// The body of POST /export/jobs, checked field by field. The lookups that need the store
// (dataset, merge policy, segments) are the route's.
struct ExportRequest
{
    bool hasFields = false;
    FieldSelection fields;
    QString mergePolicyId;
    std::optional<int> mergePolicyVersion;
    QList<SegmentSelector> segments;
    std::optional<qint64> qualificationStart;
    std::optional<qint64> qualificationEnd;
    std::optional<qint64> fromIngest;
    bool emptyProfiles = false;
    bool hasEventList = false;
    bool hasEventFields = false;
    FieldSelection eventFields;
    std::optional<qint64> eventFrom;
    std::optional<qint64> eventTo;
    QString datasetId;
    bool segmentPerBatch = false;
    // One batch per listed segment; with no segment listed, every profile goes into one batch.
    bool batchPerSegment() const { return segmentPerBatch && !segments.isEmpty(); }

    // Empty on success, else a message that starts with the offending field's path.
    static QString parse(const QJsonObject &body, ExportRequest *request);
};

} // namespace Emulator
