#include "ExportEngine.h"

#include "StateStore.h"

#include <QDateTime>

namespace Emulator {

ExportEngine::ExportEngine(const QString &dataDir, const PlatformOptions &options,
                           std::shared_ptr<Chaos> chaos)
    : m_dataDir(dataDir)
    , m_options(options)
    , m_chaos(std::move(chaos))
    , m_pace(std::make_shared<std::atomic<double>>(options.paceSeconds))
{
    m_pool.setMaxThreadCount(std::max(1, options.exportWorkers));
    m_pool.setObjectName(QStringLiteral("ExportWorkers"));
}

ExportEngine::~ExportEngine()
{
    shutdown();
}

void ExportEngine::submit(qint64 jobId)
{
    auto control = std::make_shared<JobControl>();
    control->pace = m_pace;
    PlatformOptions options;
    {
        QMutexLocker locker(&m_mutex);
        options = m_options;
    }
    QRunnable *runnable = QRunnable::create([this, control, options, jobId] {
        ExportRunner(m_dataDir, options, m_chaos, control, jobId).run();
        finished(jobId);
    });
    runnable->setAutoDelete(true);
    QMutexLocker locker(&m_mutex);
    m_jobs.insert(jobId, Entry{control, runnable});
    m_pool.start(runnable);
}

void ExportEngine::cancel(qint64 jobId, StateStore &store)
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end()) {
        locker.unlock();
        ExportRunner::finishCancelled(store, jobId, QDateTime::currentMSecsSinceEpoch());
        return;
    }
    it->control->cancel = true;
    if (!it->control->started && m_pool.tryTake(it->runnable)) {
        delete it->runnable;
        m_jobs.erase(it);
        locker.unlock();
        ExportRunner::finishCancelled(store, jobId, QDateTime::currentMSecsSinceEpoch());
    }
}

void ExportEngine::setPace(double seconds)
{
    m_pace->store(seconds);
}

void ExportEngine::finished(qint64 jobId)
{
    QMutexLocker locker(&m_mutex);
    m_jobs.remove(jobId);
}

void ExportEngine::shutdown()
{
    {
        QMutexLocker locker(&m_mutex);
        for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
            it->control->shutdown = true;
            if (!it->control->started && m_pool.tryTake(it->runnable))
                delete it->runnable;
        }
    }
    m_pool.waitForDone();
    QMutexLocker locker(&m_mutex);
    m_jobs.clear();
}

bool ExportEngine::waitForIdle(int timeoutMs)
{
    return m_pool.waitForDone(timeoutMs);
}

} // namespace Emulator
