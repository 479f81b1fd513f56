#include "Paging.h"

#include "NextLink.h"

#include <QUrlQuery>

namespace Paging {

QUrl upsBase(const Connection &connection)
{
    return connection.endpoint(u"/data/core/ups");
}

QUrl configBase(const Connection &connection)
{
    return connection.endpoint(u"/data/core/ups/config");
}

QUrl catalogBase(const Connection &connection)
{
    return connection.endpoint(u"/data/foundation/catalog");
}

QUrl dataAccessBase(const Connection &connection)
{
    return connection.endpoint(u"/data/foundation/export");
}

QUrl nextExportJobs(const Connection &connection, const ExportJobPage &page)
{
    return resolveNextLink(upsBase(connection), page.next);
}

QUrl nextSegmentDefinitions(const Connection &connection, const SegmentDefinitionPage &page)
{
    return resolveNextLink(upsBase(connection), page.next);
}

QUrl nextMergePolicies(const Connection &connection, const MergePolicyPage &page)
{
    return resolveNextLink(configBase(connection), page.next);
}

QUrl nextAudiences(const Connection &connection, const AudiencePage &page)
{
    return resolveNextLink(upsBase(connection), page.next);
}

QUrl nextDatasets(const QUrl &current, const DatasetMap &page)
{
    QUrlQuery query(current);
    bool ok = false;
    const int limit = query.queryItemValue(u"limit"_qs).toInt(&ok);
    // Catalog's default page is 20 entries.
    const int pageSize = ok && limit > 0 ? limit : 20;
    if (page.isLastPage(pageSize))
        return {};
    const int start = query.queryItemValue(u"start"_qs).toInt();
    query.removeAllQueryItems(u"start"_qs);
    query.removeAllQueryItems(u"limit"_qs);
    query.addQueryItem(u"start"_qs, QString::number(start + pageSize));
    query.addQueryItem(u"limit"_qs, QString::number(pageSize));
    QUrl next = current;
    next.setQuery(query);
    return next;
}

QUrl nextBatchFiles(const Connection &connection, const BatchFilePage &page)
{
    return resolveNextLink(dataAccessBase(connection), page.next);
}

} // namespace Paging
