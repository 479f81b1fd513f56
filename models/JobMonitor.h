#pragma once

#include "ConnectionHealth.h"
#include "HistoryStore.h"
#include "api/ApiCall.h"
#include "api/ExportJob.h"
#include "api/Pages.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

class ApiError;
class JobTableModel;
class PlatformClient;
template<typename T>
class ApiResult;
template<typename Item>
struct Collected;

// What one poll did, for tests and for the status bar ("refreshed 3 s ago").
struct PollCycleStats
{
    int number = 0; // 1 for the first poll after the initial load
    int pageRequests = 0; // GET /export/jobs: the first page, and the next ones while all is new
    int jobRequests = 0; // GET /export/jobs/{id}: running jobs not on those pages
    int failedRequests = 0;
    int newJobs = 0;
    int changedJobs = 0;
    qint64 startedMs = 0; // epoch ms, from the monitor's clock
    qint64 finishedMs = 0;
    QList<qint64> pageJobIds; // the jobs the pages listed
    QList<qint64> polledJobIds; // the jobs asked for by id

    int requests() const { return pageRequests + jobRequests; }
};

Q_DECLARE_METATYPE(PollCycleStats)

// Keeps a JobTableModel current for one connection and sandbox, asking the platform only for
// what can have changed. It opens from the history store at once, loads the whole list once,
// then polls: the first page of the list to discover new jobs (following further pages only
// while every job on a page is new), and each job that has not ended and was not on those
// pages by id, a few at a time. Polls never overlap: the next one is armed when the last one
// has been handled. The interval is short while jobs run, long when all have ended, and backs
// off while the platform cannot be reached.
class JobMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobMonitor)

public:
    enum class PollingState {
        Stopped,
        Loading, // the initial load of the whole list
        Active, // polling often: jobs are running
        Idle, // polling rarely: every job has ended
        Paused, // the platform cannot be reached; retried with backoff
    };
    Q_ENUM(PollingState)

    struct Settings
    {
        std::chrono::milliseconds activeInterval{4000};
        std::chrono::milliseconds idleInterval{60000};
        std::chrono::milliseconds backoffInitial{2000};
        std::chrono::milliseconds backoffMax{120000};
        // A running job is stuck after the `stuckPercentile` of the sandbox's past succeeded
        // durations, when at least `stuckMinSamples` are known, else after `stuckFallback`.
        std::chrono::milliseconds stuckFallback{std::chrono::hours(3)};
        double stuckPercentile = 0.95;
        int stuckMinSamples = 5;
        // Of the polled first page: small, since a page of nothing but new jobs is followed by
        // the next one, and running jobs off the page are asked for by id at a fraction of the
        // cost.
        int pageSize = 10;
        int loadPageSize = 100; // of the initial load
        int maxJobRequestsInFlight = 3;
    };

    using Clock = std::function<qint64()>; // epoch milliseconds

    // `client`, `model` and `history` must outlive the monitor; `history` may be nullptr.
    JobMonitor(PlatformClient *client, JobTableModel *model, HistoryStore *history,
               QObject *parent = nullptr);
    ~JobMonitor() override;

    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }
    void setClock(Clock clock);

    // Watches `scope`: the model is reset, filled from history, then from the platform.
    void start(const HistoryScope &scope);
    void stop();
    // A poll now; while one runs, one more right after it.
    void refreshNow();
    // Asks the platform to cancel a job; the model shows it as cancelling once accepted.
    void cancelJob(qint64 jobId);

    HistoryScope scope() const { return m_scope; }
    PollingState pollingState() const { return m_state; }
    ConnectionHealth health() const { return m_health; }
    bool isInitialLoadDone() const { return m_initialLoadDone; }
    bool isCycleRunning() const { return m_cycleRunning; }
    PollCycleStats lastCycle() const { return m_lastCycle; }
    int cyclesRun() const { return m_lastCycle.number; }
    // When the last poll or load ended with answers; invalid before.
    QDateTime lastRefresh() const { return m_lastRefresh; }
    // The wait before the next poll, as armed after the last one.
    std::chrono::milliseconds nextPollDelay() const { return m_nextDelay; }
    // A running job older than this is stuck.
    qint64 stuckThresholdMs() const { return m_stuckThresholdMs; }
    int stuckSamples() const { return m_stuckSamples; }

