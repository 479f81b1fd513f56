#include "Pages.h"

#include "JsonRead.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// link.next (export jobs, segments); absent, not a string or blank reads as "no next page".
QString linkNext(const QJsonObject &body)
{
    const QString next = body.value("link"_L1).toObject().value("next"_L1).toString();
    return next.trimmed().isEmpty() ? QString() : next;
}

// _links.next.href (merge policies, audiences, Data Access).
QString linksNextHref(const QJsonObject &body)
{
    const QString next = body.value("_links"_L1)
                                 .toObject()
                                 .value("next"_L1)
                                 .toObject()
                                 .value("href"_L1)
                                 .toString();
    return next.trimmed().isEmpty() ? QString() : next;
}

// The list under `key`; nullopt (with the reason) when the body is not that list at all.
std::optional<QJsonArray> listOf(const QJsonObject &body, QLatin1StringView key, QString *reason)
{
    const QJsonValue list = body.value(key);
    if (!list.isArray()) {
        *reason = list.isUndefined() ? u"no \"%1\" list in the answer"_s.arg(key)
                                     : u"\"%1\" is not a list"_s.arg(key);
        return std::nullopt;
    }
    return list.toArray();
}

// Decodes each element with T::fromJson(QJsonObject) -> std::optional<T>, skipping the rest.
template<typename T>
QList<T> decodeEach(const QJsonArray &array, int *skipped)
{
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValueConstRef element : array) {
        if (element.isObject()) {
            if (auto value = T::fromJson(element.toObject())) {
                out.append(std::move(*value));
                continue;
            }
        }
        ++*skipped;
    }
    return out;
}

} // namespace

PageInfo PageInfo::fromJson(const QJsonObject &object)
{
    Json::ObjectReader in(object);
    PageInfo page;
    page.sortField = in.string("sortField"_L1);
    page.sort = in.string("sort"_L1);
    page.pageOffset = in.string("pageOffset"_L1);
    if (!page.pageOffset) {
        if (const auto offset = in.integer("pageOffset"_L1))
            page.pageOffset = QString::number(*offset);
    }
    page.pageSize = in.integer("pageSize"_L1);
    page.totalCount = in.integer("totalCount"_L1);
    page.totalPages = in.integer("totalPages"_L1);
    page.limit = in.integer("limit"_L1);
    page.count = in.integer("count"_L1);
    return page;
}

DecodeResult<ExportJobPage> ExportJobPage::decode(const QByteArray &body)
{
    QString reason;
    const auto object = Json::parseObjectBody(body, &reason);
    if (!object)
        return DecodeResult<ExportJobPage>::failure(reason);
    const auto records = listOf(*object, "records"_L1, &reason);
    if (!records)
        return DecodeResult<ExportJobPage>::failure(reason);
    ExportJobPage page;
    page.records = decodeEach<ExportJob>(*records, &page.skipped);
    page.page = PageInfo::fromJson(object->value("page"_L1).toObject());
    page.next = linkNext(*object);
    return page;
}

DecodeResult<SegmentDefinitionPage> SegmentDefinitionPage::decode(const QByteArray &body)
{
    QString reason;
    const auto object = Json::parseObjectBody(body, &reason);
    if (!object)
        return DecodeResult<SegmentDefinitionPage>::failure(reason);
    const auto segments = listOf(*object, "segments"_L1, &reason);
    if (!segments)
        return DecodeResult<SegmentDefinitionPage>::failure(reason);
    SegmentDefinitionPage page;
    page.segments = decodeEach<SegmentDefinition>(*segments, &page.skipped);
    page.page = PageInfo::fromJson(object->value("page"_L1).toObject());
    page.next = linkNext(*object);
    return page;
}

template<typename T>
DecodeResult<ChildrenPage<T>> ChildrenPage<T>::decode(const QByteArray &body)
{
    QString reason;
    const auto object = Json::parseObjectBody(body, &reason);
    if (!object)
        return DecodeResult<ChildrenPage>::failure(reason);
    const auto children = listOf(*object, "children"_L1, &reason);
    if (!children)
        return DecodeResult<ChildrenPage>::failure(reason);
    ChildrenPage page;
    page.children = decodeEach<T>(*children, &page.skipped);
    page.page = PageInfo::fromJson(object->value("_page"_L1).toObject());
    page.next = linksNextHref(*object);
    return page;
}

template struct ChildrenPage<MergePolicy>;
template struct ChildrenPage<Audience>;

DecodeResult<DatasetMap> DatasetMap::decode(const QByteArray &body)
{
    QString reason;
    const auto object = Json::parseObjectBody(body, &reason);
    if (!object)
        return DecodeResult<DatasetMap>::failure(reason);
    DatasetMap map;
    map.entryCount = int(object->size());
    map.datasets.reserve(object->size());
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        if (!it.value().isObject() || it.key().isEmpty()) {
            ++map.skipped;
            continue;
        }
        map.datasets.append(Dataset::fromJson(it.key(), it.value().toObject()));
    }
    return map;
}

DecodeResult<BatchFilePage> BatchFilePage::decode(const QByteArray &body)
{
    QString reason;
    const auto object = Json::parseObjectBody(body, &reason);
    if (!object)
        return DecodeResult<BatchFilePage>::failure(reason);
    const auto data = listOf(*object, "data"_L1, &reason);
    if (!data)
        return DecodeResult<BatchFilePage>::failure(reason);
    BatchFilePage page;
    page.files = decodeEach<BatchFile>(*data, &page.skipped);
    page.page = PageInfo::fromJson(object->value("_page"_L1).toObject());
    page.next = linksNextHref(*object);
    return page;
}

DecodeResult<FileListing> FileListing::decode(const QByteArray &body)
{
    QString reason;
    const auto object = Json::parseObjectBody(body, &reason);
    if (!object)
        return DecodeResult<FileListing>::failure(reason);
    const auto data = listOf(*object, "data"_L1, &reason);
    if (!data)
        return DecodeResult<FileListing>::failure(reason);
    FileListing listing;
    listing.files = decodeEach<FileEntry>(*data, &listing.skipped);
    listing.page = PageInfo::fromJson(object->value("_page"_L1).toObject());
    listing.next = linksNextHref(*object);
    return listing;
}
