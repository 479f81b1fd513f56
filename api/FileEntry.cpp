#include "FileEntry.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

std::optional<FileEntry> FileEntry::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    FileEntry entry;
    entry.name = in.string("name"_L1);
    if (!entry.name)
        return std::nullopt;
    entry.length = in.integerOrDigits("length"_L1, &entry.m_lengthTextWidth);
    entry.links = in.object("_links"_L1);
    entry.extra = in.leftovers();
    return entry;
}

QJsonObject FileEntry::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "name"_L1, name);
    Json::putIntegerOrDigits(out, "length"_L1, length, m_lengthTextWidth);
    Json::putValue(out, "_links"_L1, links);
    return out;
}

QString FileEntry::selfHref() const
{
    if (!links)
        return {};
    return links->value("self"_L1).toObject().value("href"_L1).toString();
}
