#include "EvaluationInfo.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

EvaluationInfo EvaluationInfo::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    EvaluationInfo info;
    info.segmentation = in.boolean("segmentation"_L1);
    info.extra = in.leftovers();
    return info;
}

QJsonObject EvaluationInfo::toJson() const
{
    QJsonObject out = extra;
    Json::putBool(out, "segmentation"_L1, segmentation);
    return out;
}
