#include "SchemaName.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

SchemaName SchemaName::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    SchemaName schema;
    schema.name = in.string("name"_L1);
    schema.extra = in.leftovers();
    return schema;
}

QJsonObject SchemaName::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "name"_L1, name);
    return out;
}
