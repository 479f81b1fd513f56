#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A request's `mergePolicy`: which merge policy, and which version (absent = the latest).
struct MergePolicyRef
{
    std::optional<QString> id;
    std::optional<qint64> version;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static MergePolicyRef fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const MergePolicyRef &, const MergePolicyRef &) = default;
};
