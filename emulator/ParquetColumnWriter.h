#pragma once

#include "ByteBuffer.h"
#include "ParquetSchema.h"
#include "ParquetWriterOptions.h"
#include "StringDictionary.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Emulator {

class ByteSink;

// What the footer says about one written column chunk.
struct ColumnChunkInfo
{
    qint64 numValues = 0;
    qint64 uncompressedBytes = 0; // pages with their headers
    qint64 compressedBytes = 0;
    qint64 dataPageOffset = 0;
    qint64 dictionaryPageOffset = -1;
    int dictionaryDataPages = 0;
    int plainDataPages = 0;
    bool hasLevels = false;
    qint64 nullCount = 0;
    bool hasMinMax = false;
    std::string min, max; // PLAIN bytes, no length prefix
};

// One column of a row group as it is being written: levels and values buffered for the
// current page, finished pages snappy-compressed into reused blocks. Strings go through a
// dictionary until it stops paying, as parquet-mr's fallback writer does: after the first
// page when ids plus dictionary are no smaller than the plain bytes, or as soon as the
// dictionary outgrows its limit. Values are copied once, into the page buffers; nothing is
// allocated per value.
class ParquetColumnWriter
{
public:
    ParquetColumnWriter(ParquetSchema::Physical physical, int maxDefinition, int maxRepetition,
                        const ParquetWriterOptions &options);

    void null(int definition, int repetition)
    {
        levels(definition, repetition);
        ++m_nulls;
    }
    void string(std::string_view value, int repetition);
    // A string of a small set the caller numbers (`code`, from 0): the same code always
    // comes with the same value, so its dictionary id is remembered instead of looked up.
    void enumString(int code, std::string_view value, int repetition);
    void int64(qint64 value, int repetition);
    void int96(qint64 epochMs, int repetition);
    void boolean(bool value, int repetition);

    // The page buffered so far has reached a page limit.
    bool pageFull() const
    {
        return m_pageRows >= m_options.pageRows || pendingBytes() >= m_options.pageBytes;
    }
    void flushPage();
    // What the row group holds of this column: finished pages and the pending one.
    qint64 bufferedBytes() const { return m_chunkBytes + pendingBytes(); }

    // Finishes the chunk, writes it (dictionary page, then data pages) and starts the next.
    bool writeChunk(ByteSink &sink, ColumnChunkInfo *info);

private:
    // A compressed page with its header, in a block kept from row group to row group.
    struct Page
    {
        ByteBuffer block;
        std::size_t start = 0; // where the header begins
    };

    void levels(int definition, int repetition)
    {
        if (m_maxDefinition > 0)
            m_definitions.push_back(std::uint8_t(definition));
        if (m_maxRepetition > 0)
            m_repetitions.push_back(std::uint8_t(repetition));
        if (repetition == 0)
            ++m_pageRows;
        ++m_pageValues;
    }
    qint64 pendingBytes() const
    {
        return qint64(m_values.size() + m_ids.size() + m_booleans.size() / 8
                      + (m_definitions.size() + m_repetitions.size()) / 4);
    }
    void addId(std::uint32_t id, std::size_t size)
    {
        m_ids.push_back(id);
        m_pagePlainBytes += 4 + qint64(size);
    }
    void fallBack();
    void foldDictionaryIntoStatistics();
    void observe(std::string_view value);
    void encodeHead();
    Page &compressPage(int pageType, int numValues, int encoding, std::string_view head,
                       std::string_view values);
    void resetChunk();

    ParquetSchema::Physical m_physical;
    int m_maxDefinition;
    int m_maxRepetition;
    ParquetWriterOptions m_options;

    // The pending page.
    std::vector<std::uint8_t> m_definitions;
    std::vector<std::uint8_t> m_repetitions;
    std::vector<std::uint32_t> m_ids; // dictionary ids
    ByteBuffer m_values; // PLAIN values
    std::vector<std::uint8_t> m_booleans;
    qint64 m_pageValues = 0;
    qint64 m_pageRows = 0;
    qint64 m_pagePlainBytes = 0; // the page's strings as PLAIN would store them

    // The chunk.
    StringDictionary m_dictionary;
    std::vector<std::uint32_t> m_codeIds; // enumString code -> dictionary id + 1
    bool m_dictionaryOn = false;
    bool m_dictionaryUsed = false; // a finished page refers to it
    std::vector<Page> m_pages;
    std::size_t m_pageCount = 0;
    Page m_dictionaryPage;
    qint64 m_chunkBytes = 0;
    ColumnChunkInfo m_info;
    qint64 m_nulls = 0;
    bool m_seen = false;
    qint64 m_minInt = 0, m_maxInt = 0;
    std::string m_min, m_max;

    // Scratch, reused page after page: levels, then dictionary ids or booleans.
    ByteBuffer m_head;
    std::string m_header;
};

} // namespace Emulator
