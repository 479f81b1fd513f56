#pragma once

#include "api/ExportJob.h"
#include "api/ExportJobRequest.h"

#include <QList>
#include <QSet>

#include <optional>

// After a create whose outcome is unknown, which listed job (if any) is the one that was sent:
// the job echoes the request, so its fields, filter, event list, schema and destination match,
// it was created no earlier than the request left (less a margin for clock skew), and it is not
// one of the jobs that were already there before the request was sent.
class CreatedJobFinder
{
public:
    static constexpr qint64 DefaultSkewMs = 5 * 60 * 1000;

    // The platform fills in what a request leaves out (the default merge policy, the latest
    // version, segmentPerBatch false): those count as matching.
    static bool matches(const ExportJobRequest &sent, const ExportJob &job);
    // The newest job of `jobs` that matches, was created after `sentAtMs` − `skewMs`, and is not
    // in `existing` (the ids listed just before the request was sent).
    static std::optional<ExportJob> find(const QList<ExportJob> &jobs, const ExportJobRequest &sent,
                                         qint64 sentAtMs, const QSet<qint64> &existing = {},
                                         qint64 skewMs = DefaultSkewMs);
};
