#pragma once

#include "DecodeResult.h"
#include "FileDescription.h"
#include "SchemaRef.h"
#include "ValidationIssue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The body of POST /dataSets (Catalog). toJson() writes exactly the fields that are set.
struct DatasetRequest
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<SchemaRef> schemaRef;
    std::optional<FileDescription> fileDescription;
    std::optional<QJsonObject> tags; // {"tag": ["value", ..]}
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    // A dataset an export can write to: the profile union schema, persisted as parquet.
    static DatasetRequest forProfileExport(const QString &name);

    static DatasetRequest fromJson(const QJsonObject &object);
    static DecodeResult<DatasetRequest> decode(const QByteArray &body);
    QJsonObject toJson() const;

    // Every problem at once: name, schemaRef.id; a Warning when the schema is not the profile
    // union schema, which an export needs.
    QList<ValidationIssue> validate() const;
    bool isValid() const;

    friend bool operator==(const DatasetRequest &, const DatasetRequest &) = default;
};
