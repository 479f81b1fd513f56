#include "BatchRef.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

BatchRef BatchRef::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    BatchRef batch;
    batch.segmentId = in.string("segmentId"_L1);
    batch.segmentNs = in.string("segmentNs"_L1);
    batch.status = in.stringList("status"_L1);
    batch.batchId = in.string("batchId"_L1);
    batch.extra = in.leftovers();
    return batch;
}

QJsonObject BatchRef::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "segmentId"_L1, segmentId);
    Json::putString(out, "segmentNs"_L1, segmentNs);
    Json::putStringList(out, "status"_L1, status);
    Json::putString(out, "batchId"_L1, batchId);
    return out;
}
