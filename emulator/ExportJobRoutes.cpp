#include "ExportJobRoutes.h"

#include "CatalogRoutes.h"
#include "ErrorBody.h"
#include "ExportEngine.h"
#include "ExportRequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Emulator {

namespace {

QString batchId()
{
    static const char hex[] = "0123456789abcdef";
    QString id(32, u'0');
    for (QChar &c : id)
        c = QLatin1Char(hex[QRandomGenerator::global()->bounded(16)]);
    return id;
}

const QStringList jobStatuses{QStringLiteral("NEW"), QStringLiteral("PROCESSING"),
                              QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED"),
                              QStringLiteral("CANCELLED")};

} // namespace

ExportJobRoutes::ExportJobRoutes(StateStore &store, ExportEngine &engine)
    : m_store(store)
    , m_engine(engine)
{ }

HttpResponse ExportJobRoutes::handle(const HttpRequest &request, const Tenant &tenant,
                                     const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts); // export, jobs, {id}
    if (parts.size() == 2 && parts[1] == u"jobs") {
        if (request.method == "POST")
            return create(request, tenant);
        if (request.method == "GET")
            return list(request, tenant);
        return ErrorBody::service(
                405, request.requestId,
                QStringLiteral("%1 is not allowed on /export/jobs; use GET or POST")
                        .arg(QString::fromLatin1(request.method)));
    }
    if (parts.size() == 3 && parts[1] == u"jobs") {
        bool ok = false;
        const qint64 id = parts[2].toLongLong(&ok);
        if (!ok)
            return ErrorBody::service(404, request.requestId,
                                      QStringLiteral("Export job '%1' was not found: job ids are "
                                                     "whole numbers")
                                              .arg(parts[2]));
        if (request.method == "GET")
            return get(request, tenant, id);
        if (request.method == "DELETE")
            return cancel(request, tenant, id);
        return ErrorBody::service(405, request.requestId,
                                  QStringLiteral("%1 is not allowed on /export/jobs/{id}; use GET "
                                                 "or DELETE")
                                          .arg(QString::fromLatin1(request.method)));
    }
    return ErrorBody::service(404, request.requestId,
                              QStringLiteral("No resource at /data/core/ups%1").arg(path));
}

