#include "ParquetFileWriter.h"

#include "ByteSink.h"
#include "ParquetEncoding.h"
#include "ThriftCompactWriter.h"

#include <algorithm>

namespace Emulator {

namespace {

constexpr char Magic[] = "PAR1";
// How often the page and row group limits are looked at: often enough to stay close to
// them, rarely enough to cost nothing per record.
constexpr qint64 MaxCheckEvery = 64;

// parquet.thrift's values the footer uses.
constexpr int Snappy = 1;
constexpr int Plain = 0;
constexpr int PlainDictionary = 2;
constexpr int Rle = 3;
constexpr int DataPage = 0;
constexpr int DictionaryPage = 2;

} // namespace

ParquetFileWriter::ParquetFileWriter(std::shared_ptr<const ParquetSchema> schema,
                                     const ParquetWriterOptions &options)
    : m_schema(std::move(schema))
    , m_options(options)
{
    for (std::size_t c = 0; c < m_schema->columns().size(); ++c) {
        const ParquetSchema::Node &leaf = m_schema->node(m_schema->columns()[c]);
        m_columns.push_back(std::make_unique<ParquetColumnWriter>(
                leaf.physical, leaf.definitionLevel, leaf.repetitionLevel, m_options));
        m_paths.push_back(m_schema->path(int(c)));
    }
    m_checkEvery = std::clamp<qint64>(m_options.pageRows, 1, MaxCheckEvery);
    m_keyValues = {{"org.apache.spark.version", SparkVersion},
                   {"org.apache.spark.sql.parquet.row.metadata", m_schema->sparkRowMetadata()}};
}

ParquetFileWriter::~ParquetFileWriter() = default;

bool ParquetFileWriter::begin(ByteSink &sink)
{
    m_sink = &sink;
    m_rowGroups.clear();
    m_rows = 0;
    m_groupRows = 0;
    return sink.write(Magic, 4);
}

bool ParquetFileWriter::endRecord()
{
    ++m_rows;
    ++m_groupRows;
    if (m_groupRows >= m_options.rowGroupRows)
        return flushRowGroup();
    if (m_groupRows % m_checkEvery != 0)
        return true;
    checkPages();
    qint64 buffered = 0;
    for (const auto &c : m_columns)
        buffered += c->bufferedBytes();
    return buffered < m_options.rowGroupBytes || flushRowGroup();
}

void ParquetFileWriter::checkPages()
{
    for (const auto &c : m_columns) {
        if (c->pageFull())
            c->flushPage();
    }
}

bool ParquetFileWriter::flushRowGroup()
{
    if (m_groupRows == 0)
        return true;
    RowGroup group;
    group.rows = m_groupRows;
    group.columns.resize(m_columns.size());
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        if (!m_columns[c]->writeChunk(*m_sink, &group.columns[c]))
            return false;
    }
    m_rowGroups.push_back(std::move(group));
    m_groupRows = 0;
    return true;
}

bool ParquetFileWriter::finish()
{
    if (!flushRowGroup())
        return false;
    const std::string meta = footer();
    ByteBuffer tail;
    tail.appendLe(std::uint32_t(meta.size()));
    tail.append(Magic, 4);
    return m_sink->write(meta.data(), qint64(meta.size()))
            && m_sink->write(tail.data(), qint64(tail.size()));
}

