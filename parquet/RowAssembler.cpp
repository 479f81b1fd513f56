#include "RowAssembler.h"

#include "Error.h"
#include "JsonText.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Parquet {

namespace {

// Compact JSON text.
class JsonSink
{
public:
    JsonSink(TextBuffer &out, const RenderOptions &options)
        : m_out(out)
        , m_options(options)
    { }

    void beginObject() { m_out.append('{'); }
    void endObject() { m_out.append('}'); }
    void member(const SchemaNode &node, bool first)
    {
        if (!first)
            m_out.append(',');
        m_out.append(node.jsonKey);
    }
    void key(QByteArrayView text, bool first)
    {
        if (!first)
            m_out.append(',');
        JsonText::appendString(m_out, text.data(), text.size());
        m_out.append(':');
    }
    void beginArray() { m_out.append('['); }
    void endArray() { m_out.append(']'); }
    void element(bool first)
    {
        if (!first)
            m_out.append(',');
    }
    void null() { m_out.append("null", 4); }
    void leaf(const ColumnData &column, qint64 index)
    {
        ValueFormat::appendJson(m_out, column, index, m_options);
    }

private:
    TextBuffer &m_out;
    const RenderOptions &m_options;
};

// QJsonValues, for previews.
class ObjectSink
{
public:
    explicit ObjectSink(const RenderOptions &options)
        : m_options(options)
    { }

    void beginObject() { m_stack.push_back(Frame{true, {}, {}, {}}); }
    void endObject() { pop(); }
    void member(const SchemaNode &node, bool) { m_stack.back().key = node.name; }
    void key(QByteArrayView text, bool) { m_stack.back().key = QString::fromUtf8(text); }
    void beginArray() { m_stack.push_back(Frame{false, {}, {}, {}}); }
    void endArray() { pop(); }
    void element(bool) { }
    void null() { deliver(QJsonValue(QJsonValue::Null)); }
    void leaf(const ColumnData &column, qint64 index)
    {
        deliver(ValueFormat::toJson(column, index, m_options));
    }
    QJsonObject result() const { return m_result.toObject(); }

private:
    struct Frame
    {
        bool isObject;
        QJsonObject object;
        QJsonArray array;
        QString key;
    };
    void pop()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        deliver(frame.isObject ? QJsonValue(frame.object) : QJsonValue(frame.array));
    }
    void deliver(const QJsonValue &value)
    {
        if (m_stack.empty())
            m_result = value;
        else if (m_stack.back().isObject)
            m_stack.back().object.insert(m_stack.back().key, value);
        else
            m_stack.back().array.append(value);
    }

    const RenderOptions &m_options;
    std::vector<Frame> m_stack;
    QJsonValue m_result;
};

// A primitive's cell of a flattened row: its text, or null.
class CellSink
{
public:
    CellSink(CellRow &row, const RenderOptions &options)
        : m_row(row)
        , m_options(options)
    { }

    void null() { m_row.addNull(); }
    void leaf(const ColumnData &column, qint64 index)
    {
        ValueFormat::appendText(m_row.buffer(), column, index, m_options);
        m_row.endCell();
    }

private:
    CellRow &m_row;
    const RenderOptions &m_options;
};

} // namespace

RowAssembler::RowAssembler(const Schema &schema, const std::vector<ColumnData> &columns,
                           qint64 rows, const RenderOptions &options)
    : m_schema(schema)
    , m_columns(columns)
    , m_cursors(columns.size())
    , m_rowsLeft(rows)
    , m_options(options)
    , m_flatCount(size_t(schema.nodeCount()), 0)
{
    // An empty row group is decoded into no columns at all.
    Q_ASSERT(rows == 0 || int(columns.size()) == schema.leafCount());
    for (const FlatColumn &column : schema.flatColumns()) {
        for (int n = column.node; n >= 0; n = schema.node(n).parent)
            ++m_flatCount[size_t(n)];
    }
}

