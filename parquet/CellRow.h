#pragma once

#include "TextBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

namespace Parquet {

// One row of the flattened table: a UTF-8 text per column, or null. Cells share one buffer
// so a row costs no allocation once the buffers have grown.
class CellRow
{
public:
    void clear()
    {
        m_text.clear();
        m_ends.clear();
        m_null.clear();
    }
    int count() const { return int(m_ends.size()); }
    QByteArrayView cell(int i) const
    {
        const qsizetype start = i == 0 ? 0 : m_ends[size_t(i) - 1];
        return QByteArrayView(m_text.data() + start, m_ends[size_t(i)] - start);
    }
    bool isNull(int i) const { return m_null[size_t(i)]; }

    // Writers: append a cell's text to buffer(), then close it with endCell() (or add a null).
    TextBuffer &buffer() { return m_text; }
    void endCell()
    {
        m_ends.push_back(m_text.size());
        m_null.push_back(false);
    }
    void addNull()
    {
        m_ends.push_back(m_text.size());
        m_null.push_back(true);
    }

    // For previews: the cells as strings, nulls as empty strings.
    QStringList toStringList() const
    {
        QStringList cells;
        cells.reserve(count());
        for (int i = 0; i < count(); ++i)
            cells << QString::fromUtf8(cell(i));
        return cells;
    }

private:
    TextBuffer m_text;
    std::vector<qsizetype> m_ends;
    std::vector<bool> m_null;
};

} // namespace Parquet
