#pragma once

#include "ExportRunner.h"
#include "PlatformOptions.h"

#include <QHash>
#include <QMutex>
#include <QThreadPool>

#include <memory>

namespace Emulator {

class Chaos;
class StateStore;

// Runs export jobs on worker threads (never the server thread), a few at a time.
class ExportEngine
{
public:
    ExportEngine(const QString &dataDir, const PlatformOptions &options,
                 std::shared_ptr<Chaos> chaos);
    ~ExportEngine();
    ExportEngine(const ExportEngine &) = delete;
    ExportEngine &operator=(const ExportEngine &) = delete;

    void submit(qint64 jobId);
    // Marks the job for cancelling. A job still waiting for a worker is taken off the queue
    // and ends CANCELLED at once (through the caller's store); a running one stops at its
    // next check, within milliseconds.
    void cancel(qint64 jobId, StateStore &store);
    void setPace(double seconds);
    // Stops every job where it is, as a crash would: the next start marks them FAILED.
    void shutdown();
    bool waitForIdle(int timeoutMs);

private:
    void finished(qint64 jobId);

    QString m_dataDir;
    PlatformOptions m_options;
    std::shared_ptr<Chaos> m_chaos;
    std::shared_ptr<std::atomic<double>> m_pace;
    QThreadPool m_pool;
    QMutex m_mutex;
    struct Entry
    {
        std::shared_ptr<JobControl> control;
        QRunnable *runnable = nullptr;
    };
    QHash<qint64, Entry> m_jobs;
};

} // namespace Emulator
