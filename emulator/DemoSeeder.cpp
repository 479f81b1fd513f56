#include "DemoSeeder.h"

#include "CatalogRoutes.h"
#include "Chaos.h"
#include "Credentials.h"
#include "ExportRunner.h"
#include "StateStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace Emulator {

namespace {

constexpr qint64 Minute = 60000;

QString randomHex(int length)
{
    static const char hex[] = "0123456789abcdef";
    QString id(length, u'0');
    for (QChar &c : id)
        c = QLatin1Char(hex[QRandomGenerator::global()->bounded(16)]);
    return id;
}

QJsonObject phase(qint64 start, qint64 end)
{
    return QJsonObject{{QStringLiteral("startTimeInMs"), double(start)},
                       {QStringLiteral("endTimeInMs"), double(end)},
                       {QStringLiteral("totalTimeInMs"), double(end - start)}};
}

QString insertDataset(StateStore &store, qint64 tenant, const QString &org, const QString &name,
                      const QString &schemaId, qint64 created)
{
    const QString id = randomHex(24);
    const QJsonObject dataset{
            {QStringLiteral("name"), name},
            {QStringLiteral("description"),
             QStringLiteral("Created by the local platform's demo data")},
            {QStringLiteral("schemaRef"),
             QJsonObject{{QStringLiteral("id"), schemaId},
                         {QStringLiteral("contentType"),
                          QStringLiteral("application/vnd.adobe.xed+json;version=1")}}},
            {QStringLiteral("fileDescription"),
             QJsonObject{{QStringLiteral("persisted"), true},
                         {QStringLiteral("containerFormat"), QStringLiteral("parquet")},
                         {QStringLiteral("format"), QStringLiteral("parquet")}}},
            {QStringLiteral("tags"), QJsonObject()},
            {QStringLiteral("created"), double(created)},
            {QStringLiteral("updated"), double(created)},
            {QStringLiteral("imsOrg"), org},
            {QStringLiteral("sandbox"), QStringLiteral("prod")},
            {QStringLiteral("sandboxName"), QStringLiteral("prod")},
            {QStringLiteral("version"), QStringLiteral("1.0.0")},
    };
    store.db()
            .cached("INSERT INTO datasets(id, tenant, created, updated, schema_id, json) "
                    "VALUES(?, ?, ?, ?, ?, ?)")
            .bind(1, id)
            .bind(2, tenant)
            .bind(3, created)
            .bind(4, created)
            .bind(5, schemaId)
            .bind(6, QJsonDocument(dataset).toJson(QJsonDocument::Compact))
            .exec();
    return id;
}

} // namespace

DemoSeeder::DemoSeeder(StateStore &store, const PlatformOptions &options,
                       std::shared_ptr<Chaos> chaos)
    : m_store(store)
    , m_options(options)
    , m_chaos(std::move(chaos))
{ }

