#include "ThriftReader.h"

#include "Error.h"

#include <QCoreApplication>

#include <cstring>

namespace Parquet {

namespace {

qint64 zigzag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

} // namespace

ThriftReader::ThriftReader(const char *data, qint64 size)
    : m_data(data)
    , m_size(size)
{ }

void ThriftReader::truncated() const
{
    malformed(QCoreApplication::translate("Parquet",
                                          "The metadata ends in the middle of a value (byte %1 "
                                          "of %2).")
                      .arg(m_pos)
                      .arg(m_size));
}

void ThriftReader::need(qint64 bytes) const
{
    if (bytes < 0 || bytes > m_size - m_pos)
        truncated();
}

void ThriftReader::enter()
{
    if (m_depth >= kMaxDepth)
        malformed(
                QCoreApplication::translate("Parquet", "The metadata nests deeper than %1 levels.")
                        .arg(kMaxDepth));
    ++m_depth;
}

quint64 ThriftReader::readVarint()
{
    quint64 value = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        need(1);
        const quint8 byte = quint8(m_data[m_pos++]);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
    malformed(QCoreApplication::translate("Parquet",
                                          "The metadata holds an integer longer than 10 bytes."));
}

void ThriftReader::beginStruct()
{
    enter();
    m_lastId[m_depth] = 0;
}

void ThriftReader::endStruct()
{
    --m_depth;
}

ThriftReader::Field ThriftReader::readField()
{
    need(1);
    const quint8 header = quint8(m_data[m_pos++]);
    Field field;
    field.type = header & 0x0f;
    if (field.type == Stop)
        return field;
    const int delta = header >> 4;
    if (delta != 0)
        field.id = qint16(m_lastId[m_depth] + delta);
    else
        field.id = qint16(zigzag(readVarint()));
    m_lastId[m_depth] = field.id;
    if (field.type > Struct)
        malformed(QCoreApplication::translate("Parquet",
                                              "The metadata holds a field of unknown type %1.")
                          .arg(field.type));
    return field;
}

qint8 ThriftReader::readByte()
{
    need(1);
    return qint8(m_data[m_pos++]);
}

qint32 ThriftReader::readI32()
{
    return qint32(zigzag(readVarint()));
}

qint64 ThriftReader::readI64()
{
    return zigzag(readVarint());
}

qint64 ThriftReader::readInteger(quint8 type)
{
    switch (type) {
    case Byte:
        return readByte();
    case I16:
    case I32:
    case I64:
        return readI64();
    default:
        malformed(QCoreApplication::translate("Parquet",
                                              "The metadata holds a value of type %1 where an "
                                              "integer belongs.")
                          .arg(type));
    }
}

double ThriftReader::readDouble()
{
    need(8);
    double value;
    std::memcpy(&value, m_data + m_pos, 8);
    m_pos += 8;
    return value;
}

QByteArray ThriftReader::readBinary()
{
    const quint64 length = readVarint();
    if (length > quint64(remaining()))
        truncated();
    QByteArray bytes(m_data + m_pos, qsizetype(length));
    m_pos += qint64(length);
    return bytes;
}

ThriftReader::ListHeader ThriftReader::readListHeader()
{
    need(1);
    const quint8 header = quint8(m_data[m_pos++]);
    ListHeader list;
    list.elementType = header & 0x0f;
    list.size = header >> 4;
    if (list.size == 15) {
        const quint64 size = readVarint();
        if (size > quint64(remaining()))
            truncated();
        list.size = qint64(size);
    }
    // Every element takes at least one byte, so a count beyond the bytes left is a lie.
    if (list.size > remaining())
        truncated();
    return list;
}

bool ThriftReader::readListBool()
{
    return readByte() == BoolTrue;
}

void ThriftReader::skip(quint8 type)
{
    switch (type) {
    case BoolTrue:
    case BoolFalse:
        return; // a field's bool is its type
    case Byte:
        need(1);
        ++m_pos;
        return;
    case I16:
    case I32:
    case I64:
        readVarint();
        return;
    case Double:
        need(8);
        m_pos += 8;
        return;
    case Binary: {
        const quint64 length = readVarint();
        if (length > quint64(remaining()))
            truncated();
        m_pos += qint64(length);
        return;
    }
    case List:
    case Set: {
        const ListHeader list = readListHeader();
        enter();
        for (qint64 i = 0; i < list.size; ++i) {
            if (list.elementType == BoolTrue || list.elementType == BoolFalse)
                readByte();
            else
                skip(list.elementType);
        }
        --m_depth;
        return;
    }
    case Map: {
        const quint64 size = readVarint();
        if (size == 0)
            return;
        if (size > quint64(remaining()))
            truncated();
        need(1);
        const quint8 types = quint8(m_data[m_pos++]);
        enter();
        for (quint64 i = 0; i < size; ++i) {
            for (const quint8 t : {quint8(types >> 4), quint8(types & 0x0f)}) {
                if (t == BoolTrue || t == BoolFalse)
                    readByte();
                else
                    skip(t);
            }
        }
        --m_depth;
        return;
    }
    case Struct: {
        beginStruct();
        for (Field field = readField(); !field.isStop(); field = readField())
            skip(field.type);
        endStruct();
        return;
    }
    default:
        malformed(QCoreApplication::translate("Parquet",
                                              "The metadata holds a value of unknown type %1.")
                          .arg(type));
    }
}

} // namespace Parquet
