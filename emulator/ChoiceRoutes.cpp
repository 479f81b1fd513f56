#include "ChoiceRoutes.h"

#include "ErrorBody.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Emulator {

namespace {

// Reads an optional whole-number parameter within [min, max]; the error names it.
bool intParameter(const HttpRequest &request, const QString &name, int min, int max, int *value,
                  HttpResponse *error)
{
    if (!request.hasQuery(name))
        return true;
    bool ok = false;
    const QString text = request.queryValue(name);
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = ErrorBody::service(
                400, request.requestId,
                QStringLiteral("%1 must be a whole number from %2 to %3, not '%4'")
                        .arg(name)
                        .arg(min)
                        .arg(max)
                        .arg(text));
        return false;
    }
    *value = v;
    return true;
}

QList<QJsonObject> rows(SqliteDatabase &db, const char *sql, qint64 tenant)
{
    QList<QJsonObject> result;
    auto &q = db.cached(sql);
    q.bind(1, tenant);
    while (q.step())
        result.append(QJsonDocument::fromJson(q.bytes(0)).object());
    return result;
}

} // namespace

ChoiceRoutes::ChoiceRoutes(StateStore &store)
    : m_store(store)
{ }

HttpResponse ChoiceRoutes::handle(const HttpRequest &request, const Tenant &tenant,
                                  const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const bool isGet = request.method == "GET";
    if (parts.size() >= 2 && parts[0] == u"segment" && parts[1] == u"definitions") {
        if (!isGet)
            return ErrorBody::service(405, request.requestId,
                                      QStringLiteral("Only GET is allowed here"));
        if (parts.size() == 2)
            return segments(request, tenant);
        if (parts.size() == 3)
            return one(request, "SELECT json FROM segments WHERE tenant = ? AND id = ?", tenant,
                       parts[2], QStringLiteral("Segment definition"));
    }
    if (parts.size() >= 2 && parts[0] == u"config" && parts[1] == u"mergePolicies") {
        if (!isGet)
            return ErrorBody::service(405, request.requestId,
                                      QStringLiteral("Only GET is allowed here"));
        if (parts.size() == 2)
            return mergePolicies(request, tenant);
        if (parts.size() == 3)
            return one(request, "SELECT json FROM merge_policies WHERE tenant = ? AND id = ?",
                       tenant, parts[2], QStringLiteral("Merge policy"));
    }
    if (parts.size() == 1 && parts[0] == u"audiences") {
        if (!isGet)
            return ErrorBody::service(405, request.requestId,
                                      QStringLiteral("Only GET is allowed here"));
        return audiences(request, tenant);
    }
    return ErrorBody::service(404, request.requestId,
                              QStringLiteral("No resource at /data/core/ups%1").arg(path));
}

HttpResponse ChoiceRoutes::one(const HttpRequest &request, const char *sql, const Tenant &tenant,
                               const QString &id, const QString &what)
{
    auto &q = m_store.db().cached(sql);
    q.bind(1, tenant.id).bind(2, id);
    if (!q.step())
        return ErrorBody::service(404, request.requestId,
                                  QStringLiteral("%1 %2 was not found").arg(what, id));
    return HttpResponse::json(200, q.bytes(0));
}

HttpResponse ChoiceRoutes::segments(const HttpRequest &request, const Tenant &tenant)
{
    HttpResponse error;
    int limit = 20, start = -1, page = 0;
    if (!intParameter(request, QStringLiteral("limit"), 1, 100, &limit, &error)
        || !intParameter(request, QStringLiteral("start"), 0, 1000000, &start, &error)
        || !intParameter(request, QStringLiteral("page"), 0, 1000000, &page, &error))
        return error;
    const int offset = start >= 0 ? start : page * limit;
    QString sortField = QStringLiteral("name");
    QString order = QStringLiteral("asc");
    if (request.hasQuery(QStringLiteral("sort"))) {
        const QString sort = request.queryValue(QStringLiteral("sort"));
        sortField = sort.section(u':', 0, 0);
        order = sort.contains(u':') ? sort.section(u':', 1) : QStringLiteral("asc");
        if ((sortField != u"name" && sortField != u"creationTime" && sortField != u"updateTime")
            || (order != u"asc" && order != u"desc"))
            return ErrorBody::service(
                    400, request.requestId,
                    QStringLiteral("sort '%1' is not supported; use name, "
                                   "creationTime or updateTime with :asc or :desc")
                            .arg(sort));
    }
    QList<QJsonObject> all = rows(
            m_store.db(), "SELECT json FROM segments WHERE tenant = ? ORDER BY idx", tenant.id);
    std::stable_sort(all.begin(), all.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const QJsonValue va = a.value(sortField), vb = b.value(sortField);
        const bool less
                = va.isString() ? va.toString() < vb.toString() : va.toDouble() < vb.toDouble();
        const bool greater
                = va.isString() ? va.toString() > vb.toString() : va.toDouble() > vb.toDouble();
        return order == u"asc" ? less : greater;
    });
    QJsonArray items;
    for (int i = offset; i < all.size() && i < offset + limit; ++i)
        items.append(all[i]);
    const int total = int(all.size());
    QJsonObject link;
    if (offset + limit < total)
        link.insert(QStringLiteral("next"),
                    QStringLiteral("/segment/definitions?start=%1&limit=%2&sort=%3:%4")
                            .arg(offset + limit)
                            .arg(limit)
                            .arg(sortField, order));
    const QJsonObject body{
            {QStringLiteral("segments"), items},
            {QStringLiteral("page"),
             QJsonObject{{QStringLiteral("totalCount"), total},
                         {QStringLiteral("totalPages"), (total + limit - 1) / limit},
                         {QStringLiteral("sortField"), sortField},
                         {QStringLiteral("sort"), order},
                         {QStringLiteral("pageSize"), int(items.size())},
                         {QStringLiteral("limit"), limit}}},
            {QStringLiteral("link"), link},
    };
    return HttpResponse::json(200, QJsonDocument(body));
}

