#pragma once

#include "Budget.h"

#include <cstring>
#include <memory>
#include <type_traits>

namespace Parquet {

// A growable array of plain values that, unlike std::vector, does not zero what it is about
// to overwrite (decoders fill whole pages at once) and charges its growth to a Budget.
template<typename T>
class PodBuffer
{
    static_assert(std::is_trivially_copyable_v<T>);

public:
    PodBuffer() = default;
    PodBuffer(PodBuffer &&) noexcept = default;
    PodBuffer &operator=(PodBuffer &&) noexcept = default;

    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    T *data() { return m_data.get(); }
    const T *data() const { return m_data.get(); }
    T &operator[](qint64 i) { return m_data[size_t(i)]; }
    const T &operator[](qint64 i) const { return m_data[size_t(i)]; }

    // Room for `count` more values at the end, uninitialised; they count once written.
    T *grow(qint64 count, Budget &budget)
    {
        const qint64 needed = m_size + count;
        if (needed > m_capacity) {
            const qint64 capacity = std::max(needed, m_capacity * 2);
            if (capacity > qint64(PTRDIFF_MAX / sizeof(T)))
                budget.charge(PTRDIFF_MAX); // throws
            budget.charge((capacity - m_capacity) * qint64(sizeof(T)));
            std::unique_ptr<T[]> data(new T[size_t(capacity)]);
            if (m_size)
                std::memcpy(data.get(), m_data.get(), size_t(m_size) * sizeof(T));
            m_data = std::move(data);
            m_capacity = capacity;
        }
        T *end = m_data.get() + m_size;
        m_size = needed;
        return end;
    }
    void shrinkBy(qint64 count) { m_size -= count; }
    void clear() { m_size = 0; }
    // Empties the buffer but keeps its memory for the next row group (fresh memory costs a
    // page fault per page on first touch), charging that memory to `budget`.
    void recycle(Budget &budget)
    {
        m_size = 0;
        budget.charge(m_capacity * qint64(sizeof(T)));
    }

private:
    std::unique_ptr<T[]> m_data;
    qint64 m_size = 0;
    qint64 m_capacity = 0;
};

} // namespace Parquet
