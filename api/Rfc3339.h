#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// RFC 3339 timestamps as the platform sends and expects them: "2019-09-01T00:00:00Z",
// "2018-10-25T13:22:04-07:00", with optional fractional seconds.
namespace Rfc3339 {

// Parses a full date-time with an explicit offset; anything else (a date alone, a missing
// offset, an impossible day) is rejected. The result keeps the offset it was written with.
std::optional<QDateTime> parse(QStringView text);

bool isValid(QStringView text);

// Writes "Z" for UTC and "+hh:mm" otherwise; milliseconds only when they are not zero.
QString format(const QDateTime &dateTime);

} // namespace Rfc3339