void ParquetFileWriter::writeColumnMetaData(ThriftCompactWriter &w, int column,
                                            const ColumnChunkInfo &info) const
{
    const ParquetSchema::Node &leaf = m_schema->node(m_schema->columns()[std::size_t(column)]);
    w.i32(1, int(leaf.physical));
    std::vector<int> encodings;
    if (info.dictionaryDataPages > 0)
        encodings.push_back(PlainDictionary);
    if (info.plainDataPages > 0)
        encodings.push_back(Plain);
    if (info.hasLevels)
        encodings.push_back(Rle);
    w.beginList(2, ThriftCompactWriter::I32, encodings.size());
    for (int e : encodings)
        w.elementI32(e);
    const auto &path = m_paths[std::size_t(column)];
    w.beginList(3, ThriftCompactWriter::Binary, path.size());
    for (const QByteArray &name : path)
        w.elementBinary(std::string_view(name.constData(), std::size_t(name.size())));
    w.i32(4, Snappy);
    w.i64(5, info.numValues);
    w.i64(6, info.uncompressedBytes);
    w.i64(7, info.compressedBytes);
    w.i64(9, info.dataPageOffset);
    if (info.dictionaryPageOffset >= 0)
        w.i64(11, info.dictionaryPageOffset);
    if (m_options.statistics) {
        w.beginStruct(12);
        // The deprecated min/max hold signed orders only: not strings (parquet-mr).
        const bool signedOrder
                = leaf.physical != ParquetSchema::Physical::ByteArray || info.min == info.max;
        if (info.hasMinMax && signedOrder) {
            w.binary(1, info.max);
            w.binary(2, info.min);
        }
        w.i64(3, info.nullCount);
        if (info.hasMinMax) {
            w.binary(5, info.max);
            w.binary(6, info.min);
        }
        w.endStruct();
    }
    const bool dictionary = info.dictionaryPageOffset >= 0;
    const int kinds = (dictionary ? 1 : 0) + (info.dictionaryDataPages > 0 ? 1 : 0)
            + (info.plainDataPages > 0 ? 1 : 0);
    w.beginList(13, ThriftCompactWriter::Struct, std::size_t(kinds));
    const auto stats = [&](int pageType, int encoding, int count) {
        w.beginElement();
        w.i32(1, pageType);
        w.i32(2, encoding);
        w.i32(3, count);
        w.endStruct();
    };
    if (dictionary)
        stats(DictionaryPage, PlainDictionary, 1);
    if (info.dictionaryDataPages > 0)
        stats(DataPage, PlainDictionary, info.dictionaryDataPages);
    if (info.plainDataPages > 0)
        stats(DataPage, Plain, info.plainDataPages);
}

std::string ParquetFileWriter::footer() const
{
    std::string out;
    ThriftCompactWriter w(out);
    w.i32(1, 1);
    m_schema->writeThrift(w, 2);
    w.i64(3, m_rows);
    w.beginList(4, ThriftCompactWriter::Struct, m_rowGroups.size());
    for (std::size_t g = 0; g < m_rowGroups.size(); ++g) {
        const RowGroup &group = m_rowGroups[g];
        qint64 uncompressed = 0, compressed = 0;
        w.beginElement();
        w.beginList(1, ThriftCompactWriter::Struct, group.columns.size());
        for (std::size_t c = 0; c < group.columns.size(); ++c) {
            const ColumnChunkInfo &info = group.columns[c];
            uncompressed += info.uncompressedBytes;
            compressed += info.compressedBytes;
            w.beginElement();
            w.i64(2, info.dataPageOffset);
            w.beginStruct(3);
            writeColumnMetaData(w, int(c), info);
            w.endStruct();
            w.endStruct();
        }
        const ColumnChunkInfo &first = group.columns.front();
        w.i64(2, uncompressed);
        w.i64(3, group.rows);
        w.i64(5,
              first.dictionaryPageOffset >= 0 ? first.dictionaryPageOffset : first.dataPageOffset);
        w.i64(6, compressed);
        w.i16(7, std::int16_t(g));
        w.endStruct();
    }
    w.beginList(5, ThriftCompactWriter::Struct, m_keyValues.size());
    for (const auto &[key, value] : m_keyValues) {
        w.beginElement();
        w.binary(1, key);
        w.binary(2, value);
        w.endStruct();
    }
    w.binary(6, CreatedBy);
    // Every column orders by its type: the min and max above mean what they say.
    w.beginList(7, ThriftCompactWriter::Struct, m_columns.size());
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        w.beginElement();
        w.emptyStruct(1);
        w.endStruct();
    }
    w.end();
    return out;
}

} // namespace Emulator
