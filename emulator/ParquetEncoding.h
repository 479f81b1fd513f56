#pragma once

#include <cstdint>
#include <cstring>
#include <string>

namespace Emulator::ParquetEncoding {

// Bits needed for values up to maxValue (0 for 0), as levels and dictionary ids use.
inline int bitWidth(std::uint32_t maxValue)
{
    int width = 0;
    while (maxValue > 0) {
        ++width;
        maxValue >>= 1;
    }
    return width;
}

// Appends `count` values in the RLE / bit-packing hybrid encoding (Encodings.md), without
// the 4-byte length prefix: runs of 8 or more equal values as RLE runs, the rest bit-packed
// in groups of 8, the last group padded with zeros.
void appendRleHybrid(std::string &out, const std::uint8_t *values, std::size_t count, int bitWidth);
void appendRleHybrid(std::string &out, const std::uint32_t *values, std::size_t count,
                     int bitWidth);

// The same with the 4-byte little-endian length in front, as data page v1 levels need.
void appendLengthPrefixedRleHybrid(std::string &out, const std::uint8_t *values, std::size_t count,
                                   int bitWidth);

// Spark's INT96 timestamp: nanoseconds of the day (8 bytes) and the Julian day (4 bytes),
// both little-endian.
void appendInt96(std::string &out, std::int64_t epochMs);

inline void appendLe32(std::string &out, std::uint32_t value)
{
    const char bytes[4] = {char(value), char(value >> 8), char(value >> 16), char(value >> 24)};
    out.append(bytes, 4);
}

inline void appendLe64(std::string &out, std::uint64_t value)
{
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = char(value >> (8 * i));
    out.append(bytes, 8);
}

} // namespace Emulator::ParquetEncoding
