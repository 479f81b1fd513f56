#include "JobFilter.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

JobFilter JobFilter::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    JobFilter filter;
    filter.segments = in.records<SegmentFilter>("segments"_L1);
    filter.segmentQualificationTime
            = in.record<SegmentQualificationTime>("segmentQualificationTime"_L1);
    filter.fromIngestTimestamp = in.string("fromIngestTimestamp"_L1);
    filter.emptyProfiles = in.boolean("emptyProfiles"_L1);
    filter.extra = in.leftovers();
    return filter;
}

QJsonObject JobFilter::toJson() const
{
    QJsonObject out = extra;
    Json::putRecords(out, "segments"_L1, segments);
    Json::putRecord(out, "segmentQualificationTime"_L1, segmentQualificationTime);
    Json::putString(out, "fromIngestTimestamp"_L1, fromIngestTimestamp);
    Json::putBool(out, "emptyProfiles"_L1, emptyProfiles);
    return out;
}
