#pragma once

#include "ProfileRecord.h"
#include "SqliteDatabase.h"

#include <memory>
#include <vector>

namespace Emulator {

struct ExportRequest;

// Walks the profiles of one id range in id order, merging in their segment memberships
// and ExperienceEvents from two more statements read side by side. Reads only the columns
// the request's fields need; events only when asked for, profile by profile.
class ProfileCursor
{
public:
    // `selectorSegment` maps filter.segments[i] to the tenant's segment index (-1: unknown).
    ProfileCursor(SqliteDatabase &db, const ExportRequest &request, qint64 tenant,
                  const std::vector<int> &selectorSegment, qint64 fromId, qint64 toId);
    ~ProfileCursor();

    // Moves to the next profile, with its memberships; false at the end or on an error.
    bool next();
    // Reads the current profile's events into the record.
    void readEvents();
    const ProfileRecord &record() const { return m_record; }
    // Whether a statement failed (the database's last error says why).
    bool failed() const;

private:
    const ExportRequest &m_request;
    std::unique_ptr<SqliteStatement> m_profiles;
    std::unique_ptr<SqliteStatement> m_memberships;
    std::unique_ptr<SqliteStatement> m_events;
    bool m_membershipRow = false;
    bool m_eventRow = false;
    std::vector<Membership> m_member;
    std::vector<ProfileEvent> m_eventPool;
    ProfileRecord m_record;
};

} // namespace Emulator
