#pragma once

#include <QtGlobal>

#include <cstdint>

namespace Parquet {

// DELTA_BINARY_PACKED: a header, then blocks of miniblocks of bit-packed deltas from a
// block's minimum delta. Arithmetic wraps as the format requires, so INT32 columns decode
// through the same 64-bit path and are truncated. Throws Failure (Malformed).
class DeltaBinaryPackedDecoder
{
public:
    DeltaBinaryPackedDecoder(const uint8_t *data, qint64 size);

    // Values the header announces.
    qint64 totalValues() const { return m_total; }
    // Decodes the next `count` values (at most totalValues() in all).
    void decode(qint64 *out, qint64 count);
    void decode(qint32 *out, qint64 count);
    // Bytes taken so far; after the last value, where whatever follows begins.
    qint64 position() const { return m_pos - m_begin; }

private:
    template<typename T>
    void decodeAs(T *out, qint64 count);
    quint64 readVarint();
    void nextMiniblock();

    const uint8_t *m_begin;
    const uint8_t *m_pos;
    const uint8_t *m_end;
    qint64 m_blockSize = 0;
    qint64 m_miniblocks = 0;
    qint64 m_perMiniblock = 0;
    qint64 m_total = 0;
    qint64 m_given = 0;
    quint64 m_last = 0;
    quint64 m_minDelta = 0;
    uint8_t m_widths[256] = {};
    qint64 m_miniblock = 0; // next miniblock of the current block; m_miniblocks when none
    quint64 m_deltas[2048] = {}; // the current miniblock's deltas
    qint64 m_deltaCount = 0;
    qint64 m_deltaPos = 0;
};

} // namespace Parquet
