#pragma once

#include <QtGlobal>

#include <cstdint>

namespace Parquet {

// The RLE / bit-packed hybrid of the format (levels, dictionary indices, RLE booleans).
// decode() may be called repeatedly; a run that straddles two calls continues where it
// stopped. Bit-packed runs are unpacked eight values at a time. Throws Failure (Malformed)
// when the input ends before the values asked for.
class RleDecoder
{
public:
    RleDecoder(const uint8_t *data, qint64 size, int bitWidth);

    void decode(quint8 *out, qint64 count);
    void decode(quint32 *out, qint64 count);

    qint64 position() const { return m_pos - m_begin; }

private:
    template<typename T>
    void decodeAs(T *out, qint64 count);
    void nextRun();

    const uint8_t *m_begin;
    const uint8_t *m_pos;
    const uint8_t *m_end;
    int m_bitWidth;
    bool m_rle = true;
    qint64 m_remaining = 0; // values left in the current run
    quint32 m_value = 0; // the RLE run's value
    const uint8_t *m_group = nullptr; // the bit-packed run's next group
    int m_inGroup = 0; // values of that group already given out
};

} // namespace Parquet
