#pragma once

#include "CellRow.h"
#include "ColumnData.h"
#include "ValueFormat.h"

#include <QJsonObject>

#include <vector>

namespace Parquet {

class Schema;

// Rebuilds records from decoded columns (the "striping" of nested data undone): one cursor
// per leaf column walks its repetition and definition levels, and the schema says where an
// entry opens a list element, a map entry, a null or a value. Rows come out one at a time,
// straight into JSON text, a QJsonObject, or the flattened cells of a table row, so the
// streaming writers never build an object per row.
//
// Columns whose levels contradict each other end in a Failure (Malformed), never in a read
// past their ends.
class RowAssembler
{
public:
    // `columns` holds one ColumnData per leaf of `schema`, in leaf order; `rows` is how many
    // rows to produce from them.
    RowAssembler(const Schema &schema, const std::vector<ColumnData> &columns, qint64 rows,
                 const RenderOptions &options);

    qint64 rowsLeft() const { return m_rowsLeft; }
    bool atEnd() const { return m_rowsLeft == 0; }

    // Each consumes the next row. Throws Failure.
    void appendJson(QByteArray &out);
    QJsonObject object();
    void appendCells(CellRow &row);

private:
    struct Cursor
    {
        qint64 entry = 0;
        qint64 value = 0;
    };

    template<typename Sink>
    void field(int index, Sink &sink);
    template<typename Sink>
    void content(int index, Sink &sink);
    template<typename Sink>
    void leafValue(const SchemaNode &node, Sink &sink);
    template<typename Sink, typename Element>
    void repeated(const SchemaNode &node, Sink &sink, Element element);
    template<typename Sink>
    void mapKey(int index, Sink &sink, bool first);
    void flatStruct(int index, CellRow &row);
    void flatNulls(int index, CellRow &row);

    int peekDefinition(const SchemaNode &node) const;
    int peekRepetition(const SchemaNode &node) const;
    bool isNull(const SchemaNode &node) const;
    void skip(const SchemaNode &node);
    [[noreturn]] void ended(const ColumnData &column) const;
    void beginRow();

    const Schema &m_schema;
    const std::vector<ColumnData> &m_columns;
    std::vector<Cursor> m_cursors;
    qint64 m_rowsLeft;
    qint64 m_row = 0;
    RenderOptions m_options;
    TextBuffer m_scratch;
    TextBuffer m_text; // a row of JSON, before it is handed over
    std::vector<int> m_flatCount; // flat columns below each node
};

} // namespace Parquet
