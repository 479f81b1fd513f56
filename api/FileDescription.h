#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A dataset's `fileDescription`: {"persisted": true, "containerFormat": "parquet", ..}.
struct FileDescription
{
    std::optional<bool> persisted;
    std::optional<QString> containerFormat;
    std::optional<QString> format;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static FileDescription fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const FileDescription &, const FileDescription &) = default;
};
