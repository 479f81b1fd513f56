#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

// Bit-unpacking of little-endian packed integers (the RLE/bit-packed hybrid, DELTA miniblocks,
// PLAIN booleans) eight values at a time, with the bit width a template constant so each
// width compiles to shifts and masks without branches.
namespace Parquet::BitUnpack {

template<int Width, typename T>
inline void unpackGroup(const uint8_t *in, T *out)
{
    constexpr uint64_t mask = Width == 64 ? ~uint64_t(0) : (uint64_t(1) << Width) - 1;
    for (int k = 0; k < 8; ++k) {
        const int bit = k * Width;
        uint64_t word;
        std::memcpy(&word, in + bit / 8, 8);
        const int shift = bit % 8;
        uint64_t value = word >> shift;
        if constexpr (Width > 56) {
            // The value may reach into a ninth byte.
            if (shift)
                value |= uint64_t(in[bit / 8 + 8]) << (64 - shift);
        }
        out[k] = T(value & mask);
    }
}

// Unpacks `groups` groups of eight values (Width bytes each) from [in, end).
template<int Width, typename T>
void unpack(const uint8_t *in, const uint8_t *end, T *out, qint64 groups)
{
    if constexpr (Width == 0) {
        std::memset(out, 0, size_t(groups) * 8 * sizeof(T));
    } else {
        // A group reads up to Width + 9 bytes from its start; the last few groups are copied
        // into a padded buffer so no read passes `end`.
        while (groups > 0 && end - in >= Width + 9) {
            unpackGroup<Width>(in, out);
            in += Width;
            out += 8;
            --groups;
        }
        // Groups past `end` (a miniblock cut short) unpack as zeros; the caller reads none of
        // their values.
        for (; groups > 0; --groups) {
            uint8_t padded[Width + 9] = {};
            const qint64 available = std::clamp<qint64>(end - in, 0, Width);
            if (available > 0)
                std::memcpy(padded, in, size_t(available));
            unpackGroup<Width>(padded, out);
            in += Width;
            out += 8;
        }
    }
}

template<typename T>
using Function = void (*)(const uint8_t *, const uint8_t *, T *, qint64);

template<typename T, int... Widths>
constexpr Function<T> pick(int width, std::integer_sequence<int, Widths...>)
{
    Function<T> table[] = {&unpack<Widths, T>...};
    return table[width];
}

// The unpacker of `width` bits (0 to 8 * sizeof(T)) for values of type T.
template<typename T>
Function<T> forWidth(int width)
{
    return pick<T>(width, std::make_integer_sequence<int, int(8 * sizeof(T)) + 1>());
}

} // namespace Parquet::BitUnpack
