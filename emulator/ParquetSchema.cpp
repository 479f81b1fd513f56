#include "ParquetSchema.h"

#include "JsonLineWriter.h"
#include "ThriftCompactWriter.h"

#include <algorithm>

namespace Emulator {

namespace {

// parquet.thrift's ConvertedType value and LogicalType member of each annotation.
struct Codes
{
    int converted;
    int logical;
};
constexpr Codes annotationCodes[] = {
        {-1, -1}, // None
        {0, 1}, // String: UTF8, STRING
        {3, 3}, // List: LIST, LIST
        {1, 2}, // Map: MAP, MAP
};

} // namespace

ParquetSchema::ParquetSchema()
{
    Node root;
    root.name = "spark_schema";
    root.repetition = Repetition::Required;
    m_nodes.push_back(root);
}

int ParquetSchema::addGroup(int parent, const QByteArray &name, Repetition repetition,
                            Annotation annotation)
{
    Node n;
    n.name = name;
    n.repetition = repetition;
    n.annotation = annotation;
    n.parent = parent;
    const Node &p = m_nodes[std::size_t(parent)];
    n.definitionLevel = p.definitionLevel + (repetition == Repetition::Required ? 0 : 1);
    n.repetitionLevel = p.repetitionLevel + (repetition == Repetition::Repeated ? 1 : 0);
    const int index = int(m_nodes.size());
    m_nodes.push_back(n);
    m_nodes[std::size_t(parent)].children.push_back(index);
    return index;
}

int ParquetSchema::addLeaf(int parent, const QByteArray &name, Repetition repetition,
                           Physical physical, Annotation annotation)
{
    const int index = addGroup(parent, name, repetition, annotation);
    Node &n = m_nodes[std::size_t(index)];
    n.leaf = true;
    n.physical = physical;
    n.column = int(m_columns.size());
    m_columns.push_back(index);
    return index;
}

void ParquetSchema::truncate(int count)
{
    while (int(m_nodes.size()) > count) {
        const Node &last = m_nodes.back();
        auto &siblings = m_nodes[std::size_t(last.parent)].children;
        siblings.erase(std::remove(siblings.begin(), siblings.end(), int(m_nodes.size()) - 1),
                       siblings.end());
        if (last.leaf)
            m_columns.pop_back();
        m_nodes.pop_back();
    }
}

std::vector<QByteArray> ParquetSchema::path(int column) const
{
    std::vector<QByteArray> names;
    for (int i = m_columns[std::size_t(column)]; i > 0; i = m_nodes[std::size_t(i)].parent)
        names.push_back(m_nodes[std::size_t(i)].name);
    std::reverse(names.begin(), names.end());
    return names;
}

void ParquetSchema::writeThrift(ThriftCompactWriter &w, int fieldId) const
{
    w.beginList(fieldId, ThriftCompactWriter::Struct, m_nodes.size());
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        w.beginElement();
        if (n.leaf)
            w.i32(1, int(n.physical));
        if (i > 0)
            w.i32(3, int(n.repetition));
        w.binary(4, std::string_view(n.name.constData(), std::size_t(n.name.size())));
        if (!n.leaf)
            w.i32(5, int(n.children.size()));
        if (n.annotation != Annotation::None) {
            // Both the converted type and the logical type, as parquet-mr 1.12 writes them.
            const Codes codes = annotationCodes[int(n.annotation)];
            w.i32(6, codes.converted);
            w.beginStruct(10);
            w.emptyStruct(codes.logical);
            w.endStruct();
        }
        w.endStruct();
    }
}

std::string ParquetSchema::sparkRowMetadata() const
{
    std::string out;
    out.append(R"({"type":"struct","fields":)");
    sparkFields(out, 0);
    out.push_back('}');
    return out;
}

void ParquetSchema::sparkFields(std::string &out, int index) const
{
    out.push_back('[');
    bool first = true;
    for (int child : m_nodes[std::size_t(index)].children) {
        const Node &c = m_nodes[std::size_t(child)];
        if (!first)
            out.push_back(',');
        first = false;
        out.append(R"({"name":)");
        JsonLineWriter::appendEscaped(
                out, std::string_view(c.name.constData(), std::size_t(c.name.size())));
        out.append(R"(,"type":)");
        sparkType(out, child);
        out.append(R"(,"nullable":)");
        out.append(c.repetition == Repetition::Optional ? "true" : "false");
        out.append(R"(,"metadata":{}})");
    }
    out.push_back(']');
}

void ParquetSchema::sparkType(std::string &out, int index) const
{
    const Node &n = m_nodes[std::size_t(index)];
    if (n.leaf) {
        switch (n.physical) {
        case Physical::Boolean:
            out.append(R"("boolean")");
            break;
        case Physical::Int32:
            out.append(R"("integer")");
            break;
        case Physical::Int64:
            out.append(R"("long")");
            break;
        case Physical::Int96:
            out.append(R"("timestamp")");
            break;
        case Physical::ByteArray:
            out.append(n.annotation == Annotation::String ? R"("string")" : R"("binary")");
            break;
        }
        return;
    }
    if (n.annotation == Annotation::List) {
        const int element = m_nodes[std::size_t(n.children.front())].children.front();
        out.append(R"({"type":"array","elementType":)");
        sparkType(out, element);
        out.append(R"(,"containsNull":)");
        out.append(node(element).repetition == Repetition::Optional ? "true}" : "false}");
        return;
    }
    if (n.annotation == Annotation::Map) {
        const Node &keyValue = m_nodes[std::size_t(n.children.front())];
        out.append(R"({"type":"map","keyType":)");
        sparkType(out, keyValue.children[0]);
        out.append(R"(,"valueType":)");
        sparkType(out, keyValue.children[1]);
        out.append(R"(,"valueContainsNull":)");
        out.append(node(keyValue.children[1]).repetition == Repetition::Optional ? "true}"
                                                                                 : "false}");
        return;
    }
    out.append(R"({"type":"struct","fields":)");
    sparkFields(out, index);
    out.push_back('}');
}

} // namespace Emulator
