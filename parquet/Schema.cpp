#include "Schema.h"

#include "Error.h"
#include "JsonText.h"

#include <QCoreApplication>

namespace Parquet {

namespace {

bool annotatedList(const SchemaNode &n)
{
    return n.converted == ConvertedType::List || n.logical.kind == LogicalType::Kind::List;
}

bool annotatedMap(const SchemaNode &n)
{
    return n.converted == ConvertedType::Map || n.converted == ConvertedType::MapKeyValue
            || n.logical.kind == LogicalType::Kind::Map;
}

// The value kind of a primitive: the logical type first, then the converted type, then the
// physical type alone.
void resolveValueKind(SchemaNode &n)
{
    using K = LogicalType::Kind;
    using C = ConvertedType;
    const PhysicalType p = *n.physical;
    const LogicalType &l = n.logical;
    const C c = n.converted;
    const bool int32 = p == PhysicalType::Int32;
    const bool int64 = p == PhysicalType::Int64;
    const bool bytes = p == PhysicalType::ByteArray || p == PhysicalType::FixedLenByteArray;

    auto set = [&](ValueKind kind) {
        n.valueKind = kind;
        return true;
    };
    auto fromLogical = [&]() -> bool {
        switch (l.kind) {
        case K::String:
        case K::Enum:
        case K::Json:
            return bytes && set(ValueKind::String);
        case K::Uuid:
            return p == PhysicalType::FixedLenByteArray && n.typeLength == 16
                    && set(ValueKind::Uuid);
        case K::Float16:
            return p == PhysicalType::FixedLenByteArray && n.typeLength == 2
                    && set(ValueKind::Float16);
        case K::Decimal:
            if (!(int32 || int64 || bytes))
                return false;
            n.scale = l.scale;
            n.precision = l.precision;
            return set(ValueKind::Decimal);
        case K::Date:
            return int32 && set(ValueKind::Date);
        case K::Time:
            if (!((int32 && l.unit == TimeUnit::Millis) || (int64 && l.unit != TimeUnit::Millis)))
                return false;
            n.unit = l.unit;
            n.adjustedToUtc = l.adjustedToUtc;
            return set(ValueKind::Time);
        case K::Timestamp:
            if (!int64)
                return false;
            n.unit = l.unit;
            n.adjustedToUtc = l.adjustedToUtc;
            return set(ValueKind::Timestamp);
        case K::Integer:
            if (int32 && l.bitWidth <= 32)
                return set(l.isSigned ? ValueKind::Int32 : ValueKind::UInt32);
            if (int64 && l.bitWidth == 64)
                return set(l.isSigned ? ValueKind::Int64 : ValueKind::UInt64);
            return false;
        case K::Bson:
            return bytes && set(ValueKind::Bytes);
        default:
            return false;
        }
    };
    auto fromConverted = [&]() -> bool {
        switch (c) {
        case C::Utf8:
        case C::Enum:
        case C::Json:
            return bytes && set(ValueKind::String);
        case C::Decimal:
            if (!(int32 || int64 || bytes))
                return false;
            return set(ValueKind::Decimal);
        case C::Date:
            return int32 && set(ValueKind::Date);
        case C::TimeMillis:
            n.unit = TimeUnit::Millis;
            return int32 && set(ValueKind::Time);
        case C::TimeMicros:
            n.unit = TimeUnit::Micros;
            return int64 && set(ValueKind::Time);
        case C::TimestampMillis:
        case C::TimestampMicros:
            n.unit = c == C::TimestampMillis ? TimeUnit::Millis : TimeUnit::Micros;
            n.adjustedToUtc = true;
            return int64 && set(ValueKind::Timestamp);
        case C::Uint8:
        case C::Uint16:
        case C::Uint32:
            return int32 && set(ValueKind::UInt32);
        case C::Uint64:
            return int64 && set(ValueKind::UInt64);
        case C::Interval:
            return p == PhysicalType::FixedLenByteArray && n.typeLength == 12
                    && set(ValueKind::Interval);
        default:
            return false;
        }
    };
    if (fromLogical() || fromConverted()) {
        // A scale no decimal can have would only produce pages of zeros: show the integer.
        if (n.valueKind == ValueKind::Decimal && (n.scale < 0 || n.scale > 1000))
            n.scale = 0;
        return;
    }
    switch (p) {
    case PhysicalType::Boolean:
        n.valueKind = ValueKind::Boolean;
        break;
    case PhysicalType::Int32:
        n.valueKind = ValueKind::Int32;
        break;
    case PhysicalType::Int64:
        n.valueKind = ValueKind::Int64;
        break;
    case PhysicalType::Int96:
        n.valueKind = ValueKind::Int96;
        break;
    case PhysicalType::Float:
        n.valueKind = ValueKind::Float;
        break;
    case PhysicalType::Double:
        n.valueKind = ValueKind::Double;
        break;
    case PhysicalType::ByteArray:
    case PhysicalType::FixedLenByteArray:
        n.valueKind = ValueKind::Bytes;
        break;
    }
}

QString unitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Millis:
        return u"MILLIS"_qs;
    case TimeUnit::Micros:
        return u"MICROS"_qs;
    case TimeUnit::Nanos:
        return u"NANOS"_qs;
    }
    return {};
}

