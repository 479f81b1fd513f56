#pragma once

#include "TextBuffer.h"

#include <QByteArray>

// Writing JSON text directly into a byte buffer, for the streaming writers that never build a
// QJsonObject per row.
namespace Parquet::JsonText {

// Appends `data` as a quoted JSON string. Bytes that are not valid UTF-8 become U+FFFD, so the
// output is always valid UTF-8 JSON whatever a file holds.
void appendString(TextBuffer &out, const char *data, qsizetype size);
inline void appendString(TextBuffer &out, const QByteArray &text)
{
    appendString(out, text.constData(), text.size());
}

// Appends `data` unquoted with invalid UTF-8 replaced the same way (CSV cells, map keys).
void appendUtf8(TextBuffer &out, const char *data, qsizetype size);

// Length of the valid UTF-8 sequence starting at `p` (1 to 4), or 0 when it is not one.
int validSequenceLength(const unsigned char *p, const unsigned char *end);

} // namespace Parquet::JsonText
