#pragma once

#include <QJsonObject>

#include <optional>

// A request's optional `evaluationInfo`: {"segmentation": true} evaluates segments first.
struct EvaluationInfo
{
    std::optional<bool> segmentation;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static EvaluationInfo fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const EvaluationInfo &, const EvaluationInfo &) = default;
};
