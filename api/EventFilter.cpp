#include "EventFilter.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

EventFilter EventFilter::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    EventFilter filter;
    filter.fromIngestTimestamp = in.string("fromIngestTimestamp"_L1);
    filter.toIngestTimestamp = in.string("toIngestTimestamp"_L1);
    filter.extra = in.leftovers();
    return filter;
}

QJsonObject EventFilter::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "fromIngestTimestamp"_L1, fromIngestTimestamp);
    Json::putString(out, "toIngestTimestamp"_L1, toIngestTimestamp);
    return out;
}
