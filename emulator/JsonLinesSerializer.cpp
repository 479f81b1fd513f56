#include "JsonLinesSerializer.h"

#include "ByteSink.h"
#include "ExportRequest.h"
#include "JsonLineWriter.h"
#include "ProfileGenerator.h"
#include "XdmProfile.h"

namespace Emulator {

namespace {

constexpr qsizetype FlushBytes = 1 << 20;

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

const FieldSelection::Node *under(const FieldSelection::Node *parent, const char *name)
{
    return parent ? parent->child(name) : nullptr;
}

} // namespace

JsonLinesSerializer::JsonLinesSerializer(const SerializerSetup &setup)
    : m_setup(setup)
{
    const Node *root = setup.request->fields.root();
    Lookups &s = m_sel;
    s.identities = root->child("identities");
    s.identityId = under(s.identities, "id");
    s.identityNs = under(s.identities, "namespace");
    s.identityNsCode = under(s.identityNs, "code");
    s.identityMap = root->child("identityMap");
    s.email = root->child("personalEmail");
    s.emailAddress = under(s.email, "address");
    s.person = root->child("person");
    s.name = under(s.person, "name");
    s.firstName = under(s.name, "firstName");
    s.lastName = under(s.name, "lastName");
    s.home = root->child("homeAddress");
    for (int k = 0; k < 4; ++k)
        s.homeFields[k] = under(s.home, XdmProfile::homeAddressFields[k]);
    s.membership = root->child("segmentMembership");
    s.ups = under(s.membership, XdmProfile::SegmentNamespace);
    s.repo = root->child("_repo");
    s.createDate = under(s.repo, "createDate");
    s.modifiedDate = under(s.repo, "lastModifiedDate");

    const Node *events = setup.request->eventFields.root();
    s.eventId = events->child("_id");
    s.eventTimestamp = events->child("timestamp");
    s.eventType = events->child("eventType");
    s.environment = events->child("environment");
    s.browserDetails = under(s.environment, "browserDetails");
    s.browserName = under(s.browserDetails, "name");
    s.browserVersion = under(s.browserDetails, "version");
    s.web = events->child("web");
    s.webPage = under(s.web, "webPageDetails");
    s.url = under(s.webPage, "URL");
    s.meta = events->child("_acp_system_metadata");
    s.ingestTime = under(s.meta, "ingestTime");
    m_buffer.reserve(FlushBytes + 64 * 1024);
}

bool JsonLinesSerializer::beginFile(ByteSink &sink)
{
    m_sink = &sink;
    m_buffer.resize(0);
    return true;
}

bool JsonLinesSerializer::flush()
{
    const bool ok = m_sink->write(m_buffer.constData(), m_buffer.size());
    m_buffer.resize(0); // keeps the capacity
    return ok;
}

bool JsonLinesSerializer::finishFile()
{
    return flush();
}

bool JsonLinesSerializer::write(const ProfileRecord &r)
{
    JsonLineWriter w(m_buffer);
    w.beginObject();
    writeIdentities(w, r);
    writeIdentityMap(w, r);
    writeAttributes(w, r);
    writeMemberships(w, r);
    writeRepo(w, r);
    if (m_setup.request->hasEventList) {
        w.key("eventList");
        w.beginArray();
        for (int i = 0; i < r.eventCount; ++i)
            writeEvent(w, r.events[i]);
        w.endArray();
    }
    w.endObject();
    w.endLine();
    return m_buffer.size() < FlushBytes || flush();
}

void JsonLinesSerializer::writeIdentities(JsonLineWriter &w, const ProfileRecord &r) const
{
    if (!m_sel.identities)
        return;
    const auto mark = w.beginArrayField("identities");
    for (const XdmProfile::Identity &identity : XdmProfile::identities(r)) {
        const auto element = w.beginObjectElement();
        if (m_sel.identityId) {
            w.key("id");
            w.string(identity.id);
        }
        if (m_sel.identityNs) {
            const auto nsMark = w.beginObjectField("namespace");
            if (m_sel.identityNsCode) {
                w.key("code");
                w.string(identity.ns->code);
            }
            w.endField(nsMark);
        }
        w.endField(element);
    }
    w.endField(mark);
}

void JsonLinesSerializer::writeIdentityMap(JsonLineWriter &w, const ProfileRecord &r) const
{
    if (!m_sel.identityMap)
        return;
    const auto mark = w.beginObjectField("identityMap");
    for (const XdmProfile::Identity &identity : XdmProfile::identities(r)) {
        const auto *n = m_sel.identityMap->child(identity.ns->code);
        if (!n)
            continue;
        const auto arr = w.beginArrayField(identity.ns->code);
        w.beginObject();
        if (n->child("id")) {
            w.key("id");
            w.string(identity.id);
        }
        if (n->child("authenticatedState")) {
            w.key("authenticatedState");
            w.string(identity.ns->authenticatedState);
        }
        if (n->child("primary")) {
            w.key("primary");
            w.boolean(identity.ns->primary);
        }
        w.endObject();
        w.endField(arr);
    }
    w.endField(mark);
}

void JsonLinesSerializer::writeAttributes(JsonLineWriter &w, const ProfileRecord &r) const
{
    if (!r.hasRecord)
        return;
    if (m_sel.email && r.hasEmail) {
        const auto mark = w.beginObjectField("personalEmail");
        if (m_sel.emailAddress) {
            w.key("address");
            w.string(r.email);
        }
        w.endField(mark);
    }
    if (m_sel.person) {
        const auto mark = w.beginObjectField("person");
        if (m_sel.name) {
            const auto nameMark = w.beginObjectField("name");
            if (m_sel.firstName) {
                w.key("firstName");
                w.string(r.firstName);
            }
            if (m_sel.lastName) {
                w.key("lastName");
                w.string(r.lastName);
            }
            w.endField(nameMark);
        }
        w.endField(mark);
    }
    if (m_sel.home) {
        const auto mark = w.beginObjectField("homeAddress");
        const std::string_view values[] = {r.street, r.city, r.postalCode, r.countryCode};
        for (int k = 0; k < 4; ++k) {
            if (!m_sel.homeFields[k])
                continue;
            w.key(XdmProfile::homeAddressFields[k]);
            w.string(values[k]);
        }
        w.endField(mark);
    }
}

void JsonLinesSerializer::writeMemberships(JsonLineWriter &w, const ProfileRecord &r) const
{
    if (!m_sel.membership)
        return;
    const auto mark = w.beginObjectField("segmentMembership");
    if (m_sel.ups) {
        const auto upsMark = w.beginObjectField(XdmProfile::SegmentNamespace);
        for (int i = 0; i < r.membershipCount; ++i) {
            const Membership &m = r.memberships[i];
            const std::string_view segment = view((*m_setup.segmentIds)[std::size_t(m.segment)]);
            const auto *one = m_sel.ups->child(segment);
            if (!one)
                continue;
            const auto segMark = w.beginObjectField(segment);
            if (one->child("status")) {
                w.key("status");
                w.string(ProfileGenerator::statusName(m.status));
            }
            if (one->child("lastQualificationTime")) {
                w.key("lastQualificationTime");
                w.timestamp(m.qualified);
            }
            w.endField(segMark);
        }
        w.endField(upsMark);
    }
    w.endField(mark);
}

void JsonLinesSerializer::writeRepo(JsonLineWriter &w, const ProfileRecord &r) const
{
    if (!m_sel.repo)
        return;
    const auto mark = w.beginObjectField("_repo");
    if (m_sel.createDate) {
        w.key("createDate");
        w.timestamp(r.created);
    }
    if (m_sel.modifiedDate) {
        w.key("lastModifiedDate");
        w.timestamp(r.modified);
    }
    w.endField(mark);
}

void JsonLinesSerializer::writeEvent(JsonLineWriter &w, const ProfileEvent &e) const
{
    w.beginObject();
    if (m_sel.eventId) {
        w.key("_id");
        w.string(e.id);
    }
    if (m_sel.eventTimestamp) {
        w.key("timestamp");
        w.timestamp(e.timestamp);
    }
    if (m_sel.eventType) {
        w.key("eventType");
        w.string(e.type);
    }
    if (m_sel.environment) {
        const auto mark = w.beginObjectField("environment");
        if (m_sel.browserDetails) {
            const auto inner = w.beginObjectField("browserDetails");
            if (m_sel.browserName) {
                w.key("name");
                w.string(e.browser);
            }
            if (m_sel.browserVersion) {
                w.key("version");
                w.string(e.version);
            }
            w.endField(inner);
        }
        w.endField(mark);
    }
    if (m_sel.web) {
        const auto mark = w.beginObjectField("web");
        if (m_sel.webPage) {
            const auto inner = w.beginObjectField("webPageDetails");
            if (m_sel.url) {
                w.key("URL");
                w.string(e.url);
            }
            w.endField(inner);
        }
        w.endField(mark);
    }
    if (m_sel.meta) {
        const auto mark = w.beginObjectField("_acp_system_metadata");
        if (m_sel.ingestTime) {
            w.key("ingestTime");
            w.number(e.ingested);
        }
        w.endField(mark);
    }
    w.endObject();
}

} // namespace Emulator