QString convertedName(ConvertedType c)
{
    static const char *const names[] = {
            "UTF8",
            "MAP",
            "MAP_KEY_VALUE",
            "LIST",
            "ENUM",
            "DECIMAL",
            "DATE",
            "TIME_MILLIS",
            "TIME_MICROS",
            "TIMESTAMP_MILLIS",
            "TIMESTAMP_MICROS",
            "UINT_8",
            "UINT_16",
            "UINT_32",
            "UINT_64",
            "INT_8",
            "INT_16",
            "INT_32",
            "INT_64",
            "JSON",
            "BSON",
            "INTERVAL",
    };
    if (c == ConvertedType::None)
        return {};
    return QLatin1String(names[int(c)]);
}

} // namespace

Schema Schema::build(const QList<SchemaElement> &elements)
{
    Schema schema;
    if (elements.isEmpty())
        malformed(QCoreApplication::translate("Parquet", "The file's schema is empty."));
    // Every node comes from one element, so the element count bounds the allocation.
    schema.m_nodes.reserve(size_t(elements.size()));
    int next = 0;
    schema.add(elements, &next, -1, 0);
    if (next != elements.size())
        malformed(QCoreApplication::translate("Parquet",
                                              "The file's schema lists %1 elements "
                                              "but its tree holds only %2.")
                          .arg(elements.size())
                          .arg(next));
    for (int i = 0; i < schema.nodeCount(); ++i)
        schema.resolve(i);
    schema.flatten(0, QString());
    return schema;
}

