#include "CatalogRoutes.h"

#include "ErrorBody.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace Emulator {

const QString CatalogRoutes::unionSchemaId
        = QStringLiteral("https://ns.adobe.com/xdm/context/profile__union");

namespace {

QString hexId(int length)
{
    static const char hex[] = "0123456789abcdef";
    QString id(length, u'0');
    for (QChar &c : id)
        c = QLatin1Char(hex[QRandomGenerator::global()->bounded(16)]);
    return id;
}

QJsonValue valueAt(const QJsonObject &object, const QString &dotPath)
{
    QJsonValue v = object;
    for (const QString &part : dotPath.split(u'.')) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

QString asText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

QByteArray keyedMap(const QList<QPair<QString, QJsonObject>> &items)
{
    QByteArray out = "{";
    for (const auto &item : items) {
        if (out.size() > 1)
            out += ',';
        out += QJsonDocument(QJsonArray{item.first})
                       .toJson(QJsonDocument::Compact)
                       .mid(1)
                       .chopped(1);
        out += ':';
        out += QJsonDocument(item.second).toJson(QJsonDocument::Compact);
    }
    out += '}';
    return out;
}

} // namespace

CatalogRoutes::CatalogRoutes(StateStore &store)
    : m_store(store)
{ }

HttpResponse CatalogRoutes::handle(const HttpRequest &request, const Tenant &tenant,
                                   const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const QString collection = parts.value(0).toLower();
    if (collection == u"datasets" && parts.size() == 1) {
        if (request.method == "POST")
            return createDataset(request, tenant);
        if (request.method == "GET")
            return listDatasets(request, tenant);
    } else if (collection == u"datasets" && parts.size() == 2) {
        if (request.method == "GET")
            return getDataset(tenant, parts[1]);
        if (request.method == "DELETE")
            return deleteDataset(tenant, parts[1]);
    } else if (collection == u"batches" && parts.size() == 2) {
        if (request.method == "GET")
            return getBatch(tenant, parts[1]);
    } else {
        return ErrorBody::catalog(404, QStringLiteral("No Catalog resource at %1").arg(path));
    }
    return ErrorBody::catalog(405,
                              QStringLiteral("%1 is not allowed on %2")
                                      .arg(QString::fromLatin1(request.method), path));
}

HttpResponse CatalogRoutes::createDataset(const HttpRequest &request, const Tenant &tenant)
{
    QString problem;
    const std::optional<QJsonObject> json = request.jsonObject(&problem);
    if (!json)
        return ErrorBody::catalog(400, problem);
    QJsonObject body = *json;

    const QJsonValue name = body.value(u"name");
    if (name.isUndefined())
        return ErrorBody::catalog(400, QStringLiteral("name is required"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return ErrorBody::catalog(400, QStringLiteral("name must be a non-empty string"));
    if (name.toString().size() > 512)
        return ErrorBody::catalog(400, QStringLiteral("name is longer than 512 characters"));
    if (body.contains(u"description") && !body.value(u"description").isString())
        return ErrorBody::catalog(400, QStringLiteral("description must be a string"));

    const QJsonValue schemaRef = body.value(u"schemaRef");
    if (schemaRef.isUndefined())
        return ErrorBody::catalog(400,
                                  QStringLiteral("schemaRef is required, e.g. {\"id\": \"%1\", "
                                                 "\"contentType\": "
                                                 "\"application/vnd.adobe.xed+json;version=1\"}")
                                          .arg(unionSchemaId));
    if (!schemaRef.isObject())
        return ErrorBody::catalog(400, QStringLiteral("schemaRef must be an object"));
    const QJsonValue schemaId = schemaRef.toObject().value(u"id");
    if (!schemaId.isString() || schemaId.toString().trimmed().isEmpty())
        return ErrorBody::catalog(400, QStringLiteral("schemaRef.id must be a non-empty string"));
    if (schemaRef.toObject().contains(u"contentType")
        && !schemaRef.toObject().value(u"contentType").isString())
        return ErrorBody::catalog(400, QStringLiteral("schemaRef.contentType must be a string"));

    if (body.contains(u"fileDescription")) {
        const QJsonValue fd = body.value(u"fileDescription");
        if (!fd.isObject())
            return ErrorBody::catalog(400, QStringLiteral("fileDescription must be an object"));
        const QJsonObject fo = fd.toObject();
        if (fo.contains(u"persisted") && !fo.value(u"persisted").isBool())
            return ErrorBody::catalog(
                    400, QStringLiteral("fileDescription.persisted must be true or false"));
        for (const char *key : {"containerFormat", "format"}) {
            if (fo.contains(QLatin1String(key)) && !fo.value(QLatin1String(key)).isString())
                return ErrorBody::catalog(400,
                                          QStringLiteral("fileDescription.%1 must be a string")
                                                  .arg(QLatin1String(key)));
        }
    }
    if (body.contains(u"tags")) {
        const QJsonValue tags = body.value(u"tags");
        if (!tags.isObject())
            return ErrorBody::catalog(400,
                                      QStringLiteral("tags must be an object of string arrays"));
        const QJsonObject to = tags.toObject();
        for (auto it = to.begin(); it != to.end(); ++it) {
            if (!it.value().isArray())
                return ErrorBody::catalog(
                        400, QStringLiteral("tags.%1 must be an array of strings").arg(it.key()));
            for (const QJsonValue &v : it.value().toArray()) {
                if (!v.isString())
                    return ErrorBody::catalog(400,
                                              QStringLiteral("tags.%1 must be an array of "
                                                             "strings")
                                                      .arg(it.key()));
            }
        }
    }

    const QString id = hexId(24);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    body.insert(QStringLiteral("name"), name.toString().trimmed());
    if (!body.contains(u"description"))
        body.insert(QStringLiteral("description"), QString());
    if (!body.contains(u"fileDescription"))
        body.insert(QStringLiteral("fileDescription"),
                    QJsonObject{{QStringLiteral("persisted"), true},
                                {QStringLiteral("containerFormat"), QStringLiteral("parquet")},
                                {QStringLiteral("format"), QStringLiteral("parquet")}});
    if (!body.contains(u"tags"))
        body.insert(QStringLiteral("tags"), QJsonObject());
    body.insert(QStringLiteral("created"), double(now));
    body.insert(QStringLiteral("updated"), double(now));
    body.insert(QStringLiteral("imsOrg"), tenant.org);
    body.insert(QStringLiteral("sandbox"), tenant.sandbox);
    body.insert(QStringLiteral("sandboxName"), tenant.sandbox);
    body.insert(QStringLiteral("version"), QStringLiteral("1.0.0"));
    body.insert(QStringLiteral("files"), QStringLiteral("@/dataSetFiles?dataSetId=%1").arg(id));

    const bool ok = m_store.db()
                            .cached("INSERT INTO datasets(id, tenant, created, updated, schema_id, "
                                    "json) VALUES(?, ?, ?, ?, ?, ?)")
                            .bind(1, id)
                            .bind(2, tenant.id)
                            .bind(3, now)
                            .bind(4, now)
                            .bind(5, schemaId.toString())
                            .bind(6, QJsonDocument(body).toJson(QJsonDocument::Compact))
                            .exec();
    if (!ok)
        return ErrorBody::catalog(500, QStringLiteral("The dataset could not be stored"));
    return HttpResponse::json(201,
                              QJsonDocument(QJsonArray{QStringLiteral("@/dataSets/%1").arg(id)}));
}

HttpResponse CatalogRoutes::listDatasets(const HttpRequest &request, const Tenant &tenant)
{
    int limit = 20;
    if (request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return ErrorBody::catalog(400,
                                      QStringLiteral("limit must be a whole number from 1 to 100, "
                                                     "not '%1'")
                                              .arg(request.queryValue(QStringLiteral("limit"))));
    }
    int start = 0;
    if (request.hasQuery(QStringLiteral("start"))) {
        bool ok = false;
        start = request.queryValue(QStringLiteral("start")).toInt(&ok);
        if (!ok || start < 0)
            return ErrorBody::catalog(400,
                                      QStringLiteral("start must be a whole number from 0, not "
                                                     "'%1'")
                                              .arg(request.queryValue(QStringLiteral("start"))));
    }
    QString orderField = QStringLiteral("created");
    bool descending = true;
    if (request.hasQuery(QStringLiteral("orderBy"))) {
        const QString orderBy = request.queryValue(QStringLiteral("orderBy"));
        QString field = orderBy;
        if (orderBy.startsWith(u"desc:") || orderBy.startsWith(u"asc:")) {
            descending = orderBy.startsWith(u"desc:");
            field = orderBy.section(u':', 1);
        } else {
            descending = false;
        }
        if (field != u"created" && field != u"updated" && field != u"name")
            return ErrorBody::catalog(400,
                                      QStringLiteral("orderBy '%1' is not supported; use "
                                                     "[asc:|desc:]created, updated or name")
                                              .arg(orderBy));
        orderField = field;
    }
    QStringList properties;
    if (request.hasQuery(QStringLiteral("properties")))
        properties
                = request.queryValue(QStringLiteral("properties")).split(u',', Qt::SkipEmptyParts);

    QList<QPair<QString, QString>> filters;
    const QStringList reserved{QStringLiteral("limit"), QStringLiteral("start"),
                               QStringLiteral("orderBy"), QStringLiteral("properties")};
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!reserved.contains(item.first))
            filters.append(item);
    }

    QList<QPair<QString, QJsonObject>> rows;
    auto &q = m_store.db().cached("SELECT id, json FROM datasets WHERE tenant = ? AND deleted = 0");
    q.bind(1, tenant.id);
    while (q.step()) {
        const QJsonObject o = QJsonDocument::fromJson(q.bytes(1)).object();
        bool keep = true;
        for (const auto &filter : std::as_const(filters)) {
            const QString actual = asText(valueAt(o, filter.first));
            if (!filter.second.split(u',').contains(actual))
                keep = false;
        }
        if (keep)
            rows.append({q.text(0), o});
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        const QJsonValue va = a.second.value(orderField), vb = b.second.value(orderField);
        int cmp = 0;
        if (va.isString() || vb.isString())
            cmp = va.toString().compare(vb.toString());
        else
            cmp = va.toDouble() < vb.toDouble() ? -1 : (va.toDouble() > vb.toDouble() ? 1 : 0);
        if (cmp == 0)
            cmp = a.first.compare(b.first);
        return descending ? cmp > 0 : cmp < 0;
    });
    QList<QPair<QString, QJsonObject>> page;
    for (int i = start; i < rows.size() && i < start + limit; ++i) {
        QJsonObject o = rows[i].second;
        if (!properties.isEmpty()) {
            QJsonObject projected;
            for (const QString &p : std::as_const(properties)) {
                if (o.contains(p.trimmed()))
                    projected.insert(p.trimmed(), o.value(p.trimmed()));
            }
            o = projected;
        }
        page.append({rows[i].first, o});
    }
    return HttpResponse::json(200, keyedMap(page));
}

