#include "FileDescription.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

FileDescription FileDescription::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    FileDescription description;
    description.persisted = in.boolean("persisted"_L1);
    description.containerFormat = in.string("containerFormat"_L1);
    description.format = in.string("format"_L1);
    description.extra = in.leftovers();
    return description;
}

QJsonObject FileDescription::toJson() const
{
    QJsonObject out = extra;
    Json::putBool(out, "persisted"_L1, persisted);
    Json::putString(out, "containerFormat"_L1, containerFormat);
    Json::putString(out, "format"_L1, format);
    return out;
}
