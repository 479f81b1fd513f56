#pragma once

#include "FieldSelection.h"
#include "RecordSerializer.h"

namespace Emulator {

class JsonLineWriter;

// One JSON object per line, fields in the order the platform's profile export lists them,
// empty objects left out.
class JsonLinesSerializer final : public RecordSerializer
{
public:
    explicit JsonLinesSerializer(const SerializerSetup &setup);

    const char *suffix() const override { return "json"; }
    bool beginFile(ByteSink &sink) override;
    bool write(const ProfileRecord &record) override;
    bool finishFile() override;

private:
    void writeIdentities(JsonLineWriter &w, const ProfileRecord &r) const;
    void writeIdentityMap(JsonLineWriter &w, const ProfileRecord &r) const;
    void writeAttributes(JsonLineWriter &w, const ProfileRecord &r) const;
    void writeMemberships(JsonLineWriter &w, const ProfileRecord &r) const;
    void writeRepo(JsonLineWriter &w, const ProfileRecord &r) const;
    void writeEvent(JsonLineWriter &w, const ProfileEvent &e) const;
    bool flush();

    using Node = FieldSelection::Node;
    // The selection never changes during a run: the fixed paths are looked up once.
    struct Lookups
    {
        const Node *identities, *identityId, *identityNs, *identityNsCode;
        const Node *identityMap;
        const Node *email, *emailAddress;
        const Node *person, *name, *firstName, *lastName;
        const Node *home, *homeFields[4];
        const Node *membership, *ups;
        const Node *repo, *createDate, *modifiedDate;
        const Node *eventId, *eventTimestamp, *eventType, *environment, *browserDetails,
                *browserName, *browserVersion, *web, *webPage, *url, *meta, *ingestTime;
    };

    const SerializerSetup m_setup;
    Lookups m_sel;
    ByteSink *m_sink = nullptr;
    QByteArray m_buffer;
};

} // namespace Emulator
