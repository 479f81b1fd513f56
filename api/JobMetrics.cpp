#include "JobMetrics.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

JobMetrics JobMetrics::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    JobMetrics metrics;
    metrics.totalTime = in.record<PhaseTime>("totalTime"_L1);
    metrics.profileExportTime = in.record<PhaseTime>("profileExportTime"_L1);
    metrics.aCPDatasetWriteTime = in.record<PhaseTime>("aCPDatasetWriteTime"_L1);
    metrics.totalExportedProfileCounter = in.integer("totalExportedProfileCounter"_L1);
    metrics.exportedProfileByNamespaceCounter
            = in.integerMap("exportedProfileByNamespaceCounter"_L1);
    metrics.extra = in.leftovers();
    return metrics;
}

QJsonObject JobMetrics::toJson() const
{
    QJsonObject out = extra;
    Json::putRecord(out, "totalTime"_L1, totalTime);
    Json::putRecord(out, "profileExportTime"_L1, profileExportTime);
    Json::putRecord(out, "aCPDatasetWriteTime"_L1, aCPDatasetWriteTime);
    Json::putInteger(out, "totalExportedProfileCounter"_L1, totalExportedProfileCounter);
    Json::putIntegerMap(out, "exportedProfileByNamespaceCounter"_L1,
                        exportedProfileByNamespaceCounter);
    return out;
}

bool JobMetrics::samePhases(const JobMetrics &other) const
{
    return totalTime == other.totalTime && profileExportTime == other.profileExportTime
            && aCPDatasetWriteTime == other.aCPDatasetWriteTime && extra == other.extra;
}

bool JobMetrics::sameCounters(const JobMetrics &other) const
{
    return totalExportedProfileCounter == other.totalExportedProfileCounter
            && exportedProfileByNamespaceCounter == other.exportedProfileByNamespaceCounter;
}
