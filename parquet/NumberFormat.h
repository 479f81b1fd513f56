#pragma once

#include "TextBuffer.h"

#include <cstdint>

namespace Parquet {

// Numbers that need more than to_chars: decimals of any length, exact to the last digit, and
// FLOAT16 (half precision) in its shortest form.
class NumberFormat
{
public:
    // A two's complement big-endian unscaled value with `scale` digits after the point.
    static void appendDecimal(TextBuffer &out, const uint8_t *bigEndian, qint64 size, int scale);
    static void appendFloat16(TextBuffer &out, quint16 bits, bool json);
    static float halfToFloat(quint16 bits);
    static quint16 floatToHalf(float value);
    // NaN and infinities are no JSON numbers: they become the strings "NaN", "Infinity" and
    // "-Infinity" (quoted when `json`). False, writing nothing, for a finite value.
    static bool appendNonFinite(TextBuffer &out, double value, bool json);
};

} // namespace Parquet