HttpResponse CatalogRoutes::getDataset(const Tenant &tenant, const QString &id)
{
    auto &q = m_store.db().cached(
            "SELECT json FROM datasets WHERE id = ? AND tenant = ? AND deleted = 0");
    q.bind(1, id).bind(2, tenant.id);
    if (!q.step())
        return ErrorBody::catalog(404, QStringLiteral("Dataset %1 was not found").arg(id));
    return HttpResponse::json(200, keyedMap({{id, QJsonDocument::fromJson(q.bytes(0)).object()}}));
}

HttpResponse CatalogRoutes::deleteDataset(const Tenant &tenant, const QString &id)
{
    m_store.db()
            .cached("UPDATE datasets SET deleted = 1, updated = ? WHERE id = ? AND tenant = ? AND "
                    "deleted = 0")
            .bind(1, QDateTime::currentMSecsSinceEpoch())
            .bind(2, id)
            .bind(3, tenant.id)
            .exec();
    if (m_store.db().changes() == 0)
        return ErrorBody::catalog(404, QStringLiteral("Dataset %1 was not found").arg(id));
    return HttpResponse::json(200,
                              QJsonDocument(QJsonArray{QStringLiteral("@/dataSets/%1").arg(id)}));
}

HttpResponse CatalogRoutes::getBatch(const Tenant &tenant, const QString &id)
{
    auto &q = m_store.db().cached(
            "SELECT status, created, updated, started, completed, record_count, errors, dataset, "
            "job FROM batches WHERE id = ? AND tenant = ?");
    q.bind(1, id).bind(2, tenant.id);
    if (!q.step())
        return ErrorBody::catalog(404, QStringLiteral("Batch %1 was not found").arg(id));
    QJsonObject batch{
            {QStringLiteral("imsOrg"), tenant.org},
            {QStringLiteral("sandbox"), tenant.sandbox},
            {QStringLiteral("status"), q.text(0)},
            {QStringLiteral("created"), double(q.int64(1))},
            {QStringLiteral("updated"), double(q.int64(2))},
            {QStringLiteral("recordCount"), double(q.int64(5))},
            {QStringLiteral("failedRecordCount"), 0},
            {QStringLiteral("errors"), QJsonDocument::fromJson(q.bytes(6)).array()},
            {QStringLiteral("relatedObjects"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("dataSet")},
                                    {QStringLiteral("id"), q.text(7)}}}},
            {QStringLiteral("metrics"), QJsonObject()},
            {QStringLiteral("version"), QStringLiteral("1.0.0")},
            {QStringLiteral("tags"),
             QJsonObject{{QStringLiteral("exportJobId"), QJsonArray{QString::number(q.int64(8))}}}},
    };
    if (!q.isNull(3) && q.int64(3) > 0)
        batch.insert(QStringLiteral("started"), double(q.int64(3)));
    if (!q.isNull(4) && q.int64(4) > 0)
        batch.insert(QStringLiteral("completed"), double(q.int64(4)));
    return HttpResponse::json(200, keyedMap({{id, batch}}));
}

} // namespace Emulator
