#pragma once

#include "Error.h"
#include "TextBuffer.h"

#include <QByteArrayView>

#include <functional>

class QIODevice;

namespace Parquet {

class RecordReader;

struct ConvertOptions
{
    enum class Format { Csv, JsonLines };
    Format format = Format::Csv;
    // CSV: start with the UTF-8 byte-order mark Excel needs to read UTF-8.
    bool byteOrderMark = false;
    qint64 rowLimit = -1;
    // Called about every 100 ms and once at the end: rows written, fraction done (0 to 1).
    std::function<void(qint64 rows, double fraction)> progress;
    // Polled every 1,024 rows (from the converting thread: make it thread-safe, an atomic
    // flag); true stops the conversion with Error::Kind::Cancelled.
    std::function<bool()> cancelled;
};

struct ConvertResult
{
    qint64 rows = 0;
    Error error;
    bool ok() const { return !error.isError(); }
};

// Streams a RecordReader's rows into CSV (RFC 4180: a header of the flattened column paths,
// CRLF line ends, fields quoted when they hold a comma, quote or line break; UTF-8; a null
// is an empty field, an empty string "") or JSON Lines (one compact object per line, "\n").
// Never builds an object per row and holds one output buffer besides the reader's row group.
// Runs on the calling thread: call it from a worker, not the GUI thread. Writing to a ".part"
// file and renaming it once complete is the caller's.
class Converter
{
public:
    static ConvertResult convert(RecordReader &reader, QIODevice &out,
                                 const ConvertOptions &options);

    // Appends one CSV field, quoted when it must be.
    static void appendCsvField(TextBuffer &out, QByteArrayView text);
};

} // namespace Parquet
