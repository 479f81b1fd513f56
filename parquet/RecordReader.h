#pragma once

#include "CellRow.h"
#include "Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace Parquet {

// Records from a file, Parquet or JSON Lines alike, for previews and conversion: each row as
// compact JSON text, as the cells of the flattened table (columns() names them: nested
// fields as dotted paths like "person.name.firstName", lists and maps as compact JSON in one
// cell), or as a QJsonObject. Rows come one at a time; a reader holds at most one Parquet row
// group in memory. Not thread-safe: one reader per thread.
class RecordReader
{
public:
    virtual ~RecordReader() = default;

    // Reads what comes before the rows (a Parquet footer); false with error() set.
    virtual bool open() = 0;
    virtual QString formatName() const = 0;

    // The flattened columns. Parquet knows them from its schema; JSON Lines learns them from
    // the rows, so call scanColumns() before the first readCells() to see every one.
    virtual QStringList columns() const = 0;
    // Learns the columns of the first `maxRows` rows (all when negative) and rewinds; false
    // when cancelled (error() says so) or on failure. Nothing to do for Parquet.
    virtual bool scanColumns(qint64 maxRows, const std::function<bool()> &cancelled)
    {
        Q_UNUSED(maxRows);
        Q_UNUSED(cancelled);
        return true;
    }

    // Rows there are, or -1 when unknown until read.
    virtual qint64 rowCount() const = 0;

    // Each reads the next row; false at the end (error() not set) or on failure.
    virtual bool readJson(QByteArray &out) = 0; // appends a compact JSON object, no newline
    virtual bool readCells(CellRow &row) = 0; // one cell per column of columns()
    virtual bool readObject(QJsonObject &object) = 0;

    virtual const Error &error() const = 0;
    // How much of the work is done, 0 to 1.
    virtual double progress() const = 0;
};

} // namespace Parquet
