#pragma once

#include "SchemaName.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// One segment definition (GET /segment/definitions), offered by the job form.
struct SegmentDefinition
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<SchemaName> schema;
    std::optional<QString> mergePolicyId;
    std::optional<QJsonObject> evaluationInfo; // {"batch": {"enabled": ..}, ..}
    std::optional<qint64> creationTime; // epoch milliseconds
    std::optional<qint64> updateTime;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    // nullopt without a string id: a segment the form could not refer to.
    static std::optional<SegmentDefinition> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const SegmentDefinition &, const SegmentDefinition &) = default;
};
