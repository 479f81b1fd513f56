#include "SchemaRef.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

SchemaRef SchemaRef::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    SchemaRef schema;
    schema.id = in.string("id"_L1);
    schema.contentType = in.string("contentType"_L1);
    schema.extra = in.leftovers();
    return schema;
}

QJsonObject SchemaRef::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "id"_L1, id);
    Json::putString(out, "contentType"_L1, contentType);
    return out;
}

QString SchemaRef::profileUnionSchemaId()
{
    return u"https://ns.adobe.com/xdm/context/profile__union"_s;
}

QString SchemaRef::xedContentType()
{
    return u"application/vnd.adobe.xed+json;version=1"_s;
}
