#include "SegmentFilter.h"

#include "ExportRequest.h"

#include <limits>

namespace Emulator {

SegmentFilter::SegmentFilter(const ExportRequest &request, const std::vector<int> &selectorSegment)
    : m_request(request)
    , m_selectorSegment(selectorSegment)
    , m_matched(std::size_t(request.segments.size()) + 1)
    , m_from(request.qualificationStart.value_or(std::numeric_limits<qint64>::min()))
    , m_to(request.qualificationEnd.value_or(std::numeric_limits<qint64>::max()))
    , m_window(request.qualificationStart || request.qualificationEnd)
{ }

bool SegmentFilter::matches(const ProfileRecord &record)
{
    const Membership *begin = record.memberships;
    const Membership *end = begin + record.membershipCount;
    if (!m_request.segments.isEmpty()) {
        bool any = false;
        for (qsizetype s = 0; s < m_request.segments.size(); ++s) {
            m_matched[std::size_t(s)] = 0;
            const int segment = m_selectorSegment[std::size_t(s)];
            const int statusMask = m_request.segments[s].statusMask;
            for (const Membership *m = begin; m != end; ++m) {
                if (m->segment == segment && (statusMask & (1 << m->status))
                    && m->qualified >= m_from && m->qualified <= m_to) {
                    m_matched[std::size_t(s)] = 1;
                    any = true;
                    break;
                }
            }
        }
        return any;
    }
    if (m_window) {
        for (const Membership *m = begin; m != end; ++m) {
            if (m->qualified >= m_from && m->qualified <= m_to)
                return true;
        }
        return false;
    }
    return true;
}

} // namespace Emulator
