#include "SegmentFilter.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

SegmentFilter SegmentFilter::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    SegmentFilter segment;
    segment.segmentId = in.string("segmentId"_L1);
    segment.segmentNs = in.string("segmentNs"_L1);
    segment.status = in.stringList("status"_L1);
    segment.extra = in.leftovers();
    return segment;
}

QJsonObject SegmentFilter::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "segmentId"_L1, segmentId);
    Json::putString(out, "segmentNs"_L1, segmentNs);
    Json::putStringList(out, "status"_L1, status);
    return out;
}
