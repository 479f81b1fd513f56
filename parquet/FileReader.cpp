#include "FileReader.h"

#include "Budget.h"
#include "ColumnChunkReader.h"
#include "RowAssembler.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>
#include <new>

namespace Parquet {

namespace {

// parquet-mr before 1.2.9 left the dictionary page header out of a column chunk's size
// (PARQUET-816, IMPALA-694); such chunks are read with room for that header.
bool undercountsDictionary(const QString &createdBy)
{
    if (!createdBy.startsWith(u"parquet-mr"))
        return false;
    static const QRegularExpression version(u"^parquet-mr version (\\d+)\\.(\\d+)\\.(\\d+)"_qs);
    const QRegularExpressionMatch match = version.match(createdBy);
    if (!match.hasMatch())
        return true; // no version at all: older still
    const int major = match.captured(1).toInt();
    const int minor = match.captured(2).toInt();
    const int patch = match.captured(3).toInt();
    return major == 1 && (minor < 2 || (minor == 2 && patch < 9));
}

constexpr qint64 kMaxDictionaryHeader = 100;

} // namespace

FileReader::FileReader(std::shared_ptr<Source> source, ReadOptions options)
    : m_source(std::move(source))
    , m_options(options)
{ }

ByteRange FileReader::tailRange(qint64 fileSize)
{
    return ByteRange{qMax<qint64>(0, fileSize - kTailLength), qMin(fileSize, kTailLength)};
}

template<typename Call>
bool FileReader::guarded(const QString &context, Call call)
{
    m_error = Error();
    try {
        call();
        return true;
    } catch (const Failure &failure) {
        m_error = failure.error.kind() == Error::Kind::NeedData ? failure.error
                                                                : failure.error.within(context);
    } catch (const std::bad_alloc &) {
        m_error = Error(Error::Kind::Limit,
                        QCoreApplication::translate("Parquet",
                                                    "There is not enough memory to "
                                                    "decode this file."))
                          .within(context);
    }
    return false;
}

QByteArray FileReader::readBytes(ByteRange range)
{
    QByteArray bytes;
    Error error;
    if (!m_source->read(range.offset, range.length, &bytes, &error))
        throw Failure{error};
    return bytes;
}

bool FileReader::open()
{
    m_open = guarded(QString(), [this] { openOrThrow(); });
    return m_open;
}

void FileReader::openOrThrow()
{
    const qint64 size = m_source->size();
    if (size == 0)
        malformed(QCoreApplication::translate("Parquet", "The file is empty."));
    if (size < 12)
        malformed(QCoreApplication::translate("Parquet",
                                              "The file is %1 bytes long, too short "
                                              "for a Parquet file.")
                          .arg(size));
    const QByteArray tail = readBytes(tailRange(size));
    if (tail.endsWith("PARE"))
        unsupported(QCoreApplication::translate("Parquet",
                                                "The file is encrypted (its footer "
                                                "is); encrypted Parquet files are "
                                                "not supported."));
    if (!tail.endsWith("PAR1"))
        malformed(QCoreApplication::translate("Parquet",
                                              "The file does not end with the "
                                              "Parquet magic bytes: it is not a "
                                              "Parquet file, or it is truncated."));
    quint32 length;
    std::memcpy(&length, tail.constData(), 4);
    // The footer sits between the leading magic and the tail.
    if (qint64(length) > size - 12)
        malformed(QCoreApplication::translate("Parquet",
                                              "The footer claims %1 bytes; the file "
                                              "holds %2.")
                          .arg(length)
                          .arg(size));
    m_footer = ByteRange{size - kTailLength - length, length};
    const QByteArray footer = readBytes(m_footer);
    m_meta = decodeFileMetaData(footer.constData(), footer.size());
    m_schema = Schema::build(m_meta.schema);
    if (m_meta.numRows < 0)
        malformed(QCoreApplication::translate("Parquet", "The footer claims %1 rows.")
                          .arg(m_meta.numRows));
}

qint64 FileReader::rowCount() const
{
    qint64 rows = 0;
    for (const RowGroup &group : m_meta.rowGroups)
        rows += group.numRows;
    return rows;
}

ByteRange FileReader::chunkRangeOrThrow(int group, int leaf) const
{
    const RowGroup &rowGroup = m_meta.rowGroups[group];
    if (rowGroup.columns.size() != m_schema.leafCount())
        malformed(QCoreApplication::translate("Parquet",
                                              "Row group %1 has %2 column chunks; "
                                              "the schema has %3 columns.")
                          .arg(group + 1)
                          .arg(rowGroup.columns.size())
                          .arg(m_schema.leafCount()));
    const ColumnChunk &chunk = rowGroup.columns[leaf];
    const QString &path = m_schema.leaf(leaf).path;
    if (chunk.encrypted || m_meta.encryptedColumns)
        unsupported(QCoreApplication::translate("Parquet",
                                                "Column \"%1\" is encrypted; "
                                                "encrypted Parquet files are not "
                                                "supported.")
                            .arg(path));
    if (!chunk.filePath.isEmpty())
        unsupported(QCoreApplication::translate("Parquet",
                                                "Column \"%1\" keeps its data in "
                                                "another file (%2), which is not "
                                                "supported.")
                            .arg(path, chunk.filePath));
    if (!chunk.metaData)
        malformed(
                QCoreApplication::translate("Parquet", "Column \"%1\" has no metadata.").arg(path));
    const ColumnMetaData &meta = *chunk.metaData;
    // The dictionary page comes first when there is one; writers that leave its offset at 0
    // still put it at data_page_offset.
    qint64 start = meta.dataPageOffset;
    if (meta.dictionaryPageOffset && *meta.dictionaryPageOffset > 0
        && *meta.dictionaryPageOffset < start)
        start = *meta.dictionaryPageOffset;
    const qint64 end = m_footer.offset;
    if (start < 4 || meta.totalCompressedSize < 0 || start >= end
        || meta.totalCompressedSize > end - start)
        malformed(QCoreApplication::translate("Parquet",
                                              "Column \"%1\" claims bytes %2 to %3, "
                                              "outside the file's data.")
                          .arg(path)
                          .arg(start)
                          .arg(start + meta.totalCompressedSize - 1));
    qint64 length = meta.totalCompressedSize;
    if (undercountsDictionary(m_meta.createdBy))
        length = qMin(length + kMaxDictionaryHeader, end - start);
    return ByteRange{start, length};
}

ByteRange FileReader::columnChunkRange(int group, int leaf) const
{
    if (!m_open || group < 0 || group >= rowGroupCount() || leaf < 0
        || leaf >= m_schema.leafCount())
        return {};
    try {
        return chunkRangeOrThrow(group, leaf);
    } catch (const Failure &) {
        return {};
    }
}

ByteRange FileReader::rowGroupRange(int group) const
{
    ByteRange range;
    for (int leaf = 0; leaf < m_schema.leafCount(); ++leaf)
        range = range.united(columnChunkRange(group, leaf));
    return range;
}

ByteRange FileReader::rowGroupRange(int group, const QList<int> &leaves) const
{
    ByteRange range;
    for (const int leaf : leaves)
        range = range.united(columnChunkRange(group, leaf));
    return range;
}

bool FileReader::readRowGroup(int group, RowGroupData *out, qint64 rowLimit)
{
    if (!m_open) {
        m_error = Error(Error::Kind::Io,
                        QCoreApplication::translate("Parquet",
                                                    "The file is "
                                                    "not open."));
        return false;
    }
    return guarded(QCoreApplication::translate("Parquet", "Row group %1").arg(group + 1),
                   [&] { readRowGroupOrThrow(group, out, rowLimit); });
}

void FileReader::readRowGroupOrThrow(int group, RowGroupData *out, qint64 rowLimit)
{
    if (group < 0 || group >= rowGroupCount())
        malformed(QCoreApplication::translate("Parquet", "The file has no row group %1.")
                          .arg(group + 1));
    const RowGroup &rowGroup = m_meta.rowGroups[group];
    const qint64 rows = rowLimit >= 0 ? qMin(rowLimit, rowGroup.numRows) : rowGroup.numRows;
    // The buffers of the row group `out` held before are reused for this one.
    std::vector<ColumnData> recycled = std::move(out->columns);
    out->columns.clear();
    out->rows = 0;
    out->memory = 0;
    // An empty row group has nothing to read (writers leave its chunks' offsets at 0).
    if (rowGroup.numRows == 0)
        return;
    // Every range first, so a partial source reports the first one it lacks before any work.
    std::vector<ByteRange> ranges;
    for (int leaf = 0; leaf < m_schema.leafCount(); ++leaf)
        ranges.push_back(chunkRangeOrThrow(group, leaf));
    Budget budget(m_options.maxRowGroupMemory);
    out->columns.reserve(ranges.size());
    for (int leaf = 0; leaf < m_schema.leafCount(); ++leaf) {
        const SchemaNode &node = m_schema.leaf(leaf);
        const ColumnMetaData &meta = *rowGroup.columns[leaf].metaData;
        try {
            if (meta.type != *node.physical)
                malformed(QCoreApplication::translate("Parquet",
                                                      "The column chunk is %1; the "
                                                      "schema says %2.")
                                  .arg(Schema::physicalTypeName(meta.type),
                                       Schema::physicalTypeName(*node.physical)));
            budget.charge(ranges[size_t(leaf)].length);
            const QByteArray chunk = readBytes(ranges[size_t(leaf)]);
            ColumnData reuse = size_t(leaf) < recycled.size() ? std::move(recycled[size_t(leaf)])
                                                              : ColumnData();
            ColumnData column = ColumnChunkReader(node, meta, budget, std::move(reuse))
                                        .read(chunk, rowLimit >= 0 ? rows : -1);
            const bool complete = rowLimit >= 0 ? column.rowsStarted >= rows
                                                : column.rowsStarted == rowGroup.numRows;
            if (!complete)
                malformed(QCoreApplication::translate("Parquet",
                                                      "The column holds %1 rows; "
                                                      "its row group has %2.")
                                  .arg(column.rowsStarted)
                                  .arg(rowGroup.numRows));
            out->columns.push_back(std::move(column));
        } catch (const Failure &failure) {
            if (failure.error.kind() == Error::Kind::NeedData)
                throw;
            throw Failure{failure.error.within(
                    QCoreApplication::translate("Parquet", "column \"%1\"").arg(node.path))};
        }
    }
    out->rows = rows;
    out->memory = budget.used();
}

QList<QJsonObject> FileReader::readRows(qint64 limit)
{
    QList<QJsonObject> rows;
    for (int group = 0; group < rowGroupCount() && (limit < 0 || rows.size() < limit); ++group) {
        RowGroupData data;
        const qint64 wanted = limit < 0 ? -1 : limit - rows.size();
        if (!readRowGroup(group, &data, wanted))
            return {};
        const bool ok = guarded(
                QCoreApplication::translate("Parquet", "Row group %1").arg(group + 1), [&] {
                    RowAssembler rowsOf(m_schema, data.columns, data.rows, m_options.render);
                    while (!rowsOf.atEnd())
                        rows << rowsOf.object();
                });
        if (!ok)
            return {};
    }
    return rows;
}

} // namespace Parquet
