#include "ParquetColumnWriter.h"

#include "ByteSink.h"
#include "ParquetEncoding.h"
#include "ThriftCompactWriter.h"

#include <cstring>
#include <snappy-sinksource.h>
#include <snappy.h>

namespace Emulator {

namespace {

// parquet.thrift's PageType and Encoding values the writer uses.
constexpr int DataPage = 0;
constexpr int DictionaryPage = 2;
constexpr int Plain = 0;
constexpr int PlainDictionary = 2;
constexpr int Rle = 3;
// Room in front of a compressed page for its header, written once the size is known.
constexpr std::size_t HeaderRoom = 64;

// A page's two parts, levels and values, read by snappy as one stream without first
// copying them together.
class TwoPartSource final : public snappy::Source
{
public:
    TwoPartSource(std::string_view first, std::string_view second)
        : m_parts{first, second}
    { }
    std::size_t Available() const override { return m_parts[0].size() + m_parts[1].size(); }
    const char *Peek(std::size_t *length) override
    {
        const std::string_view &part = m_parts[m_parts[0].empty() ? 1 : 0];
        *length = part.size();
        return part.data();
    }
    void Skip(std::size_t n) override
    {
        std::string_view &part = m_parts[m_parts[0].empty() ? 1 : 0];
        part.remove_prefix(n);
    }

private:
    std::string_view m_parts[2];
};

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
    m_pageCount = 0;
    m_chunkBytes = 0;
    m_dictionary.clear();
    std::fill(m_codeIds.begin(), m_codeIds.end(), 0);
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
    // UTF8 orders by unsigned bytes, as string_view compares.
    if (value < std::string_view(m_min))
        m_min.assign(value);
    else if (std::string_view(m_max) < value)
        m_max.assign(value);
}

void ParquetColumnWriter::string(std::string_view value, int repetition)
{
    levels(m_maxDefinition, repetition);
    if (m_dictionaryOn) {
        const std::uint32_t before = m_dictionary.size();
        addId(m_dictionary.insert(value), value.size());
        if (m_dictionary.size() != before
            && qint64(m_dictionary.plain().size()) > m_options.dictionaryBytes)
            fallBack();
        return;
    }
    m_values.appendLe(std::uint32_t(value.size()));
    m_values.append(value);
    if (m_options.statistics)
        observe(value);
}

void ParquetColumnWriter::enumString(int code, std::string_view value, int repetition)
{
    if (!m_dictionaryOn || code < 0) {
        string(value, repetition);
        return;
    }
    if (std::size_t(code) >= m_codeIds.size())
        m_codeIds.resize(std::size_t(code) + 1, 0);
    if (const std::uint32_t known = m_codeIds[std::size_t(code)]) {
        levels(m_maxDefinition, repetition);
        addId(known - 1, value.size());
        return;
    }
    string(value, repetition);
    if (m_dictionaryOn)
        m_codeIds[std::size_t(code)] = m_ids.back() + 1;
}

void ParquetColumnWriter::int64(qint64 value, int repetition)
{
    levels(m_maxDefinition, repetition);
    m_values.appendLe(value);
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
    for (const std::uint32_t id : m_ids)
        m_values.append(m_dictionary.plainEntry(id));
    m_ids.clear();
    m_dictionaryOn = false;
    if (!m_dictionaryUsed) {
        foldDictionaryIntoStatistics();
        m_dictionary.clear();
    }
}

void ParquetColumnWriter::encodeHead()
{
    m_head.clear();
    if (m_maxRepetition > 0)
        ParquetEncoding::appendLengthPrefixedRleHybrid(
                m_head, m_repetitions.data(), m_repetitions.size(),
                ParquetEncoding::bitWidth(std::uint32_t(m_maxRepetition)));
    if (m_maxDefinition > 0)
        ParquetEncoding::appendLengthPrefixedRleHybrid(
                m_head, m_definitions.data(), m_definitions.size(),
                ParquetEncoding::bitWidth(std::uint32_t(m_maxDefinition)));
    if (m_dictionaryOn) {
        const int width = ParquetEncoding::bitWidth(m_dictionary.size() - 1);
        m_head.push(char(width));
        ParquetEncoding::appendRleHybrid(m_head, m_ids.data(), m_ids.size(), width);
    } else if (m_physical == ParquetSchema::Physical::Boolean) {
        // PLAIN booleans: one bit each, least significant first, no run header.
        char *p = m_head.extend((m_booleans.size() + 7) / 8);
        std::memset(p, 0, (m_booleans.size() + 7) / 8);
        for (std::size_t i = 0; i < m_booleans.size(); ++i)
            p[i / 8] = char(p[i / 8] | (m_booleans[i] << (i % 8)));
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
    encodeHead();
    const bool dictionary = m_dictionaryOn;
    compressPage(DataPage, int(m_pageValues), dictionary ? PlainDictionary : Plain, m_head.view(),
                 dictionary ? std::string_view() : m_values.view());
    if (dictionary) {
        m_dictionaryUsed = true;
        ++m_info.dictionaryDataPages;
    } else {
        ++m_info.plainDataPages;
    }
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

ParquetColumnWriter::Page &ParquetColumnWriter::compressPage(int pageType, int numValues,
                                                             int encoding, std::string_view head,
                                                             std::string_view values)
{
    Page *page = &m_dictionaryPage;
    if (pageType == DataPage) {
        if (m_pageCount == m_pages.size())
            m_pages.emplace_back();
        page = &m_pages[m_pageCount++];
    }
    const std::size_t raw = head.size() + values.size();
    page->block.clear();
    char *out = page->block.extend(HeaderRoom + snappy::MaxCompressedLength(raw));
    TwoPartSource source(head, values);
    snappy::UncheckedByteArraySink sink(out + HeaderRoom);
    const std::size_t compressed = snappy::Compress(&source, &sink);

    m_header.clear();
    ThriftCompactWriter w(m_header);
    w.i32(1, pageType);
    w.i32(2, std::int32_t(raw));
    w.i32(3, std::int32_t(compressed));
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
    page->start = HeaderRoom - m_header.size();
    std::memcpy(out + page->start, m_header.data(), m_header.size());
    page->block.resize(HeaderRoom + compressed);
    const qint64 written = qint64(page->block.size() - page->start);
    m_info.uncompressedBytes += qint64(m_header.size() + raw);
    m_info.compressedBytes += written;
    if (pageType == DataPage)
        m_chunkBytes += written;
    return *page;
}

bool ParquetColumnWriter::writeChunk(ByteSink &sink, ColumnChunkInfo *info)
{
    flushPage();
    qint64 offset = sink.position();
    if (m_dictionaryUsed) {
        // The dictionary page comes first in the chunk but is complete only now.
        const Page &page = compressPage(DictionaryPage, int(m_dictionary.size()), PlainDictionary,
                                        m_dictionary.plain(), {});
        const qint64 size = qint64(page.block.size() - page.start);
        if (!sink.write(page.block.data() + page.start, size))
            return false;
        m_info.dictionaryPageOffset = offset;
        offset += size;
        foldDictionaryIntoStatistics();
    }
    m_info.dataPageOffset = offset;
    for (std::size_t i = 0; i < m_pageCount; ++i) {
        const Page &page = m_pages[i];
        if (!sink.write(page.block.data() + page.start, qint64(page.block.size() - page.start)))
            return false;
    }
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
            m_info.min.assign(reinterpret_cast<const char *>(&m_minInt), 8);
            m_info.max.assign(reinterpret_cast<const char *>(&m_maxInt), 8);
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
