#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One audience (GET /audiences); namespaces include AAM, AAMSegments, AAMTraits, AEPSegments.
struct Audience
{
    std::optional<QString> id;
    std::optional<QString> audienceId;
    std::optional<QString> name;
    std::optional<QString> audienceNamespace; // "namespace"
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    // nullopt when neither id nor audienceId is a string.
    static std::optional<Audience> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const Audience &, const Audience &) = default;
};
