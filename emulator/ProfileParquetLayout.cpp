#include "ProfileParquetLayout.h"

#include "ExportRequest.h"
#include "ParquetFileWriter.h"
#include "RecordSerializer.h"
#include "XdmProfile.h"

namespace Emulator {

using Repetition = ParquetSchema::Repetition;
using Physical = ParquetSchema::Physical;
using Annotation = ParquetSchema::Annotation;
using Kind = StructShredder::Kind;
using Source = ProfileSource;

// A field of the XDM profile shape: a leaf fed by `source`, or a struct of `children`
// (a list ended by a field without a name).
struct ProfileParquetLayout::Field
{
    const char *name;
    Source source;
    Kind kind;
    const Field *children = nullptr;
};

namespace {

using F = ProfileParquetLayout;

constexpr F::Field End{nullptr, Source::Count, Kind::String};

constexpr F::Field namespaceFields[] = {{"code", Source::IdentityNamespace, Kind::String}, End};
constexpr F::Field identityFields[] = {{"id", Source::IdentityId, Kind::String},
                                       {"namespace", Source::Count, Kind::String, namespaceFields},
                                       End};
constexpr F::Field mapIdentityFields[]
        = {{"id", Source::MapId, Kind::String},
           {"authenticatedState", Source::MapAuthenticatedState, Kind::String},
           {"primary", Source::MapPrimary, Kind::Boolean},
           End};
constexpr F::Field emailFields[] = {{"address", Source::EmailAddress, Kind::String}, End};
constexpr F::Field nameFields[] = {{"firstName", Source::FirstName, Kind::String},
                                   {"lastName", Source::LastName, Kind::String},
                                   End};
constexpr F::Field personFields[] = {{"name", Source::Count, Kind::String, nameFields}, End};
constexpr F::Field homeFields[] = {{"street1", Source::Street, Kind::String},
                                   {"city", Source::City, Kind::String},
                                   {"postalCode", Source::PostalCode, Kind::String},
                                   {"countryCode", Source::CountryCode, Kind::String},
                                   End};
constexpr F::Field segmentFields[]
        = {{"status", Source::SegmentStatus, Kind::String},
           {"lastQualificationTime", Source::SegmentQualified, Kind::Timestamp},
           End};
constexpr F::Field repoFields[] = {{"createDate", Source::CreateDate, Kind::Timestamp},
                                   {"lastModifiedDate", Source::ModifiedDate, Kind::Timestamp},
                                   End};
constexpr F::Field browserFields[] = {{"name", Source::BrowserName, Kind::String},
                                      {"version", Source::BrowserVersion, Kind::String},
                                      End};
constexpr F::Field environmentFields[]
        = {{"browserDetails", Source::Count, Kind::String, browserFields}, End};
constexpr F::Field pageFields[] = {{"URL", Source::Url, Kind::String}, End};
constexpr F::Field webFields[] = {{"webPageDetails", Source::Count, Kind::String, pageFields}, End};
constexpr F::Field metaFields[] = {{"ingestTime", Source::IngestTime, Kind::Long}, End};
constexpr F::Field eventFields[]
        = {{"_id", Source::EventId, Kind::String},
           {"timestamp", Source::EventTimestamp, Kind::Timestamp},
           {"eventType", Source::EventType, Kind::String},
           {"environment", Source::Count, Kind::String, environmentFields},
           {"web", Source::Count, Kind::String, webFields},
           {"_acp_system_metadata", Source::Count, Kind::String, metaFields},
           End};

Physical physicalOf(Kind kind)
{
    switch (kind) {
    case Kind::Boolean:
        return Physical::Boolean;
    case Kind::Timestamp:
        return Physical::Int96;
    case Kind::Long:
        return Physical::Int64;
    case Kind::String:
        break;
    }
    return Physical::ByteArray;
}

// The union of several selections: what a map's value struct must hold for all its keys.
void merge(FieldSelection::Node &into, const FieldSelection::Node &from)
{
    if (into.all)
        return;
    if (from.all) {
        into.all = true;
        into.children.clear();
        return;
    }
    for (const FieldSelection::Node &c : from.children) {
        FieldSelection::Node *target = nullptr;
        for (FieldSelection::Node &existing : into.children) {
            if (existing.name == c.name)
                target = &existing;
        }
        if (!target) {
            into.children.push_back(FieldSelection::Node{c.name, false, {}});
            target = &into.children.back();
        }
        merge(*target, c);
    }
}

// Which of a struct's leaves one key's selection asks for.
std::vector<char> selectedLeaves(const StructShredder &s, const FieldSelection::Node *selection)
{
    std::vector<char> flags;
    for (const StructShredder::Leaf &leaf : s.leaves()) {
        const FieldSelection::Node *n = selection;
        for (const QByteArray &name : leaf.path)
            n = n ? n->child(std::string_view(name.constData(), std::size_t(name.size())))
                  : nullptr;
        flags.push_back(n ? 1 : 0);
    }
    return flags;
}

} // namespace

ProfileParquetLayout::ProfileParquetLayout(const SerializerSetup &setup)
    : m_schema(std::make_shared<ParquetSchema>())
{
    const FieldSelection::Node *root = setup.request->fields.root();
    // Top-level fields in the order the platform's profile export lists them.
    if (const int list = addList(0, "identities", identityFields, root->child("identities"));
        list >= 0)
        identity = shredder(m_schema->node(m_schema->node(list).children[0]).children[0]);
    buildIdentityMap(0, setup);
    const std::pair<const char *, const Field *> plain[] = {
            {"personalEmail", emailFields}, {"person", personFields}, {"homeAddress", homeFields}};
    for (const auto &[name, fields] : plain) {
        if (const int node = addStruct(0, name, fields, root->child(name)); node >= 0)
            structs.push_back(shredder(node));
    }
    buildMemberships(0, setup);
    if (const int node = addStruct(0, "_repo", repoFields, root->child("_repo")); node >= 0)
        structs.push_back(shredder(node));
    if (setup.request->hasEventList) {
        const int list = addList(0, "eventList", eventFields, setup.request->eventFields.root());
        if (list >= 0) {
            event = shredder(m_schema->node(m_schema->node(list).children[0]).children[0]);
            eventListDefinition = m_schema->node(list).definitionLevel;
        }
    }
}

QString ProfileParquetLayout::problem() const
{
    if (!m_schema->columns().empty())
        return QString();
    // What Spark answers when asked to write a row without columns.
    return QStringLiteral("Datasource does not support writing empty or nested empty schemas. "
                          "Please make sure the data schema has at least one or more "
                          "column(s).");
}

bool ProfileParquetLayout::addFields(int group, const Field *fields,
                                     const FieldSelection::Node *selection)
{
    bool any = false;
    for (const Field *f = fields; f->name; ++f) {
        const FieldSelection::Node *child = selection->child(f->name);
        if (!child)
            continue;
        if (f->children) {
            any = addStruct(group, f->name, f->children, child) >= 0 || any;
            continue;
        }
        const int leaf = m_schema->addLeaf(
                group, f->name, Repetition::Optional, physicalOf(f->kind),
                f->kind == Kind::String ? Annotation::String : Annotation::None);
        m_leafSource.resize(std::size_t(m_schema->nodeCount()));
        m_leafSource[std::size_t(leaf)] = {f->source, f->kind};
        any = true;
    }
    return any;
}

int ProfileParquetLayout::addStruct(int parent, const char *name, const Field *fields,
                                    const FieldSelection::Node *selection)
{
    if (!selection)
        return -1;
    const int mark = m_schema->nodeCount();
    const int group = m_schema->addGroup(parent, name, Repetition::Optional);
    if (!addFields(group, fields, selection)) {
        m_schema->truncate(mark);
        return -1;
    }
    return group;
}

int ProfileParquetLayout::addList(int parent, const char *name, const Field *fields,
                                  const FieldSelection::Node *selection)
{
    if (!selection)
        return -1;
    // The standard three-level list: <name> (LIST) { repeated group list { element } }.
    const int mark = m_schema->nodeCount();
    const int list = m_schema->addGroup(parent, name, Repetition::Optional, Annotation::List);
    const int repeated = m_schema->addGroup(list, "list", Repetition::Repeated);
    if (addStruct(repeated, "element", fields, selection) < 0) {
        m_schema->truncate(mark);
        return -1;
    }
    return list;
}

int ProfileParquetLayout::addMap(int parent, const char *name, int *keyColumn)
{
    // <name> (MAP) { repeated group key_value { required binary key (STRING); value } }
    const int map = m_schema->addGroup(parent, name, Repetition::Optional, Annotation::Map);
    const int keyValue = m_schema->addGroup(map, "key_value", Repetition::Repeated);
    const int key = m_schema->addLeaf(keyValue, "key", Repetition::Required, Physical::ByteArray,
                                      Annotation::String);
    *keyColumn = m_schema->node(key).column;
    return keyValue;
}

void ProfileParquetLayout::buildIdentityMap(int root, const SerializerSetup &setup)
{
    const FieldSelection::Node *map = setup.request->fields.root()->child("identityMap");
    if (!map)
        return;
    FieldSelection::Node merged;
    for (const XdmProfile::Namespace *ns : XdmProfile::namespaces) {
        if (const FieldSelection::Node *one = map->child(ns->code))
            merge(merged, *one);
    }
    const int mark = m_schema->nodeCount();
    const int keyValue = addMap(root, "identityMap", &mapKeyColumn);
    const int list = addList(keyValue, "value", mapIdentityFields, &merged);
    if (list < 0) {
        m_schema->truncate(mark);
        mapKeyColumn = -1;
        return;
    }
    mapIdentity = shredder(m_schema->node(m_schema->node(list).children[0]).children[0]);
    for (std::size_t k = 0; k < std::size(XdmProfile::namespaces); ++k) {
        if (const FieldSelection::Node *one = map->child(XdmProfile::namespaces[k]->code))
            namespaceLeaves[k] = selectedLeaves(mapIdentity, one);
    }
}

void ProfileParquetLayout::buildMemberships(int root, const SerializerSetup &setup)
{
    const FieldSelection::Node *membership
            = setup.request->fields.root()->child("segmentMembership");
    const FieldSelection::Node *ups
            = membership ? membership->child(XdmProfile::SegmentNamespace) : nullptr;
    if (!ups)
        return;
    const std::vector<QByteArray> &ids = *setup.segmentIds;
    FieldSelection::Node merged;
    for (const QByteArray &id : ids) {
        if (const auto *one = ups->child(std::string_view(id.constData(), std::size_t(id.size()))))
            merge(merged, *one);
    }
    const int mark = m_schema->nodeCount();
    const int outer = addMap(root, "segmentMembership", &membershipNamespaceColumn);
    const int inner = addMap(outer, "value", &segmentColumn);
    const int value = addStruct(inner, "value", segmentFields, &merged);
    if (value < 0) {
        m_schema->truncate(mark);
        membershipNamespaceColumn = segmentColumn = -1;
        return;
    }
    segment = shredder(value);
    segmentLeaves.resize(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto *one
                = ups->child(std::string_view(ids[i].constData(), std::size_t(ids[i].size())));
        if (one)
            segmentLeaves[i] = selectedLeaves(segment, one);
    }
}

StructShredder ProfileParquetLayout::shredder(int root) const
{
    StructShredder s;
    const ParquetSchema &schema = *m_schema;
    s.m_absentDefinition = schema.node(schema.node(root).parent).definitionLevel;
    // Depth first: (node, its group index in s, the path below the struct).
    struct Item
    {
        int node;
        int parentGroup;
        std::vector<QByteArray> path;
    };
    std::vector<Item> stack{{root, -1, {}}};
    while (!stack.empty()) {
        Item item = std::move(stack.back());
        stack.pop_back();
        const ParquetSchema::Node &n = schema.node(item.node);
        if (n.leaf) {
            const auto &[source, kind] = m_leafSource[std::size_t(item.node)];
            s.m_leaves.push_back({n.column, source, kind, item.parentGroup, item.path});
            continue;
        }
        const int group = int(s.m_groups.size());
        s.m_groups.push_back({item.parentGroup, n.definitionLevel});
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) {
            std::vector<QByteArray> path = item.path;
            path.push_back(schema.node(*it).name);
            stack.push_back({*it, group, std::move(path)});
        }
    }
    // The XDM structs are far smaller; write() keeps its flags on the stack.
    Q_ASSERT(s.m_groups.size() <= StructShredder::MaxGroups);
    Q_ASSERT(s.m_leaves.size() <= StructShredder::MaxLeaves);
    return s;
}