HttpResponse ExportJobRoutes::create(const HttpRequest &request, const Tenant &tenant)
{
    QString problem;
    const std::optional<QJsonObject> json = request.jsonObject(&problem);
    if (!json)
        return ErrorBody::service(400, request.requestId, problem);
    const QJsonObject &body = *json;
    ExportRequest parsed;
    if (const QString message = ExportRequest::parse(body, &parsed); !message.isEmpty())
        return ErrorBody::service(400, request.requestId, message);

    SqliteDatabase &db = m_store.db();
    // Merge policy: the one named, or the sandbox's default.
    QString policyId;
    int policyVersion = 0;
    if (!parsed.mergePolicyId.isEmpty()) {
        auto &q = db.cached("SELECT version FROM merge_policies WHERE tenant = ? AND id = ?");
        q.bind(1, tenant.id).bind(2, parsed.mergePolicyId);
        if (!q.step())
            return ErrorBody::service(400, request.requestId,
                                      QStringLiteral("mergePolicy.id '%1' is not a merge policy of "
                                                     "sandbox '%2'")
                                              .arg(parsed.mergePolicyId, tenant.sandbox));
        const int latest = int(q.int64(0));
        q.reset();
        if (parsed.mergePolicyVersion && *parsed.mergePolicyVersion > latest)
            return ErrorBody::service(400, request.requestId,
                                      QStringLiteral("mergePolicy.version %1 does not exist for "
                                                     "merge policy '%2' (latest: %3)")
                                              .arg(*parsed.mergePolicyVersion)
                                              .arg(parsed.mergePolicyId)
                                              .arg(latest));
        policyId = parsed.mergePolicyId;
        policyVersion = parsed.mergePolicyVersion.value_or(latest);
    } else {
        auto &q = db.cached(
                "SELECT id, version FROM merge_policies WHERE tenant = ? AND is_default = 1");
        q.bind(1, tenant.id);
        if (q.step()) {
            policyId = q.text(0);
            policyVersion = int(q.int64(1));
        }
        q.reset();
    }

    for (qsizetype i = 0; i < parsed.segments.size(); ++i) {
        const QString &segmentId = parsed.segments[i].segmentId;
        auto &s = db.cached("SELECT 1 FROM segments WHERE tenant = ?1 AND id = ?2 UNION ALL "
                            "SELECT 1 FROM audiences WHERE tenant = ?1 AND audience_id = ?2");
        s.bind(1, tenant.id).bind(2, segmentId);
        const bool known = s.step();
        s.reset();
        if (!known)
            return ErrorBody::service(400, request.requestId,
                                      QStringLiteral("filter.segments[%1].segmentId '%2' is not a "
                                                     "segment of sandbox '%3'")
                                              .arg(i)
                                              .arg(segmentId, tenant.sandbox));
    }

    {
        auto &q = db.cached(
                "SELECT schema_id FROM datasets WHERE id = ? AND tenant = ? AND deleted = 0");
        q.bind(1, parsed.datasetId).bind(2, tenant.id);
        if (!q.step())
            return ErrorBody::service(400, request.requestId,
                                      QStringLiteral("destination.datasetId '%1' is not a dataset "
                                                     "of sandbox '%2'")
                                              .arg(parsed.datasetId, tenant.sandbox));
        const QString schema = q.text(0);
        q.reset();
        if (schema != CatalogRoutes::unionSchemaId)
            return ErrorBody::service(
                    400, request.requestId,
                    QStringLiteral("destination.datasetId '%1' is based on schema "
                                   "'%2', not on the profile union schema %3")
                            .arg(parsed.datasetId, schema, CatalogRoutes::unionSchemaId));
    }

    const QByteArray instanceHeader = request.header("x-profile-instance-id").trimmed();
    const QString instance
            = instanceHeader.isEmpty() ? QStringLiteral("ups") : QString::fromUtf8(instanceHeader);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    QJsonObject job = body; // unknown fields are kept
    job.insert(QStringLiteral("profileInstanceId"), instance);
    job.insert(QStringLiteral("jobType"), QStringLiteral("BATCH"));
    job.insert(QStringLiteral("status"), QStringLiteral("NEW"));
    job.insert(QStringLiteral("requestId"), request.requestId);
    job.insert(QStringLiteral("imsOrgId"), tenant.org);
    if (!policyId.isEmpty())
        job.insert(QStringLiteral("mergePolicy"),
                   QJsonObject{{QStringLiteral("id"), policyId},
                               {QStringLiteral("version"), policyVersion}});
    job.insert(QStringLiteral("computeGatewayJobId"), QJsonObject());
    job.insert(QStringLiteral("metrics"),
               QJsonObject{{QStringLiteral("totalTime"),
                            QJsonObject{{QStringLiteral("startTimeInMs"), double(now)}}}});
    job.insert(QStringLiteral("creationTime"), double(now));
    job.insert(QStringLiteral("updateTime"), double(now));

    QJsonObject destination = body.value(u"destination").toObject();
    destination.remove(QStringLiteral("dataSetId"));
    destination.insert(QStringLiteral("datasetId"), parsed.datasetId);
    destination.insert(QStringLiteral("segmentPerBatch"), parsed.segmentPerBatch);
    QStringList batchIds;
    if (parsed.batchPerSegment()) {
        QJsonArray batches;
        for (const SegmentSelector &s : std::as_const(parsed.segments)) {
            const QString id = batchId();
            batchIds << id;
            batches.append(
                    QJsonObject{{QStringLiteral("segmentId"), s.segmentId},
                                {QStringLiteral("segmentNs"), s.segmentNs},
                                {QStringLiteral("status"), QJsonArray::fromStringList(s.statuses)},
                                {QStringLiteral("batchId"), id}});
        }
        destination.insert(QStringLiteral("batches"), batches);
    } else {
        batchIds << batchId();
        destination.insert(QStringLiteral("batchId"), batchIds.front());
    }
    job.insert(QStringLiteral("destination"), destination);

    SqliteTransaction transaction(db);
    if (!transaction.isActive())
        return ErrorBody::service(503, request.requestId, QStringLiteral("The job store is busy"));
    const QByteArray requestJson = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!db.cached("INSERT INTO jobs(tenant, created, status, request, json) VALUES(?, ?, 'NEW', "
                   "?, '{}')")
                 .bind(1, tenant.id)
                 .bind(2, now)
                 .bind(3, requestJson)
                 .exec())
        return ErrorBody::service(500, request.requestId,
                                  QStringLiteral("The job could not be stored"));
    const qint64 id = db.lastInsertRowId();
    job.insert(QStringLiteral("id"), double(id));
    const QByteArray jobJson = QJsonDocument(job).toJson(QJsonDocument::Compact);
    bool ok = db.cached("UPDATE jobs SET json = ? WHERE id = ?")
                      .bind(1, jobJson)
                      .bind(2, id)
                      .exec();
    for (const QString &b : std::as_const(batchIds)) {
        ok = ok
                && db.cached("INSERT INTO batches(id, tenant, dataset, job, status, created, "
                             "updated) "
                             "VALUES(?, ?, ?, ?, 'queued', ?, ?)")
                           .bind(1, b)
                           .bind(2, tenant.id)
                           .bind(3, parsed.datasetId)
                           .bind(4, id)
                           .bind(5, now)
                           .bind(6, now)
                           .exec();
    }
    if (!ok || !transaction.commit())
        return ErrorBody::service(500, request.requestId,
                                  QStringLiteral("The job could not be stored"));

    m_engine.submit(id);
    HttpResponse response = HttpResponse::json(200, jobJson);
    response.setHeader(
            "X-Location",
            (request.origin() + QStringLiteral("/data/core/ups/export/jobs/") + QString::number(id))
                    .toUtf8());
    return response;
}

