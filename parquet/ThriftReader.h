#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstdint>

namespace Parquet {

// A reader of the Thrift compact protocol, the encoding of every Parquet metadata structure
// (file footer, page headers). Written for hostile input: every read is bounds-checked, a
// collection may not claim more elements than bytes remain, and nesting is limited so that
// skipping an unknown field cannot recurse without end. Failures throw Failure (Malformed).
class ThriftReader
{
public:
    enum Type : quint8 {
        Stop = 0,
        BoolTrue = 1,
        BoolFalse = 2,
        Byte = 3,
        I16 = 4,
        I32 = 5,
        I64 = 6,
        Double = 7,
        Binary = 8,
        List = 9,
        Set = 10,
        Map = 11,
        Struct = 12,
    };

    struct Field
    {
        qint16 id = 0;
        quint8 type = Stop;
        bool isStop() const { return type == Stop; }
        bool boolValue() const { return type == BoolTrue; }
    };

    struct ListHeader
    {
        quint8 elementType = 0;
        qint64 size = 0;
    };

    // Deeper than any Parquet structure (a footer nests six levels).
    static constexpr int kMaxDepth = 32;

    ThriftReader(const char *data, qint64 size);

    qint64 position() const { return m_pos; }
    qint64 remaining() const { return m_size - m_pos; }

    // Structures: beginStruct(), then readField() until isStop(), then endStruct().
    void beginStruct();
    Field readField();
    void endStruct();

    qint8 readByte();
    qint32 readI32();
    qint64 readI64();
    double readDouble();
    QByteArray readBinary();
    ListHeader readListHeader();
    // A bool element of a list: one byte, unlike a bool field whose value is its type.
    bool readListBool();

    // Skips one value of `type`, nested structures and collections included.
    void skip(quint8 type);
    // Reads an integer field of any integer type, so writers that widen a field still read.
    qint64 readInteger(quint8 type);

private:
    quint64 readVarint();
    void enter();
    void need(qint64 bytes) const;
    [[noreturn]] void truncated() const;

    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    int m_depth = 0;
    // The last field id of each open structure: field ids are deltas from it.
    qint16 m_lastId[kMaxDepth + 1] = {};
};

} // namespace Parquet
