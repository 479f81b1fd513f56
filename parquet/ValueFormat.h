#pragma once

#include "ColumnData.h"
#include "TextBuffer.h"

#include <QByteArray>
#include <QJsonValue>

namespace Parquet {

// How values render, shared by the JSON, CSV and QJsonValue outputs:
//   integers exact (64-bit ones too), unsigned types as unsigned;
//   FLOAT, DOUBLE and FLOAT16 in their shortest exact form, NaN and infinities as the
//   strings "NaN", "Infinity", "-Infinity";
//   strings, enums and JSON as text (invalid UTF-8 replaced by U+FFFD);
//   binary without a string annotation as base64 (or as text with binaryAsString);
//   DECIMAL as an exact decimal string ("-12.30");
//   DATE as 2024-01-31, TIME as 13:45:00.250, TIMESTAMP and INT96 as ISO 8601 with the
//   unit's digits ("2024-01-31T13:45:00.250000Z"; no "Z" when not adjusted to UTC);
//   UUID as 8-4-4-4-12 hex; INTERVAL as {"months":m,"days":d,"milliseconds":ms}.
struct RenderOptions
{
    bool binaryAsString = false;
};

class ValueFormat
{
public:
    // Value `index` (among the column's defined values) as JSON text.
    static void appendJson(TextBuffer &out, const ColumnData &column, qint64 index,
                           const RenderOptions &options);
    // The same value as a CSV cell's text (unquoted: strings as they are).
    static void appendText(TextBuffer &out, const ColumnData &column, qint64 index,
                           const RenderOptions &options);
    static QJsonValue toJson(const ColumnData &column, qint64 index, const RenderOptions &options);
};

} // namespace Parquet