bool DemoSeeder::seed(QString *error)
{
    const Credentials demo = Credentials::demo();
    const auto tenant = m_store.tenant(demo.orgId, QStringLiteral("prod"));
    if (!tenant) {
        *error = QStringLiteral("the demo sandbox is missing");
        return false;
    }
    SqliteDatabase &db = m_store.db();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24 * 60 * Minute;
    const QString unionDataset
            = insertDataset(m_store, tenant->id, demo.orgId, QStringLiteral("Profile Data Export"),
                            CatalogRoutes::unionSchemaId, now - 7 * day);
    insertDataset(m_store, tenant->id, demo.orgId, QStringLiteral("Campaign responses"),
                  QStringLiteral("https://ns.adobe.com/exportstudio/schemas/campaign-responses"),
                  now - 6 * day);

    QString segmentId, mergePolicyId;
    {
        auto &q = db.cached("SELECT id FROM segments WHERE tenant = ? AND idx = 2");
        q.bind(1, tenant->id);
        if (q.step())
            segmentId = q.text(0);
        q.reset();
        auto &p = db.cached("SELECT id FROM merge_policies WHERE tenant = ? AND is_default = 1");
        p.bind(1, tenant->id);
        if (p.step())
            mergePolicyId = p.text(0);
        p.reset();
    }

    struct Past
    {
        const char *status;
        qint64 created;
    };
    const Past jobs[]
            = {{"SUCCEEDED", now - 3 * day}, {"FAILED", now - 2 * day}, {"CANCELLED", now - day}};
    for (const Past &past : jobs) {
        const QString batch = randomHex(32);
        const QJsonObject request{
                {QStringLiteral("fields"),
                 QStringLiteral("identities.id,personalEmail.address,person.name")},
                {QStringLiteral("mergePolicy"),
                 QJsonObject{{QStringLiteral("id"), mergePolicyId},
                             {QStringLiteral("version"), 1}}},
                {QStringLiteral("filter"),
                 QJsonObject{{QStringLiteral("segments"),
                              QJsonArray{QJsonObject{
                                      {QStringLiteral("segmentId"), segmentId},
                                      {QStringLiteral("segmentNs"), QStringLiteral("ups")},
                                      {QStringLiteral("status"),
                                       QJsonArray{QStringLiteral("realized"),
                                                  QStringLiteral("existing")}}}}}}},
                {QStringLiteral("destination"),
                 QJsonObject{{QStringLiteral("datasetId"), unionDataset},
                             {QStringLiteral("segmentPerBatch"), false}}},
                {QStringLiteral("schema"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("_xdm.context.profile")}}},
        };
        QJsonObject job = request;
        job.insert(QStringLiteral("profileInstanceId"), QStringLiteral("ups"));
        job.insert(QStringLiteral("jobType"), QStringLiteral("BATCH"));
        job.insert(QStringLiteral("status"), QStringLiteral("NEW"));
        job.insert(QStringLiteral("requestId"), randomHex(32));
        job.insert(QStringLiteral("imsOrgId"), demo.orgId);
        job.insert(QStringLiteral("computeGatewayJobId"), QJsonObject());
        job.insert(QStringLiteral("metrics"),
                   QJsonObject{
                           {QStringLiteral("totalTime"),
                            QJsonObject{{QStringLiteral("startTimeInMs"), double(past.created)}}}});
        job.insert(QStringLiteral("creationTime"), double(past.created));
        job.insert(QStringLiteral("updateTime"), double(past.created));
        QJsonObject destination = request.value(u"destination").toObject();
        destination.insert(QStringLiteral("batchId"), batch);
        job.insert(QStringLiteral("destination"), destination);

        SqliteTransaction transaction(db);
        db.cached("INSERT INTO jobs(tenant, created, status, request, json) VALUES(?, ?, 'NEW', ?, "
                  "'{}')")
                .bind(1, tenant->id)
                .bind(2, past.created)
                .bind(3, QJsonDocument(request).toJson(QJsonDocument::Compact))
                .exec();
        const qint64 id = db.lastInsertRowId();
        job.insert(QStringLiteral("id"), double(id));
        db.cached("INSERT INTO batches(id, tenant, dataset, job, status, created, updated) "
                  "VALUES(?, ?, ?, ?, 'queued', ?, ?)")
                .bind(1, batch)
                .bind(2, tenant->id)
                .bind(3, unionDataset)
                .bind(4, id)
                .bind(5, past.created)
                .bind(6, past.created)
                .exec();
        db.cached("UPDATE jobs SET json = ? WHERE id = ?")
                .bind(1, QJsonDocument(job).toJson(QJsonDocument::Compact))
                .bind(2, id)
                .exec();
        if (!transaction.commit()) {
            *error = db.lastError();
            return false;
        }

        const qint64 t0 = past.created;
        QJsonObject metrics;
        if (qstrcmp(past.status, "SUCCEEDED") == 0) {
            // A real run for real files, then dated back to look like yesterday's work.
            PlatformOptions fast = m_options;
            fast.paceSeconds = 0;
            ExportRunner(m_store.dataDir(), fast, std::make_shared<Chaos>(),
                         std::make_shared<JobControl>(), id)
                    .run();
            auto &q = db.cached("SELECT json FROM jobs WHERE id = ?");
            q.bind(1, id);
            q.step();
            job = QJsonDocument::fromJson(q.bytes(0)).object();
            q.reset();
            metrics = job.value(u"metrics").toObject();
            metrics.insert(QStringLiteral("totalTime"), phase(t0, t0 + 4 * Minute + 19344));
            metrics.insert(QStringLiteral("profileExportTime"), phase(t0 + 93550, t0 + 165681));
            metrics.insert(QStringLiteral("aCPDatasetWriteTime"), phase(t0 + 221277, t0 + 221820));
        } else if (qstrcmp(past.status, "FAILED") == 0) {
            metrics.insert(QStringLiteral("totalTime"), phase(t0, t0 + 8 * Minute + 25864));
            metrics.insert(QStringLiteral("profileExportTime"), phase(t0 + 455524, t0 + 502122));
            job.insert(
                    QStringLiteral("errors"),
                    QJsonArray{
                            QJsonObject{{QStringLiteral("code"), QStringLiteral("0090000009")},
                                        {QStringLiteral("msg"),
                                         QStringLiteral("Error writing profiles to output path "
                                                        "'file://%1/datasets/%2/exports/%3'")
                                                 .arg(m_store.dataDir(), unionDataset)
                                                 .arg(id)},
                                        {QStringLiteral("callStack"),
                                         QStringLiteral("com.adobe.aep.unifiedprofile.common."
                                                        "logging.Logger")}},
                            QJsonObject{
                                    {QStringLiteral("code"), QStringLiteral("unknown")},
                                    {QStringLiteral("msg"), QStringLiteral("Job aborted.")},
                                    {QStringLiteral("callStack"),
                                     QStringLiteral(
                                             "org.apache.spark.SparkException: Job aborted.")}}});
            job.insert(QStringLiteral("computeGatewayJobId"),
                       QJsonObject{{QStringLiteral("exportJob"),
                                    QUuid::createUuid().toString(QUuid::WithoutBraces)}});
            destination.insert(QStringLiteral("batchId"), QString());
            job.insert(QStringLiteral("destination"), destination);
        } else {
            metrics.insert(QStringLiteral("totalTime"), phase(t0, t0 + 2 * Minute + 4411));
            metrics.insert(QStringLiteral("profileExportTime"), phase(t0 + 61020, t0 + 124411));
            job.insert(QStringLiteral("computeGatewayJobId"),
                       QJsonObject{{QStringLiteral("exportJob"),
                                    QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        }
        const qint64 end
                = qint64(metrics.value(u"totalTime").toObject().value(u"endTimeInMs").toDouble());
        job.insert(QStringLiteral("metrics"), metrics);
        job.insert(QStringLiteral("status"), QLatin1String(past.status));
        job.insert(QStringLiteral("updateTime"), double(end));
        const char *batchStatus = qstrcmp(past.status, "SUCCEEDED") == 0 ? "success"
                : qstrcmp(past.status, "FAILED") == 0                    ? "failed"
                                                                         : "aborted";
        SqliteTransaction update(db);
        db.cached("UPDATE jobs SET status = ?, json = ? WHERE id = ?")
                .bind(1, QByteArray(past.status))
                .bind(2, QJsonDocument(job).toJson(QJsonDocument::Compact))
                .bind(3, id)
                .exec();
        db.cached("UPDATE batches SET status = ?, started = ?, completed = ?, updated = ?, "
                  "errors = ? WHERE id = ?")
                .bind(1, QByteArray(batchStatus))
                .bind(2, t0 + 60000)
                .bind(3, end)
                .bind(4, end)
                .bind(5,
                      qstrcmp(past.status, "FAILED") == 0
                              ? QJsonDocument(job.value(u"errors").toArray())
                                        .toJson(QJsonDocument::Compact)
                              : QByteArray("[]"))
                .bind(6, batch)
                .exec();
        if (!update.commit()) {
            *error = db.lastError();
            return false;
        }
    }
    return true;
}

} // namespace Emulator
