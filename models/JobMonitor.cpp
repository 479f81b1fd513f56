#include "JobMonitor.h"

#include "JobTableModel.h"
#include "api/ApiResult.h"
#include "api/PlatformClient.h"

#include <QDateTime>

#include <limits>

using namespace std::chrono;

JobMonitor::JobMonitor(PlatformClient *client, JobTableModel *model, HistoryStore *history,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_history(history)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<ConnectionHealth>();
    qRegisterMetaType<PollCycleStats>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobMonitor::startCycle);
    m_stuckThresholdMs = duration_cast<milliseconds>(m_settings.stuckFallback).count();
}

JobMonitor::~JobMonitor()
{
    ++m_generation;
    m_historyLoad.cancel();
    for (const ApiCall &call : std::as_const(m_calls))
        call.cancel();
}

void JobMonitor::setSettings(const Settings &settings)
{
    m_settings = settings;
    if (m_stuckSamples < m_settings.stuckMinSamples)
        m_stuckThresholdMs = duration_cast<milliseconds>(m_settings.stuckFallback).count();
}

void JobMonitor::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void JobMonitor::start(const HistoryScope &scope)
{
    stop();
    m_scope = scope;
    m_gone.clear();
    m_unreadPage.clear();
    m_announced.clear();
    m_stuck.clear();
    m_lastCycle = PollCycleStats();
    m_lastRefresh = QDateTime();
    m_initialLoadDone = false;
    m_refreshPending = false;
    m_health = ConnectionHealth();
    m_stuckSamples = 0;
    m_stuckThresholdMs = duration_cast<milliseconds>(m_settings.stuckFallback).count();
    // Another connection or sandbox: the one reset of the table.
    m_model->resetJobs();

    const quint64 generation = m_generation;
    if (m_history && scope.isValid()) {
        m_historyLoad = m_history->load(
                scope, this,
                [this, generation](const QList<ExportJob> &jobs) {
                    if (generation == m_generation)
                        m_model->queueJobs(jobs);
                },
                [this, generation](int count, const QString &) {
                    if (generation != m_generation)
                        return;
                    emit historyLoaded(count);
                    refreshThreshold();
                });
    }
    startLoad();
}

void JobMonitor::stop()
{
    ++m_generation;
    m_historyLoad.cancel();
    for (const ApiCall &call : std::as_const(m_calls))
        call.cancel();
    m_calls.clear();
    m_timer.stop();
    m_loading = false;
    m_startDeferred = false;
    m_cycleRunning = false;
    m_inFlight = 0;
    setState(PollingState::Stopped);
}

void JobMonitor::refreshNow()
{
    if (m_state == PollingState::Stopped)
        return;
    if (m_cycleRunning) {
        m_refreshPending = true;
        return;
    }
    startCycle();
}

void JobMonitor::startLoad()
{
    if (m_loading)
        return;
    m_loading = true;
    m_timer.stop();
    setState(PollingState::Loading);
    const quint64 generation = m_generation;
    ExportJobQuery query;
    query.limit = m_settings.loadPageSize;
    track(m_client->listAllExportJobs(
            query, this,
            [this, generation](ApiResult<Collected<ExportJob>> result) {
                if (generation == m_generation)
                    onLoaded(std::move(result));
            },
            [this, generation](int pages, qsizetype items) {
                if (generation == m_generation)
                    emit loadProgress(pages, items);
            },
            std::numeric_limits<int>::max()));
}

void JobMonitor::onLoaded(ApiResult<Collected<ExportJob>> result)
{
    m_loading = false;
    if (!result) {
        if (result.error().kind() == ApiError::Kind::Cancelled) {
            // Cancelled by someone else (the client switched connections): try again soon.
            arm(m_settings.backoffInitial);
            return;
        }
        // Without the list there is nothing to poll: try again later, backing off.
        noteFailure(result.error(), true);
        setState(PollingState::Paused);
        arm(backoff());
        return;
    }
    const QList<ExportJob> jobs = std::move(result.value().items);
    noteSuccess();
    m_lastRefresh = QDateTime::currentDateTimeUtc();
    // What the load finds is the starting point, not news: no transition signals.
    m_model->queueJobs(jobs);
    if (m_history)
        m_history->save(m_scope, jobs);
    const int count = int(jobs.size());
    afterModelSettles([this, count] {
        m_initialLoadDone = true;
        emit loadFinished(count);
        refreshThreshold();
        checkStuck(false);
        setState(pollInterval() == m_settings.activeInterval ? PollingState::Active
                                                             : PollingState::Idle);
        arm(pollInterval());
    });
}

