#include "SegmentQualificationTime.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

SegmentQualificationTime SegmentQualificationTime::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    SegmentQualificationTime time;
    time.startTime = in.string("startTime"_L1);
    time.endTime = in.string("endTime"_L1);
    time.extra = in.leftovers();
    return time;
}

QJsonObject SegmentQualificationTime::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "startTime"_L1, startTime);
    Json::putString(out, "endTime"_L1, endTime);
    return out;
}
