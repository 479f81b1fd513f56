#pragma once

#include "parquet/ThriftReader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <zlib.h>

// Writes Parquet files byte by byte for tests: the Thrift compact protocol, page headers,
// levels and PLAIN values, so a test can build the structures the shared test data lacks
// (two-level lists, maps without values) and every kind of malformed file.
namespace ParquetBuilder {

class Thrift
{
public:
    // The protocol's type codes, as the reader names them.
    using enum Parquet::ThriftReader::Type;

    QByteArray bytes;

    void varint(quint64 v)
    {
        while (v >= 0x80) {
            bytes.append(char(v | 0x80));
            v >>= 7;
        }
        bytes.append(char(v));
    }
    void zigzag(qint64 v) { varint(quint64(v << 1) ^ quint64(v >> 63)); }
    void header(qint16 id, quint8 type)
    {
        const int delta = id - m_last.back();
        if (delta > 0 && delta <= 15)
            bytes.append(char(delta << 4 | type));
        else {
            bytes.append(char(type));
            zigzag(id);
        }
        m_last.back() = id;
    }
    void i32(qint16 id, qint64 v)
    {
        header(id, I32);
        zigzag(v);
    }
    void i64(qint16 id, qint64 v)
    {
        header(id, I64);
        zigzag(v);
    }
    void boolean(qint16 id, bool v) { header(id, v ? BoolTrue : BoolFalse); }
    void binary(qint16 id, const QByteArray &v)
    {
        header(id, Binary);
        varint(quint64(v.size()));
        bytes.append(v);
    }
    void beginStruct(qint16 id)
    {
        header(id, Struct);
        m_last.push_back(0);
    }
    // A structure as a list element.
    void beginElement() { m_last.push_back(0); }
    void endStruct()
    {
        bytes.append(char(0));
        m_last.pop_back();
    }
    void listHeader(qint16 id, quint8 elementType, qint64 size)
    {
        header(id, List);
        if (size < 15)
            bytes.append(char(size << 4 | elementType));
        else {
            bytes.append(char(0xf0 | elementType));
            varint(quint64(size));
        }
    }

private:
    QList<qint16> m_last{0};
};

struct Element
{
    Element(QString name_, std::optional<int> type_ = {}, std::optional<int> repetition_ = {},
            int children_ = 0, std::optional<int> converted_ = {})
        : name(std::move(name_))
        , type(type_)
        , repetition(repetition_)
        , children(children_)
        , converted(converted_)
    { }