HttpResponse ExportJobRoutes::list(const HttpRequest &request, const Tenant &tenant)
{
    qint64 limit = -1;
    if (request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return ErrorBody::service(400, request.requestId,
                                      QStringLiteral("limit must be a whole number from 1 to 1000, "
                                                     "not '%1'")
                                              .arg(request.queryValue(QStringLiteral("limit"))));
    }
    qint64 cursorTime = -1, cursorId = -1, skip = 0;
    if (request.hasQuery(QStringLiteral("offset"))) {
        const QString offset = request.queryValue(QStringLiteral("offset"));
        static const QRegularExpression cursor(QStringLiteral("^(\\d{1,18})_(\\d{1,18})$"));
        static const QRegularExpression number(QStringLiteral("^\\d{1,9}$"));
        if (const auto m = cursor.match(offset); m.hasMatch()) {
            cursorTime = m.captured(1).toLongLong();
            cursorId = m.captured(2).toLongLong();
        } else if (number.match(offset).hasMatch()) {
            skip = offset.toLongLong();
        } else if (!offset.isEmpty()) {
            return ErrorBody::service(400, request.requestId,
                                      QStringLiteral("offset '%1' is neither a page cursor "
                                                     "({creationTimeMs}_{id}) nor a whole number")
                                              .arg(offset));
        }
    }
    QStringList statuses;
    if (request.hasQuery(QStringLiteral("status"))) {
        for (const QString &raw : request.queryValue(QStringLiteral("status")).split(u',')) {
            const QString status = raw.trimmed();
            if (!jobStatuses.contains(status))
                return ErrorBody::service(
                        400, request.requestId,
                        QStringLiteral("status '%1' is not a job status; use %2")
                                .arg(status, jobStatuses.join(QStringLiteral(", "))));
            if (!statuses.contains(status))
                statuses << status;
        }
    }

    QByteArray sql = "SELECT json, created, id FROM jobs WHERE tenant = ?";
    if (!statuses.isEmpty()) {
        sql += " AND status IN (";
        for (qsizetype i = 0; i < statuses.size(); ++i)
            sql += i == 0 ? "?" : ",?";
        sql += ")";
    }
    if (cursorId >= 0)
        sql += " AND (created < ? OR (created = ? AND id < ?))";
    sql += " ORDER BY created DESC, id DESC LIMIT ? OFFSET ?";
    SqliteStatement q(m_store.db().handle(), sql.constData());
    int bind = 1;
    q.bind(bind++, tenant.id);
    for (const QString &s : std::as_const(statuses))
        q.bind(bind++, s);
    if (cursorId >= 0) {
        q.bind(bind++, cursorTime);
        q.bind(bind++, cursorTime);
        q.bind(bind++, cursorId);
    }
    q.bind(bind++, limit < 0 ? qint64(-1) : limit + 1);
    q.bind(bind++, skip);

    QByteArray out = "{\"records\":[";
    qint64 count = 0;
    bool more = false;
    QByteArray lastOffset;
    while (q.step()) {
        if (limit >= 0 && count == limit) {
            more = true;
            break;
        }
        if (count > 0)
            out += ',';
        int size = 0;
        const char *json = q.data(0, &size);
        out.append(json, size);
        lastOffset = QByteArray::number(q.int64(1)) + '_' + QByteArray::number(q.int64(2));
        ++count;
    }
    out += "],\"page\":{\"sortField\":\"createdTime\",\"sort\":\"desc\",\"pageOffset\":\""
            + lastOffset + "\",\"pageSize\":" + QByteArray::number(count) + "},\"link\":{";
    if (more) {
        QByteArray next
                = "/export/jobs/?limit=" + QByteArray::number(limit) + "&offset=" + lastOffset;
        if (!statuses.isEmpty())
            next += "&status=" + statuses.join(u',').toUtf8();
        out += "\"next\":\"" + next + '"';
    }
    out += "}}";
    return HttpResponse::json(200, out);
}

