#pragma once

#include "ParquetColumnWriter.h"
#include "ParquetSchema.h"
#include "ParquetWriterOptions.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace Emulator {

class ByteSink;

// Writes Parquet files of one schema, one after another, as a Spark task does: the magic,
// row groups of snappy-compressed data pages (v1) bounded by rows and bytes, and the footer
// (Thrift compact FileMetaData) with the key-value metadata and created_by a Spark 3.4 job
// leaves. The caller shreds each record into the columns, then calls endRecord().
//
//     ParquetFileWriter writer(schema, options);
//     writer.begin(sink);
//     writer.column(0).string("a", 0);  ...  writer.endRecord();
//     writer.finish();
class ParquetFileWriter
{
public:
    // What parquet-mr 1.12.3 in Spark 3.4 writes: readers key their workarounds on it.
    static constexpr const char *CreatedBy
            = "parquet-mr version 1.12.3 (build f8dced182c4c1fbdec6ccb3185537b5a01e6ed6b)";
    static constexpr const char *SparkVersion = "3.4.0";

    ParquetFileWriter(std::shared_ptr<const ParquetSchema> schema,
                      const ParquetWriterOptions &options);
    ~ParquetFileWriter();

    const ParquetSchema &schema() const { return *m_schema; }
    ParquetColumnWriter &column(int index) { return *m_columns[std::size_t(index)]; }

    // Starts a file: the magic.
    bool begin(ByteSink &sink);
    // Closes the record just shredded; may write a row group out.
    bool endRecord();
    // The last row group and the footer.
    bool finish();
    qint64 rows() const { return m_rows; }

private:
    struct RowGroup
    {
        std::vector<ColumnChunkInfo> columns;
        qint64 rows = 0;
    };

    void checkPages();
    bool flushRowGroup();
    void writeColumnMetaData(class ThriftCompactWriter &w, int column,
                             const ColumnChunkInfo &info) const;
    std::string footer() const;

    std::shared_ptr<const ParquetSchema> m_schema;
    ParquetWriterOptions m_options;
    std::vector<std::unique_ptr<ParquetColumnWriter>> m_columns;
    std::vector<std::vector<QByteArray>> m_paths;
    std::vector<std::pair<std::string, std::string>> m_keyValues;
    ByteSink *m_sink = nullptr;
    std::vector<RowGroup> m_rowGroups;
    qint64 m_rows = 0;
    qint64 m_groupRows = 0;
    qint64 m_checkEvery = 1;
};

} // namespace Emulator