void RowAssembler::ended(const ColumnData &column) const
{
    malformed(QCoreApplication::translate("Parquet",
                                          "Column \"%1\" ends before row %2 is "
                                          "complete.")
                      .arg(column.leaf->path)
                      .arg(m_row + 1));
}

int RowAssembler::peekDefinition(const SchemaNode &node) const
{
    const ColumnData &column = m_columns[size_t(node.firstLeaf)];
    const Cursor &cursor = m_cursors[size_t(node.firstLeaf)];
    if (cursor.entry >= column.entries)
        ended(column);
    return column.maxDef == 0 ? 0 : column.def[cursor.entry];
}

int RowAssembler::peekRepetition(const SchemaNode &node) const
{
    const ColumnData &column = m_columns[size_t(node.firstLeaf)];
    const Cursor &cursor = m_cursors[size_t(node.firstLeaf)];
    if (cursor.entry >= column.entries)
        return -1; // the end of the column ends every list
    return column.maxRep == 0 ? 0 : column.rep[cursor.entry];
}

bool RowAssembler::isNull(const SchemaNode &node) const
{
    return node.leafCount > 0 && node.repetition == Repetition::Optional
            && peekDefinition(node) < node.defLevel;
}

// A null or an empty list leaves exactly one entry in each leaf below it.
void RowAssembler::skip(const SchemaNode &node)
{
    for (int leaf = node.firstLeaf; leaf < node.firstLeaf + node.leafCount; ++leaf) {
        const ColumnData &column = m_columns[size_t(leaf)];
        Cursor &cursor = m_cursors[size_t(leaf)];
        if (cursor.entry >= column.entries)
            ended(column);
        if (column.maxDef == 0 || column.def[cursor.entry] == column.maxDef)
            ++cursor.value; // levels that contradict the schema: stay in step anyway
        ++cursor.entry;
    }
}

template<typename Sink>
void RowAssembler::leafValue(const SchemaNode &node, Sink &sink)
{
    const ColumnData &column = m_columns[size_t(node.leafIndex)];
    Cursor &cursor = m_cursors[size_t(node.leafIndex)];
    if (cursor.entry >= column.entries)
        ended(column);
    const bool defined = column.maxDef == 0 || column.def[cursor.entry] == column.maxDef;
    ++cursor.entry;
    if (!defined) {
        sink.null();
        return;
    }
    if (cursor.value >= column.values.count())
        malformed(QCoreApplication::translate("Parquet",
                                              "Column \"%1\" has fewer values than "
                                              "its levels define.")
                          .arg(column.leaf->path));
    sink.leaf(column, cursor.value++);
}

// The elements of repeated `node`, each written by `element(first)`.
template<typename Sink, typename Element>
void RowAssembler::repeated(const SchemaNode &node, Sink &, Element element)
{
    if (node.leafCount == 0)
        return;
    if (peekDefinition(node) < node.defLevel) {
        skip(node); // an empty list
        return;
    }
    for (bool first = true;; first = false) {
        element(first);
        const int next = peekRepetition(node);
        if (next < node.repLevel)
            return;
        if (next > node.repLevel)
            malformed(QCoreApplication::translate("Parquet",
                                                  "Column \"%1\" repeats at a level "
                                                  "its schema does not have (row "
                                                  "%2).")
                              .arg(m_columns[size_t(node.firstLeaf)].leaf->path)
                              .arg(m_row + 1));
    }
}

template<typename Sink>
void RowAssembler::field(int index, Sink &sink)
{
    const SchemaNode &node = m_schema.node(index);
    if (node.repetition == Repetition::Repeated) {
        // A repeated field without a LIST annotation is a list of itself.
        sink.beginArray();
        repeated(node, sink, [&](bool first) {
            sink.element(first);
            content(index, sink);
        });
        sink.endArray();
        return;
    }
    if (isNull(node)) {
        skip(node);
        sink.null();
        return;
    }
    content(index, sink);
}

