#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A `schema` object that names an XDM schema: {"name": "_xdm.context.profile"}. Used by export
// jobs, segment definitions and merge policies (a dataset's `schemaRef` is SchemaRef).
struct SchemaName
{
    std::optional<QString> name;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static SchemaName fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const SchemaName &, const SchemaName &) = default;
};
