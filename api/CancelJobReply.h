#pragma once

#include "DecodeResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The answer to DELETE /export/jobs/{id}: {"status": true, "message": ".. marked for
// cancelling"} (200), or no body at all (204); both are a success.
struct CancelJobReply
{
    std::optional<bool> status;
    std::optional<QString> message;
    QJsonObject extra; // unknown keys, and known keys of the wrong type, as they came

    static CancelJobReply fromJson(const QJsonObject &object);
    // An empty or blank body is an empty reply, not a failure.
    static DecodeResult<CancelJobReply> decode(const QByteArray &body);
    QJsonObject toJson() const;

    friend bool operator==(const CancelJobReply &, const CancelJobReply &) = default;
};
