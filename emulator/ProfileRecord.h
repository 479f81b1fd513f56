#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace Emulator {

// One segment membership of a profile.
struct Membership
{
    int segment; // index into the tenant's segments
    int status; // ProfileGenerator::SegmentStatus
    qint64 qualified;
};

// One ExperienceEvent of a profile. Reused from profile to profile: its strings keep
// their capacity.
struct ProfileEvent
{
    std::string id, type, browser, version, url;
    qint64 timestamp = 0;
    qint64 ingested = 0;
};

// One profile as the export reads it from the store: views into the current SQLite row,
// valid until the cursor moves on. Fields the export does not need are left empty.
struct ProfileRecord
{
    qint64 id = 0;
    bool hasRecord = false;
    std::string_view ecid;
    std::string_view email; // empty when hasEmail is false
    std::string_view crm;
    bool hasEmail = false;
    bool hasCrm = false;
    std::string_view firstName, lastName;
    std::string_view street, city, postalCode, countryCode;
    qint64 created = 0;
    qint64 modified = 0;
    const Membership *memberships = nullptr;
    int membershipCount = 0;
    const ProfileEvent *events = nullptr;
    int eventCount = 0;
};

} // namespace Emulator
