#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>

namespace Emulator::Rfc3339 {

// "2018-10-25T13:22:04-07:00", "2019-09-01T00:00:00Z", fractions of any length: epoch ms,
// or nothing when the text is not an RFC 3339 date-time.
std::optional<qint64> parse(QStringView text);

// "2019-09-01T00:00:00.000Z"; appends to out without allocating a QString.
void appendUtc(QByteArray &out, qint64 epochMs);
// The same 24 characters into buffer (years 0..9999); returns how many were written.
int writeUtc(char *buffer, qint64 epochMs);
QByteArray formatUtc(qint64 epochMs);

} // namespace Emulator::Rfc3339
