#pragma once

#include "StateStore.h"

#include <QString>

namespace Emulator {

// Fills a sandbox with deterministic content: segment definitions, merge policies,
// audiences and a profile store (identities, names, addresses, segment memberships,
// ExperienceEvents). The same seed and count always give the same data.
class ProfileGenerator
{
public:
    // Reference instant of the generated history (2025-01-01T00:00:00Z): every generated
    // timestamp lies before it.
    static constexpr qint64 ReferenceTimeMs = 1735689600000;
    enum SegmentStatus { Realized = 0, Existing = 1, Exited = 2 };
    static const char *statusName(int status);

    ProfileGenerator(StateStore &store, quint64 seed);

    // Generates the tenant's catalogue and profiles unless the store already holds the
    // same generation. mergePolicyCount: how many of the org's five policies this
    // sandbox gets.
    bool ensureTenant(const Tenant &tenant, int profiles, int mergePolicyCount, QString *error);

    static int emptyProfileCount(int profiles);

private:
    bool generateCatalogue(const Tenant &tenant, int mergePolicyCount);
    bool generateProfiles(const Tenant &tenant, int profiles);

    StateStore &m_store;
    quint64 m_seed;
};

} // namespace Emulator
