#pragma once

#include "SchemaName.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// One merge policy (GET /config/mergePolicies), offered by the job form.
struct MergePolicy
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> imsOrgId;
    std::optional<SchemaName> schema;
    std::optional<qint64> version;
    std::optional<QJsonObject> identityGraph; // {"type": "none" | "pdg", ..}
    std::optional<QJsonObject> attributeMerge; // {"type": "timestampOrdered", ..}
    std::optional<bool> isActiveOnEdge;
    std::optional<bool> isDefault; // "default"
    std::optional<qint64> updateEpoch;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    // nullopt without a string id.
    static std::optional<MergePolicy> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // identityGraph.type and attributeMerge.type; empty when absent.
    QString identityGraphType() const;
    QString attributeMergeType() const;

    friend bool operator==(const MergePolicy &, const MergePolicy &) = default;
};
