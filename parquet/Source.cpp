#include "Source.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace Parquet {

namespace {

bool outside(qint64 offset, qint64 length, qint64 size, Error *error)
{
    if (offset >= 0 && length >= 0 && offset <= size && length <= size - offset)
        return false;
    *error = Error(Error::Kind::Malformed,
                   QCoreApplication::translate("Parquet",
                                               "The file refers to bytes %1 to %2, "
                                               "beyond its end at %3.")
                           .arg(offset)
                           .arg(offset + length - 1)
                           .arg(size));
    return true;
}

} // namespace

bool MemorySource::read(qint64 offset, qint64 length, QByteArray *out, Error *error)
{
    if (outside(offset, length, size(), error))
        return false;
    *out = m_bytes.sliced(offset, length);
    return true;
}

DeviceSource::DeviceSource(QIODevice *device)
    : m_device(device)
    , m_size(device ? device->size() : 0)
{ }

bool DeviceSource::read(qint64 offset, qint64 length, QByteArray *out, Error *error)
{
    if (outside(offset, length, m_size, error))
        return false;
    if (!m_device->seek(offset)) {
        *error = Error(Error::Kind::Io,
                       QCoreApplication::translate("Parquet", "Cannot read the file: %1")
                               .arg(m_device->errorString()));
        return false;
    }
    QByteArray bytes(length, Qt::Uninitialized);
    qint64 done = 0;
    while (done < length) {
        const qint64 n = m_device->read(bytes.data() + done, length - done);
        if (n <= 0) {
            *error = Error(Error::Kind::Io,
                           n < 0 ? QCoreApplication::translate("Parquet",
                                                               "Cannot read the "
                                                               "file: %1")
                                           .arg(m_device->errorString())
                                 : QCoreApplication::translate("Parquet",
                                                               "The file became "
                                                               "shorter while it "
                                                               "was read."));
            return false;
        }
        done += n;
    }
    *out = std::move(bytes);
    return true;
}

bool SparseSource::read(qint64 offset, qint64 length, QByteArray *out, Error *error)
{
    if (outside(offset, length, m_size, error))
        return false;
    if (length == 0) {
        out->clear();
        return true;
    }
    QMutexLocker lock(&m_mutex);
    // The range starting at or before `offset` is the only one that can hold it whole.
    auto it = m_ranges.upperBound(offset);
    if (it != m_ranges.begin()) {
        --it;
        const qint64 start = it.key();
        const qint64 end = start + it.value().size();
        if (offset + length <= end) {
            *out = it.value().sliced(offset - start, length);
            return true;
        }
    }
    lock.unlock();
    *error = Error::needData(missing(ByteRange{offset, length}).value(0));
    return false;
}

void SparseSource::add(qint64 offset, const QByteArray &bytes)
{
    if (offset < 0 || offset >= m_size || bytes.isEmpty())
        return;
    QByteArray data = bytes.left(qsizetype(qMin<qint64>(bytes.size(), m_size - offset)));
    qint64 start = offset;
    qint64 end = offset + data.size();
    QMutexLocker lock(&m_mutex);
    // Merge with every range that overlaps or touches [start, end).
    auto it = m_ranges.upperBound(start);
    if (it != m_ranges.begin()) {
        auto before = std::prev(it);
        if (before.key() + before.value().size() >= start)
            it = before;
    }
    while (it != m_ranges.end() && it.key() <= end) {
        const qint64 s = it.key();
        const QByteArray &held = it.value();
        const qint64 e = s + held.size();
        if (s < start) {
            data.prepend(held.left(start - s));
            start = s;
        }
        if (e > end) {
            data.append(held.sliced(end - s));
            end = e;
        }
        it = m_ranges.erase(it);
    }
    m_ranges.insert(start, data);
}

QList<ByteRange> SparseSource::missing(ByteRange range) const
{
    QMutexLocker lock(&m_mutex);
    QList<ByteRange> gaps;
    qint64 pos = range.offset;
    const qint64 end = range.end();
    auto it = m_ranges.upperBound(pos);
    if (it != m_ranges.begin())
        --it;
    for (; it != m_ranges.end() && pos < end; ++it) {
        const qint64 s = it.key();
        const qint64 e = s + it.value().size();
        if (e <= pos)
            continue;
        if (s >= end)
            break;
        if (s > pos)
            gaps << ByteRange{pos, s - pos};
        pos = qMax(pos, e);
    }
    if (pos < end)
        gaps << ByteRange{pos, end - pos};
    return gaps;
}

qint64 SparseSource::bytesHeld() const
{
    QMutexLocker lock(&m_mutex);
    qint64 total = 0;
    for (const QByteArray &bytes : m_ranges)
        total += bytes.size();
    return total;
}

} // namespace Parquet
