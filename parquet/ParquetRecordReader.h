#pragma once

#include "FileReader.h"
#include "RecordReader.h"
#include "RowAssembler.h"

#include <memory>
#include <optional>

namespace Parquet {

// Rows of a Parquet file, one row group decoded at a time (the previous one freed first).
// With a row limit, only the pages those rows need are decoded.
//
//     auto source = std::make_shared<Parquet::DeviceSource>(&file);
//     Parquet::ParquetRecordReader reader(source);
//     if (!reader.open()) { show(reader.error().message()); return; }
//     CellRow row;
//     while (reader.readCells(row)) ...;
//     if (reader.error().isError()) ...
class ParquetRecordReader final : public RecordReader
{
public:
    explicit ParquetRecordReader(std::shared_ptr<Source> source, ReadOptions options = {},
                                 qint64 rowLimit = -1);

    bool open() override;
    QString formatName() const override { return u"Parquet"_qs; }
    QStringList columns() const override;
    qint64 rowCount() const override;
    bool readJson(QByteArray &out) override;
    bool readCells(CellRow &row) override;
    bool readObject(QJsonObject &object) override;
    const Error &error() const override { return m_error; }
    double progress() const override;

    FileReader &file() { return m_file; }

private:
    // Positions an assembler on the next row; false at the end or on failure.
    bool nextRow();
    template<typename Read>
    bool read(Read read);

    FileReader m_file;
    qint64 m_rowLimit;
    qint64 m_rowsRead = 0;
    int m_nextGroup = 0;
    RowGroupData m_group;
    std::optional<RowAssembler> m_rows;
    Error m_error;
};

} // namespace Parquet
