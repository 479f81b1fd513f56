#include "Audience.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

std::optional<Audience> Audience::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    Audience audience;
    audience.id = in.string("id"_L1);
    audience.audienceId = in.string("audienceId"_L1);
    if (!audience.id && !audience.audienceId)
        return std::nullopt;
    audience.name = in.string("name"_L1);
    audience.audienceNamespace = in.string("namespace"_L1);
    audience.extra = in.leftovers();
    return audience;
}

QJsonObject Audience::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "id"_L1, id);
    Json::putString(out, "audienceId"_L1, audienceId);
    Json::putString(out, "name"_L1, name);
    Json::putString(out, "namespace"_L1, audienceNamespace);
    return out;
}
