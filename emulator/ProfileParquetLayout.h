#pragma once

#include "FieldSelection.h"
#include "ParquetSchema.h"

#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace Emulator {

class ParquetFileWriter;
struct SerializerSetup;

// The XDM profile fields a Parquet part can hold, by where their values come from.
enum class ProfileSource : std::uint8_t {
    IdentityId,
    IdentityNamespace,
    MapId,
    MapAuthenticatedState,
    MapPrimary,
    EmailAddress,
    FirstName,
    LastName,
    Street,
    City,
    PostalCode,
    CountryCode,
    SegmentStatus,
    SegmentQualified,
    CreateDate,
    ModifiedDate,
    EventId,
    EventTimestamp,
    EventType,
    BrowserName,
    BrowserVersion,
    Url,
    IngestTime,
    Count
};

// One field's value for the record being shredded; `present` false is null. A string of
// a small fixed set carries its number in that set (`code`), which saves a dictionary lookup.
struct LeafValue
{
    std::string_view text;
    qint64 number = 0;
    int code = -1;
    bool present = false;
};

// Shreds one struct of the schema (and the groups nested in it) for one occurrence: each
// leaf gets its value, or a null whose definition level says which enclosing group exists.
// A group exists when any leaf beneath it has a value, as the JSON Lines parts leave empty
// objects out.
class StructShredder
{
public:
    enum class Kind : std::uint8_t { String, Boolean, Timestamp, Long };
    struct Leaf
    {
        int column;
        ProfileSource source;
        Kind kind;
        int group; // index into groups
        std::vector<QByteArray> path; // below the struct, for per-key selections
    };
    struct Group
    {
        int parent; // -1: the struct itself
        int definition;
    };

    bool isValid() const { return !m_leaves.empty(); }
    const std::vector<Leaf> &leaves() const { return m_leaves; }

    // `selected`, when given, holds one flag per leaf: a leaf not selected stays null.
    void write(ParquetFileWriter &writer, const LeafValue *values, int repetition,
               const char *selected = nullptr) const;
    // Every leaf null at `definition`: the struct's parent (or an ancestor) is absent.
    void writeAbsent(ParquetFileWriter &writer, int definition, int repetition) const;

    static constexpr int MaxGroups = 16;
    static constexpr int MaxLeaves = 64;

private:
    friend class ProfileParquetLayout;
    int m_absentDefinition = 0; // the struct is null, its parent present
    std::vector<Group> m_groups;
    std::vector<Leaf> m_leaves;
};

// The Parquet schema of an export and how each record maps onto it: the job's fields (and
// event fields) pruned from the XDM profile shape as a Spark job of the platform writes it.
// identityMap is a MAP of namespace to a LIST of {id, authenticatedState, primary},
// segmentMembership a MAP of namespace to a MAP of segment id to {status,
// lastQualificationTime}, eventList a LIST of events, timestamps Spark's INT96.
class ProfileParquetLayout
{
public:
    explicit ProfileParquetLayout(const SerializerSetup &setup);

    std::shared_ptr<const ParquetSchema> schema() const { return m_schema; }
    // Empty when the schema has columns; else why the part cannot be written.
    QString problem() const;

    // The plain structs at the top: personalEmail, person, homeAddress, _repo.
    std::vector<StructShredder> structs;
    StructShredder identity; // identities[] element
    StructShredder mapIdentity; // identityMap.<ns>[] element
    int mapKeyColumn = -1;
    std::vector<char> namespaceLeaves[3]; // per XdmProfile::namespaces entry; empty: not selected
    int membershipNamespaceColumn = -1;
    int segmentColumn = -1;
    StructShredder segment; // segmentMembership.ups.<segment id>
    std::vector<std::vector<char>> segmentLeaves; // per tenant segment; empty: not selected
    StructShredder event; // eventList[] element
    int eventListDefinition = 0; // an empty eventList

    // A field of the XDM profile shape (defined with the tables of fields).
    struct Field;

private:
    int addStruct(int parent, const char *name, const Field *fields,
                  const FieldSelection::Node *selection);
    bool addFields(int group, const Field *fields, const FieldSelection::Node *selection);
    int addList(int parent, const char *name, const Field *fields,
                const FieldSelection::Node *selection);
    // A MAP with string keys; returns its key_value group for the caller to add `value` to.
    int addMap(int parent, const char *name, int *keyColumn);
    StructShredder shredder(int root) const;
    void buildIdentityMap(int root, const SerializerSetup &setup);
    void buildMemberships(int root, const SerializerSetup &setup);

    std::shared_ptr<ParquetSchema> m_schema;
    std::vector<std::pair<ProfileSource, StructShredder::Kind>> m_leafSource; // by node
};

} // namespace Emulator
