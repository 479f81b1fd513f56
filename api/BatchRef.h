#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One batch of a segmentPerBatch export: which segment went into which Catalog batch.
struct BatchRef
{
    std::optional<QString> segmentId;
    std::optional<QString> segmentNs;
    std::optional<QStringList> status;
    std::optional<QString> batchId;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static BatchRef fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    friend bool operator==(const BatchRef &, const BatchRef &) = default;
};
