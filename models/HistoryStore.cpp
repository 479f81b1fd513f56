#include "HistoryStore.h"

#include "PhaseSpan.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QPointer>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const char *const Schema[] = {
        "CREATE TABLE IF NOT EXISTS scopes (id INTEGER PRIMARY KEY, connection TEXT NOT NULL, "
        "sandbox TEXT NOT NULL, UNIQUE (connection, sandbox))",
        "CREATE TABLE IF NOT EXISTS jobs (scope INTEGER NOT NULL REFERENCES scopes(id), "
        "id INTEGER NOT NULL, status TEXT NOT NULL, created INTEGER, updated INTEGER, "
        "duration INTEGER, json BLOB NOT NULL, PRIMARY KEY (scope, id))",
        "CREATE INDEX IF NOT EXISTS jobs_by_creation ON jobs (scope, created DESC, id DESC)",
        "CREATE INDEX IF NOT EXISTS jobs_by_duration ON jobs (scope, status, duration)",
};

// A problem with the database, translated (QCoreApplication::translate is thread-safe), with
// the database's own words after it.
QString text(const char *source, const QString &detail)
{
    return QCoreApplication::translate("HistoryStore", source).arg(detail);
}

const char *const CannotOpen = QT_TRANSLATE_NOOP("HistoryStore", "Cannot open the job history: %1");
const char *const CannotPrepare
        = QT_TRANSLATE_NOOP("HistoryStore", "Cannot prepare the job history: %1");
const char *const CannotRead = QT_TRANSLATE_NOOP("HistoryStore", "Cannot read the job history: %1");
const char *const CannotWrite
        = QT_TRANSLATE_NOOP("HistoryStore", "Cannot write the job history: %1");

} // namespace

// The connection of the store's thread. Opened on first use, on that thread.
class HistoryStore::Database
{
public:
    explicit Database(QString fileName)
        : m_fileName(std::move(fileName))
        , m_connection(u"es-history-%1"_s.arg(quintptr(this), 0, 16))
    { }

    ~Database()
    {
        if (m_opened) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    // Empty on success, else a translated problem.
    QString open()
    {
        if (m_opened)
            return m_openError;
        m_opened = true;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(m_fileName);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            m_openError = text(CannotOpen, describe(db.lastError()));
            return m_openError;
        }
        QSqlQuery q(db);
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"})
            q.exec(QString::fromLatin1(pragma));
        for (const char *statement : Schema) {
            if (!q.exec(QString::fromLatin1(statement))) {
                m_openError = text(CannotPrepare, describe(q.lastError()));
                return m_openError;
            }
        }
        return {};
    }

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    // The scope's row id; creates it when `create`. -1 when absent or on error.
    qint64 scopeId(const HistoryScope &scope, bool create, QString *error)
    {
        const auto key = std::make_pair(scope.connectionKey, scope.sandbox);
        if (const auto it = m_scopes.constFind(key); it != m_scopes.constEnd())
            return *it;
        QSqlQuery q(db());
        q.prepare(u"SELECT id FROM scopes WHERE connection = ? AND sandbox = ?"_s);
        q.addBindValue(scope.connectionKey);
        q.addBindValue(scope.sandbox);
        if (!q.exec()) {
            *error = text(CannotRead, describe(q.lastError()));
            return -1;
        }
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            m_scopes.insert(key, id);
            return id;
        }
        if (!create)
            return -1;
        q.prepare(u"INSERT INTO scopes (connection, sandbox) VALUES (?, ?)"_s);
        q.addBindValue(scope.connectionKey);
        q.addBindValue(scope.sandbox);
        if (!q.exec()) {
            *error = text(CannotWrite, describe(q.lastError()));
            return -1;
        }
        const qint64 id = q.lastInsertId().toLongLong();
        m_scopes.insert(key, id);
        return id;
    }

    void forgetScopes() { m_scopes.clear(); }

    static QString describe(const QSqlError &error) { return error.text(); }

