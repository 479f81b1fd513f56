#include "BatchFile.h"

#include "JsonRead.h"

using namespace Qt::StringLiterals;

std::optional<BatchFile> BatchFile::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    BatchFile file;
    file.dataSetFileId = in.string("dataSetFileId"_L1);
    if (!file.dataSetFileId)
        return std::nullopt;
    file.dataSetViewId = in.string("dataSetViewId"_L1);
    file.version = in.string("version"_L1);
    file.created = in.integerOrDigits("created"_L1, &file.m_textWidths[Created]);
    file.updated = in.integerOrDigits("updated"_L1, &file.m_textWidths[Updated]);
    file.isValid = in.boolean("isValid"_L1);
    file.records = in.integerOrDigits("records"_L1, &file.m_textWidths[Records]);
    file.size = in.integerOrDigits("size"_L1, &file.m_textWidths[Size]);
    file.links = in.object("_links"_L1);
    file.extra = in.leftovers();
    return file;
}

QJsonObject BatchFile::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "dataSetFileId"_L1, dataSetFileId);
    Json::putString(out, "dataSetViewId"_L1, dataSetViewId);
    Json::putString(out, "version"_L1, version);
    Json::putIntegerOrDigits(out, "created"_L1, created, m_textWidths[Created]);
    Json::putIntegerOrDigits(out, "updated"_L1, updated, m_textWidths[Updated]);
    Json::putBool(out, "isValid"_L1, isValid);
    Json::putIntegerOrDigits(out, "records"_L1, records, m_textWidths[Records]);
    Json::putIntegerOrDigits(out, "size"_L1, size, m_textWidths[Size]);
    Json::putValue(out, "_links"_L1, links);
    return out;
}

QString BatchFile::selfHref() const
{
    if (!links)
        return {};
    return links->value("self"_L1).toObject().value("href"_L1).toString();
}