HttpResponse ChoiceRoutes::mergePolicies(const HttpRequest &request, const Tenant &tenant)
{
    HttpResponse error;
    int limit = 20, start = 0;
    if (!intParameter(request, QStringLiteral("limit"), 1, 100, &limit, &error)
        || !intParameter(request, QStringLiteral("start"), 0, 1000000, &start, &error))
        return error;
    int onlyDefault = -1;
    if (request.hasQuery(QStringLiteral("default"))) {
        const QString d = request.queryValue(QStringLiteral("default"));
        if (d != u"true" && d != u"false")
            return ErrorBody::service(
                    400, request.requestId,
                    QStringLiteral("default must be true or false, not '%1'").arg(d));
        onlyDefault = d == u"true" ? 1 : 0;
    }
    const QString schemaName = request.queryValue(QStringLiteral("schema.name"));
    QList<QJsonObject> all;
    for (const QJsonObject &p :
         rows(m_store.db(), "SELECT json FROM merge_policies WHERE tenant = ? ORDER BY seq",
              tenant.id)) {
        if (onlyDefault >= 0 && p.value(u"default").toBool() != (onlyDefault == 1))
            continue;
        if (!schemaName.isEmpty()
            && p.value(u"schema").toObject().value(u"name").toString() != schemaName)
            continue;
        all.append(p);
    }
    QJsonArray children;
    for (int i = start; i < all.size() && i < start + limit; ++i)
        children.append(all[i]);
    QJsonObject links;
    if (start + limit < all.size())
        links.insert(QStringLiteral("next"),
                     QJsonObject{{QStringLiteral("href"),
                                  QStringLiteral("@/mergePolicies?start=%1&limit=%2")
                                          .arg(start + limit)
                                          .arg(limit)}});
    const QJsonObject body{
            {QStringLiteral("_page"),
             QJsonObject{{QStringLiteral("totalCount"), int(all.size())},
                         {QStringLiteral("pageSize"), int(children.size())}}},
            {QStringLiteral("children"), children},
            {QStringLiteral("_links"), links},
    };
    return HttpResponse::json(200, QJsonDocument(body));
}

HttpResponse ChoiceRoutes::audiences(const HttpRequest &request, const Tenant &tenant)
{
    HttpResponse error;
    int limit = 20, start = 0;
    if (!intParameter(request, QStringLiteral("limit"), 1, 100, &limit, &error)
        || !intParameter(request, QStringLiteral("start"), 0, 1000000, &start, &error))
        return error;
    const QString ns = request.queryValue(QStringLiteral("namespace"));
    QList<QJsonObject> all;
    for (const QJsonObject &a :
         rows(m_store.db(), "SELECT json FROM audiences WHERE tenant = ? ORDER BY seq",
              tenant.id)) {
        if (ns.isEmpty() || a.value(u"namespace").toString() == ns)
            all.append(a);
    }
    QJsonArray children;
    for (int i = start; i < all.size() && i < start + limit; ++i)
        children.append(all[i]);
    QJsonObject page{{QStringLiteral("offset"), start},
                     {QStringLiteral("limit"), limit},
                     {QStringLiteral("count"), int(children.size())},
                     {QStringLiteral("totalCount"), int(all.size())}};
    QJsonObject links;
    if (start + limit < all.size()) {
        page.insert(QStringLiteral("next"), QString::number(start + limit));
        links.insert(QStringLiteral("next"),
                     QJsonObject{{QStringLiteral("href"),
                                  QStringLiteral("@/audiences?start=%1&limit=%2")
                                          .arg(start + limit)
                                          .arg(limit)}});
    }
    const QJsonObject body{{QStringLiteral("children"), children},
                           {QStringLiteral("_page"), page},
                           {QStringLiteral("_links"), links}};
    return HttpResponse::json(200, QJsonDocument(body));
}

} // namespace Emulator
