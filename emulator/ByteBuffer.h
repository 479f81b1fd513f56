#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

namespace Emulator {

// A growable byte buffer that, unlike std::string, never zero-fills what it is about to
// overwrite, and keeps its memory when cleared: the Parquet writer's pages and values are
// built in these and reused page after page.
class ByteBuffer
{
public:
    // Values are stored as the host lays them out; Parquet wants little-endian.
    static_assert(std::endian::native == std::endian::little);

    ByteBuffer() = default;
    ByteBuffer(ByteBuffer &&) = default;
    ByteBuffer &operator=(ByteBuffer &&) = default;

    const char *data() const { return m_data.get(); }
    char *data() { return m_data.get(); }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::string_view view() const { return std::string_view(m_data.get(), m_size); }
    void clear() { m_size = 0; }

    // `n` more bytes at the end, left for the caller to fill.
    char *extend(std::size_t n)
    {
        if (m_size + n > m_capacity)
            grow(m_size + n);
        char *p = m_data.get() + m_size;
        m_size += n;
        return p;
    }
    void resize(std::size_t n)
    {
        if (n > m_size)
            extend(n - m_size);
        m_size = n;
    }
    void append(const void *bytes, std::size_t n)
    {
        if (n > 0)
            std::memcpy(extend(n), bytes, n);
    }
    void append(std::string_view s) { append(s.data(), s.size()); }
    void push(char c) { *extend(1) = c; }
    template<typename T>
    void appendLe(T value)
    {
        std::memcpy(extend(sizeof(T)), &value, sizeof(T));
    }

private:
    void grow(std::size_t needed)
    {
        const std::size_t capacity = std::max({needed, m_capacity * 2, std::size_t(256)});
        std::unique_ptr<char[]> bigger(new char[capacity]);
        if (m_size > 0)
            std::memcpy(bigger.get(), m_data.get(), m_size);
        m_data = std::move(bigger);
        m_capacity = capacity;
    }

    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace Emulator
