#pragma once

#include "Metadata.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace Parquet {

// How a primitive column's values read: the physical type refined by its logical (or legacy
// converted) annotation. An annotation that does not fit its physical type is ignored.
enum class ValueKind : qint8 {
    Boolean,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Float,
    Double,
    Float16,
    String,
    Bytes,
    Uuid,
    Decimal,
    Date,
    Time,
    Timestamp,
    Int96,
    Interval,
};

// One node of the schema tree. Groups annotated LIST or MAP (and their legacy forms) become
// List and Map nodes whose repeated child and element are resolved here once, so that record
// assembly does not interpret the schema again for every row.
struct SchemaNode
{
    enum class Kind : qint8 { Primitive, Struct, List, Map };

    QString name;
    QString path; // dotted from the root's children: "person.name.firstName"
    QByteArray jsonKey; // the name as a JSON string with its colon: "\"name\":"
    Kind kind = Kind::Struct;
    Repetition repetition = Repetition::Required;
    int parent = -1;
    QList<int> children;
    // Levels at this node: optional and repeated ancestors (and itself) count towards the
    // definition level, repeated ones towards the repetition level.
    int defLevel = 0;
    int repLevel = 0;
    // The primitive columns below (or at) this node: leaves [firstLeaf, firstLeaf + leafCount).
    int firstLeaf = 0;
    int leafCount = 0;

    // List and Map: the repeated group (or primitive) that carries the elements.
    int repeated = -1;
    // List: what each element is. Equal to `repeated` for a legacy two-level list, whose
    // repeated field is the element itself.
    int element = -1;
    // Map: the key and value fields of `repeated`; value is -1 when the map has none.
    int key = -1;
    int value = -1;

    // Primitives.
    std::optional<PhysicalType> physical;
    int typeLength = 0;
    ConvertedType converted = ConvertedType::None;
    LogicalType logical;
    ValueKind valueKind = ValueKind::Bytes;
    int scale = 0; // decimals
    int precision = 0;
    TimeUnit unit = TimeUnit::Millis; // times and timestamps
    bool adjustedToUtc = true;
    int leafIndex = -1;

    bool isLeaf() const { return kind == Kind::Primitive; }
};

// A row of the schema view: every node but the root, depth first.
struct ColumnDescription
{
    QString path;
    QString name;
    int depth = 0; // 0 for a field of the root
    bool isGroup = false;
    QString physicalType; // "INT64", "FIXED_LEN_BYTE_ARRAY(16)"; empty for groups
    QString logicalType; // "STRING", "TIMESTAMP(MICROS, UTC)", "LIST"; empty when none
    QString repetition; // "required", "optional", "repeated"
};

// A column of the flattened table (CSV, previews): a primitive reached through structures
// only, or a list, map or repeated field shown whole as compact JSON in one cell.
struct FlatColumn
{
    QString path;
    int node = -1;
    bool asJson = false;
};

class Schema
{
public:
    // Deeper schemas are refused: levels are kept in one byte and assembly recurses per level.
    static constexpr int kMaxDepth = 100;

    // Throws Failure (Malformed) on a flattened tree that does not add up.
    static Schema build(const QList<SchemaElement> &elements);

    const SchemaNode &root() const { return m_nodes.front(); }
    const SchemaNode &node(int index) const { return m_nodes[size_t(index)]; }
    int nodeCount() const { return int(m_nodes.size()); }
    int leafCount() const { return int(m_leaves.size()); }
    const SchemaNode &leaf(int leafIndex) const { return node(m_leaves[size_t(leafIndex)]); }
    int maxDefinitionLevel(int leafIndex) const { return leaf(leafIndex).defLevel; }
    int maxRepetitionLevel(int leafIndex) const { return leaf(leafIndex).repLevel; }

    QList<ColumnDescription> describe() const;
    const QList<FlatColumn> &flatColumns() const { return m_flat; }
    QStringList flatColumnPaths() const;

    // Text of the annotations, for descriptions and messages.
    static QString physicalTypeName(PhysicalType type);
    static QString logicalTypeName(const SchemaNode &node);

private:
    int add(const QList<SchemaElement> &elements, int *next, int parent, int depth);
    void resolve(int index);
    void flatten(int index, const QString &prefix);

    std::vector<SchemaNode> m_nodes;
    std::vector<int> m_leaves;
    QList<FlatColumn> m_flat;
};

} // namespace Parquet
