#pragma once

#include "Connection.h"
#include "Pages.h"

#include <QList>
#include <QUrl>

#include <functional>

// Where the next page of each list shape is, as a URL the client may follow with the access
// token, or an invalid QUrl at the end. Every list pages its own way (API reference, section 5).
namespace Paging {

// The services the lists belong to; each one's `next` links are relative to its base.
QUrl upsBase(const Connection &connection); // /data/core/ups
QUrl configBase(const Connection &connection); // /data/core/ups/config
QUrl catalogBase(const Connection &connection); // /data/foundation/catalog
QUrl dataAccessBase(const Connection &connection); // /data/foundation/export

// Export jobs and segment definitions: link.next, relative to /data/core/ups.
QUrl nextExportJobs(const Connection &connection, const ExportJobPage &page);
QUrl nextSegmentDefinitions(const Connection &connection, const SegmentDefinitionPage &page);
// Merge policies: _links.next.href ("@/mergePolicies?.."), relative to /data/core/ups/config.
QUrl nextMergePolicies(const Connection &connection, const MergePolicyPage &page);
// Audiences: _links.next.href, relative to /data/core/ups.
QUrl nextAudiences(const Connection &connection, const AudiencePage &page);
// Catalog datasets: no link; the next page starts `limit` further on, until a short page.
QUrl nextDatasets(const QUrl &current, const DatasetMap &page);
// Data Access batch files: _links.next.href, relative to /data/foundation/export.
QUrl nextBatchFiles(const Connection &connection, const BatchFilePage &page);

} // namespace Paging

// What a walk over every page of a list collected.
template<typename Item>
struct Collected
{
    QList<Item> items;
    int pages = 0;
    int skipped = 0; // records the decoder could not use
    int duplicates = 0; // records seen on an earlier page and dropped
    // The walk stopped at the page cap, or at a link that led back to a page already read;
    // more may exist.
    bool truncated = false;
};

// Called after each page with the pages read and the records collected so far.
using ListProgress = std::function<void(int pages, qsizetype items)>;
