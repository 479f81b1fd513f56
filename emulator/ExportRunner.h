#pragma once

#include "PlatformOptions.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Emulator {

class Chaos;
class StateStore;

// What the engine and the routes share about one running job.
struct JobControl
{
    std::atomic<bool> cancel{false};
    std::atomic<bool> shutdown{false};
    std::atomic<bool> started{false};
    // Seconds each stage lasts at least; read while waiting, so a change applies at once.
    std::shared_ptr<std::atomic<double>> pace;
};

// Runs one export job from NEW to SUCCEEDED, FAILED or CANCELLED: has its slices
// (ExportSlice) read the profile store and write the batches' part files in the dataset's
// format (Parquet, or JSON Lines for a dataset that asks for json), commits them, and keeps
// the job's status and metrics up to date. Runs on an export worker thread with its own
// SQLite connection.
class ExportRunner
{
public:
    ExportRunner(const QString &dataDir, const PlatformOptions &options,
                 std::shared_ptr<Chaos> chaos, std::shared_ptr<JobControl> control, qint64 jobId);
    ~ExportRunner();

    void run();

    // Marks a job that never started as CANCELLED, its batches aborted.
    static void finishCancelled(StateStore &store, qint64 jobId, qint64 nowMs);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Emulator
