#include "Dataset.h"

#include "JsonRead.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

Dataset Dataset::fromJson(const QString &id, const QJsonObject &object)
{
    Json::ObjectReader in(object);
    Dataset dataset;
    dataset.id = id;
    dataset.name = in.string("name"_L1);
    dataset.description = in.string("description"_L1);
    dataset.schemaRef = in.record<SchemaRef>("schemaRef"_L1);
    dataset.fileDescription = in.record<FileDescription>("fileDescription"_L1);
    dataset.created = in.integer("created"_L1);
    dataset.updated = in.integer("updated"_L1);
    dataset.imsOrg = in.string("imsOrg"_L1);
    dataset.sandbox = in.string("sandbox"_L1);
    dataset.sandboxName = in.string("sandboxName"_L1);
    dataset.tags = in.object("tags"_L1);
    dataset.extra = in.leftovers();
    return dataset;
}

QJsonObject Dataset::toJson() const
{
    QJsonObject out = extra;
    Json::putString(out, "name"_L1, name);
    Json::putString(out, "description"_L1, description);
    Json::putRecord(out, "schemaRef"_L1, schemaRef);
    Json::putRecord(out, "fileDescription"_L1, fileDescription);
    Json::putInteger(out, "created"_L1, created);
    Json::putInteger(out, "updated"_L1, updated);
    Json::putString(out, "imsOrg"_L1, imsOrg);
    Json::putString(out, "sandbox"_L1, sandbox);
    Json::putString(out, "sandboxName"_L1, sandboxName);
    Json::putValue(out, "tags"_L1, tags);
    return out;
}

std::optional<QString> Dataset::datasetIdFromCreateResponse(const QJsonDocument &document)
{
    if (!document.isArray())
        return std::nullopt;
    const QJsonArray array = document.array();
    if (array.isEmpty() || !array.first().isString())
        return std::nullopt;
    const QString ref = array.first().toString();
    for (const QLatin1StringView prefix : {"@/dataSets/"_L1, "@/datasets/"_L1}) {
        if (ref.startsWith(prefix)) {
            const QString id = ref.mid(prefix.size());
            if (id.isEmpty() || id.contains(u'/') || id.contains(u'?'))
                return std::nullopt;
            return id;
        }
    }
    return std::nullopt;
}