template<typename Sink>
void RowAssembler::mapKey(int index, Sink &sink, bool first)
{
    const SchemaNode &key = m_schema.node(index);
    m_scratch.clear();
    if (key.isLeaf() && key.repetition != Repetition::Repeated) {
        const ColumnData &column = m_columns[size_t(key.leafIndex)];
        Cursor &cursor = m_cursors[size_t(key.leafIndex)];
        if (cursor.entry >= column.entries)
            ended(column);
        const bool defined = column.maxDef == 0 || column.def[cursor.entry] == column.maxDef;
        ++cursor.entry;
        if (!defined || cursor.value >= column.values.count())
            m_scratch.append("null", 4);
        else
            ValueFormat::appendText(m_scratch, column, cursor.value++, m_options);
    } else {
        // A key that is itself a structure: its compact JSON text is the key.
        TextBuffer text;
        JsonSink json(text, m_options);
        field(index, json);
        m_scratch.append(text.view());
    }
    sink.key(m_scratch.view(), first);
}

template<typename Sink>
void RowAssembler::content(int index, Sink &sink)
{
    const SchemaNode &node = m_schema.node(index);
    switch (node.kind) {
    case SchemaNode::Kind::Primitive:
        leafValue(node, sink);
        return;
    case SchemaNode::Kind::Struct: {
        sink.beginObject();
        bool first = true;
        for (const int child : node.children) {
            sink.member(m_schema.node(child), first);
            first = false;
            field(child, sink);
        }
        sink.endObject();
        return;
    }
    case SchemaNode::Kind::List:
        sink.beginArray();
        repeated(m_schema.node(node.repeated), sink, [&](bool first) {
            sink.element(first);
            // A two-level list's repeated field is the element itself.
            if (node.element == node.repeated)
                content(node.element, sink);
            else
                field(node.element, sink);
        });
        sink.endArray();
        return;
    case SchemaNode::Kind::Map:
        sink.beginObject();
        repeated(m_schema.node(node.repeated), sink, [&](bool first) {
            mapKey(node.key, sink, first);
            if (node.value >= 0)
                field(node.value, sink);
            else
                sink.null();
        });
        sink.endObject();
        return;
    }
}

void RowAssembler::beginRow()
{
    if (m_rowsLeft <= 0)
        malformed(QCoreApplication::translate("Parquet", "No rows are left to read."));
}

void RowAssembler::appendJson(QByteArray &out)
{
    beginRow();
    m_text.clear();
    JsonSink sink(m_text, m_options);
    content(0, sink);
    out.append(m_text.data(), m_text.size());
    --m_rowsLeft;
    ++m_row;
}

QJsonObject RowAssembler::object()
{
    beginRow();
    ObjectSink sink(m_options);
    content(0, sink);
    --m_rowsLeft;
    ++m_row;
    return sink.result();
}

void RowAssembler::flatNulls(int index, CellRow &row)
{
    for (int i = 0; i < m_flatCount[size_t(index)]; ++i)
        row.addNull();
}

// The cells of a structure's fields: structures are walked into, everything else is a cell.
// The order is that of Schema::flatColumns().
void RowAssembler::flatStruct(int index, CellRow &row)
{
    for (const int c : m_schema.node(index).children) {
        const SchemaNode &child = m_schema.node(c);
        const bool repeatedField = child.repetition == Repetition::Repeated;
        if (!repeatedField && isNull(child)) {
            skip(child);
            flatNulls(c, row);
            continue;
        }
        if (child.kind == SchemaNode::Kind::Struct && !repeatedField && !child.children.isEmpty()) {
            flatStruct(c, row);
        } else if (child.isLeaf() && !repeatedField) {
            CellSink cell(row, m_options);
            leafValue(child, cell);
        } else {
            JsonSink json(row.buffer(), m_options);
            field(c, json);
            row.endCell();
        }
    }
}

void RowAssembler::appendCells(CellRow &row)
{
    beginRow();
    row.clear();
    flatStruct(0, row);
    --m_rowsLeft;
    ++m_row;
}

} // namespace Parquet
