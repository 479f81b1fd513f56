#include "SegmentDefinition.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

std::optional<SegmentDefinition> SegmentDefinition::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    auto id = in.string("id"_L1);
    if (!id)
        return std::nullopt;
    SegmentDefinition segment;
    segment.id = std::move(*id);
    segment.name = in.string("name"_L1);
    segment.description = in.string("description"_L1);
    segment.schema = in.record<SchemaName>("schema"_L1);
    segment.mergePolicyId = in.string("mergePolicyId"_L1);
    segment.evaluationInfo = in.object("evaluationInfo"_L1);
    segment.creationTime = in.integer("creationTime"_L1);
    segment.updateTime = in.integer("updateTime"_L1);
    segment.extra = in.leftovers();
    return segment;
}

QJsonObject SegmentDefinition::toJson() const
{
    QJsonObject out = extra;
    out.insert("id"_L1, id);
    Json::putString(out, "name"_L1, name);
    Json::putString(out, "description"_L1, description);
    Json::putRecord(out, "schema"_L1, schema);
    Json::putString(out, "mergePolicyId"_L1, mergePolicyId);
    Json::putValue(out, "evaluationInfo"_L1, evaluationInfo);
    Json::putInteger(out, "creationTime"_L1, creationTime);
    Json::putInteger(out, "updateTime"_L1, updateTime);
    return out;
}
