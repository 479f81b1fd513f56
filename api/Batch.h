#pragma once

#include "DecodeResult.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A Catalog batch, as GET /batches/{id} answers it ({"{id}": {batch}}): what an export wrote.
struct Batch
{
    // One of `relatedObjects`, e.g. {"type": "dataSet", "id": ".."}.
    struct RelatedObject
    {
        std::optional<QString> type;
        std::optional<QString> id;
        QJsonObject extra;

        static RelatedObject fromJson(const QJsonObject &object);
        QJsonObject toJson() const;

        friend bool operator==(const RelatedObject &, const RelatedObject &) = default;
    };

    QString id;
    std::optional<QString> status; // "queued", "processing", "success", "failed", "aborted"
    std::optional<qint64> created; // epoch milliseconds, as are the three below
    std::optional<qint64> updated;
    std::optional<qint64> started;
    std::optional<qint64> completed;
    std::optional<qint64> recordCount;
    std::optional<qint64> failedRecordCount;
    std::optional<QJsonArray> errors;
    std::optional<QList<RelatedObject>> relatedObjects;
    std::optional<QJsonObject> metrics;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static Batch fromJson(const QString &id, const QJsonObject &object);
    // The map's one entry; a failure when the map is empty or its entry is not an object.
    static DecodeResult<Batch> decode(const QByteArray &body);
    QJsonObject toJson() const; // the value of the map entry, without the id

    // The id of the related dataSet; empty when none is named.
    QString datasetId() const;

    friend bool operator==(const Batch &, const Batch &) = default;
};