HttpResponse ExportJobRoutes::get(const HttpRequest &request, const Tenant &tenant, qint64 id)
{
    auto &q = m_store.db().cached("SELECT json FROM jobs WHERE id = ? AND tenant = ?");
    q.bind(1, id).bind(2, tenant.id);
    if (!q.step())
        return ErrorBody::service(404, request.requestId,
                                  QStringLiteral("Export job %1 was not found").arg(id));
    return HttpResponse::json(200, q.bytes(0));
}

HttpResponse ExportJobRoutes::cancel(const HttpRequest &request, const Tenant &tenant, qint64 id)
{
    auto &q = m_store.db().cached("SELECT status FROM jobs WHERE id = ? AND tenant = ?");
    q.bind(1, id).bind(2, tenant.id);
    if (!q.step())
        return ErrorBody::service(404, request.requestId,
                                  QStringLiteral("Export job %1 was not found").arg(id));
    const QString status = q.text(0);
    q.reset();
    if (status != u"NEW" && status != u"PROCESSING")
        return ErrorBody::service(
                409, request.requestId,
                QStringLiteral("Export job %1 has already ended (%2) and cannot be "
                               "cancelled")
                        .arg(id)
                        .arg(status));
    m_store.db().cached("UPDATE jobs SET cancel_requested = 1 WHERE id = ?").bind(1, id).exec();
    m_engine.cancel(id, m_store);
    return HttpResponse::json(200,
                              QJsonDocument(QJsonObject{
                                      {QStringLiteral("status"), true},
                                      {QStringLiteral("message"),
                                       QStringLiteral("Export job has been marked for cancelling")},
                              }));
}

} // namespace Emulator
