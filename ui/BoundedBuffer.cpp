#include "BoundedBuffer.h"

BoundedBuffer::BoundedBuffer(qint64 limit, QObject *parent)
    : QIODevice(parent)
    , m_limit(std::max<qint64>(limit, 0))
{
    m_data.reserve(qsizetype(m_limit));
}

qint64 BoundedBuffer::readData(char *, qint64)
{
    return -1;
}

qint64 BoundedBuffer::writeData(const char *data, qint64 size)
{
    const bool wasFull = isFull();
    const qint64 room = m_limit - m_data.size();
    if (room > 0)
        m_data.append(data, qsizetype(std::min(room, size)));
    if (!wasFull && isFull())
        emit filled();
    return size;
}