signals:
    void historyLoaded(int jobs);
    void loadProgress(int pages, qsizetype jobs);
    void loadFinished(int jobs);
    // Transitions seen while polling; never for what the initial load finds.
    void jobSucceeded(const ExportJob &job);
    void jobFailed(const ExportJob &job);
    void jobCancelled(const ExportJob &job);
    // Once per job, when it first runs longer than the threshold while being watched.
    void jobStuck(qint64 jobId);
    void healthChanged(const ConnectionHealth &health);
    void pollingStateChanged(JobMonitor::PollingState state);
    void cycleStarted(int number);
    void cycleFinished(const PollCycleStats &stats);
    void stuckThresholdChanged(qint64 ms);
    void cancelAccepted(qint64 jobId);
    void cancelFailed(qint64 jobId, const ApiError &error);

private:
    void startLoad();
    void onLoaded(ApiResult<Collected<ExportJob>> result);
    void afterModelSettles(std::function<void()> next);
    void startCycle();
    void requestPage(const QString &next);
    void onPage(ApiResult<ExportJobPage> result);
    void pollJobs();
    void onJob(qint64 id, ApiResult<ExportJob> result);
    void finishCycle();
    void applyLive(const QList<ExportJob> &jobs);
    void checkStuck(bool announce);
    void refreshThreshold();
    void launchJobRequests();
    void arm(std::chrono::milliseconds delay);
    std::chrono::milliseconds pollInterval() const;
    void setState(PollingState state);
    void noteSuccess();
    void noteFailure(const ApiError &error, bool down);
    std::chrono::milliseconds backoff() const;
    void track(const ApiCall &call);

    PlatformClient *m_client;
    JobTableModel *m_model;
    HistoryStore *m_history;
    Settings m_settings;
    Clock m_clock;
    HistoryScope m_scope;
    quint64 m_generation = 0; // answers of an earlier start() are dropped

    PollingState m_state = PollingState::Stopped;
    ConnectionHealth m_health;
    QTimer m_timer;
    HistoryLoad m_historyLoad;
    QList<ApiCall> m_calls;
    bool m_loading = false;
    bool m_startDeferred = false; // a poll waits for the model to apply queued jobs
    bool m_initialLoadDone = false;
    bool m_cycleRunning = false;
    bool m_refreshPending = false;
    bool m_cycleDown = false; // this poll found the platform unreachable
    bool m_cycleSucceeded = false; // a job of this poll succeeded: the threshold may move
    bool m_cycleDegraded = false; // a call of this poll failed

    PollCycleStats m_cycle;
    PollCycleStats m_lastCycle;
    QDateTime m_lastRefresh;
    std::chrono::milliseconds m_nextDelay{0};
    QSet<qint64> m_seenThisCycle;
    QString m_pageRequested; // the next link asked for; empty for the first page
    // A page behind a page of nothing but new jobs that could not be read: it may hold jobs
    // never seen, which the first page will no longer show. The next polls read it.
    QString m_unreadPage;
    bool m_unreadPageAsked = false; // this poll asked for it already
    QList<qint64> m_toPoll;
    int m_inFlight = 0;
    QList<ExportJob> m_toSave;

    QSet<qint64> m_gone; // 404 by id: the platform forgot them; no longer polled
    QSet<qint64> m_announced; // ended jobs already signalled
    QSet<qint64> m_stuck; // flagged once
    qint64 m_stuckThresholdMs = 0;
    int m_stuckSamples = 0;
};
