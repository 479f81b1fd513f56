#include "StateStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Emulator {

namespace {

const char schemaSql[] = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tenants(
    id INTEGER PRIMARY KEY, org TEXT NOT NULL, sandbox TEXT NOT NULL, UNIQUE(org, sandbox));
CREATE TABLE IF NOT EXISTS tokens(
    hash TEXT PRIMARY KEY, client TEXT NOT NULL, org TEXT NOT NULL, expires INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS datasets(
    id TEXT PRIMARY KEY, tenant INTEGER NOT NULL, created INTEGER NOT NULL,
    updated INTEGER NOT NULL, schema_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS datasets_by_tenant ON datasets(tenant, deleted, created);
CREATE TABLE IF NOT EXISTS jobs(
    id INTEGER PRIMARY KEY AUTOINCREMENT, tenant INTEGER NOT NULL, created INTEGER NOT NULL,
    status TEXT NOT NULL, cancel_requested INTEGER NOT NULL DEFAULT 0,
    request TEXT NOT NULL, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS jobs_by_time ON jobs(tenant, created DESC, id DESC);
CREATE INDEX IF NOT EXISTS jobs_by_status ON jobs(tenant, status, created DESC, id DESC);
CREATE TABLE IF NOT EXISTS batches(
    id TEXT PRIMARY KEY, tenant INTEGER NOT NULL, dataset TEXT NOT NULL, job INTEGER,
    status TEXT NOT NULL, created INTEGER NOT NULL, updated INTEGER NOT NULL,
    started INTEGER, completed INTEGER, record_count INTEGER NOT NULL DEFAULT 0,
    errors TEXT NOT NULL DEFAULT '[]');
CREATE INDEX IF NOT EXISTS batches_by_job ON batches(job);
CREATE TABLE IF NOT EXISTS files(
    id TEXT PRIMARY KEY, batch TEXT NOT NULL, tenant INTEGER NOT NULL, seq INTEGER NOT NULL,
    name TEXT NOT NULL, path TEXT NOT NULL, records INTEGER NOT NULL, size INTEGER NOT NULL,
    created INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS files_by_batch ON files(batch, seq);
CREATE TABLE IF NOT EXISTS segments(
    tenant INTEGER NOT NULL, idx INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
    created INTEGER NOT NULL, updated INTEGER NOT NULL, json TEXT NOT NULL,
    PRIMARY KEY(tenant, idx));
CREATE UNIQUE INDEX IF NOT EXISTS segments_by_id ON segments(tenant, id);
CREATE TABLE IF NOT EXISTS merge_policies(
    tenant INTEGER NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL, is_default INTEGER NOT NULL,
    version INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY(tenant, seq));
CREATE UNIQUE INDEX IF NOT EXISTS merge_policies_by_id ON merge_policies(tenant, id);
CREATE TABLE IF NOT EXISTS audiences(
    tenant INTEGER NOT NULL, seq INTEGER NOT NULL, audience_id TEXT NOT NULL,
    namespace TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY(tenant, seq));
CREATE TABLE IF NOT EXISTS profiles(
    tenant INTEGER NOT NULL, id INTEGER NOT NULL, has_record INTEGER NOT NULL,
    ecid TEXT NOT NULL, email TEXT, crm TEXT, first_name TEXT, last_name TEXT,
    street TEXT, city TEXT, postal_code TEXT, country TEXT,
    created INTEGER NOT NULL, updated INTEGER NOT NULL,
    PRIMARY KEY(tenant, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS memberships(
    tenant INTEGER NOT NULL, profile INTEGER NOT NULL, segment INTEGER NOT NULL,
    status INTEGER NOT NULL, qualified INTEGER NOT NULL,
    PRIMARY KEY(tenant, profile, segment)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS memberships_by_segment ON memberships(tenant, segment, profile, status, qualified);
CREATE TABLE IF NOT EXISTS events(
    tenant INTEGER NOT NULL, profile INTEGER NOT NULL, seq INTEGER NOT NULL,
    event_id TEXT NOT NULL, ts INTEGER NOT NULL, ingested INTEGER NOT NULL,
    event_type TEXT NOT NULL, browser TEXT NOT NULL, browser_version TEXT NOT NULL,
    url TEXT NOT NULL, PRIMARY KEY(tenant, profile, seq)) WITHOUT ROWID;
)sql";

} // namespace

QString StateStore::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("state.sqlite"));
}

bool StateStore::open(const QString &dataDir, QString *error)
{
    m_dataDir = dataDir;
    if (!QDir().mkpath(dataDir)) {
        if (error)
            *error = QStringLiteral("cannot create the folder %1").arg(dataDir);
        return false;
    }
    if (!m_db.open(databasePath(dataDir), error))
        return false;
    if (!createSchema()) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    return true;
}

bool StateStore::createSchema()
{
    if (!m_db.exec(schemaSql))
        return false;
    // Job ids look like the platform's (four digits and up).
    auto &seq = m_db.cached("SELECT COUNT(*) FROM sqlite_sequence WHERE name = 'jobs'");
    const bool fresh = seq.step() && seq.int64(0) == 0;
    seq.reset();
    if (fresh)
        m_db.exec("INSERT INTO sqlite_sequence(name, seq) VALUES('jobs', 1000)");
    return true;
}

qint64 StateStore::ensureTenant(const QString &org, const QString &sandbox)
{
    if (const auto t = tenant(org, sandbox))
        return t->id;
    m_db.cached("INSERT INTO tenants(org, sandbox) VALUES(?, ?)")
            .bind(1, org)
            .bind(2, sandbox)
            .exec();
    return m_db.lastInsertRowId();
}

std::optional<Tenant> StateStore::tenant(const QString &org, const QString &sandbox)
{
    auto &q = m_db.cached("SELECT id FROM tenants WHERE org = ? AND sandbox = ?");
    q.bind(1, org).bind(2, sandbox);
    if (!q.step())
        return std::nullopt;
    const Tenant t{q.int64(0), org, sandbox};
    q.reset();
    return t;
}

QList<Tenant> StateStore::tenants()
{
    QList<Tenant> result;
    auto &q = m_db.cached("SELECT id, org, sandbox FROM tenants ORDER BY id");
    while (q.step())
        result.append(Tenant{q.int64(0), q.text(1), q.text(2)});
    return result;
}

QString StateStore::meta(const char *key)
{
    auto &q = m_db.cached("SELECT value FROM meta WHERE key = ?");
    q.bind(1, QByteArray(key));
    const QString value = q.step() ? q.text(0) : QString();
    q.reset();
    return value;
}

void StateStore::setMeta(const char *key, const QString &value)
{
    m_db.cached("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)")
            .bind(1, QByteArray(key))
            .bind(2, value)
            .exec();
}

int StateStore::failInterruptedJobs(qint64 nowMs)
{
    struct Interrupted
    {
        qint64 id;
        QByteArray json;
    };
    QList<Interrupted> jobs;
    {
        auto &q = m_db.cached("SELECT id, json FROM jobs WHERE status IN ('NEW', 'PROCESSING')");
        while (q.step())
            jobs.append({q.int64(0), q.bytes(1)});
    }
    if (jobs.isEmpty())
        return 0;
    SqliteTransaction transaction(m_db);
    for (const Interrupted &job : jobs) {
        QJsonObject o = QJsonDocument::fromJson(job.json).object();
        o.insert(QStringLiteral("status"), QStringLiteral("FAILED"));
        o.insert(QStringLiteral("updateTime"), double(nowMs));
        o.insert(QStringLiteral("errors"),
                 QJsonArray{QJsonObject{
                         {QStringLiteral("code"), QStringLiteral("0090000010")},
                         {QStringLiteral("msg"),
                          QStringLiteral("Export job %1 was interrupted: the platform stopped "
                                         "while the job was running")
                                  .arg(job.id)},
                         {QStringLiteral("callStack"),
                          QStringLiteral("com.adobe.aep.unifiedprofile.export.JobInterrupted")},
                 }});
        QJsonObject metrics = o.value(QStringLiteral("metrics")).toObject();
        for (const QString &phase :
             {QStringLiteral("totalTime"), QStringLiteral("profileExportTime"),
              QStringLiteral("aCPDatasetWriteTime")}) {
            if (!metrics.contains(phase))
                continue;
            QJsonObject p = metrics.value(phase).toObject();
            if (p.contains(QStringLiteral("endTimeInMs")))
                continue;
            const qint64 start = qint64(p.value(QStringLiteral("startTimeInMs")).toDouble());
            const qint64 end = std::max(start, nowMs);
            p.insert(QStringLiteral("endTimeInMs"), double(end));
            p.insert(QStringLiteral("totalTimeInMs"), double(end - start));
            metrics.insert(phase, p);
        }
        o.insert(QStringLiteral("metrics"), metrics);
        m_db.cached("UPDATE jobs SET status = 'FAILED', json = ? WHERE id = ?")
                .bind(1, QJsonDocument(o).toJson(QJsonDocument::Compact))
                .bind(2, job.id)
                .exec();
        m_db.cached("UPDATE batches SET status = 'failed', updated = ?, completed = ? "
                    "WHERE job = ? AND status IN ('queued', 'processing')")
                .bind(1, nowMs)
                .bind(2, nowMs)
                .bind(3, job.id)
                .exec();
    }
    transaction.commit();
    return int(jobs.size());
}

} // namespace Emulator