private:
    QString m_fileName;
    QString m_connection;
    bool m_opened = false;
    QString m_openError;
    QHash<std::pair<QString, QString>, qint64> m_scopes;
};

HistoryStore::HistoryStore(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_fileName(QDir(dataDir).filePath(u"history.sqlite"_s))
    , m_thread(new QThread)
    , m_worker(new QObject)
    , m_db(std::make_shared<Database>(m_fileName))
{
    QDir().mkpath(dataDir);
    m_thread->setObjectName(u"HistoryStore"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

HistoryStore::~HistoryStore()
{
    // The connection closes on the thread that opened it, after the work queued before: the
    // last reference to it goes with this final call.
    QMetaObject::invokeMethod(
            m_worker,
            [db = std::move(m_db)]() mutable {
                db.reset();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

void HistoryStore::post(std::function<void(Database &)> work)
{
    QMetaObject::invokeMethod(
            m_worker, [db = m_db, work = std::move(work)] { work(*db); }, Qt::QueuedConnection);
}

void HistoryStore::deliver(std::function<void()> work)
{
    QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

namespace {

// The callbacks of one request, made and checked on the caller's thread; the store's thread
// only carries them along.
template<typename... Callbacks>
struct Sink
{
    QPointer<QObject> context;
    std::tuple<Callbacks...> callbacks;
};

} // namespace

HistoryLoad HistoryStore::load(const HistoryScope &scope, QObject *context, ChunkCallback chunk,
                               DoneCallback done, int chunkSize)
{
    HistoryLoad handle;
    handle.m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto sink = std::make_shared<Sink<ChunkCallback, DoneCallback>>(
            Sink<ChunkCallback, DoneCallback>{context, {std::move(chunk), std::move(done)}});
    const auto cancelled = handle.m_cancelled;
    chunkSize = std::max(chunkSize, 1);
    post([this, scope, sink, cancelled, chunkSize](Database &db) {
        const auto finish = [&](int count, const QString &error) {
            deliver([sink, cancelled, count, error] {
                if (sink->context && !cancelled->load())
                    std::get<1>(sink->callbacks)(count, error);
            });
        };
        QString error = db.open();
        const qint64 scopeId = error.isEmpty() ? db.scopeId(scope, false, &error) : -1;
        if (!error.isEmpty() || scopeId < 0) {
            finish(0, error);
            return;
        }
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        q.prepare(u"SELECT json FROM jobs WHERE scope = ? ORDER BY created DESC, id DESC"_s);
        q.addBindValue(scopeId);
        if (!q.exec()) {
            finish(0, text(CannotRead, Database::describe(q.lastError())));
            return;
        }
        int count = 0;
        QList<ExportJob> jobs;
        jobs.reserve(chunkSize);
        const auto flush = [&] {
            deliver([sink, cancelled, jobs = std::move(jobs)] {
                if (sink->context && !cancelled->load())
                    std::get<0>(sink->callbacks)(jobs);
            });
            jobs = QList<ExportJob>();
            jobs.reserve(chunkSize);
        };
        while (q.next()) {
            if (cancelled->load())
                return;
            const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray());
            if (auto job = ExportJob::fromJson(doc.object())) {
                jobs.append(std::move(*job));
                ++count;
            }
            if (jobs.size() >= chunkSize)
                flush();
        }
        if (!jobs.isEmpty())
            flush();
        finish(count, {});
    });
    return handle;
}

void HistoryStore::save(const HistoryScope &scope, const QList<ExportJob> &jobs)
{
    if (jobs.isEmpty() || !scope.isValid())
        return;
    post([this, scope, jobs](Database &db) {
        const auto fail = [this](const QString &message) {
            deliver([this, message] { emit errorOccurred(message); });
        };
        QString error = db.open();
        const qint64 scopeId = error.isEmpty() ? db.scopeId(scope, true, &error) : -1;
        if (!error.isEmpty() || scopeId < 0) {
            fail(error);
            return;
        }
        QSqlDatabase sql = db.db();
        sql.transaction();
        QSqlQuery q(sql);
        q.prepare(u"INSERT INTO jobs (scope, id, status, created, updated, duration, json) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (scope, id) DO UPDATE SET "
                  "status = excluded.status, created = excluded.created, "
                  "updated = excluded.updated, duration = excluded.duration, "
                  "json = excluded.json"_s);
        const QVariant null = QVariant(QMetaType::fromType<qint64>());
        for (const ExportJob &job : jobs) {
            q.bindValue(0, scopeId);
            q.bindValue(1, job.id);
            // The platform's spelling, so queries find "SUCCEEDED" however it was written.
            q.bindValue(2,
                        job.status() == JobStatus::Unknown ? job.statusText()
                                                           : jobStatusText(job.status()));
            q.bindValue(3, job.creationTime ? QVariant(*job.creationTime) : null);
            q.bindValue(4, job.updateTime ? QVariant(*job.updateTime) : null);
            q.bindValue(5, job.isTerminal() ? QVariant(jobDurationMs(job, 0)) : null);
            q.bindValue(6, QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact));
            if (!q.exec()) {
                sql.rollback();
                fail(text(CannotWrite, Database::describe(q.lastError())));
                return;
            }
        }
        if (!sql.commit())
            fail(text(CannotWrite, Database::describe(sql.lastError())));
    });
}

void HistoryStore::succeededDurationPercentile(const HistoryScope &scope, double fraction,
                                               int minSamples, QObject *context,
                                               PercentileCallback done)
{
    auto sink = std::make_shared<Sink<PercentileCallback>>(
            Sink<PercentileCallback>{context, {std::move(done)}});
    post([this, scope, fraction, minSamples, sink](Database &db) {
        std::optional<qint64> value;
        int samples = 0;
        QString error = db.open();
        const qint64 scopeId = error.isEmpty() ? db.scopeId(scope, false, &error) : -1;
        if (scopeId >= 0) {
            QSqlQuery q(db.db());
            q.prepare(u"SELECT COUNT(*) FROM jobs WHERE scope = ? AND status = 'SUCCEEDED' "
                      "AND duration IS NOT NULL"_s);
            q.addBindValue(scopeId);
            if (q.exec() && q.next())
                samples = q.value(0).toInt();
            if (samples > 0 && samples >= minSamples) {
                // Nearest rank: the smallest duration at or above `fraction` of the samples.
                const int rank = std::clamp(int(std::ceil(fraction * samples)), 1, samples);
                q.prepare(u"SELECT duration FROM jobs WHERE scope = ? AND status = 'SUCCEEDED' "
                          "AND duration IS NOT NULL ORDER BY duration LIMIT 1 OFFSET ?"_s);
                q.addBindValue(scopeId);
                q.addBindValue(rank - 1);
                if (q.exec() && q.next())
                    value = q.value(0).toLongLong();
            }
        }
        deliver([sink, value, samples] {
            if (sink->context)
                std::get<0>(sink->callbacks)(value, samples);
        });
    });
}

void HistoryStore::forget(const HistoryScope &scope)
{
    post([scope](Database &db) {
        QString error = db.open();
        const qint64 scopeId = error.isEmpty() ? db.scopeId(scope, false, &error) : -1;
        if (scopeId < 0)
            return;
        QSqlQuery q(db.db());
        q.prepare(u"DELETE FROM jobs WHERE scope = ?"_s);
        q.addBindValue(scopeId);
        q.exec();
    });
}

bool HistoryStore::waitForIdle(int timeoutMs)
{
    auto done = std::make_shared<QSemaphore>();
    post([done](Database &) { done->release(); });
    return done->tryAcquire(1, timeoutMs);
}