void JobMonitor::afterModelSettles(std::function<void()> next)
{
    if (!m_model->isApplyingQueue()) {
        next();
        return;
    }
    const quint64 generation = m_generation;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_model, &JobTableModel::queueDrained, this,
                          [this, generation, connection, next = std::move(next)] {
                              disconnect(*connection);
                              if (generation == m_generation)
                                  next();
                          });
}

void JobMonitor::startCycle()
{
    if (m_cycleRunning || m_startDeferred || m_state == PollingState::Stopped)
        return;
    if (!m_initialLoadDone) {
        startLoad();
        return;
    }
    if (m_model->isApplyingQueue()) {
        // The poll compares with the model: let it take in what is queued first.
        m_startDeferred = true;
        afterModelSettles([this] {
            m_startDeferred = false;
            startCycle();
        });
        return;
    }
    m_timer.stop();
    m_cycleRunning = true;
    m_cycleDown = false;
    m_cycleSucceeded = false;
    m_cycleDegraded = false;
    m_cycle = PollCycleStats();
    m_cycle.number = m_lastCycle.number + 1;
    m_cycle.startedMs = m_clock();
    m_seenThisCycle.clear();
    m_unreadPageAsked = false;
    m_toPoll.clear();
    m_toSave.clear();
    m_inFlight = 0;
    emit cycleStarted(m_cycle.number);
    requestPage(QString());
}

void JobMonitor::requestPage(const QString &next)
{
    ++m_cycle.pageRequests;
    m_pageRequested = next;
    const quint64 generation = m_generation;
    auto done = [this, generation](ApiResult<ExportJobPage> result) {
        if (generation == m_generation)
            onPage(std::move(result));
    };
    if (next.isEmpty()) {
        ExportJobQuery query;
        query.limit = m_settings.pageSize;
        track(m_client->listExportJobs(query, this, std::move(done)));
    } else {
        track(m_client->listExportJobsNext(next, this, std::move(done)));
    }
}

void JobMonitor::onPage(ApiResult<ExportJobPage> result)
{
    if (!result) {
        if (result.error().kind() == ApiError::Kind::Cancelled) {
            // Not by stop() (its answers never arrive here): the poll ends, the next one comes.
            finishCycle();
            return;
        }
        ++m_cycle.failedRequests;
        if (!m_pageRequested.isEmpty())
            m_unreadPage = m_pageRequested;
        if (result.error().isConnectionProblem()) {
            // Unreachable: asking for each job by id would only fail the same way.
            m_cycleDown = true;
            noteFailure(result.error(), true);
            finishCycle();
            return;
        }
        noteFailure(result.error(), false);
        pollJobs();
        return;
    }
    m_health.lastSuccess = QDateTime::currentDateTimeUtc();
    const ExportJobPage &page = result.value();
    // A page of nothing but new jobs may have more new jobs behind it.
    bool allNew = !page.records.isEmpty();
    for (const ExportJob &job : page.records) {
        if (m_model->job(job.id) || m_seenThisCycle.contains(job.id))
            allNew = false;
        m_seenThisCycle.insert(job.id);
        m_cycle.pageJobIds.append(job.id);
    }
    applyLive(page.records);
    if (m_pageRequested == m_unreadPage)
        m_unreadPage.clear();
    if (allNew && !page.isLastPage()) {
        requestPage(page.next);
        return;
    }
    if (!m_unreadPage.isEmpty() && !m_unreadPageAsked) {
        m_unreadPageAsked = true;
        requestPage(m_unreadPage);
        return;
    }
    pollJobs();
}

