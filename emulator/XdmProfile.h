#pragma once

#include "ProfileRecord.h"

#include <string_view>

namespace Emulator::XdmProfile {

// What the XDM profile says about each identity namespace the store holds.
struct Namespace
{
    int index; // in namespaces[]
    const char *code;
    const char *authenticatedState;
    bool primary;
};
inline constexpr Namespace Ecid{0, "ECID", "ambiguous", true};
inline constexpr Namespace Email{1, "Email", "authenticated", false};
inline constexpr Namespace Crm{2, "CRMID", "authenticated", false};
inline constexpr const Namespace *namespaces[] = {&Ecid, &Email, &Crm};

struct Identity
{
    const Namespace *ns;
    std::string_view id;
};

// A profile's identities in the order the platform lists them: ECID, Email, CRMID.
struct Identities
{
    Identity items[3];
    int count = 0;
    const Identity *begin() const { return items; }
    const Identity *end() const { return items + count; }
};

inline Identities identities(const ProfileRecord &r)
{
    Identities out;
    out.items[out.count++] = {&Ecid, r.ecid};
    if (r.hasEmail)
        out.items[out.count++] = {&Email, r.email};
    if (r.hasCrm)
        out.items[out.count++] = {&Crm, r.crm};
    return out;
}

inline constexpr const char *homeAddressFields[] = {"street1", "city", "postalCode", "countryCode"};

// The namespace of segmentMembership the platform's segments live in.
inline constexpr const char *SegmentNamespace = "ups";

} // namespace Emulator::XdmProfile
