#include "MergePolicy.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

std::optional<MergePolicy> MergePolicy::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    auto id = in.string("id"_L1);
    if (!id)
        return std::nullopt;
    MergePolicy policy;
    policy.id = std::move(*id);
    policy.name = in.string("name"_L1);
    policy.imsOrgId = in.string("imsOrgId"_L1);
    policy.schema = in.record<SchemaName>("schema"_L1);
    policy.version = in.integer("version"_L1);
    policy.identityGraph = in.object("identityGraph"_L1);
    policy.attributeMerge = in.object("attributeMerge"_L1);
    policy.isActiveOnEdge = in.boolean("isActiveOnEdge"_L1);
    policy.isDefault = in.boolean("default"_L1);
    policy.updateEpoch = in.integer("updateEpoch"_L1);
    policy.extra = in.leftovers();
    return policy;
}

QJsonObject MergePolicy::toJson() const
{
    QJsonObject out = extra;
    out.insert("id"_L1, id);
    Json::putString(out, "name"_L1, name);
    Json::putString(out, "imsOrgId"_L1, imsOrgId);
    Json::putRecord(out, "schema"_L1, schema);
    Json::putInteger(out, "version"_L1, version);
    Json::putValue(out, "identityGraph"_L1, identityGraph);
    Json::putValue(out, "attributeMerge"_L1, attributeMerge);
    Json::putBool(out, "isActiveOnEdge"_L1, isActiveOnEdge);
    Json::putBool(out, "default"_L1, isDefault);
    Json::putInteger(out, "updateEpoch"_L1, updateEpoch);
    return out;
}

QString MergePolicy::identityGraphType() const
{
    return identityGraph ? identityGraph->value("type"_L1).toString() : QString();
}

QString MergePolicy::attributeMergeType() const
{
    return attributeMerge ? attributeMerge->value("type"_L1).toString() : QString();
}
