#include "ParquetSerializer.h"

#include "ProfileGenerator.h"
#include "XdmProfile.h"

namespace Emulator {

namespace {

void set(LeafValue &v, std::string_view text, int code = -1)
{
    v.text = text;
    v.code = code;
    v.present = true;
}

void set(LeafValue &v, qint64 number)
{
    v.number = number;
    v.present = true;
}

} // namespace

ParquetSerializer::ParquetSerializer(const SerializerSetup &setup)
    : m_setup(setup)
    , m_layout(setup)
    , m_writer(m_layout.schema(), setup.parquet)
{ }

bool ParquetSerializer::beginFile(ByteSink &sink)
{
    return m_writer.begin(sink);
}

bool ParquetSerializer::finishFile()
{
    return m_writer.finish();
}

bool ParquetSerializer::write(const ProfileRecord &r)
{
    for (LeafValue &v : m_values)
        v.present = false;
    if (r.hasRecord) {
        if (r.hasEmail)
            set(value(ProfileSource::EmailAddress), r.email);
        set(value(ProfileSource::FirstName), r.firstName);
        set(value(ProfileSource::LastName), r.lastName);
        set(value(ProfileSource::Street), r.street);
        set(value(ProfileSource::City), r.city);
        set(value(ProfileSource::PostalCode), r.postalCode);
        set(value(ProfileSource::CountryCode), r.countryCode);
    }
    set(value(ProfileSource::CreateDate), r.created);
    set(value(ProfileSource::ModifiedDate), r.modified);
    for (const StructShredder &s : m_layout.structs)
        s.write(m_writer, m_values, 0);

    if (m_layout.identity.isValid()) {
        int i = 0;
        for (const XdmProfile::Identity &identity : XdmProfile::identities(r)) {
            set(value(ProfileSource::IdentityId), identity.id);
            set(value(ProfileSource::IdentityNamespace), std::string_view(identity.ns->code),
                identity.ns->index);
            m_layout.identity.write(m_writer, m_values, i++ == 0 ? 0 : 1);
        }
    }
    writeIdentityMap(r);
    writeMemberships(r);
    writeEvents(r);
    return m_writer.endRecord();
}

void ParquetSerializer::writeIdentityMap(const ProfileRecord &r)
{
    const ProfileParquetLayout &l = m_layout;
    if (!l.mapIdentity.isValid())
        return;
    ParquetColumnWriter &key = m_writer.column(l.mapKeyColumn);
    int entries = 0;
    for (const XdmProfile::Identity &identity : XdmProfile::identities(r)) {
        const auto &selected = l.namespaceLeaves[identity.ns->index];
        if (selected.empty())
            continue;
        // One key_value per namespace; its list holds the one identity.
        const int repetition = entries++ == 0 ? 0 : 1;
        key.enumString(identity.ns->index, identity.ns->code, repetition);
        set(value(ProfileSource::MapId), identity.id);
        set(value(ProfileSource::MapAuthenticatedState),
            std::string_view(identity.ns->authenticatedState), identity.ns->index);
        set(value(ProfileSource::MapPrimary), qint64(identity.ns->primary));
        l.mapIdentity.write(m_writer, m_values, repetition, selected.data());
    }
    if (entries == 0) {
        key.null(0, 0);
        l.mapIdentity.writeAbsent(m_writer, 0, 0);
    }
}

void ParquetSerializer::writeMemberships(const ProfileRecord &r)
{
    const ProfileParquetLayout &l = m_layout;
    if (!l.segment.isValid())
        return;
    ParquetColumnWriter &ns = m_writer.column(l.membershipNamespaceColumn);
    ParquetColumnWriter &segment = m_writer.column(l.segmentColumn);
    int entries = 0;
    for (int i = 0; i < r.membershipCount; ++i) {
        const Membership &m = r.memberships[i];
        const auto &selected = l.segmentLeaves[std::size_t(m.segment)];
        if (selected.empty())
            continue;
        // The first segment opens the record and the one "ups" entry; the others repeat
        // at the inner map's level.
        const int repetition = entries++ == 0 ? 0 : 2;
        if (repetition == 0)
            ns.enumString(0, XdmProfile::SegmentNamespace, 0);
        const QByteArray &id = (*m_setup.segmentIds)[std::size_t(m.segment)];
        segment.enumString(m.segment, std::string_view(id.constData(), std::size_t(id.size())),
                           repetition);
        set(value(ProfileSource::SegmentStatus),
            std::string_view(ProfileGenerator::statusName(m.status)), m.status);
        set(value(ProfileSource::SegmentQualified), m.qualified);
        l.segment.write(m_writer, m_values, repetition, selected.data());
    }
    if (entries == 0) {
        ns.null(0, 0);
        segment.null(0, 0);
        l.segment.writeAbsent(m_writer, 0, 0);
    }
}

void ParquetSerializer::writeEvents(const ProfileRecord &r)
{
    const StructShredder &event = m_layout.event;
    if (!event.isValid())
        return;
    if (r.eventCount == 0) {
        event.writeAbsent(m_writer, m_layout.eventListDefinition, 0);
        return;
    }
    for (int i = 0; i < r.eventCount; ++i) {
        const ProfileEvent &e = r.events[i];
        set(value(ProfileSource::EventId), std::string_view(e.id));
        set(value(ProfileSource::EventTimestamp), e.timestamp);
        set(value(ProfileSource::EventType), std::string_view(e.type));
        set(value(ProfileSource::BrowserName), std::string_view(e.browser));
        set(value(ProfileSource::BrowserVersion), std::string_view(e.version));
        set(value(ProfileSource::Url), std::string_view(e.url));
        set(value(ProfileSource::IngestTime), e.ingested);
        event.write(m_writer, m_values, i == 0 ? 0 : 1);
    }
}

} // namespace Emulator
