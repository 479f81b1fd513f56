#include "ParquetEncoding.h"

namespace Emulator::ParquetEncoding {

void appendVarint(ByteBuffer &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.push(char(value));
}

namespace {

template<typename T>
void appendBitPacked(ByteBuffer &out, const T *values, std::size_t count, int bitWidth)
{
    const std::size_t groups = (count + 7) / 8;
    appendVarint(out, (std::uint64_t(groups) << 1) | 1);
    if (bitWidth == 0)
        return;
    // Values go in from the least significant bit up; whole bytes leave from the bottom.
    char *p = out.extend(groups * std::size_t(bitWidth));
    std::uint64_t buffer = 0;
    int bits = 0;
    const std::size_t padded = groups * 8;
    for (std::size_t i = 0; i < padded; ++i) {
        const std::uint64_t v = i < count ? std::uint64_t(values[i]) : 0;
        buffer |= v << bits;
        bits += bitWidth;
        while (bits >= 8) {
            *p++ = char(buffer & 0xff);
            buffer >>= 8;
            bits -= 8;
        }
    }
}

template<typename T>
void appendRun(ByteBuffer &out, T value, std::size_t count, int bitWidth)
{
    appendVarint(out, std::uint64_t(count) << 1);
    const std::uint32_t v = std::uint32_t(value);
    for (int byte = 0; byte < (bitWidth + 7) / 8; ++byte)
        out.push(char(v >> (8 * byte)));
}

template<typename T>
void encode(ByteBuffer &out, const T *values, std::size_t count, int bitWidth)
{
    std::size_t literalStart = 0;
    std::size_t i = 0;
    while (i < count) {
        std::size_t j = i + 1;
        while (j < count && values[j] == values[i])
            ++j;
        const std::size_t run = j - i;
        if (run >= 8) {
            // Bit-packed runs hold whole groups of 8: lend the literals the first values of
            // the run so they end on a group boundary, if the run stays long enough.
            const std::size_t pending = i - literalStart;
            const std::size_t lend = (8 - pending % 8) % 8;
            if (run - lend >= 8) {
                if (pending + lend > 0)
                    appendBitPacked(out, values + literalStart, pending + lend, bitWidth);
                appendRun(out, values[i], run - lend, bitWidth);
                literalStart = j;
            }
        }
        i = j;
    }
    if (literalStart < count)
        appendBitPacked(out, values + literalStart, count - literalStart, bitWidth);
}

} // namespace

void appendRleHybrid(ByteBuffer &out, const std::uint8_t *values, std::size_t count, int bitWidth)
{
    encode(out, values, count, bitWidth);
}

void appendRleHybrid(ByteBuffer &out, const std::uint32_t *values, std::size_t count, int bitWidth)
{
    encode(out, values, count, bitWidth);
}

void appendLengthPrefixedRleHybrid(ByteBuffer &out, const std::uint8_t *values, std::size_t count,
                                   int bitWidth)
{
    const std::size_t at = out.size();
    out.extend(4);
    encode(out, values, count, bitWidth);
    const std::uint32_t length = std::uint32_t(out.size() - at - 4);
    std::memcpy(out.data() + at, &length, 4);
}

} // namespace Emulator::ParquetEncoding