    QString name;
    std::optional<int> type; // physical type; absent for groups
    std::optional<int> repetition; // 0 required, 1 optional, 2 repeated
    int children = 0;
    std::optional<int> converted;
    int typeLength = 0;
    // LogicalType union field id (1 STRING, 3 LIST, 2 MAP...); 0 for none.
    int logical = 0;
};

inline void writeElement(Thrift &t, const Element &e)
{
    t.beginElement();
    if (e.type)
        t.i32(1, *e.type);
    if (e.typeLength)
        t.i32(2, e.typeLength);
    if (e.repetition)
        t.i32(3, *e.repetition);
    t.binary(4, e.name.toUtf8());
    if (e.children)
        t.i32(5, e.children);
    if (e.converted)
        t.i32(6, *e.converted);
    if (e.logical) {
        t.beginStruct(10);
        t.beginStruct(qint16(e.logical));
        t.endStruct();
        t.endStruct();
    }
    t.endStruct();
}

struct PageOptions
{
    int type = 0; // DATA_PAGE
    qint64 numValues = 0;
    int encoding = 0; // PLAIN
    std::optional<qint64> uncompressedSize; // default: the payload's size
    std::optional<qint64> compressedSize;
    // DATA_PAGE_V2
    qint64 numNulls = 0;
    qint64 numRows = 0;
    qint64 defBytes = 0;
    qint64 repBytes = 0;
};

// A page: its header, then `payload` (levels and values, as the page type lays them out).
inline QByteArray page(const QByteArray &payload, const PageOptions &o)
{
    Thrift t;
    t.i32(1, o.type);
    t.i32(2, o.uncompressedSize.value_or(payload.size()));
    t.i32(3, o.compressedSize.value_or(payload.size()));
    if (o.type == 0) {
        t.beginStruct(5);
        t.i32(1, o.numValues);
        t.i32(2, o.encoding);
        t.i32(3, 3);
        t.i32(4, 3);
        t.endStruct();
    } else if (o.type == 2) {
        t.beginStruct(7);
        t.i32(1, o.numValues);
        t.i32(2, o.encoding);
        t.endStruct();
    } else if (o.type == 3) {
        t.beginStruct(8);
        t.i32(1, o.numValues);
        t.i32(2, o.numNulls);
        t.i32(3, o.numRows);
        t.i32(4, o.encoding);
        t.i32(5, o.defBytes);
        t.i32(6, o.repBytes);
        t.endStruct();
    }
    t.bytes.append(char(0));
    return t.bytes + payload;
}

// Levels in the RLE/bit-packed hybrid: one bit-packed run of all of them.
inline QByteArray hybrid(const QList<int> &values, int bitWidth)
{
    Thrift t;
    const qint64 groups = (values.size() + 7) / 8;
    t.varint(quint64(groups << 1 | 1));
    QByteArray packed(groups * bitWidth, '\0');
    for (qsizetype i = 0; i < values.size(); ++i) {
        for (int b = 0; b < bitWidth; ++b) {
            const qint64 bit = i * bitWidth + b;
            if (values[i] >> b & 1)
                packed[bit / 8] = char(packed[bit / 8] | 1 << (bit % 8));
        }
    }
    return t.bytes + packed;
}

// v1 levels: a four-byte length, then the hybrid runs.
inline QByteArray levelsV1(const QList<int> &values, int bitWidth)
{
    const QByteArray runs = hybrid(values, bitWidth);
    QByteArray out(4, '\0');
    const quint32 length = quint32(runs.size());
    std::memcpy(out.data(), &length, 4);
    return out + runs;
}

inline QByteArray plainInt32(const QList<qint32> &values)
{
    QByteArray out(values.size() * 4, '\0');
    std::memcpy(out.data(), values.constData(), size_t(out.size()));
    return out;
}

inline QByteArray plainInt64(const QList<qint64> &values)
{
    QByteArray out(values.size() * 8, '\0');
    std::memcpy(out.data(), values.constData(), size_t(out.size()));
    return out;
}

inline QByteArray plainStrings(const QList<QByteArray> &values)
{
    QByteArray out;
    for (const QByteArray &v : values) {
        const quint32 length = quint32(v.size());
        out.append(reinterpret_cast<const char *>(&length), 4);
        out.append(v);
    }
    return out;
}

struct Chunk
{
    int type = 1; // physical type
    QList<QString> path;
    int codec = 0;
    QByteArray pages; // page headers and bodies, in order
    qint64 numValues = 0;
    std::optional<qint64> totalCompressedSize; // default: pages' size
    std::optional<qint64> dataPageOffset; // default: where the pages land
    bool encrypted = false;
    QString filePath;
};

struct RowGroup
{
    QList<Chunk> chunks;
    qint64 numRows = 0;
};

struct File
{
    QList<Element> schema; // the root first
    QList<RowGroup> rowGroups;
    std::optional<qint64> numRows; // default: the row groups' sum
    QString createdBy = u"parquet-builder"_qs;
    // Applied to the encoded footer before it is written (to corrupt it).
    std::function<void(QByteArray &)> editFooter;
    QByteArray tailMagic = "PAR1";
    std::optional<quint32> footerLength; // default: the footer's own
};

inline QByteArray footerOf(const File &f, const QList<QList<qint64>> &offsets)
{
    Thrift t;
    t.i32(1, 1);
    t.listHeader(2, Thrift::Struct, f.schema.size());
    for (const Element &e : f.schema)
        writeElement(t, e);
    qint64 rows = 0;
    for (const RowGroup &g : f.rowGroups)
        rows += g.numRows;
    t.i64(3, f.numRows.value_or(rows));
    t.listHeader(4, Thrift::Struct, f.rowGroups.size());
    for (qsizetype g = 0; g < f.rowGroups.size(); ++g) {
        const RowGroup &group = f.rowGroups[g];
        t.beginElement();
        t.listHeader(1, Thrift::Struct, group.chunks.size());
        for (qsizetype c = 0; c < group.chunks.size(); ++c) {
            const Chunk &chunk = group.chunks[c];
            t.beginElement();
            if (!chunk.filePath.isEmpty())
                t.binary(1, chunk.filePath.toUtf8());
            t.i64(2, offsets[g][c]);
            t.beginStruct(3);
            t.i32(1, chunk.type);
            t.listHeader(2, Thrift::I32, 1);
            t.zigzag(0);
            t.listHeader(3, Thrift::Binary, chunk.path.size());
            for (const QString &p : chunk.path) {
                t.varint(quint64(p.toUtf8().size()));
                t.bytes.append(p.toUtf8());
            }
            t.i32(4, chunk.codec);
            t.i64(5, chunk.numValues);
            t.i64(6, chunk.pages.size());
            t.i64(7, chunk.totalCompressedSize.value_or(chunk.pages.size()));
            t.i64(9, chunk.dataPageOffset.value_or(offsets[g][c]));
            t.endStruct();
            if (chunk.encrypted) {
                t.beginStruct(8);
                t.endStruct();
            }
            t.endStruct();
        }
        t.i64(2, 0);
        t.i64(3, group.numRows);
        t.endStruct();
    }
    t.binary(6, f.createdBy.toUtf8());
    t.bytes.append(char(0));
    return t.bytes;
}

inline QByteArray build(const File &f)
{
    QByteArray out = "PAR1";
    QList<QList<qint64>> offsets;
    for (const RowGroup &g : f.rowGroups) {
        QList<qint64> groupOffsets;
        for (const Chunk &c : g.chunks) {
            groupOffsets << out.size();
            out.append(c.pages);
        }
        offsets << groupOffsets;
    }
    QByteArray footer = footerOf(f, offsets);
    if (f.editFooter)
        f.editFooter(footer);
    out.append(footer);
    const quint32 length = f.footerLength.value_or(quint32(footer.size()));
    out.append(reinterpret_cast<const char *>(&length), 4);
    out.append(f.tailMagic);
    return out;
}

// One required INT32 column "id" of `values`, in pages of `perPage` values.
inline File int32Column(const QList<qint32> &values, qsizetype perPage, int rowGroups = 1)
{
    File f;
    f.schema = {Element{u"schema"_qs, {}, {}, 1}, Element{u"id"_qs, 1, 0}};
    const qsizetype perGroup = values.size() / rowGroups;
    for (int g = 0; g < rowGroups; ++g) {
        const QList<qint32> group = values.mid(g * perGroup, perGroup);
        Chunk chunk;
        chunk.path = {u"id"_qs};
        for (qsizetype i = 0; i < group.size(); i += perPage) {
            const QList<qint32> slice = group.mid(i, perPage);
            PageOptions o;
            o.numValues = slice.size();
            chunk.pages += page(plainInt32(slice), o);
        }
        chunk.numValues = group.size();
        f.rowGroups << RowGroup{{chunk}, group.size()};
    }
    return f;
}

// One gzip member of `data`.
inline QByteArray gzipOf(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace ParquetBuilder
