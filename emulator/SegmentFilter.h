#pragma once

#include "ProfileRecord.h"

#include <vector>

namespace Emulator {

struct ExportRequest;

// Decides from a profile's memberships whether the export keeps it: any of filter.segments
// in one of its statuses and qualified within segmentQualificationTime; with no segment
// listed, any membership within that window; with neither, every profile.
class SegmentFilter
{
public:
    SegmentFilter(const ExportRequest &request, const std::vector<int> &selectorSegment);

    bool matches(const ProfileRecord &record);
    // After matches(): whether the profile belongs to filter.segments[i].
    bool matched(int selector) const { return m_matched[std::size_t(selector)] != 0; }

private:
    const ExportRequest &m_request;
    const std::vector<int> &m_selectorSegment;
    std::vector<char> m_matched;
    qint64 m_from;
    qint64 m_to;
    bool m_window;
};

} // namespace Emulator
