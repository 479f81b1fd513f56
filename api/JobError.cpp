#include "JobError.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

JobError JobError::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    JobError error;
    error.code = in.string("code"_L1);
    error.msg = in.string("msg"_L1);
    error.callStack = in.string("callStack"_L1);
    error.extra = in.leftovers();
    return error;
}

QJsonObject JobError::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "code"_L1, code);
    Json::putString(out, "msg"_L1, msg);
    Json::putString(out, "callStack"_L1, callStack);
    return out;
}
