#include "ColumnChunkReader.h"

#include "Budget.h"
#include "Codec.h"
#include "Error.h"
#include "RleDecoder.h"
#include "ValueDecoders.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cstring>

namespace Parquet {

namespace {

int bitWidthOf(int maxLevel)
{
    return maxLevel == 0 ? 0 : int(std::bit_width(unsigned(maxLevel)));
}

// The deprecated BIT_PACKED level encoding: most significant bit first, no runs.
void unpackMsbFirst(const uint8_t *data, int bitWidth, qint64 count, quint8 *out)
{
    qint64 bit = 0;
    for (qint64 i = 0; i < count; ++i) {
        int value = 0;
        for (int b = 0; b < bitWidth; ++b, ++bit)
            value = value << 1 | ((data[bit / 8] >> (7 - bit % 8)) & 1);
        out[i] = quint8(value);
    }
}

} // namespace

QString encodingName(int encoding)
{
    switch (Encoding(encoding)) {
    case Encoding::Plain:
        return u"PLAIN"_qs;
    case Encoding::PlainDictionary:
        return u"PLAIN_DICTIONARY"_qs;
    case Encoding::Rle:
        return u"RLE"_qs;
    case Encoding::BitPacked:
        return u"BIT_PACKED"_qs;
    case Encoding::DeltaBinaryPacked:
        return u"DELTA_BINARY_PACKED"_qs;
    case Encoding::DeltaLengthByteArray:
        return u"DELTA_LENGTH_BYTE_ARRAY"_qs;
    case Encoding::DeltaByteArray:
        return u"DELTA_BYTE_ARRAY"_qs;
    case Encoding::RleDictionary:
        return u"RLE_DICTIONARY"_qs;
    case Encoding::ByteStreamSplit:
        return u"BYTE_STREAM_SPLIT"_qs;
    }
    return QString::number(encoding);
}

ColumnChunkReader::ColumnChunkReader(const SchemaNode &leaf, const ColumnMetaData &meta,
                                     Budget &budget, ColumnData recycled)
    : m_leaf(leaf)
    , m_meta(meta)
    , m_budget(budget)
    , m_column(std::move(recycled))
{
    m_column.def.recycle(budget);
    m_column.rep.recycle(budget);
    m_column.values.fixed.recycle(budget);
    m_column.values.views.recycle(budget);
    m_column.values.keep.clear();
    m_column.entries = 0;
    m_column.rowsStarted = 0;
    m_column.leaf = &leaf;
    m_column.maxDef = leaf.defLevel;
    m_column.maxRep = leaf.repLevel;
    m_column.values.width = valueWidth(leaf);
    m_dictionary.width = m_column.values.width;
}

ColumnData ColumnChunkReader::read(const QByteArray &chunk, qint64 rowLimit)
{
    qint64 pos = 0;
    // The chunk's value count ends it too: a chunk read with room for an uncounted
    // dictionary header (FileReader) may reach into the next one.
    while (pos < chunk.size() && m_column.entries < m_meta.numValues) {
        if (rowLimit >= 0) {
            // Without repetition every entry is a row; with it, a row is only complete once
            // the next one has begun (or the chunk has ended).
            const bool enough = m_column.maxRep == 0 ? m_column.rowsStarted >= rowLimit
                                                     : m_column.rowsStarted > rowLimit;
            if (enough)
                break;
        }
        qint64 headerLength = 0;
        const PageHeader header
                = decodePageHeader(chunk.constData() + pos, chunk.size() - pos, &headerLength);
        pos += headerLength;
        if (header.compressedPageSize < 0 || header.uncompressedPageSize < 0)
            malformed(QCoreApplication::translate("Parquet",
                                                  "A page header declares a "
                                                  "negative size."));
        if (header.compressedPageSize > chunk.size() - pos)
            malformed(QCoreApplication::translate("Parquet",
                                                  "A page header claims %1 bytes; "
                                                  "only %2 remain in its column "
                                                  "chunk.")
                              .arg(header.compressedPageSize)
                              .arg(chunk.size() - pos));
        const qint64 body = pos;
        pos += header.compressedPageSize;
        switch (PageType(header.type)) {
        case PageType::DictionaryPage:
            readDictionaryPage(header, chunk, body);
            break;
        case PageType::DataPage:
            readDataPage(header, chunk, body);
            break;
        case PageType::DataPageV2:
            readDataPageV2(header, chunk, body);
            break;
        default:
            break; // index pages and page types from the future carry no values
        }
    }
    return std::move(m_column);
}

void ColumnChunkReader::readDictionaryPage(const PageHeader &header, const QByteArray &chunk,
                                           qint64 body)
{
    if (!header.hasDictionaryHeader || header.numValues < 0)
        malformed(QCoreApplication::translate("Parquet",
                                              "A dictionary page lacks its "
                                              "header."));
    if (m_hasDictionary)
        malformed(QCoreApplication::translate("Parquet",
                                              "A column chunk holds a second "
                                              "dictionary page."));
    if (header.encoding != int(Encoding::Plain)
        && header.encoding != int(Encoding::PlainDictionary))
        unsupported(QCoreApplication::translate("Parquet",
                                                "A dictionary page is encoded as "
                                                "%1.")
                            .arg(encodingName(header.encoding)));
    const QByteArray page
            = decompress(m_meta.codec, chunk.constData() + body, header.compressedPageSize,
                         header.uncompressedPageSize, m_budget);
    decodePlain(m_leaf, PageValues{page, 0, page.size(), header.numValues}, m_dictionary, m_budget);
    m_hasDictionary = true;
    for (const QByteArray &buffer : m_dictionary.keep)
        m_column.values.keep.push_back(buffer);
}

void ColumnChunkReader::readLevels(const uint8_t *data, qint64 size, int maxLevel, qint64 count,
                                   PodBuffer<quint8> &out)
{
    quint8 *levels = out.grow(count, m_budget);
    RleDecoder(data, size, bitWidthOf(maxLevel)).decode(levels, count);
    quint8 worst = 0;
    for (qint64 i = 0; i < count; ++i)
        worst = std::max(worst, levels[i]);
    if (worst > maxLevel)
        malformed(QCoreApplication::translate("Parquet",
                                              "A page holds level %1; the column's "
                                              "highest is %2.")
                          .arg(worst)
                          .arg(maxLevel));
}

qint64 ColumnChunkReader::readLevelsV1(const QByteArray &page, qint64 offset, qint64 end,
                                       int encoding, int maxLevel, qint64 count,
                                       PodBuffer<quint8> &out)
{
    const auto *data = reinterpret_cast<const uint8_t *>(page.constData() + offset);
    const qint64 left = end - offset;
    if (encoding == int(Encoding::Rle)) {
        quint32 length = 0;
        if (left < 4)
            malformed(QCoreApplication::translate("Parquet", "A page ends before its levels."));
        std::memcpy(&length, data, 4);
        if (length > quint64(left - 4))
            malformed(QCoreApplication::translate("Parquet",
                                                  "A page's levels claim %1 bytes; "
                                                  "the page holds %2.")
                              .arg(length)
                              .arg(left - 4));
        readLevels(data + 4, length, maxLevel, count, out);
        return 4 + qint64(length);
    }
    if (encoding == int(Encoding::BitPacked)) {
        const int width = bitWidthOf(maxLevel);
        const qint64 bytes = (count * width + 7) / 8;
        if (bytes > left || count > left * 8)
            malformed(QCoreApplication::translate("Parquet", "A page ends before its levels."));
        quint8 *levels = out.grow(count, m_budget);
        unpackMsbFirst(data, width, count, levels);
        for (qint64 i = 0; i < count; ++i) {
            if (levels[i] > maxLevel)
                malformed(QCoreApplication::translate("Parquet",
                                                      "A page holds level %1; the "
                                                      "column's highest is %2.")
                                  .arg(levels[i])
                                  .arg(maxLevel));
        }
        return bytes;
    }
    unsupported(QCoreApplication::translate("Parquet",
                                            "Levels encoded as %1 are not "
                                            "supported.")
                        .arg(encodingName(encoding)));
}

qint64 ColumnChunkReader::finishLevels(qint64 count, qint64 defStart, qint64 repStart)
{
    m_column.entries += count;
    if (m_column.maxRep == 0) {
        m_column.rowsStarted += count;
    } else {
        const quint8 *rep = m_column.rep.data() + repStart;
        m_column.rowsStarted += std::count(rep, rep + count, quint8(0));
    }
    if (m_column.maxDef == 0)
        return count;
    const quint8 *def = m_column.def.data() + defStart;
    return std::count(def, def + count, quint8(m_column.maxDef));
}

void ColumnChunkReader::readDataPage(const PageHeader &header, const QByteArray &chunk, qint64 body)
{
    if (!header.hasDataHeader || header.numValues < 0)
        malformed(QCoreApplication::translate("Parquet", "A data page lacks its header."));
    const qint64 count = header.numValues;
    // An uncompressed page is read where it lies in the chunk; others are uncompressed first.
    QByteArray uncompressed;
    qint64 offset = body;
    qint64 end = body + header.compressedPageSize;
    if (m_meta.codec != int(Codec::Uncompressed)) {
        uncompressed = decompress(m_meta.codec, chunk.constData() + body, header.compressedPageSize,
                                  header.uncompressedPageSize, m_budget);
        offset = 0;
        end = uncompressed.size();
    }
    const QByteArray &page = m_meta.codec != int(Codec::Uncompressed) ? uncompressed : chunk;
    const qint64 repStart = m_column.rep.size();
    const qint64 defStart = m_column.def.size();
    if (m_column.maxRep > 0)
        offset += readLevelsV1(page, offset, end, header.repetitionLevelEncoding, m_column.maxRep,
                               count, m_column.rep);
    if (m_column.maxDef > 0)
        offset += readLevelsV1(page, offset, end, header.definitionLevelEncoding, m_column.maxDef,
                               count, m_column.def);
    const qint64 defined = finishLevels(count, defStart, repStart);
    readValues(header.encoding, page, offset, end, defined);
}

void ColumnChunkReader::readDataPageV2(const PageHeader &header, const QByteArray &chunk,
                                       qint64 body)
{
    const qint64 count = header.numValues;
    const qint64 repBytes = header.repetitionLevelsByteLength;
    const qint64 defBytes = header.definitionLevelsByteLength;
    if (!header.hasDataHeader || count < 0 || repBytes < 0 || defBytes < 0
        || repBytes + defBytes > header.compressedPageSize
        || repBytes + defBytes > header.uncompressedPageSize)
        malformed(QCoreApplication::translate("Parquet",
                                              "A v2 data page's header does not "
                                              "add up."));
    // Levels are never compressed in a v2 page; only the values after them may be.
    const auto *levels = reinterpret_cast<const uint8_t *>(chunk.constData() + body);
    const qint64 repStart = m_column.rep.size();
    const qint64 defStart = m_column.def.size();
    if (m_column.maxRep > 0)
        readLevels(levels, repBytes, m_column.maxRep, count, m_column.rep);
    if (m_column.maxDef > 0)
        readLevels(levels + repBytes, defBytes, m_column.maxDef, count, m_column.def);
    const qint64 defined = finishLevels(count, defStart, repStart);

    const qint64 valuesStart = body + repBytes + defBytes;
    const qint64 compressedValues = header.compressedPageSize - repBytes - defBytes;
    const qint64 uncompressedValues = header.uncompressedPageSize - repBytes - defBytes;
    if (header.isCompressed && m_meta.codec != int(Codec::Uncompressed)) {
        const QByteArray values = decompress(m_meta.codec, chunk.constData() + valuesStart,
                                             compressedValues, uncompressedValues, m_budget);
        readValues(header.encoding, values, 0, values.size(), defined);
    } else {
        if (compressedValues != uncompressedValues)
            malformed(QCoreApplication::translate("Parquet",
                                                  "An uncompressed page declares "
                                                  "two sizes."));
        readValues(header.encoding, chunk, valuesStart, valuesStart + compressedValues, defined);
    }
}

void ColumnChunkReader::readValues(int encoding, const QByteArray &page, qint64 offset, qint64 end,
                                   qint64 count)
{
    const PageValues in{page, offset, end, count};
    ValueBuffer &out = m_column.values;
    switch (Encoding(encoding)) {
    case Encoding::Plain:
        decodePlain(m_leaf, in, out, m_budget);
        return;
    case Encoding::PlainDictionary:
    case Encoding::RleDictionary:
        if (!m_hasDictionary && count > 0)
            malformed(QCoreApplication::translate("Parquet",
                                                  "A page is dictionary-encoded but "
                                                  "its column chunk has no "
                                                  "dictionary page."));
        decodeDictionaryIndices(in, m_dictionary, out, m_budget);
        return;
    case Encoding::Rle:
        if (*m_leaf.physical != PhysicalType::Boolean)
            break;
        decodeRleBooleans(in, out, m_budget);
        return;
    case Encoding::DeltaBinaryPacked:
        decodeDeltaBinaryPacked(m_leaf, in, out, m_budget);
        return;
    case Encoding::DeltaLengthByteArray:
        decodeDeltaLengthByteArray(m_leaf, in, out, m_budget);
        return;
    case Encoding::DeltaByteArray:
        decodeDeltaByteArray(m_leaf, in, out, m_budget);
        return;
    case Encoding::ByteStreamSplit:
        decodeByteStreamSplit(m_leaf, in, out, m_budget);
        return;
    case Encoding::BitPacked:
        break;
    }
    if (count == 0)
        return; // an all-null page's values are never read
    unsupported(QCoreApplication::translate("Parquet",
                                            "The %1 encoding of column \"%2\" is "
                                            "not supported.")
                        .arg(encodingName(encoding), m_leaf.path));
}

} // namespace Parquet
