#include "ComputeGatewayJobId.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

ComputeGatewayJobId ComputeGatewayJobId::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    ComputeGatewayJobId ids;
    ids.exportJob = in.string("exportJob"_L1);
    ids.pushJob = in.string("pushJob"_L1);
    ids.extra = in.leftovers();
    return ids;
}

QJsonObject ComputeGatewayJobId::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "exportJob"_L1, exportJob);
    Json::putString(out, "pushJob"_L1, pushJob);
    return out;
}
