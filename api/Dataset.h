#pragma once

#include "FileDescription.h"
#include "SchemaRef.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

// A Catalog dataset. Catalog answers a bare map {"{id}": {dataset}}, so the id is the key, not
// a field; DatasetMap reads the map.
struct Dataset
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<SchemaRef> schemaRef;
    std::optional<FileDescription> fileDescription;
    std::optional<qint64> created; // epoch milliseconds
    std::optional<qint64> updated;
    std::optional<QString> imsOrg;
    std::optional<QString> sandbox;
    std::optional<QString> sandboxName;
    std::optional<QJsonObject> tags;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static Dataset fromJson(const QString &id, const QJsonObject &object);
    QJsonObject toJson() const; // the value of the map entry, without the id

    bool isOnProfileUnionSchema() const { return schemaRef && schemaRef->isProfileUnionSchema(); }

    // The id from POST /dataSets' answer, ["@/dataSets/{id}"] (also "@/datasets/{id}").
    static std::optional<QString> datasetIdFromCreateResponse(const QJsonDocument &document);

    friend bool operator==(const Dataset &, const Dataset &) = default;
};
