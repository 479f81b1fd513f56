#pragma once

#include "Audience.h"
#include "BatchFile.h"
#include "Dataset.h"
#include "DecodeResult.h"
#include "ExportJob.h"
#include "FileEntry.h"
#include "MergePolicy.h"
#include "SegmentDefinition.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Every list of the platform pages its own way; one shape each, each decoding a whole reply
// body. A record that is not what the list holds is skipped and counted, never fatal; only a
// body that is not the list at all is a failure. `next` is the link as sent: resolve it with
// resolveNextLink() (NextLink.h) against the service's base URL.

// The page description; each shape fills the fields it has.
struct PageInfo
{
    std::optional<QString> sortField;
    std::optional<QString> sort;
    std::optional<QString> pageOffset; // export jobs: "{creationTimeMs}_{id}", or a number
    std::optional<qint64> pageSize;
    std::optional<qint64> totalCount;
    std::optional<qint64> totalPages;
    std::optional<qint64> limit;
    std::optional<qint64> count;

    static PageInfo fromJson(const QJsonObject &object);

    friend bool operator==(const PageInfo &, const PageInfo &) = default;
};

// GET /export/jobs: {"records": [..], "page": {..}, "link": {"next": ".."}}.
struct ExportJobPage
{
    QList<ExportJob> records;
    PageInfo page;
    QString next; // link.next; empty on the last page
    int skipped = 0;

    bool isLastPage() const { return next.isEmpty(); }
    static DecodeResult<ExportJobPage> decode(const QByteArray &body);
};

// GET /segment/definitions: {"segments": [..], "page": {..}, "link": {"next": ".."}}.
struct SegmentDefinitionPage
{
    QList<SegmentDefinition> segments;
    PageInfo page;
    QString next;
    int skipped = 0;

    bool isLastPage() const { return next.isEmpty(); }
    static DecodeResult<SegmentDefinitionPage> decode(const QByteArray &body);
};

// GET /config/mergePolicies and GET /audiences:
// {"children": [..], "_page": {..}, "_links": {"next": {"href": ".."}}}.
template<typename T>
struct ChildrenPage
{
    QList<T> children;
    PageInfo page;
    QString next; // _links.next.href, e.g. "@/mergePolicies?start=..&limit=.."
    int skipped = 0;

    bool isLastPage() const { return next.isEmpty(); }
    static DecodeResult<ChildrenPage> decode(const QByteArray &body);
};
using MergePolicyPage = ChildrenPage<MergePolicy>;
using AudiencePage = ChildrenPage<Audience>;
extern template struct ChildrenPage<MergePolicy>;
extern template struct ChildrenPage<Audience>;

// Catalog GET /dataSets and GET /dataSets/{id}: a bare map {"{id}": {dataset}}, no envelope,
// no total. Pages go by `start += limit` until a short page. The map's order is not kept (JSON
// objects are read sorted by key): sort by `created` when order matters.
struct DatasetMap
{
    QList<Dataset> datasets;
    int entryCount = 0; // entries in the answer, skipped ones included
    int skipped = 0;

    bool isLastPage(int limit) const { return entryCount < limit; }
    static DecodeResult<DatasetMap> decode(const QByteArray &body);
};

// Data Access GET /batches/{batchId}/files:
// {"data": [..], "_page": {"limit", "count"}, "_links": {"next": {"href": ".."}}}.
struct BatchFilePage
{
    QList<BatchFile> files;
    PageInfo page;
    QString next;
    int skipped = 0;

    bool isLastPage() const { return next.isEmpty(); }
    static DecodeResult<BatchFilePage> decode(const QByteArray &body);
};

// Data Access GET /files/{dataSetFileId}: {"data": [{"name", "length", "_links"}], ..}.
struct FileListing
{
    QList<FileEntry> files;
    PageInfo page;
    QString next;
    int skipped = 0;

    bool isLastPage() const { return next.isEmpty(); }
    static DecodeResult<FileListing> decode(const QByteArray &body);
};