int Schema::add(const QList<SchemaElement> &elements, int *next, int parent, int depth)
{
    if (depth > kMaxDepth)
        malformed(QCoreApplication::translate("Parquet",
                                              "The file's schema nests deeper than %1 levels.")
                          .arg(kMaxDepth));
    const SchemaElement &element = elements[(*next)++];
    const int index = int(m_nodes.size());
    m_nodes.emplace_back();
    {
        SchemaNode &n = m_nodes.back();
        n.name = element.name;
        n.parent = parent;
        n.repetition = parent < 0 ? Repetition::Required
                                  : element.repetition.value_or(Repetition::Required);
        n.converted = element.converted;
        n.logical = element.logical;
        n.scale = element.scale;
        n.precision = element.precision;
        n.typeLength = element.typeLength;
        if (parent >= 0) {
            const SchemaNode &p = m_nodes[size_t(parent)];
            n.path = p.parent < 0 ? n.name : p.path + u'.' + n.name;
            n.defLevel = p.defLevel + (n.repetition != Repetition::Required ? 1 : 0);
            n.repLevel = p.repLevel + (n.repetition == Repetition::Repeated ? 1 : 0);
        }
        TextBuffer key;
        JsonText::appendString(key, n.name.toUtf8());
        key.append(':');
        n.jsonKey = key.toByteArray();
        n.firstLeaf = int(m_leaves.size());
    }
    const int children = element.numChildren;
    if (children < 0 || children > elements.size() - *next)
        malformed(QCoreApplication::translate("Parquet",
                                              "The schema element \"%1\" claims %2 "
                                              "children; %3 elements follow it.")
                          .arg(element.name)
                          .arg(children)
                          .arg(elements.size() - *next));
    const bool group = children > 0 || !element.type || parent < 0;
    if (group) {
        m_nodes[size_t(index)].kind = SchemaNode::Kind::Struct;
        for (int i = 0; i < children; ++i) {
            // Earlier children may have taken the elements this one was counted on.
            if (*next >= elements.size())
                malformed(QCoreApplication::translate("Parquet",
                                                      "The schema element \"%1\" "
                                                      "claims %2 children; the "
                                                      "schema ends after %3.")
                                  .arg(element.name)
                                  .arg(children)
                                  .arg(i));
            const int child = add(elements, next, index, depth + 1);
            m_nodes[size_t(index)].children << child;
        }
    } else {
        SchemaNode &n = m_nodes[size_t(index)];
        n.kind = SchemaNode::Kind::Primitive;
        n.physical = element.type;
        if (*n.physical == PhysicalType::FixedLenByteArray
            && (n.typeLength <= 0 || n.typeLength > (1 << 24)))
            malformed(QCoreApplication::translate("Parquet",
                                                  "The fixed-length column \"%1\" "
                                                  "declares a length of %2 bytes.")
                              .arg(n.path)
                              .arg(n.typeLength));
        n.leafIndex = int(m_leaves.size());
        m_leaves.push_back(index);
    }
    SchemaNode &n = m_nodes[size_t(index)];
    n.leafCount = int(m_leaves.size()) - n.firstLeaf;
    return index;
}

void Schema::resolve(int index)
{
    SchemaNode &n = m_nodes[size_t(index)];
    if (n.kind == SchemaNode::Kind::Primitive) {
        resolveValueKind(n);
        return;
    }
    if (index == 0 || n.children.size() != 1)
        return;
    const int r = n.children.front();
    const SchemaNode &repeated = m_nodes[size_t(r)];
    if (repeated.repetition != Repetition::Repeated)
        return;
    if (annotatedList(n)) {
        n.kind = SchemaNode::Kind::List;
        n.repeated = r;
        // The backward-compatibility rules of the format's LogicalTypes.md, "Lists".
        if (repeated.isLeaf() || repeated.children.size() != 1 || repeated.name == u"array"
            || repeated.name == n.name + u"_tuple")
            n.element = r;
        else
            n.element = repeated.children.front();
    } else if (annotatedMap(n) && !repeated.isLeaf()
               && (repeated.children.size() == 1 || repeated.children.size() == 2)) {
        n.kind = SchemaNode::Kind::Map;
        n.repeated = r;
        n.key = repeated.children.front();
        n.value = repeated.children.size() == 2 ? repeated.children.back() : -1;
    }
}

void Schema::flatten(int index, const QString &prefix)
{
    for (const int c : m_nodes[size_t(index)].children) {
        const SchemaNode &child = m_nodes[size_t(c)];
        const QString path = prefix.isEmpty() ? child.name : prefix + u'.' + child.name;
        const bool repeated = child.repetition == Repetition::Repeated;
        if (child.kind == SchemaNode::Kind::Struct && !repeated && !child.children.isEmpty())
            flatten(c, path);
        else
            m_flat << FlatColumn{path, c, !(child.isLeaf() && !repeated)};
    }
}

QStringList Schema::flatColumnPaths() const
{
    QStringList paths;
    paths.reserve(m_flat.size());
    for (const FlatColumn &column : m_flat)
        paths << column.path;
    return paths;
}

