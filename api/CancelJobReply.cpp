#include "CancelJobReply.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

CancelJobReply CancelJobReply::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    CancelJobReply reply;
    reply.status = in.boolean("status"_L1);
    reply.message = in.string("message"_L1);
    reply.extra = in.leftovers();
    return reply;
}

DecodeResult<CancelJobReply> CancelJobReply::decode(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return CancelJobReply();
    QString reason;
    const auto object = Json::parseObjectBody(body, &reason);
    if (!object)
        return DecodeResult<CancelJobReply>::failure(reason);
    return fromJson(*object);
}

QJsonObject CancelJobReply::toJson() const
{
    QJsonObject out = extra;
    Json::putBool(out, "status"_L1, status);
    Json::putString(out, "message"_L1, message);
    return out;
}
