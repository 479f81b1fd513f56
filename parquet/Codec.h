#pragma once

#include <QByteArray>

namespace Parquet {

class Budget;

// Uncompresses one page (or the values part of a v2 page) compressed with the column's codec
// (the raw CompressionCodec number). The output must be exactly `uncompressedSize` bytes. A
// declared size is never trusted for an allocation: snappy and LZ4 are checked against the
// most their input can expand to, streaming codecs grow their output as it is produced.
// Throws Failure: Malformed, Unsupported (LZO, unknown codecs) or Limit.
QByteArray decompress(int codec, const char *data, qint64 size, qint64 uncompressedSize,
                      Budget &budget);

// The codec's name as the format spells it ("SNAPPY"), or its number when unknown.
QString codecName(int codec);

} // namespace Parquet
