#pragma once

#include "ColumnData.h"
#include "Metadata.h"

namespace Parquet {

class Budget;

// Decodes the pages of one column chunk into a ColumnData: each page header, the page
// uncompressed, its repetition and definition levels and its values (any encoding of the
// format, a dictionary page first when there is one). With a row limit it stops after the
// page that completes that many rows, so a preview never decodes the rest of a chunk.
// Checksums are not verified. Throws Failure.
class ColumnChunkReader
{
public:
    // `recycled`: a ColumnData of an earlier row group whose buffers are reused.
    ColumnChunkReader(const SchemaNode &leaf, const ColumnMetaData &meta, Budget &budget,
                      ColumnData recycled = {});

    // `chunk` holds the whole column chunk, from its first page header on.
    ColumnData read(const QByteArray &chunk, qint64 rowLimit = -1);

private:
    void readDictionaryPage(const PageHeader &header, const QByteArray &chunk, qint64 body);
    void readDataPage(const PageHeader &header, const QByteArray &chunk, qint64 body);
    void readDataPageV2(const PageHeader &header, const QByteArray &chunk, qint64 body);
    // Levels of a v1 page at `offset` of `page`; returns the bytes they took.
    qint64 readLevelsV1(const QByteArray &page, qint64 offset, qint64 end, int encoding,
                        int maxLevel, qint64 count, PodBuffer<quint8> &out);
    void readLevels(const uint8_t *data, qint64 size, int maxLevel, qint64 count,
                    PodBuffer<quint8> &out);
    // Appends the page's levels to the column and returns how many values they define.
    qint64 finishLevels(qint64 count, qint64 defStart, qint64 repStart);
    void readValues(int encoding, const QByteArray &page, qint64 offset, qint64 end, qint64 count);

    const SchemaNode &m_leaf;
    const ColumnMetaData &m_meta;
    Budget &m_budget;
    ColumnData m_column;
    ValueBuffer m_dictionary;
    bool m_hasDictionary = false;
};

QString encodingName(int encoding);

} // namespace Parquet
