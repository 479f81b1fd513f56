#include "AdditionalFields.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

AdditionalFields AdditionalFields::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    AdditionalFields fields;
    fields.eventList = in.record<EventList>("eventList"_L1);
    fields.extra = in.leftovers();
    return fields;
}

QJsonObject AdditionalFields::toJson() const
{
    QJsonObject out = extra;
    Json::putRecord(out, "eventList"_L1, eventList);
    return out;
}
