#include "DeltaDecoder.h"

#include "BitUnpack.h"
#include "Error.h"

#include <QCoreApplication>

#include <algorithm>

namespace Parquet {

namespace {

[[noreturn]] void corrupt()
{
    malformed(QCoreApplication::translate("Parquet",
                                          "A page's DELTA_BINARY_PACKED data is "
                                          "corrupt."));
}

} // namespace

DeltaBinaryPackedDecoder::DeltaBinaryPackedDecoder(const uint8_t *data, qint64 size)
    : m_begin(data)
    , m_pos(data)
    , m_end(data + size)
{
    const quint64 blockSize = readVarint();
    const quint64 miniblocks = readVarint();
    const quint64 total = readVarint();
    const quint64 first = readVarint();
    // Writers use blocks of 128 values in 4 miniblocks; the limits keep the per-miniblock
    // buffer fixed and refuse headers no writer produces.
    if (blockSize == 0 || blockSize % 128 != 0 || blockSize > 8192 || miniblocks == 0
        || miniblocks > 256 || blockSize % miniblocks != 0 || (blockSize / miniblocks) % 32 != 0
        || blockSize / miniblocks > 2048 || total > quint64(INT32_MAX))
        corrupt();
    m_blockSize = qint64(blockSize);
    m_miniblocks = qint64(miniblocks);
    m_perMiniblock = m_blockSize / m_miniblocks;
    m_total = qint64(total);
    m_last = (first >> 1) ^ (~(first & 1) + 1);
    m_miniblock = m_miniblocks;
}

quint64 DeltaBinaryPackedDecoder::readVarint()
{
    quint64 value = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        if (m_pos >= m_end)
            corrupt();
        const uint8_t byte = *m_pos++;
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
    corrupt();
}

void DeltaBinaryPackedDecoder::nextMiniblock()
{
    if (m_miniblock == m_miniblocks) {
        const quint64 zigzag = readVarint();
        m_minDelta = (zigzag >> 1) ^ (~(zigzag & 1) + 1);
        if (m_end - m_pos < m_miniblocks)
            corrupt();
        for (qint64 i = 0; i < m_miniblocks; ++i) {
            m_widths[i] = m_pos[i];
            if (m_widths[i] > 64)
                corrupt();
        }
        m_pos += m_miniblocks;
        m_miniblock = 0;
    }
    const int width = m_widths[m_miniblock++];
    // Only the values still to come must be present: a last miniblock may be cut short.
    const qint64 wanted = std::min(m_perMiniblock, m_total - m_given);
    const qint64 bytes = m_perMiniblock * width / 8;
    const qint64 neededBytes = (wanted * width + 7) / 8;
    if (m_end - m_pos < neededBytes)
        corrupt();
    const qint64 available = std::min(bytes, qint64(m_end - m_pos));
    BitUnpack::forWidth<quint64>(width)(m_pos, m_pos + available, m_deltas, m_perMiniblock / 8);
    m_pos += available;
    m_deltaCount = wanted;
    m_deltaPos = 0;
}

template<typename T>
void DeltaBinaryPackedDecoder::decodeAs(T *out, qint64 count)
{
    if (count > m_total - m_given)
        malformed(QCoreApplication::translate("Parquet",
                                              "A page's DELTA_BINARY_PACKED data "
                                              "holds %1 values; %2 are needed.")
                          .arg(m_total)
                          .arg(m_given + count));
    if (count > 0 && m_given == 0) {
        *out++ = T(m_last);
        ++m_given;
        --count;
    }
    while (count > 0) {
        if (m_deltaPos == m_deltaCount)
            nextMiniblock();
        const qint64 n = std::min(count, m_deltaCount - m_deltaPos);
        quint64 last = m_last;
        const quint64 minDelta = m_minDelta;
        const quint64 *deltas = m_deltas + m_deltaPos;
        for (qint64 i = 0; i < n; ++i) {
            last += minDelta + deltas[i];
            out[i] = T(last);
        }
        m_last = last;
        out += n;
        count -= n;
        m_deltaPos += n;
        m_given += n;
    }
}

void DeltaBinaryPackedDecoder::decode(qint64 *out, qint64 count)
{
    decodeAs(out, count);
}

void DeltaBinaryPackedDecoder::decode(qint32 *out, qint64 count)
{
    decodeAs(out, count);
}

} // namespace Parquet
