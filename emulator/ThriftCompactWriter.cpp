#include "ThriftCompactWriter.h"

namespace Emulator {

ThriftCompactWriter::ThriftCompactWriter(std::string &out)
    : m_out(out)
{ }

void ThriftCompactWriter::appendVarint(std::string &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.push_back(char(value));
}

void ThriftCompactWriter::fieldHeader(int id, std::uint8_t type)
{
    const int delta = id - m_lastId;
    if (delta > 0 && delta <= 15) {
        m_out.push_back(char((delta << 4) | type));
    } else {
        m_out.push_back(char(type));
        appendVarint(m_out, zigzag(std::int16_t(id)));
    }
    m_lastId = id;
}

void ThriftCompactWriter::boolean(int id, bool value)
{
    // Compact booleans live in the field header's type nibble.
    fieldHeader(id, value ? BoolTrue : BoolFalse);
}

void ThriftCompactWriter::i16(int id, std::int16_t value)
{
    fieldHeader(id, I16);
    appendVarint(m_out, zigzag(value));
}

void ThriftCompactWriter::i32(int id, std::int32_t value)
{
    fieldHeader(id, I32);
    appendVarint(m_out, zigzag(value));
}

void ThriftCompactWriter::i64(int id, std::int64_t value)
{
    fieldHeader(id, I64);
    appendVarint(m_out, zigzag(value));
}

void ThriftCompactWriter::binary(int id, std::string_view value)
{
    fieldHeader(id, Binary);
    appendVarint(m_out, value.size());
    m_out.append(value);
}

void ThriftCompactWriter::beginStruct(int id)
{
    fieldHeader(id, Struct);
    beginElement();
}

void ThriftCompactWriter::beginElement()
{
    m_stack.push_back(m_lastId);
    m_lastId = 0;
}

void ThriftCompactWriter::endStruct()
{
    m_out.push_back(0);
    m_lastId = m_stack.back();
    m_stack.pop_back();
}

void ThriftCompactWriter::emptyStruct(int id)
{
    beginStruct(id);
    endStruct();
}

void ThriftCompactWriter::beginList(int id, Type elementType, std::size_t size)
{
    fieldHeader(id, List);
    if (size < 15) {
        m_out.push_back(char((size << 4) | elementType));
    } else {
        m_out.push_back(char(0xf0 | elementType));
        appendVarint(m_out, size);
    }
}

void ThriftCompactWriter::elementI32(std::int32_t value)
{
    appendVarint(m_out, zigzag(value));
}

void ThriftCompactWriter::elementBinary(std::string_view value)
{
    appendVarint(m_out, value.size());
    m_out.append(value);
}

void ThriftCompactWriter::end()
{
    m_out.push_back(0);
}

} // namespace Emulator
