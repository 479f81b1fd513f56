#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A job's `computeGatewayJobId`: empty at NEW, then the export and push jobs behind it.
struct ComputeGatewayJobId
{
    std::optional<QString> exportJob;
    std::optional<QString> pushJob;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static ComputeGatewayJobId fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const ComputeGatewayJobId &, const ComputeGatewayJobId &) = default;
};
