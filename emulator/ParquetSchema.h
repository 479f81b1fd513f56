#pragma once

#include <QByteArray>

#include <string>
#include <vector>

namespace Emulator {

class ThriftCompactWriter;

// A Parquet message schema: groups and primitive leaves with their repetition, the
// annotations a Spark writer puts on them, and the definition and repetition levels each
// node implies. Nodes are added depth first, as the footer lists them.
class ParquetSchema
{
public:
    // parquet.thrift's Type.
    enum class Physical { Boolean = 0, Int32 = 1, Int64 = 2, Int96 = 3, ByteArray = 6 };
    // parquet.thrift's FieldRepetitionType.
    enum class Repetition { Required = 0, Optional = 1, Repeated = 2 };
    enum class Annotation { None, String, List, Map };

    struct Node
    {
        QByteArray name;
        Repetition repetition = Repetition::Optional;
        bool leaf = false;
        Physical physical = Physical::ByteArray;
        Annotation annotation = Annotation::None;
        int parent = -1;
        std::vector<int> children;
        int definitionLevel = 0; // when this node is present
        int repetitionLevel = 0;
        int column = -1; // leaves: the column's index
    };

    ParquetSchema();

    // The root is node 0, the message "spark_schema".
    int addGroup(int parent, const QByteArray &name, Repetition repetition,
                 Annotation annotation = Annotation::None);
    int addLeaf(int parent, const QByteArray &name, Repetition repetition, Physical physical,
                Annotation annotation = Annotation::None);
    // Drops the nodes added after the first `count` ones: an empty group is taken back.
    void truncate(int count);

    int nodeCount() const { return int(m_nodes.size()); }
    const Node &node(int index) const { return m_nodes[std::size_t(index)]; }
    // Leaf node of each column, in column order.
    const std::vector<int> &columns() const { return m_columns; }
    // A column's path from the root, as ColumnMetaData.path_in_schema lists it.
    std::vector<QByteArray> path(int column) const;

    // FileMetaData.schema, a list<SchemaElement>.
    void writeThrift(ThriftCompactWriter &writer, int fieldId) const;
    // The Spark SQL type of the message as Spark stores it in
    // org.apache.spark.sql.parquet.row.metadata.
    std::string sparkRowMetadata() const;

private:
    void sparkType(std::string &out, int index) const;
    void sparkFields(std::string &out, int index) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_columns;
};

} // namespace Emulator
