#include "EventList.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

EventList EventList::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    EventList list;
    list.fields = in.string("fields"_L1);
    list.filter = in.record<EventFilter>("filter"_L1);
    list.extra = in.leftovers();
    return list;
}

QJsonObject EventList::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "fields"_L1, fields);
    Json::putRecord(out, "filter"_L1, filter);
    return out;
}
