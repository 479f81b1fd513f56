#pragma once

#include "ColumnData.h"
#include "Error.h"
#include "Metadata.h"
#include "Schema.h"
#include "Source.h"
#include "ValueFormat.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace Parquet {

struct ReadOptions
{
    // Memory one row group may take once decoded (pages, levels, values). A file whose
    // claims pass it is refused with Error::Kind::Limit rather than allocated.
    qint64 maxRowGroupMemory = qint64(1) << 30;
    RenderOptions render;
};

// A decoded row group (or its first rows): one ColumnData per leaf of the schema.
struct RowGroupData
{
    std::vector<ColumnData> columns;
    qint64 rows = 0;
    qint64 memory = 0; // bytes the decoded data took, as charged against the read limit
};

// The entry point for Parquet files: the footer, the schema, and row groups decoded on
// demand from any Source. Nothing is read before open(), and then only the footer; a row
// group's column chunks are read when it is decoded. Reads that fail return false and leave
// the reason in error(); Error::Kind::NeedData means a partial source lacks error().missing(),
// and the same call succeeds once that range is added.
//
// Previewing a remote file with HTTP Range requests (fetches on the GUI thread, decoding on a
// worker):
//
//     auto source = std::make_shared<Parquet::SparseSource>(contentLength);
//     source->add(tail.offset, fetch(Parquet::FileReader::tailRange(contentLength)));
//     Parquet::FileReader reader(source);
//     while (!reader.open() && reader.error().kind() == Parquet::Error::Kind::NeedData)
//         source->add(reader.error().missing().offset, fetch(reader.error().missing()));
//     source->add(..., fetch(reader.rowGroupRange(0)));      // the first row group only
//     const QList<QJsonObject> rows = reader.readRows(100);   // or ParquetRecordReader
//
// Not thread-safe; use one reader per thread.
class FileReader
{
public:
    // The footer's length and the magic: the last 8 bytes of every Parquet file.
    static constexpr qint64 kTailLength = 8;

    explicit FileReader(std::shared_ptr<Source> source, ReadOptions options = {});

    static ByteRange tailRange(qint64 fileSize);

    bool open();
    bool isOpen() const { return m_open; }
    const Error &error() const { return m_error; }
    const ReadOptions &options() const { return m_options; }

    // Known after open(), or after a failed open() that read the tail.
    ByteRange footerRange() const { return m_footer; }
    const FileMetaData &metadata() const { return m_meta; }
    const Schema &schema() const { return m_schema; }
    QList<ColumnDescription> describeSchema() const { return m_schema.describe(); }

    // Rows in the row groups, which is what reading gives; declaredRowCount() is the footer's
    // own total, which some writers leave at 0.
    qint64 rowCount() const;
    qint64 declaredRowCount() const { return m_meta.numRows; }
    int rowGroupCount() const { return int(m_meta.rowGroups.size()); }
    qint64 rowGroupRows(int group) const { return m_meta.rowGroups[group].numRows; }

    // Where a row group's column chunks lie: one range spanning them all, or each one. Empty
    // when the metadata does not place them inside the file (readRowGroup then says why).
    ByteRange rowGroupRange(int group) const;
    // The span of some columns only (leaf indices of schema()), for a reader that fetches
    // column by column.
    ByteRange rowGroupRange(int group, const QList<int> &leaves) const;
    ByteRange columnChunkRange(int group, int leaf) const;

    // Decodes row group `group`, only as many pages as its first `rowLimit` rows need when
    // rowLimit >= 0. The buffers of what `out` held before are reused.
    bool readRowGroup(int group, RowGroupData *out, qint64 rowLimit = -1);

    // The first `limit` rows (all when negative) as objects, for previews. Empty with
    // error() set on failure.
    QList<QJsonObject> readRows(qint64 limit);

private:
    void openOrThrow();
    void readRowGroupOrThrow(int group, RowGroupData *out, qint64 rowLimit);
    ByteRange chunkRangeOrThrow(int group, int leaf) const;
    QByteArray readBytes(ByteRange range);
    template<typename Call>
    bool guarded(const QString &context, Call call);

    std::shared_ptr<Source> m_source;
    ReadOptions m_options;
    Error m_error;
    bool m_open = false;
    ByteRange m_footer;
    FileMetaData m_meta;
    Schema m_schema;
};

} // namespace Parquet
