#include "Batch.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

Batch::RelatedObject Batch::RelatedObject::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    RelatedObject related;
    related.type = in.string("type"_L1);
    related.id = in.string("id"_L1);
    related.extra = in.leftovers();
    return related;
}

QJsonObject Batch::RelatedObject::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "type"_L1, type);
    Json::putString(out, "id"_L1, id);
    return out;
}

Batch Batch::fromJson(const QString &id, const QJsonObject &object)
{
    Json::ObjectReader in(object);
    Batch batch;
    batch.id = id;
    batch.status = in.string("status"_L1);
    batch.created = in.integer("created"_L1);
    batch.updated = in.integer("updated"_L1);
    batch.started = in.integer("started"_L1);
    batch.completed = in.integer("completed"_L1);
    batch.recordCount = in.integer("recordCount"_L1);
    batch.failedRecordCount = in.integer("failedRecordCount"_L1);
    batch.errors = in.array("errors"_L1);
    batch.relatedObjects = in.records<RelatedObject>("relatedObjects"_L1);
    batch.metrics = in.object("metrics"_L1);
    batch.extra = in.leftovers();
    return batch;
}

DecodeResult<Batch> Batch::decode(const QByteArray &body)
{
    QString reason;
    const auto map = Json::parseObjectBody(body, &reason);
    if (!map)
        return DecodeResult<Batch>::failure(reason);
    if (map->isEmpty())
        return DecodeResult<Batch>::failure(u"no batch in the answer"_s);
    const auto first = map->constBegin();
    if (!first.value().isObject())
        return DecodeResult<Batch>::failure(u"the batch is not a JSON object"_s);
    return fromJson(first.key(), first.value().toObject());
}

QJsonObject Batch::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "status"_L1, status);
    Json::putInteger(out, "created"_L1, created);
    Json::putInteger(out, "updated"_L1, updated);
    Json::putInteger(out, "started"_L1, started);
    Json::putInteger(out, "completed"_L1, completed);
    Json::putInteger(out, "recordCount"_L1, recordCount);
    Json::putInteger(out, "failedRecordCount"_L1, failedRecordCount);
    Json::putValue(out, "errors"_L1, errors);
    Json::putRecords(out, "relatedObjects"_L1, relatedObjects);
    Json::putValue(out, "metrics"_L1, metrics);
    return out;
}

QString Batch::datasetId() const
{
    if (!relatedObjects)
        return {};
    for (const RelatedObject &related : *relatedObjects) {
        if (related.type && related.type->compare("dataSet"_L1, Qt::CaseInsensitive) == 0)
            return related.id.value_or(QString());
    }
    return {};
}
