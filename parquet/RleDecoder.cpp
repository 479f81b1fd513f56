#include "RleDecoder.h"

#include "BitUnpack.h"
#include "Error.h"

#include <QCoreApplication>

#include <algorithm>

namespace Parquet {

RleDecoder::RleDecoder(const uint8_t *data, qint64 size, int bitWidth)
    : m_begin(data)
    , m_pos(data)
    , m_end(data + size)
    , m_bitWidth(bitWidth)
{
    if (bitWidth < 0 || bitWidth > 32)
        malformed(QCoreApplication::translate("Parquet", "A page packs values in %1 bits.")
                          .arg(bitWidth));
}

void RleDecoder::nextRun()
{
    if (m_pos >= m_end)
        malformed(QCoreApplication::translate("Parquet", "A page's levels or indices end early."));
    quint64 header = 0;
    for (int shift = 0;; shift += 7) {
        if (m_pos >= m_end || shift > 63)
            malformed(QCoreApplication::translate("Parquet",
                                                  "A page's levels or indices end early."));
        const uint8_t byte = *m_pos++;
        header |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            break;
    }
    // Counts beyond 2^40 cannot be met by any page; clamping keeps the arithmetic exact.
    const qint64 count = qint64(std::min<quint64>(header >> 1, quint64(1) << 40));
    if (header & 1) {
        m_rle = false;
        const qint64 groups = count;
        qint64 present = groups;
        if (m_bitWidth > 0)
            present = std::min<qint64>(groups, (m_end - m_pos) / m_bitWidth);
        // A final run cut short (some writers do) still gives what it holds whole.
        m_group = m_pos;
        m_inGroup = 0;
        m_remaining = present * 8;
        m_pos += present * m_bitWidth;
    } else {
        m_rle = true;
        const int bytes = (m_bitWidth + 7) / 8;
        if (m_end - m_pos < bytes)
            malformed(QCoreApplication::translate("Parquet",
                                                  "A page's levels or indices end early."));
        quint32 value = 0;
        for (int i = 0; i < bytes; ++i)
            value |= quint32(m_pos[i]) << (8 * i);
        m_pos += bytes;
        m_value = value;
        m_remaining = count;
    }
}

template<typename T>
void RleDecoder::decodeAs(T *out, qint64 count)
{
    const auto unpack = BitUnpack::forWidth<T>(m_bitWidth);
    while (count > 0) {
        if (m_remaining == 0) {
            nextRun();
            continue;
        }
        const qint64 n = std::min(count, m_remaining);
        if (m_rle) {
            std::fill(out, out + n, T(m_value));
        } else {
            qint64 left = n;
            T *o = out;
            // Finish a group begun by the previous call, then whole groups, then a part.
            auto partial = [&](qint64 take) {
                T group[8];
                unpack(m_group, m_end, group, 1);
                std::copy(group + m_inGroup, group + m_inGroup + take, o);
                o += take;
                left -= take;
                m_inGroup += int(take);
                if (m_inGroup == 8) {
                    m_inGroup = 0;
                    m_group += m_bitWidth;
                }
            };
            if (m_inGroup > 0)
                partial(std::min<qint64>(left, 8 - m_inGroup));
            const qint64 groups = left / 8;
            if (groups > 0) {
                unpack(m_group, m_end, o, groups);
                m_group += groups * m_bitWidth;
                o += groups * 8;
                left -= groups * 8;
            }
            if (left > 0)
                partial(left);
        }
        out += n;
        count -= n;
        m_remaining -= n;
    }
}

void RleDecoder::decode(quint8 *out, qint64 count)
{
    if (m_bitWidth > 8)
        malformed(QCoreApplication::translate("Parquet", "A page packs levels in %1 bits.")
                          .arg(m_bitWidth));
    decodeAs(out, count);
}

void RleDecoder::decode(quint32 *out, qint64 count)
{
    decodeAs(out, count);
}

} // namespace Parquet
