#pragma once

#include "api/ExportJob.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

// Whose jobs: one connection (a stable key the application derives from it, such as its base
// URL and organisation) and one sandbox. Histories of different scopes never mix.
struct HistoryScope
{
    QString connectionKey;
    QString sandbox;

    bool isValid() const { return !connectionKey.isEmpty() && !sandbox.isEmpty(); }
    friend bool operator==(const HistoryScope &, const HistoryScope &) = default;
};

// A running load; cancel() stops it between two jobs and drops what it has not delivered.
class HistoryLoad
{
public:
    HistoryLoad() = default;

    void cancel() const
    {
        if (m_cancelled)
            m_cancelled->store(true);
    }
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }

private:
    friend class HistoryStore;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

// Every export job seen, per scope, in SQLite in the user's data folder: the table opens from
// it at once, and jobs the platform no longer lists stay. Each job is kept as its JSON, with its
// id, status, creation and update times and duration in columns of their own for the queries.
// All database work happens on the store's own thread, with its own connection; results come
// back on the thread of the context object given, never after that object is gone.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    using ChunkCallback = std::function<void(const QList<ExportJob> &jobs)>;
    // `error` is empty on success, else translated.
    using DoneCallback = std::function<void(int jobCount, const QString &error)>;
    // nullopt when there are fewer than `minSamples` durations.
    using PercentileCallback = std::function<void(std::optional<qint64> durationMs, int samples)>;

    // `dataDir` is created when missing; the database is history.sqlite inside it.
    explicit HistoryStore(const QString &dataDir, QObject *parent = nullptr);
    // Finishes the writes already queued.
    ~HistoryStore() override;

    QString fileName() const { return m_fileName; }

    // Reads every job of `scope`, newest first, decoding them off the calling thread, and hands
    // them over in chunks of `chunkSize`; `done` follows the last chunk.
    HistoryLoad load(const HistoryScope &scope, QObject *context, ChunkCallback chunk,
                     DoneCallback done, int chunkSize = 2000);
    // Adds or updates the jobs, in one transaction, off the calling thread.
    void save(const HistoryScope &scope, const QList<ExportJob> &jobs);
    // The `fraction` percentile (0.95: 95th) of the durations of the scope's succeeded jobs, by
    // nearest rank, computed in SQL.
    void succeededDurationPercentile(const HistoryScope &scope, double fraction, int minSamples,
                                     QObject *context, PercentileCallback done);
    // Forgets every job of `scope`.
    void forget(const HistoryScope &scope);
    // Blocks until everything queued so far is done; false on timeout. For shutdown and tests.
    bool waitForIdle(int timeoutMs = 30000);

signals:
    // A database problem, translated; the store keeps working where it can.
    void errorOccurred(const QString &message);

private:
    class Database;

    // Runs `work` on the store's thread, in order with everything queued before.
    void post(std::function<void(Database &)> work);
    // Runs `work` on this object's thread.
    void deliver(std::function<void()> work);

    QString m_fileName;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<Database> m_db; // used on m_thread only
};
