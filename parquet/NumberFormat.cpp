#include "NumberFormat.h"

#include <QByteArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace Parquet {

bool NumberFormat::appendNonFinite(TextBuffer &out, double value, bool json)
{
    if (std::isfinite(value))
        return false;
    const char *text = std::isnan(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    if (json)
        out.append('"');
    out.append(text);
    if (json)
        out.append('"');
    return true;
}

void NumberFormat::appendDecimal(TextBuffer &out, const uint8_t *bigEndian, qint64 size, int scale)
{
    // Two's complement, big endian, any length: magnitude in base 10^9 limbs by long division.
    const bool negative = size > 0 && (bigEndian[0] & 0x80);
    std::vector<quint32> words; // the magnitude, big endian, 32-bit words
    {
        std::vector<uint8_t> magnitude(bigEndian, bigEndian + size);
        if (negative) {
            bool carry = true;
            for (qint64 i = size - 1; i >= 0; --i) {
                magnitude[size_t(i)] = uint8_t(~magnitude[size_t(i)]);
                if (carry) {
                    carry = ++magnitude[size_t(i)] == 0;
                }
            }
        }
        const qint64 padded = (size + 3) / 4 * 4;
        words.assign(size_t(padded / 4), 0);
        for (qint64 i = 0; i < size; ++i) {
            const qint64 at = padded - size + i;
            words[size_t(at / 4)] |= quint32(magnitude[size_t(i)]) << (8 * (3 - at % 4));
        }
    }
    // Decimal digits, least significant first.
    QByteArray digits;
    auto isZero = [&] {
        return std::all_of(words.begin(), words.end(), [](quint32 w) { return w == 0; });
    };
    while (!isZero()) {
        quint64 remainder = 0;
        for (quint32 &w : words) {
            const quint64 current = remainder << 32 | w;
            w = quint32(current / 1000000000);
            remainder = current % 1000000000;
        }
        for (int i = 0; i < 9; ++i) {
            digits.append(char('0' + remainder % 10));
            remainder /= 10;
        }
    }
    while (digits.size() > 1 && digits.endsWith('0'))
        digits.chop(1);
    if (digits.isEmpty())
        digits.append('0');
    const bool zero = digits.size() == 1 && digits[0] == '0';
    // Enough leading zeros for "0." and the scale's digits.
    while (scale > 0 && digits.size() <= scale)
        digits.append('0');
    std::reverse(digits.begin(), digits.end());
    if (negative && !zero)
        out.append('-');
    if (scale <= 0) {
        out.append(digits);
        if (!zero)
            out.append(QByteArray(qMin(-scale, 4096), '0'));
        return;
    }
    out.append(digits.constData(), digits.size() - scale);
    out.append('.');
    out.append(digits.constData() + digits.size() - scale, scale);
}

quint16 NumberFormat::floatToHalf(float value)
{
    quint32 x;
    std::memcpy(&x, &value, 4);
    const quint16 sign = quint16((x >> 16) & 0x8000);
    x &= 0x7fffffff;
    if (x >= 0x7f800000) // infinity or NaN
        return sign | 0x7c00 | (x > 0x7f800000 ? 0x200 : 0);
    if (x >= 0x477ff000) // rounds beyond the largest half
        return sign | 0x7c00;
    if (x < 0x38800000) {
        // Below the smallest normal half: a multiple of 2^-24, rounded to nearest even.
        float magnitude;
        std::memcpy(&magnitude, &x, 4);
        return sign | quint16(std::nearbyint(magnitude * 16777216.0f));
    }
    quint32 half = ((x >> 23) - 112) << 10 | (x & 0x7fffff) >> 13;
    const quint32 rest = x & 0x1fff;
    if (rest > 0x1000 || (rest == 0x1000 && (half & 1)))
        ++half;
    return sign | quint16(half);
}

float NumberFormat::halfToFloat(quint16 bits)
{
    const quint32 sign = quint32(bits & 0x8000) << 16;
    const int exponent = (bits >> 10) & 0x1f;
    const quint32 mantissa = bits & 0x3ff;
    float value;
    if (exponent == 0) {
        value = std::ldexp(float(mantissa), -24);
    } else if (exponent == 31) {
        value = mantissa ? std::numeric_limits<float>::quiet_NaN()
                         : std::numeric_limits<float>::infinity();
    } else {
        value = std::ldexp(float(mantissa | 0x400), exponent - 25);
    }
    quint32 f;
    std::memcpy(&f, &value, 4);
    f |= sign;
    std::memcpy(&value, &f, 4);
    return value;
}

void NumberFormat::appendFloat16(TextBuffer &out, quint16 bits, bool json)
{
    const float value = halfToFloat(bits);
    if (appendNonFinite(out, value, json))
        return;
    char buffer[32];
    // Whole halves (all from 2048 on) as integers, not as 6.55e+04.
    if (value != 0 && std::trunc(value) == value) {
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, qint64(value));
        out.append(buffer, r.ptr - buffer);
        return;
    }
    // Otherwise the fewest significant digits that read back as the same half (at most five).
    for (int precision = 1; precision <= 5; ++precision) {
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, value,
                                     std::chars_format::general, precision);
        float back = 0;
        std::from_chars(buffer, r.ptr, back);
        if (floatToHalf(back) == bits || precision == 5) {
            out.append(buffer, r.ptr - buffer);
            return;
        }
    }
}

} // namespace Parquet
