#include "MergePolicyRef.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

MergePolicyRef MergePolicyRef::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    MergePolicyRef policy;
    policy.id = in.string("id"_L1);
    policy.version = in.integer("version"_L1);
    policy.extra = in.leftovers();
    return policy;
}

QJsonObject MergePolicyRef::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "id"_L1, id);
    Json::putInteger(out, "version"_L1, version);
    return out;
}
