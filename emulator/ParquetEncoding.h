#pragma once

#include "ByteBuffer.h"

#include <cstdint>

namespace Emulator::ParquetEncoding {

// Bits needed for values up to maxValue (0 for 0), as levels and dictionary ids use.
inline int bitWidth(std::uint32_t maxValue)
{
    return maxValue == 0 ? 0 : 32 - std::countl_zero(maxValue);
}

// Appends `count` values in the RLE / bit-packing hybrid encoding (Encodings.md), without
// the 4-byte length prefix: runs of 8 or more equal values as RLE runs, the rest bit-packed
// in groups of 8, the last group padded with zeros.
void appendRleHybrid(ByteBuffer &out, const std::uint8_t *values, std::size_t count, int bitWidth);
void appendRleHybrid(ByteBuffer &out, const std::uint32_t *values, std::size_t count, int bitWidth);

// The same with the 4-byte little-endian length in front, as data page v1 levels need.
void appendLengthPrefixedRleHybrid(ByteBuffer &out, const std::uint8_t *values, std::size_t count,
                                   int bitWidth);

// Spark's INT96 timestamp: nanoseconds of the day (8 bytes) and the Julian day (4 bytes),
// both little-endian.
inline void appendInt96(ByteBuffer &out, std::int64_t epochMs)
{
    constexpr std::int64_t DayMs = 86400000;
    constexpr std::int64_t JulianDayOfEpoch = 2440588;
    std::int64_t days = epochMs / DayMs;
    std::int64_t msOfDay = epochMs % DayMs;
    if (msOfDay < 0) {
        msOfDay += DayMs;
        --days;
    }
    char *p = out.extend(12);
    const std::uint64_t nanos = std::uint64_t(msOfDay) * 1000000;
    const std::uint32_t julian = std::uint32_t(std::int32_t(days + JulianDayOfEpoch));
    std::memcpy(p, &nanos, 8);
    std::memcpy(p + 8, &julian, 4);
}

void appendVarint(ByteBuffer &out, std::uint64_t value);

} // namespace Emulator::ParquetEncoding
