#include "ParquetColumnWriter.h"

#include "ByteSink.h"
#include "ParquetEncoding.h"
#include "ThriftCompactWriter.h"

#include <cstring>
#include <snappy.h>

namespace Emulator {

namespace {

// parquet.thrift's PageType and Encoding values the writer uses.
constexpr int DataPage = 0;
constexpr int DictionaryPage = 2;
constexpr int Plain = 0;
constexpr int PlainDictionary = 2;
constexpr int Rle = 3;

bool lessBytes(std::string_view a, std::string_view b)
{
    // UTF8 columns order by unsigned bytes; string_view compares as char_traits<char> does,
    // which is unsigned memcmp.
    return a < b;
}

} // namespace

ParquetColumnWriter::ParquetColumnWriter(ParquetSchema::Physical physical, int maxDefinition,
                                         int maxRepetition, const ParquetWriterOptions &options)
    : m_physical(physical)
    , m_maxDefinition(maxDefinition)
    , m_maxRepetition(maxRepetition)
    , m_options(options)
{
    resetChunk();
}

void ParquetColumnWriter::resetChunk()
{
    m_chunk.clear();
    m_dictionary.clear();
    // Only strings are worth a dictionary here: timestamps and counters are all distinct.
    m_dictionaryOn = m_physical == ParquetSchema::Physical::ByteArray;
    m_dictionaryUsed = false;
    m_info = ColumnChunkInfo();
    m_nulls = 0;
    m_seen = false;
    m_min.clear();
    m_max.clear();
}

void ParquetColumnWriter::observe(std::string_view value)
{
    if (!m_seen) {
        m_min.assign(value);
        m_max.assign(value);
        m_seen = true;
        return;
    }
    if (lessBytes(value, m_min))
        m_min.assign(value);
    else if (lessBytes(m_max, value))
        m_max.assign(value);
}

void ParquetColumnWriter::string(std::string_view value, int repetition)
{
    levels(m_maxDefinition, repetition);
    if (m_dictionaryOn) {
        m_ids.push_back(m_dictionary.insert(value));
        m_pagePlainBytes += 4 + qint64(value.size());
        if (qint64(m_dictionary.plain().size()) > m_options.dictionaryBytes)
            fallBack();
        return;
    }
    ParquetEncoding::appendLe32(m_values, std::uint32_t(value.size()));
    m_values.append(value);
    if (m_options.statistics)
        observe(value);
}

void ParquetColumnWriter::int64(qint64 value, int repetition)
{
    levels(m_maxDefinition, repetition);
    ParquetEncoding::appendLe64(m_values, std::uint64_t(value));
    if (!m_seen || value < m_minInt)
        m_minInt = value;
    if (!m_seen || value > m_maxInt)
        m_maxInt = value;
    m_seen = true;
}

void ParquetColumnWriter::int96(qint64 epochMs, int repetition)
{
    levels(m_maxDefinition, repetition);
    ParquetEncoding::appendInt96(m_values, epochMs);
}

void ParquetColumnWriter::boolean(bool value, int repetition)
{
    levels(m_maxDefinition, repetition);
    m_booleans.push_back(value ? 1 : 0);
    if (!m_seen || int(value) < m_minInt)
        m_minInt = value;
    if (!m_seen || int(value) > m_maxInt)
        m_maxInt = value;
    m_seen = true;
}

void ParquetColumnWriter::foldDictionaryIntoStatistics()
{
    if (!m_options.statistics)
        return;
    for (std::uint32_t id = 0; id < m_dictionary.size(); ++id)
        observe(m_dictionary.entry(id));
}

void ParquetColumnWriter::fallBack()
{
    // The pending page's values go PLAIN; pages already written keep their dictionary.
    for (const std::uint32_t id : m_ids) {
        const std::string_view v = m_dictionary.entry(id);
        ParquetEncoding::appendLe32(m_values, std::uint32_t(v.size()));
        m_values.append(v);
    }
    m_ids.clear();
    m_dictionaryOn = false;
    if (!m_dictionaryUsed) {
        foldDictionaryIntoStatistics();
        m_dictionary.clear();
    }
}

void ParquetColumnWriter::flushPage()
{
    if (m_pageValues == 0)
        return;
    if (m_dictionaryOn && !m_dictionaryUsed) {
        // parquet-mr's test after the first page: ids plus dictionary must beat PLAIN.
        const int width = ParquetEncoding::bitWidth(m_dictionary.size() - 1);
        const qint64 encoded
                = (qint64(m_ids.size()) * width + 7) / 8 + qint64(m_dictionary.plain().size());
        if (encoded >= m_pagePlainBytes)
            fallBack();
    }
    m_raw.clear();
    if (m_maxRepetition > 0)
        ParquetEncoding::appendLengthPrefixedRleHybrid(
                m_raw, m_repetitions.data(), m_repetitions.size(),
                ParquetEncoding::bitWidth(std::uint32_t(m_maxRepetition)));
    if (m_maxDefinition > 0)
        ParquetEncoding::appendLengthPrefixedRleHybrid(
                m_raw, m_definitions.data(), m_definitions.size(),
                ParquetEncoding::bitWidth(std::uint32_t(m_maxDefinition)));
    int encoding = Plain;
    if (m_dictionaryOn) {
        const int width = ParquetEncoding::bitWidth(m_dictionary.size() - 1);
        m_raw.push_back(char(width));
        ParquetEncoding::appendRleHybrid(m_raw, m_ids.data(), m_ids.size(), width);
        encoding = PlainDictionary;
        m_dictionaryUsed = true;
        ++m_info.dictionaryDataPages;
    } else if (m_physical == ParquetSchema::Physical::Boolean) {
        // PLAIN booleans: one bit each, least significant first, no run header.
        std::uint8_t byte = 0;
        for (std::size_t i = 0; i < m_booleans.size(); ++i) {
            byte |= std::uint8_t(m_booleans[i] << (i % 8));
            if (i % 8 == 7) {
                m_raw.push_back(char(byte));
                byte = 0;
            }
        }
        if (m_booleans.size() % 8)
            m_raw.push_back(char(byte));
        ++m_info.plainDataPages;
    } else {
        m_raw.append(m_values);
        ++m_info.plainDataPages;
    }
    appendPage(m_chunk, DataPage, int(m_pageValues), encoding);
    m_info.numValues += m_pageValues;

    m_definitions.clear();
    m_repetitions.clear();
    m_ids.clear();
    m_values.clear();
    m_booleans.clear();
    m_pageValues = 0;
    m_pageRows = 0;
    m_pagePlainBytes = 0;
}

void ParquetColumnWriter::appendPage(std::string &out, int pageType, int numValues, int encoding)
{
    m_compressed.resize(snappy::MaxCompressedLength(m_raw.size()));
    std::size_t compressedSize = 0;
    snappy::RawCompress(m_raw.data(), m_raw.size(), m_compressed.data(), &compressedSize);

    m_header.clear();
    ThriftCompactWriter w(m_header);
    w.i32(1, pageType);
    w.i32(2, std::int32_t(m_raw.size()));
    w.i32(3, std::int32_t(compressedSize));
    if (pageType == DataPage) {
        w.beginStruct(5);
        w.i32(1, numValues);
        w.i32(2, encoding);
        w.i32(3, Rle);
        w.i32(4, Rle);
        w.endStruct();
    } else {
        w.beginStruct(7);
        w.i32(1, numValues);
        w.i32(2, encoding);
        w.endStruct();
    }
    w.end();
    out.append(m_header);
    out.append(m_compressed.data(), compressedSize);
    m_info.uncompressedBytes += qint64(m_header.size() + m_raw.size());
    m_info.compressedBytes += qint64(m_header.size() + compressedSize);
}

bool ParquetColumnWriter::writeChunk(ByteSink &sink, ColumnChunkInfo *info)
{
    flushPage();
    qint64 offset = sink.position();
    if (m_dictionaryUsed) {
        // The dictionary page comes first in the chunk but is complete only now.
        m_raw = m_dictionary.plain();
        m_dictionaryPage.clear();
        appendPage(m_dictionaryPage, DictionaryPage, int(m_dictionary.size()), PlainDictionary);
        m_info.dictionaryPageOffset = offset;
        offset += qint64(m_dictionaryPage.size());
        if (!sink.write(m_dictionaryPage.data(), qint64(m_dictionaryPage.size())))
            return false;
        foldDictionaryIntoStatistics();
    }
    m_info.dataPageOffset = offset;
    if (!sink.write(m_chunk.data(), qint64(m_chunk.size())))
        return false;
    m_info.hasLevels = m_maxDefinition > 0 || m_maxRepetition > 0;
    m_info.nullCount = m_nulls;
    if (m_options.statistics && m_seen) {
        switch (m_physical) {
        case ParquetSchema::Physical::ByteArray:
            m_info.min = m_min;
            m_info.max = m_max;
            m_info.hasMinMax = true;
            break;
        case ParquetSchema::Physical::Int64:
            ParquetEncoding::appendLe64(m_info.min, std::uint64_t(m_minInt));
            ParquetEncoding::appendLe64(m_info.max, std::uint64_t(m_maxInt));
            m_info.hasMinMax = true;
            break;
        case ParquetSchema::Physical::Boolean:
            m_info.min.push_back(char(m_minInt));
            m_info.max.push_back(char(m_maxInt));
            m_info.hasMinMax = true;
            break;
        default:
            // INT96 has no defined order: parquet-mr writes no min or max for it.
            break;
        }
    }
    *info = m_info;
    resetChunk();
    return true;
}

} // namespace Emulator
