#include "ParquetRecordReader.h"

#include <QCoreApplication>

#include <new>

namespace Parquet {

ParquetRecordReader::ParquetRecordReader(std::shared_ptr<Source> source, ReadOptions options,
                                         qint64 rowLimit)
    : m_file(std::move(source), options)
    , m_rowLimit(rowLimit)
{ }

bool ParquetRecordReader::open()
{
    if (m_file.open())
        return true;
    m_error = m_file.error();
    return false;
}

QStringList ParquetRecordReader::columns() const
{
    return m_file.isOpen() ? m_file.schema().flatColumnPaths() : QStringList();
}

qint64 ParquetRecordReader::rowCount() const
{
    const qint64 rows = m_file.rowCount();
    return m_rowLimit >= 0 ? qMin(rows, m_rowLimit) : rows;
}

double ParquetRecordReader::progress() const
{
    const qint64 total = rowCount();
    return total > 0 ? double(m_rowsRead) / double(total) : 1.0;
}

bool ParquetRecordReader::nextRow()
{
    if (m_error.isError() || !m_file.isOpen())
        return false;
    if (m_rowLimit >= 0 && m_rowsRead >= m_rowLimit)
        return false;
    while (!m_rows || m_rows->atEnd()) {
        // The previous row group's buffers are reused for the next: one row group's worth of
        // memory in all.
        m_rows.reset();
        if (m_nextGroup >= m_file.rowGroupCount())
            return false;
        const qint64 wanted = m_rowLimit >= 0 ? m_rowLimit - m_rowsRead : -1;
        if (!m_file.readRowGroup(m_nextGroup, &m_group, wanted)) {
            m_error = m_file.error();
            return false;
        }
        ++m_nextGroup;
        m_rows.emplace(m_file.schema(), m_group.columns, m_group.rows, m_file.options().render);
    }
    return true;
}

template<typename Read>
bool ParquetRecordReader::read(Read read)
{
    if (!nextRow())
        return false;
    try {
        read(*m_rows);
    } catch (const Failure &failure) {
        m_error = failure.error.within(
                QCoreApplication::translate("Parquet", "Row group %1").arg(m_nextGroup));
        return false;
    } catch (const std::bad_alloc &) {
        m_error = Error(Error::Kind::Limit,
                        QCoreApplication::translate("Parquet",
                                                    "There is not enough memory to "
                                                    "decode this file."));
        return false;
    }
    ++m_rowsRead;
    return true;
}

bool ParquetRecordReader::readJson(QByteArray &out)
{
    return read([&](RowAssembler &rows) { rows.appendJson(out); });
}

bool ParquetRecordReader::readCells(CellRow &row)
{
    return read([&](RowAssembler &rows) { rows.appendCells(row); });
}

bool ParquetRecordReader::readObject(QJsonObject &object)
{
    return read([&](RowAssembler &rows) { object = rows.object(); });
}

} // namespace Parquet