void StructShredder::write(ParquetFileWriter &writer, const LeafValue *values, int repetition,
                           const char *selected) const
{
    bool present[MaxGroups] = {};
    bool leafPresent[MaxLeaves];
    for (std::size_t i = 0; i < m_leaves.size(); ++i) {
        const Leaf &leaf = m_leaves[i];
        leafPresent[i] = values[int(leaf.source)].present && (!selected || selected[i]);
        if (!leafPresent[i])
            continue;
        for (int g = leaf.group; g >= 0 && !present[g]; g = m_groups[std::size_t(g)].parent)
            present[g] = true;
    }
    for (std::size_t i = 0; i < m_leaves.size(); ++i) {
        const Leaf &leaf = m_leaves[i];
        ParquetColumnWriter &column = writer.column(leaf.column);
        if (!leafPresent[i]) {
            int g = leaf.group;
            while (g >= 0 && !present[g])
                g = m_groups[std::size_t(g)].parent;
            column.null(g >= 0 ? m_groups[std::size_t(g)].definition : m_absentDefinition,
                        repetition);
            continue;
        }
        const LeafValue &v = values[int(leaf.source)];
        switch (leaf.kind) {
        case Kind::String:
            column.enumString(v.code, v.text, repetition);
            break;
        case Kind::Boolean:
            column.boolean(v.number != 0, repetition);
            break;
        case Kind::Timestamp:
            column.int96(v.number, repetition);
            break;
        case Kind::Long:
            column.int64(v.number, repetition);
            break;
        }
    }
}

void StructShredder::writeAbsent(ParquetFileWriter &writer, int definition, int repetition) const
{
    for (const Leaf &leaf : m_leaves)
        writer.column(leaf.column).null(definition, repetition);
}

} // namespace Emulator
