#include "PhaseTime.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

PhaseTime PhaseTime::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    PhaseTime phase;
    phase.startTimeInMs = in.integer("startTimeInMs"_L1);
    phase.endTimeInMs = in.integer("endTimeInMs"_L1);
    phase.totalTimeInMs = in.integer("totalTimeInMs"_L1);
    phase.extra = in.leftovers();
    return phase;
}

QJsonObject PhaseTime::toJson() const
{
    QJsonObject out = extra;
    Json::putInteger(out, "startTimeInMs"_L1, startTimeInMs);
    Json::putInteger(out, "endTimeInMs"_L1, endTimeInMs);
    Json::putInteger(out, "totalTimeInMs"_L1, totalTimeInMs);
    return out;
}

std::optional<qint64> PhaseTime::durationInMs() const
{
    if (totalTimeInMs)
        return totalTimeInMs;
    if (startTimeInMs && endTimeInMs)
        return *endTimeInMs - *startTimeInMs;
    return std::nullopt;
}