QString Schema::physicalTypeName(PhysicalType type)
{
    switch (type) {
    case PhysicalType::Boolean:
        return u"BOOLEAN"_qs;
    case PhysicalType::Int32:
        return u"INT32"_qs;
    case PhysicalType::Int64:
        return u"INT64"_qs;
    case PhysicalType::Int96:
        return u"INT96"_qs;
    case PhysicalType::Float:
        return u"FLOAT"_qs;
    case PhysicalType::Double:
        return u"DOUBLE"_qs;
    case PhysicalType::ByteArray:
        return u"BYTE_ARRAY"_qs;
    case PhysicalType::FixedLenByteArray:
        return u"FIXED_LEN_BYTE_ARRAY"_qs;
    }
    return {};
}

QString Schema::logicalTypeName(const SchemaNode &n)
{
    using K = LogicalType::Kind;
    const LogicalType &l = n.logical;
    switch (l.kind) {
    case K::None:
        break;
    case K::String:
        return u"STRING"_qs;
    case K::Map:
        return u"MAP"_qs;
    case K::List:
        return u"LIST"_qs;
    case K::Enum:
        return u"ENUM"_qs;
    case K::Decimal:
        return u"DECIMAL(%1, %2)"_qs.arg(l.precision).arg(l.scale);
    case K::Date:
        return u"DATE"_qs;
    case K::Time:
    case K::Timestamp:
        return u"%1(%2, %3)"_qs.arg(l.kind == K::Time ? u"TIME"_qs : u"TIMESTAMP"_qs,
                                    unitName(l.unit), l.adjustedToUtc ? u"UTC"_qs : u"local"_qs);
    case K::Integer:
        return u"INT(%1, %2)"_qs.arg(l.bitWidth).arg(l.isSigned ? u"signed"_qs : u"unsigned"_qs);
    case K::Null:
        return u"NULL"_qs;
    case K::Json:
        return u"JSON"_qs;
    case K::Bson:
        return u"BSON"_qs;
    case K::Uuid:
        return u"UUID"_qs;
    case K::Float16:
        return u"FLOAT16"_qs;
    case K::Variant:
        return u"VARIANT"_qs;
    case K::Geometry:
        return u"GEOMETRY"_qs;
    case K::Geography:
        return u"GEOGRAPHY"_qs;
    case K::Unrecognized:
        return u"unknown (%1)"_qs.arg(l.unrecognizedId);
    }
    if (n.converted == ConvertedType::Decimal)
        return u"DECIMAL(%1, %2)"_qs.arg(n.precision).arg(n.scale);
    return convertedName(n.converted);
}

QList<ColumnDescription> Schema::describe() const
{
    QList<ColumnDescription> rows;
    rows.reserve(nodeCount() - 1);
    // Depth of a node: its parent's plus one; nodes come in depth-first order.
    std::vector<int> depth(m_nodes.size(), -1);
    for (int i = 1; i < nodeCount(); ++i) {
        const SchemaNode &n = m_nodes[size_t(i)];
        depth[size_t(i)] = n.parent <= 0 ? 0 : depth[size_t(n.parent)] + 1;
        ColumnDescription row;
        row.path = n.path;
        row.name = n.name;
        row.depth = depth[size_t(i)];
        row.isGroup = !n.isLeaf();
        if (n.physical) {
            row.physicalType = physicalTypeName(*n.physical);
            if (*n.physical == PhysicalType::FixedLenByteArray)
                row.physicalType += u'(' + QString::number(n.typeLength) + u')';
        }
        row.logicalType = logicalTypeName(n);
        switch (n.repetition) {
        case Repetition::Required:
            row.repetition = u"required"_qs;
            break;
        case Repetition::Optional:
            row.repetition = u"optional"_qs;
            break;
        case Repetition::Repeated:
            row.repetition = u"repeated"_qs;
            break;
        }
        rows << row;
    }
    return rows;
}

} // namespace Parquet
