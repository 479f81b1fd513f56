#pragma once

#include <QtGlobal>

namespace Parquet {

// The memory one read may take for decoded data (pages, levels, values). Each buffer is
// charged before it is allocated, so a file whose few bytes claim billions of values (a run
// of nulls, a dictionary index repeated, a page size) ends in a clear Limit error instead of
// an allocation the file cannot justify.
class Budget
{
public:
    explicit Budget(qint64 limit)
        : m_limit(limit)
    { }

    // Throws Failure (Limit) when `bytes` more would pass the limit.
    void charge(qint64 bytes);
    void release(qint64 bytes) { m_used -= bytes; }
    qint64 used() const { return m_used; }
    qint64 limit() const { return m_limit; }

private:
    qint64 m_limit;
    qint64 m_used = 0;
};

} // namespace Parquet
