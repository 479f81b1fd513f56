#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One entry of a failed job's `errors[]`, e.g. {"code": "0090000009", "msg": .., "callStack": ..}.
struct JobError
{
    std::optional<QString> code;
    std::optional<QString> msg;
    std::optional<QString> callStack;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static JobError fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const JobError &, const JobError &) = default;
};
