#pragma once

#include "ColumnData.h"

namespace Parquet {

class Budget;

// The value encodings of a data (or dictionary) page. Each appends `count` values read from
// bytes [offset, end) of `buffer` (an uncompressed page, or the column chunk itself when the
// page is not compressed) to `out`; views into the buffer keep it alive through out.keep.
// Throws Failure: Malformed when the bytes do not hold the values, Unsupported when the
// encoding does not apply to the column's type.
struct PageValues
{
    const QByteArray &buffer;
    qint64 offset;
    qint64 end;
    qint64 count;
};

void decodePlain(const SchemaNode &leaf, const PageValues &in, ValueBuffer &out, Budget &budget);
void decodeRleBooleans(const PageValues &in, ValueBuffer &out, Budget &budget);
void decodeByteStreamSplit(const SchemaNode &leaf, const PageValues &in, ValueBuffer &out,
                           Budget &budget);
void decodeDeltaBinaryPacked(const SchemaNode &leaf, const PageValues &in, ValueBuffer &out,
                             Budget &budget);
void decodeDeltaLengthByteArray(const SchemaNode &leaf, const PageValues &in, ValueBuffer &out,
                                Budget &budget);
void decodeDeltaByteArray(const SchemaNode &leaf, const PageValues &in, ValueBuffer &out,
                          Budget &budget);
// RLE_DICTIONARY / PLAIN_DICTIONARY data: a bit width, then indices into `dictionary`. The
// caller keeps the dictionary's buffers alive in out.keep.
void decodeDictionaryIndices(const PageValues &in, const ValueBuffer &dictionary, ValueBuffer &out,
                             Budget &budget);

} // namespace Parquet
