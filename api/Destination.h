#pragma once

#include "BatchRef.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Where an export writes: a request's {"datasetId", "segmentPerBatch"} and, in a job, the
// batches it produced. The platform spells the dataset key two ways and sends `batches` as an
// array or as one object; both choices are remembered so the job writes back as it came.
struct Destination
{
    enum class DatasetKey : quint8 {
        DatasetId, // "datasetId", what a request sends
        DataSetId, // "dataSetId", as some job answers spell it
    };
    enum class BatchesShape : quint8 {
        Array,
        Object, // one batch written as an object, as the platform's spec types it
    };

    std::optional<QString> datasetId;
    DatasetKey datasetKey = DatasetKey::DatasetId;
    std::optional<bool> segmentPerBatch;
    std::optional<QString> batchId; // "" (a failed job) is not the same as absent
    std::optional<QList<BatchRef>> batches;
    BatchesShape batchesShape = BatchesShape::Array;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static Destination fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // Every non-empty batch id: batchId, then each batch's.
    QStringList batchIds() const;

    friend bool operator==(const Destination &, const Destination &) = default;
};
