#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>
#include <memory>

namespace Parquet {

// An append-only byte buffer whose appends are inline: rendering a row writes dozens of
// small pieces (a comma, a key, a number), and QByteArray's out-of-line append with its
// detach checks cost more than the writing itself. Cleared and reused, it stops allocating
// once grown to the largest row.
class TextBuffer
{
public:
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const char *data() const { return m_data.get(); }
    QByteArrayView view() const { return QByteArrayView(m_data.get(), m_size); }
    QByteArray toByteArray() const { return QByteArray(m_data.get(), m_size); }
    void clear() { m_size = 0; }
    void truncate(qsizetype size) { m_size = size; }

    void append(char c)
    {
        if (m_size == m_capacity)
            grow(1);
        m_data[size_t(m_size++)] = c;
    }
    void append(const char *bytes, qsizetype count)
    {
        if (count > m_capacity - m_size)
            grow(count);
        std::memcpy(m_data.get() + m_size, bytes, size_t(count));
        m_size += count;
    }
    void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }
    // Room for `count` bytes at the end, to be written by the caller.
    char *extend(qsizetype count)
    {
        if (count > m_capacity - m_size)
            grow(count);
        char *end = m_data.get() + m_size;
        m_size += count;
        return end;
    }

private:
    void grow(qsizetype extra)
    {
        const qsizetype capacity
                = std::max(m_size + extra, std::max<qsizetype>(256, m_capacity * 2));
        std::unique_ptr<char[]> data(new char[size_t(capacity)]);
        if (m_size)
            std::memcpy(data.get(), m_data.get(), size_t(m_size));
        m_data = std::move(data);
        m_capacity = capacity;
    }

    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace Parquet
