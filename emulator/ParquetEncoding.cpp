#include "ParquetEncoding.h"

#include "ThriftCompactWriter.h"

namespace Emulator::ParquetEncoding {

namespace {

template<typename T>
void appendBitPacked(std::string &out, const T *values, std::size_t count, int bitWidth)
{
    const std::size_t groups = (count + 7) / 8;
    ThriftCompactWriter::appendVarint(out, (std::uint64_t(groups) << 1) | 1);
    if (bitWidth == 0)
        return;
    // Values go in from the least significant bit up; whole bytes leave from the bottom.
    std::uint64_t buffer = 0;
    int bits = 0;
    const std::size_t padded = groups * 8;
    for (std::size_t i = 0; i < padded; ++i) {
        const std::uint64_t v = i < count ? std::uint64_t(values[i]) : 0;
        buffer |= v << bits;
        bits += bitWidth;
        while (bits >= 8) {
            out.push_back(char(buffer & 0xff));
            buffer >>= 8;
            bits -= 8;
        }
    }
}

template<typename T>
void appendRun(std::string &out, T value, std::size_t count, int bitWidth)
{
    ThriftCompactWriter::appendVarint(out, std::uint64_t(count) << 1);
    const std::uint32_t v = std::uint32_t(value);
    for (int byte = 0; byte < (bitWidth + 7) / 8; ++byte)
        out.push_back(char(v >> (8 * byte)));
}

template<typename T>
void encode(std::string &out, const T *values, std::size_t count, int bitWidth)
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

void appendRleHybrid(std::string &out, const std::uint8_t *values, std::size_t count, int bitWidth)
{
    encode(out, values, count, bitWidth);
}

void appendRleHybrid(std::string &out, const std::uint32_t *values, std::size_t count, int bitWidth)
{
    encode(out, values, count, bitWidth);
}

void appendLengthPrefixedRleHybrid(std::string &out, const std::uint8_t *values, std::size_t count,
                                   int bitWidth)
{
    const std::size_t at = out.size();
    out.append(4, '\0');
    encode(out, values, count, bitWidth);
    const std::uint32_t length = std::uint32_t(out.size() - at - 4);
    for (int i = 0; i < 4; ++i)
        out[at + std::size_t(i)] = char(length >> (8 * i));
}

void appendInt96(std::string &out, std::int64_t epochMs)
{
    constexpr std::int64_t DayMs = 86400000;
    constexpr std::int64_t JulianDayOfEpoch = 2440588;
    std::int64_t days = epochMs / DayMs;
    std::int64_t msOfDay = epochMs % DayMs;
    if (msOfDay < 0) {
        msOfDay += DayMs;
        --days;
    }
    appendLe64(out, std::uint64_t(msOfDay * 1000000));
    appendLe32(out, std::uint32_t(std::int32_t(days + JulianDayOfEpoch)));
}

} // namespace Emulator::ParquetEncoding