void JobMonitor::pollJobs()
{
    m_toPoll.clear();
    const QList<qint64> active = m_model->activeJobIds();
    for (qint64 id : active) {
        if (!m_seenThisCycle.contains(id) && !m_gone.contains(id))
            m_toPoll.append(id);
    }
    std::sort(m_toPoll.begin(), m_toPoll.end(), std::greater<>()); // newest first
    launchJobRequests();
}

void JobMonitor::launchJobRequests()
{
    const quint64 generation = m_generation;
    while (m_inFlight < std::max(m_settings.maxJobRequestsInFlight, 1) && !m_toPoll.isEmpty()) {
        const qint64 id = m_toPoll.takeFirst();
        ++m_inFlight;
        ++m_cycle.jobRequests;
        m_cycle.polledJobIds.append(id);
        track(m_client->getExportJob(id, this, [this, generation, id](ApiResult<ExportJob> result) {
            if (generation == m_generation)
                onJob(id, std::move(result));
        }));
    }
    if (m_inFlight == 0 && m_toPoll.isEmpty())
        finishCycle();
}

void JobMonitor::onJob(qint64 id, ApiResult<ExportJob> result)
{
    --m_inFlight;
    if (!result) {
        if (result.error().kind() == ApiError::Kind::Cancelled) {
            launchJobRequests();
            return;
        }
        ++m_cycle.failedRequests;
        if (result.error().httpStatus() == 404) {
            // The platform no longer knows it; the table keeps it from history.
            m_gone.insert(id);
        } else {
            noteFailure(result.error(), false);
            if (result.error().isConnectionProblem())
                m_toPoll.clear();
        }
    } else if (result.value().id == id) {
        applyLive({result.value()});
    }
    launchJobRequests();
}

void JobMonitor::applyLive(const QList<ExportJob> &jobs)
{
    QList<ExportJob> ended;
    for (const ExportJob &job : jobs) {
        const ExportJob *before = m_model->job(job.id);
        if (!before) {
            ++m_cycle.newJobs;
            m_toSave.append(job);
            if (job.isTerminal())
                ended.append(job);
            continue;
        }
        if (before->updateTime && job.updateTime && *job.updateTime < *before->updateTime)
            continue;
        if (!changedFields(*before, job))
            continue;
        ++m_cycle.changedJobs;
        m_toSave.append(job);
        if (!before->isTerminal() && job.isTerminal())
            ended.append(job);
    }
    m_model->upsertJobs(jobs);
    for (const ExportJob &job : std::as_const(ended)) {
        if (m_announced.contains(job.id))
            continue;
        m_announced.insert(job.id);
        m_stuck.remove(job.id);
        switch (job.status()) {
        case JobStatus::Succeeded:
            m_cycleSucceeded = true;
            emit jobSucceeded(job);
            break;
        case JobStatus::Failed:
            emit jobFailed(job);
            break;
        case JobStatus::Cancelled:
            emit jobCancelled(job);
            break;
        case JobStatus::New:
        case JobStatus::Processing:
        case JobStatus::Unknown:
            break;
        }
    }
}

void JobMonitor::finishCycle()
{
    m_cycleRunning = false;
    m_cycle.finishedMs = m_clock();
    if (!m_cycleDown) {
        m_lastRefresh = QDateTime::currentDateTimeUtc();
        // A job the platform forgot (404) says nothing about the connection.
        if (!m_cycleDegraded)
            noteSuccess();
    }
    if (m_history && !m_toSave.isEmpty())
        m_history->save(m_scope, m_toSave);
    m_toSave.clear();
    checkStuck(true);
    if (m_cycleSucceeded)
        refreshThreshold();
    m_lastCycle = m_cycle;

    milliseconds delay;
    if (m_cycleDown) {
        delay = backoff();
        setState(PollingState::Paused);
    } else {
        delay = pollInterval();
        setState(delay == m_settings.activeInterval ? PollingState::Active : PollingState::Idle);
    }
    if (m_refreshPending) {
        m_refreshPending = false;
        delay = milliseconds(0);
    }
    // Armed before telling: a listener sees the state and the wait that follow this poll.
    arm(delay);
    emit cycleFinished(m_lastCycle);
}

