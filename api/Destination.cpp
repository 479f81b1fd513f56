#include "Destination.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

Destination Destination::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    Destination destination;
    destination.datasetId = in.string("datasetId"_L1);
    if (!destination.datasetId) {
        destination.datasetId = in.string("dataSetId"_L1);
        if (destination.datasetId)
            destination.datasetKey = DatasetKey::DataSetId;
    }
    destination.segmentPerBatch = in.boolean("segmentPerBatch"_L1);
    destination.batchId = in.string("batchId"_L1);
    destination.batches = in.records<BatchRef>("batches"_L1);
    if (!destination.batches) {
        if (auto single = in.record<BatchRef>("batches"_L1)) {
            destination.batches = QList<BatchRef>{std::move(*single)};
            destination.batchesShape = BatchesShape::Object;
        }
    }
    destination.extra = in.leftovers();
    return destination;
}

QJsonObject Destination::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, datasetKey == DatasetKey::DataSetId ? "dataSetId"_L1 : "datasetId"_L1,
                    datasetId);
    Json::putBool(out, "segmentPerBatch"_L1, segmentPerBatch);
    Json::putString(out, "batchId"_L1, batchId);
    if (batches) {
        if (batchesShape == BatchesShape::Object && batches->size() == 1)
            out.insert("batches"_L1, batches->constFirst().toJson());
        else
            out.insert("batches"_L1, Json::recordArray(*batches));
    }
    return out;
}

QStringList Destination::batchIds() const
{
    QStringList ids;
    if (batchId && !batchId->isEmpty())
        ids.append(*batchId);
    if (batches) {
        for (const BatchRef &batch : *batches) {
            if (batch.batchId && !batch.batchId->isEmpty() && !ids.contains(*batch.batchId))
                ids.append(*batch.batchId);
        }
    }
    return ids;
}
