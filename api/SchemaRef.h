#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A dataset's `schemaRef`: the schema's URI and the content type it is read with.
struct SchemaRef
{
    std::optional<QString> id;
    std::optional<QString> contentType;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static SchemaRef fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // The profile union schema an export's dataset needs, and the content type it goes with.
    static QString profileUnionSchemaId();
    static QString xedContentType();
    bool isProfileUnionSchema() const { return id == profileUnionSchemaId(); }

    friend bool operator==(const SchemaRef &, const SchemaRef &) = default;
};