void JobMonitor::checkStuck(bool announce)
{
    const qint64 now = m_clock();
    const QList<qint64> active = m_model->activeJobIds();
    for (qint64 id : active) {
        if (m_stuck.contains(id) || m_gone.contains(id))
            continue;
        const ExportJob *job = m_model->job(id);
        std::optional<qint64> start = job->creationTime;
        if (job->metrics && job->metrics->totalTime && job->metrics->totalTime->startTimeInMs)
            start = job->metrics->totalTime->startTimeInMs;
        if (!start || now - *start <= m_stuckThresholdMs)
            continue;
        m_stuck.insert(id);
        m_model->setStuck(id, true);
        if (announce)
            emit jobStuck(id);
    }
}

void JobMonitor::refreshThreshold()
{
    if (!m_history || !m_scope.isValid())
        return;
    const quint64 generation = m_generation;
    m_history->succeededDurationPercentile(
            m_scope, m_settings.stuckPercentile, m_settings.stuckMinSamples, this,
            [this, generation](std::optional<qint64> value, int samples) {
                if (generation != m_generation)
                    return;
                m_stuckSamples = samples;
                const qint64 threshold = value
                        ? *value
                        : duration_cast<milliseconds>(m_settings.stuckFallback).count();
                if (threshold != m_stuckThresholdMs) {
                    m_stuckThresholdMs = threshold;
                    emit stuckThresholdChanged(threshold);
                }
            });
}

milliseconds JobMonitor::pollInterval() const
{
    const QList<qint64> active = m_model->activeJobIds();
    const bool running = std::any_of(active.cbegin(), active.cend(),
                                     [this](qint64 id) { return !m_gone.contains(id); });
    return running ? m_settings.activeInterval : m_settings.idleInterval;
}

milliseconds JobMonitor::backoff() const
{
    const int failures = std::max(m_health.consecutiveFailures, 1);
    milliseconds delay = m_settings.backoffInitial;
    for (int i = 1; i < failures && delay < m_settings.backoffMax; ++i)
        delay *= 2;
    return std::min(delay, m_settings.backoffMax);
}

void JobMonitor::arm(milliseconds delay)
{
    m_nextDelay = delay;
    m_timer.start(delay);
}

void JobMonitor::setState(PollingState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit pollingStateChanged(state);
}

void JobMonitor::noteSuccess()
{
    m_health.lastSuccess = QDateTime::currentDateTimeUtc();
    if (m_health.state == ConnectionHealth::State::Ok && !m_health.lastError
        && m_health.consecutiveFailures == 0)
        return;
    m_health.state = ConnectionHealth::State::Ok;
    m_health.lastError.reset();
    m_health.consecutiveFailures = 0;
    emit healthChanged(m_health);
}

void JobMonitor::noteFailure(const ApiError &error, bool down)
{
    m_health.lastError = error;
    m_cycleDegraded = true;
    if (down) {
        ++m_health.consecutiveFailures;
        m_health.state = ConnectionHealth::State::Down;
    } else if (m_health.state != ConnectionHealth::State::Down) {
        m_health.state = ConnectionHealth::State::Degraded;
    }
    emit healthChanged(m_health);
}

void JobMonitor::cancelJob(qint64 jobId)
{
    const quint64 generation = m_generation;
    track(m_client->cancelExportJob(jobId, this,
                                    [this, generation, jobId](ApiResult<CancelJobReply> result) {
                                        if (generation != m_generation)
                                            return;
                                        if (!result) {
                                            if (result.error().kind() != ApiError::Kind::Cancelled)
                                                emit cancelFailed(jobId, result.error());
                                            return;
                                        }
                                        m_model->setCancelling(jobId, true);
                                        emit cancelAccepted(jobId);
                                        refreshNow();
                                    }));
}

void JobMonitor::track(const ApiCall &call)
{
    if (m_calls.size() > 32)
        m_calls.removeIf([](const ApiCall &c) { return !c.isRunning(); });
    m_calls.append(call);
}
