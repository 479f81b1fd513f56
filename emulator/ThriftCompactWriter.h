#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Emulator {

// Writes Thrift structs in the compact protocol, the encoding of every Parquet header and
// footer: field headers as deltas from the previous field id, integers as zigzag varints.
// The caller writes fields in increasing id order, as the generated Thrift code does.
//
//     ThriftCompactWriter w(out);        // the fields of one top-level struct
//     w.i32(1, 4);
//     w.beginStruct(5);                  // a nested struct field
//     w.i32(1, 100);
//     w.endStruct();
//     w.end();                           // the top-level struct's stop byte
class ThriftCompactWriter
{
public:
    enum Type : std::uint8_t {
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

    explicit ThriftCompactWriter(std::string &out);

    void boolean(int id, bool value);
    void i16(int id, std::int16_t value);
    void i32(int id, std::int32_t value);
    void i64(int id, std::int64_t value);
    void binary(int id, std::string_view value);

    // A struct (or union) field; its fields follow, then endStruct().
    void beginStruct(int id);
    void endStruct();
    // An empty struct field: how unions like LogicalType name their member.
    void emptyStruct(int id);

    // A list field of `size` elements of `elementType`; then the elements, each through
    // one of the element calls below.
    void beginList(int id, Type elementType, std::size_t size);
    void elementI32(std::int32_t value);
    void elementBinary(std::string_view value);
    // A struct element: its fields, then endStruct().
    void beginElement();

    // The stop byte of the top-level struct.
    void end();

    static void appendVarint(std::string &out, std::uint64_t value);
    static std::uint64_t zigzag(std::int64_t value)
    {
        return (std::uint64_t(value) << 1) ^ std::uint64_t(value >> 63);
    }

private:
    void fieldHeader(int id, std::uint8_t type);

    std::string &m_out;
    int m_lastId = 0;
    std::vector<int> m_stack;
};

} // namespace Emulator
