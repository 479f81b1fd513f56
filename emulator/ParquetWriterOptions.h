#pragma once

#include <QtGlobal>

namespace Emulator {

// How the local platform's Parquet writer bounds what it buffers. The defaults are
// parquet-mr's, as a Spark job of the platform writes with them, plus a bound on rows.
struct ParquetWriterOptions
{
    // A row group is written out once its column chunks hold this much (parquet.block.size)
    // or this many rows (arrow-rs's bound; parquet-mr has only the byte one).
    qint64 rowGroupBytes = 128 * 1024 * 1024;
    qint64 rowGroupRows = 1024 * 1024;
    // A data page ends at this many bytes (parquet.page.size) or rows
    // (parquet.page.row.count.limit).
    qint64 pageBytes = 1024 * 1024;
    qint64 pageRows = 20000;
    // A dictionary that grows beyond this (parquet.dictionary.page.size) makes its column
    // fall back to PLAIN for the rest of the row group.
    qint64 dictionaryBytes = 1024 * 1024;
    // Column chunk statistics: null count, min and max.
    bool statistics = true;
};

} // namespace Emulator
