#include "JobBuilder.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "models/HistoryStore.h"
#include "models/JobFilterModel.h"
#include "models/JobMonitor.h"
#include "models/JobTableModel.h"
#include "tests/client/ClientTestSupport.h"
#include "tests/client/ScriptedHttpPeer.h"
#include "tests/emulator/ExportSteps.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/LocalConnection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono;

namespace {

// One poll as the platform saw it and as the monitor reported it.
struct CycleRecord
{
    QSet<qint64> activeBefore; // running jobs in the table when the poll began
    PollCycleStats stats;
    QList<Emulator::RequestLogEntry> log; // what reached the platform during the poll
};

const QString JobsPath = QStringLiteral("/data/core/ups/export/jobs");

} // namespace

// The monitor against a real local platform on loopback: what it loads, what it asks for on
// each poll (read back from the platform's own request log), what it tells, how it rides out
// the platform going away.
class TestJobMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensFromHistoryThenLoadsWithoutTransitions();
    void newJobsAppearAndFinishOnce();
    void eachPollAsksOnlyWhatCanHaveChanged();
    void refreshNowIsCoalesced();
    void pausesWhileDownAndRecoversAfterRestart();
    void stuckJobFlaggedOnce();
    void stuckThresholdFromHistory();
    void forgottenJobStaysAndIsNoLongerPolled();
    void cancelShowsCancellingThenCancelled();
    void keepsPollingWhenTheClientCancelsItsCalls();
    void pageBehindNewJobsThatFailedIsReadNextPoll();

private:
    void startPlatform(double pace);
    std::unique_ptr<PlatformClient> makeClient();
    void startMonitor(JobMonitor::Settings settings = {});
    qint64 createJob();
    // Records every poll until `until` holds.
    bool recordCycles(const std::function<bool()> &until, int timeoutMs = 60000);
    // Gives each finished poll the requests the platform logged between its start and end.
    void attachLogs();

    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformHttp> m_http;
    QString m_dataset;
    QTemporaryDir m_historyDir;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<JobFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<JobMonitor> m_monitor;
    HistoryScope m_scope;
    QList<CycleRecord> m_cycles;
};

void TestJobMonitor::init()
{
    m_cycles.clear();
    m_history = std::make_unique<HistoryStore>(m_historyDir.path() + u'/'
                                               + QString::fromLatin1(QTest::currentTestFunction()));
    m_model = std::make_unique<JobTableModel>();
    m_proxy = std::make_unique<JobFilterModel>();
    m_proxy->setJobModel(m_model.get());
    m_proxy->sort(JobTableModel::Status, Qt::AscendingOrder);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestJobMonitor::cleanup()
{
    m_monitor.reset();
    m_client.reset();
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
    m_history.reset();
    m_http.reset();
    m_platform.reset();
}

void TestJobMonitor::startPlatform(double pace)
{
    EmulatorFixture::Options options;
    options.profiles = 40;
    options.pace = pace;
    m_platform = std::make_unique<EmulatorFixture>(options);
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_http = std::make_unique<PlatformHttp>(m_platform->http());
    m_dataset = ExportSteps::createDataset(*m_http);
    QVERIFY(!m_dataset.isEmpty());
    const Emulator::Credentials credentials = m_platform->credentials();
    m_scope = HistoryScope{m_platform->baseUrl().toString() + u'|' + credentials.orgId,
                           credentials.defaultSandbox()};
}

std::unique_ptr<PlatformClient> TestJobMonitor::makeClient()
{
    auto client = std::make_unique<PlatformClient>();
    TestSupport::signIn(*client, *m_platform);
    // The monitor does its own backing off; one quick attempt per call keeps polls short.
    client->setRetryPolicy(RetryPolicy::none());
    client->setTimeout(milliseconds(3000));
    return client;
}

void TestJobMonitor::startMonitor(JobMonitor::Settings settings)
{
    if (settings.activeInterval == JobMonitor::Settings().activeInterval) {
        settings.activeInterval = milliseconds(150);
        settings.idleInterval = milliseconds(600);
        settings.backoffInitial = milliseconds(200);
        settings.backoffMax = milliseconds(800);
        settings.pageSize = 5;
        settings.loadPageSize = 7;
    }
    m_client = makeClient();
    m_monitor = std::make_unique<JobMonitor>(m_client.get(), m_model.get(), m_history.get());
    m_monitor->setSettings(settings);
    connect(m_monitor.get(), &JobMonitor::cycleStarted, m_monitor.get(), [this] {
        CycleRecord record;
        const QList<qint64> active = m_model->activeJobIds();
        record.activeBefore = QSet<qint64>(active.begin(), active.end());
        record.stats.startedMs = QDateTime::currentMSecsSinceEpoch();
        m_cycles.append(record);
    });
    connect(m_monitor.get(), &JobMonitor::cycleFinished, m_monitor.get(),
            [this](const PollCycleStats &stats) {
                QVERIFY(!m_cycles.isEmpty());
                m_cycles.last().stats = stats;
            });
    m_monitor->start(m_scope);
}

qint64 TestJobMonitor::createJob()
{
    const HttpResult r = m_http->gateway("POST", JobsPath, ExportSteps::jobBody(m_dataset));
    if (r.status != 200)
        return -1;
    return r.json().object().value(u"id").toInteger();
}

bool TestJobMonitor::recordCycles(const std::function<bool()> &until, int timeoutMs)
{
    return QTest::qWaitFor(until, timeoutMs);
}

void TestJobMonitor::attachLogs()
{
    // The platform logs a request once it has answered: let the last answers land.
    QTest::qWait(100);
    const QList<Emulator::RequestLogEntry> all = m_platform->requestLog();
    for (CycleRecord &record : m_cycles) {
        record.log.clear();
        if (record.stats.finishedMs == 0)
            continue;
        for (const Emulator::RequestLogEntry &entry : all) {
            // The test's own job creations are not the monitor's.
            if (entry.method != u"POST" && entry.timeMs >= record.stats.startedMs
                && entry.timeMs <= record.stats.finishedMs)
                record.log.append(entry);
        }
    }
}

void TestJobMonitor::opensFromHistoryThenLoadsWithoutTransitions()
{
    startPlatform(0);
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids << createJob();
    for (qint64 id : std::as_const(ids))
        QVERIFY(ExportSteps::isTerminal(
                ExportSteps::waitForJob(*m_http, id).value(u"status").toString()));

    // What an earlier session saw: job ids[3] still running, and a job the platform has
    // forgotten since.
    ExportJob seenRunning = JobBuilder::job(ids[3], JobStatus::Processing, 1000);
    ExportJob forgotten = JobBuilder::job(5, JobStatus::Succeeded, 500);
    forgotten.id = 999999;
    m_history->save(m_scope, {seenRunning, forgotten});
    QVERIFY(m_history->waitForIdle());

    QSignalSpy history(m_history.get(), &HistoryStore::errorOccurred);
    int rowsWhenHistoryLoaded = -1;
    bool historyBeforeLoad = false;
    QList<int> progressPages;
    startMonitor();
    connect(m_monitor.get(), &JobMonitor::historyLoaded, this, [&](int count) {
        QCOMPARE(count, 2);
        historyBeforeLoad = !m_monitor->isInitialLoadDone();
    });
    connect(m_model.get(), &JobTableModel::queueDrained, this, [&] {
        if (rowsWhenHistoryLoaded < 0)
            rowsWhenHistoryLoaded = m_model->rowCount();
    });
    connect(m_monitor.get(), &JobMonitor::loadProgress, this,
            [&](int pages, qsizetype) { progressPages << pages; });
    QSignalSpy loaded(m_monitor.get(), &JobMonitor::loadFinished);
    QSignalSpy succeeded(m_monitor.get(), &JobMonitor::jobSucceeded);
    QSignalSpy failed(m_monitor.get(), &JobMonitor::jobFailed);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toInt(), 12);
    QVERIFY(historyBeforeLoad);
    QVERIFY(rowsWhenHistoryLoaded >= 2);
    // 12 jobs in pages of 7: two pages, progress after each.
    QCOMPARE(progressPages, (QList<int>{1, 2}));
    QCOMPARE(m_model->rowCount(), 13);
    QCOMPARE(m_model->job(ids[3])->status(), JobStatus::Succeeded);
    QVERIFY(m_model->job(999999));
    // The earlier session's running job ended while nobody watched: not news.
    QVERIFY(recordCycles([&] { return m_monitor->cyclesRun() >= 2; }));
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_monitor->pollingState(), JobMonitor::PollingState::Idle);
    QCOMPARE(m_monitor->health().state, ConnectionHealth::State::Ok);
    QVERIFY(m_monitor->lastRefresh().isValid());
    QVERIFY(history.isEmpty());
}

void TestJobMonitor::newJobsAppearAndFinishOnce()
{
    // Each export lasts about 1.5 s: long enough to be seen running.
    startPlatform(0.5);
    const qint64 before = createJob();
    QVERIFY(ExportSteps::isTerminal(
            ExportSteps::waitForJob(*m_http, before).value(u"status").toString()));
    startMonitor();
    QSignalSpy loaded(m_monitor.get(), &JobMonitor::loadFinished);
    QVERIFY(loaded.wait(30000));
    QSignalSpy succeeded(m_monitor.get(), &JobMonitor::jobSucceeded);
    QSignalSpy failed(m_monitor.get(), &JobMonitor::jobFailed);

    const qint64 a = createJob();
    const qint64 b = createJob();
    QVERIFY(a > 0 && b > 0);
    // They appear while running, then end.
    QVERIFY(recordCycles([&] { return m_model->job(a) && m_model->job(b); }));
    QVERIFY(recordCycles([&] { return succeeded.size() == 2; }, 60000));
    QCOMPARE(m_model->job(a)->status(), JobStatus::Succeeded);
    QCOMPARE(m_model->job(b)->status(), JobStatus::Succeeded);
    QSet<qint64> announced;
    for (const QList<QVariant> &args : std::as_const(succeeded))
        announced.insert(args.first().value<ExportJob>().id);
    QCOMPARE(announced, (QSet<qint64>{a, b}));
    // Further polls tell nothing again.
    const int cycles = m_monitor->cyclesRun();
    QVERIFY(recordCycles([&] { return m_monitor->cyclesRun() >= cycles + 3; }));
    QCOMPARE(succeeded.size(), 2);
    QCOMPARE(failed.size(), 0);
    // Both were seen running at some point: the table showed them before they ended.
    bool sawRunning = false;
    for (const CycleRecord &record : std::as_const(m_cycles))
        sawRunning |= record.activeBefore.contains(a) || record.activeBefore.contains(b);
    QVERIFY(sawRunning);
}

void TestJobMonitor::eachPollAsksOnlyWhatCanHaveChanged()
{
    startPlatform(0);
    QList<qint64> done;
    for (int i = 0; i < 12; ++i)
        done << createJob();
    for (qint64 id : std::as_const(done))
        QVERIFY(ExportSteps::isTerminal(
                ExportSteps::waitForJob(*m_http, id).value(u"status").toString()));
    // Quick polls while jobs run; none while all have ended, so the jobs below are all created
    // before the poll that discovers them.
    JobMonitor::Settings settings;
    settings.activeInterval = milliseconds(150);
    settings.idleInterval = milliseconds(600000);
    settings.pageSize = 5;
    settings.loadPageSize = 7;
    startMonitor(settings);
    QSignalSpy loaded(m_monitor.get(), &JobMonitor::loadFinished);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(m_monitor->pollingState(), JobMonitor::PollingState::Idle);
    QCOMPARE(m_monitor->nextPollDelay(), milliseconds(600000));

    // Eight exports that last: they run, or wait, for the whole test.
    m_platform->platform()->setPace(60);
    QList<qint64> running;
    for (int i = 0; i < 8; ++i)
        running << createJob();
    m_monitor->refreshNow();
    QVERIFY(recordCycles([&] { return m_monitor->cyclesRun() >= 6; }));
    attachLogs();

    QVERIFY(m_cycles.size() >= 6);
    for (const CycleRecord &record : std::as_const(m_cycles)) {
        const PollCycleStats &stats = record.stats;
        if (stats.finishedMs == 0)
            continue; // still running
        // The rule: the first page, further pages only while every job on a page was new,
        // then each running job that was not on those pages, by id.
        const QSet<qint64> onPages(stats.pageJobIds.begin(), stats.pageJobIds.end());
        const QSet<qint64> polled(stats.polledJobIds.begin(), stats.polledJobIds.end());
        QCOMPARE(polled.size(), stats.polledJobIds.size());
        QCOMPARE(polled, record.activeBefore - onPages);
        // What the platform's log shows matches, and there is nothing else.
        int pageGets = 0;
        QSet<qint64> idGets;
        for (const Emulator::RequestLogEntry &entry : record.log) {
            QCOMPARE(entry.method, u"GET"_qs);
            if (entry.path == JobsPath) {
                ++pageGets;
                QVERIFY2(entry.query.contains(u"limit=5"), qPrintable(entry.query));
            } else {
                QVERIFY2(entry.path.startsWith(JobsPath + u'/'), qPrintable(entry.path));
                idGets.insert(entry.path.section(u'/', -1).toLongLong());
            }
        }
        QCOMPARE(pageGets, stats.pageRequests);
        QCOMPARE(idGets, polled);
        QCOMPARE(int(record.log.size()), stats.requests());
        if (stats.number == 1) {
            // The eight new jobs fill the first page and part of the second; all run.
            QCOMPARE(stats.pageRequests, 2);
            QCOMPARE(stats.newJobs, 8);
            QCOMPARE(stats.jobRequests, 0);
        } else {
            // Five running jobs are on the first page; the other three are asked for by id.
            QCOMPARE(stats.pageRequests, 1);
            QCOMPARE(stats.jobRequests, 3);
            QCOMPARE(record.activeBefore, QSet<qint64>(running.begin(), running.end()));
        }
    }
    // Polls never overlap: each began after the one before had been handled.
    for (qsizetype i = 1; i < m_cycles.size(); ++i)
        QVERIFY(m_cycles[i].stats.startedMs >= m_cycles[i - 1].stats.finishedMs);
    QCOMPARE(m_monitor->pollingState(), JobMonitor::PollingState::Active);
    QCOMPARE(m_monitor->nextPollDelay(), milliseconds(150));
    m_platform->platform()->setPace(0);
}

void TestJobMonitor::refreshNowIsCoalesced()
{
    startPlatform(0);
    QVERIFY(createJob() > 0);
    JobMonitor::Settings settings;
    settings.activeInterval = milliseconds(60000);
    settings.idleInterval = milliseconds(60000);
    settings.pageSize = 5;
    startMonitor(settings);
    QSignalSpy loaded(m_monitor.get(), &JobMonitor::loadFinished);
    QVERIFY(loaded.wait(30000));
    QSignalSpy started(m_monitor.get(), &JobMonitor::cycleStarted);
    QSignalSpy finished(m_monitor.get(), &JobMonitor::cycleFinished);
    int overlap = 0;
    connect(m_monitor.get(), &JobMonitor::cycleStarted, this, [&] {
        if (started.size() - 1 != finished.size())
            ++overlap;
    });
    m_monitor->refreshNow();
    QVERIFY(m_monitor->isCycleRunning());
    // Asked again and again while it runs: one more poll, not five.
    for (int i = 0; i < 5; ++i)
        m_monitor->refreshNow();
    QVERIFY(recordCycles([&] { return finished.size() == 2; }, 20000));
    QTest::qWait(300);
    QCOMPARE(started.size(), 2);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(overlap, 0);
    // Back to the slow interval afterwards.
    QCOMPARE(m_monitor->nextPollDelay(), milliseconds(60000));
}

void TestJobMonitor::pausesWhileDownAndRecoversAfterRestart()
{
    startPlatform(0);
    const qint64 done = createJob();
    QVERIFY(ExportSteps::isTerminal(
            ExportSteps::waitForJob(*m_http, done).value(u"status").toString()));
    startMonitor();
    QSignalSpy loaded(m_monitor.get(), &JobMonitor::loadFinished);
    QVERIFY(loaded.wait(30000));
    // A job that is running when the platform goes away.
    m_platform->platform()->setPace(60);
    const qint64 running = createJob();
    QVERIFY(recordCycles([&] { return m_model->job(running) != nullptr; }));
    QSignalSpy health(m_monitor.get(), &JobMonitor::healthChanged);
    QSignalSpy failed(m_monitor.get(), &JobMonitor::jobFailed);

    m_platform->stop();
    QVERIFY(recordCycles(
            [&] { return m_monitor->pollingState() == JobMonitor::PollingState::Paused; }));
    QCOMPARE(m_monitor->health().state, ConnectionHealth::State::Down);
    QVERIFY(m_monitor->health().lastError.has_value());
    const QDateTime lastSuccess = m_monitor->health().lastSuccess;
    // Probes back off: 200, 400, 800 ms, then no further.
    QList<milliseconds> delays;
    connect(m_monitor.get(), &JobMonitor::cycleFinished, this,
            [&] { delays << m_monitor->nextPollDelay(); });
    QVERIFY(recordCycles([&] { return delays.size() >= 4; }, 30000));
    QStringList seen;
    for (milliseconds d : std::as_const(delays))
        seen << QString::number(d.count());
    QCOMPARE(seen.mid(0, 4), (QStringList{u"400"_qs, u"800"_qs, u"800"_qs, u"800"_qs}));
    // While down, each probe is the first page alone.
    for (const CycleRecord &record : std::as_const(m_cycles)) {
        if (record.stats.pageRequests == 1 && record.stats.failedRequests == 1)
            QCOMPARE(record.stats.jobRequests, 0);
    }
    // Meanwhile the table keeps the last known state.
    QVERIFY(!m_model->job(running)->isTerminal());

    // The platform comes back on the same data (and its options' pace, 0): the running job
    // was interrupted.
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    QVERIFY(recordCycles([&] { return m_monitor->health().state == ConnectionHealth::State::Ok; },
                         30000));
    QVERIFY(m_monitor->health().lastSuccess > lastSuccess);
    QVERIFY(!m_monitor->health().lastError);
    QVERIFY(recordCycles([&] { return failed.size() == 1; }, 30000));
    QCOMPARE(failed.first().first().value<ExportJob>().id, running);
    QCOMPARE(m_model->job(running)->status(), JobStatus::Failed);
    QVERIFY(m_monitor->pollingState() == JobMonitor::PollingState::Idle
            || m_monitor->pollingState() == JobMonitor::PollingState::Active);
    // Health went down once and came back once.
    QList<ConnectionHealth::State> states;
    for (const QList<QVariant> &args : std::as_const(health))
        states << args.first().value<ConnectionHealth>().state;
    QCOMPARE(states.first(), ConnectionHealth::State::Down);
    QCOMPARE(states.last(), ConnectionHealth::State::Ok);
    QCOMPARE(states.count(ConnectionHealth::State::Ok), 1);
}

void TestJobMonitor::stuckJobFlaggedOnce()
{
    startPlatform(0);
    JobMonitor::Settings settings;
    settings.activeInterval = milliseconds(100);
    settings.idleInterval = milliseconds(600);
    settings.pageSize = 5;
    settings.stuckFallback = milliseconds(400);
    startMonitor(settings);
    QSignalSpy loaded(m_monitor.get(), &JobMonitor::loadFinished);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(m_monitor->stuckThresholdMs(), 400); // no history: the fallback
    QSignalSpy stuck(m_monitor.get(), &JobMonitor::jobStuck);
    m_platform->platform()->setPace(3);
    const qint64 slow = createJob();
    QVERIFY(stuck.wait(20000));
    QCOMPARE(stuck.first().first().toLongLong(), slow);
    QVERIFY(m_model->isStuck(slow));
    QVERIFY(m_model->indexOf(slow).data(JobTableModel::StuckRole).toBool());
    // Many polls later: still one signal.
    const int cycles = m_monitor->cyclesRun();
    QVERIFY(recordCycles([&] { return m_monitor->cyclesRun() >= cycles + 5; }));
    QCOMPARE(stuck.size(), 1);
    // Once it ends, it is no longer stuck.
    m_platform->platform()->setPace(0);
    QVERIFY(recordCycles([&] { return m_model->job(slow)->isTerminal(); }, 30000));
    QVERIFY(!m_model->isStuck(slow));
}

void TestJobMonitor::stuckThresholdFromHistory()
{
    startPlatform(0);
    // Six past exports of this sandbox took 1..6 minutes: the 95th percentile is 6 minutes.
    QList<ExportJob> past;
    for (int i = 1; i <= 6; ++i)
        past << JobBuilder::job(900000 + i, JobStatus::Succeeded, 1000 * i, i * 60000);
    m_history->save(m_scope, past);
    startMonitor();
    QSignalSpy threshold(m_monitor.get(), &JobMonitor::stuckThresholdChanged);
    QVERIFY(threshold.wait(30000));
    QCOMPARE(threshold.first().first().toLongLong(), 6 * 60000);
    QCOMPARE(m_monitor->stuckThresholdMs(), 6 * 60000);
    QCOMPARE(m_monitor->stuckSamples(), 6);
}

void TestJobMonitor::forgottenJobStaysAndIsNoLongerPolled()
{
    startPlatform(0);
    // An earlier session saw this job running; the platform no longer knows it.
    ExportJob forgotten = JobBuilder::job(777777, JobStatus::Processing, 1000);
    m_history->save(m_scope, {forgotten});
    QVERIFY(m_history->waitForIdle());
    startMonitor();
    QVERIFY(recordCycles([&] { return m_monitor->cyclesRun() >= 3; }));
    int asked = 0;
    for (const CycleRecord &record : std::as_const(m_cycles))
        asked += int(record.stats.polledJobIds.count(777777));
    QCOMPARE(asked, 1);
    QVERIFY(m_model->job(777777));
    // A forgotten job says nothing about the connection.
    QCOMPARE(m_monitor->health().state, ConnectionHealth::State::Ok);
    QCOMPARE(m_monitor->pollingState(), JobMonitor::PollingState::Idle);
}

void TestJobMonitor::cancelShowsCancellingThenCancelled()
{
    startPlatform(0);
    startMonitor();
    QSignalSpy loaded(m_monitor.get(), &JobMonitor::loadFinished);
    QVERIFY(loaded.wait(30000));
    m_platform->platform()->setPace(30);
    const qint64 id = createJob();
    QVERIFY(recordCycles([&] { return m_model->job(id) != nullptr; }));
    QSignalSpy accepted(m_monitor.get(), &JobMonitor::cancelAccepted);
    QSignalSpy cancelled(m_monitor.get(), &JobMonitor::jobCancelled);
    bool sawCancelling = false;
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this,
            [&] { sawCancelling |= m_model->isCancelling(id); });
    m_monitor->cancelJob(id);
    QVERIFY(accepted.wait(10000));
    QVERIFY(recordCycles([&] { return cancelled.size() == 1; }, 30000));
    QVERIFY(sawCancelling);
    QCOMPARE(m_model->job(id)->status(), JobStatus::Cancelled);
    QVERIFY(!m_model->isCancelling(id));
    QCOMPARE(cancelled.first().first().value<ExportJob>().id, id);
    m_platform->platform()->setPace(0);
}

void TestJobMonitor::keepsPollingWhenTheClientCancelsItsCalls()
{
    startPlatform(0);
    const qint64 id = createJob();
    QVERIFY(ExportSteps::isTerminal(
            ExportSteps::waitForJob(*m_http, id).value(u"status").toString()));
    startMonitor();
    QSignalSpy loaded(m_monitor.get(), &JobMonitor::loadFinished);
    QVERIFY(loaded.wait(30000));
    // The client is pointed at its connection afresh while a poll's first call is on its way:
    // the call is cancelled under the monitor's feet.
    int switchedCycle = 0;
    connect(m_monitor.get(), &JobMonitor::cycleStarted, this, [&](int number) {
        if (switchedCycle)
            return;
        switchedCycle = number;
        QTimer::singleShot(0, m_client.get(),
                           [this] { TestSupport::signIn(*m_client, *m_platform); });
    });
    m_monitor->refreshNow();
    QVERIFY(switchedCycle > 0);
    QVERIFY(recordCycles([&] { return m_monitor->cyclesRun() >= switchedCycle + 2; }, 20000));
    const auto record = std::find_if(m_cycles.cbegin(), m_cycles.cend(), [&](const CycleRecord &r) {
        return r.stats.number == switchedCycle;
    });
    QVERIFY(record != m_cycles.cend());
    // That poll ended without an answer, and the next ones went on as before.
    QVERIFY(record->stats.pageJobIds.isEmpty());
    QCOMPARE(m_monitor->lastCycle().pageJobIds, QList<qint64>{id});
    QCOMPARE(m_monitor->health().state, ConnectionHealth::State::Ok);
}

void TestJobMonitor::pageBehindNewJobsThatFailedIsReadNextPoll()
{
    // Six jobs appear at once behind the one the initial load saw; the poll's first page (two
    // jobs) is all new, and the page behind it fails once. The jobs on that page and behind it
    // are no longer on any first page: the next poll must read the page it missed.
    ScriptedHttpPeer peer;
    QVERIFY(peer.listen());
    const auto page = [](const QList<qint64> &ids, const QString &next) {
        QJsonArray records;
        for (qint64 id : ids)
            records.append(JobBuilder::job(id, JobStatus::Succeeded, JobBuilder::T0 + id * 60000)
                                   .toJson());
        QJsonObject body{{u"records"_qs, records}};
        if (!next.isEmpty())
            body.insert(u"link"_qs, QJsonObject{{u"next"_qs, next}});
        return ScriptedHttpPeer::Answer::json(200, QJsonDocument(body).toJson());
    };
    bool loaded = false;
    int secondPageAnswers = 0;
    peer.setHandler([&](const ScriptedHttpPeer::Request &request) {
        const QUrlQuery query = request.query();
        if (!loaded)
            return page({1}, {});
        const QString offset = query.queryItemValue(u"offset"_qs);
        if (offset.isEmpty())
            return page({7, 6}, u"/export/jobs?limit=2&offset=p2"_qs);
        if (offset == u"p2")
            return ++secondPageAnswers == 1
                    ? ScriptedHttpPeer::Answer::json(500, R"({"message":"internal"})")
                    : page({5, 4}, u"/export/jobs?limit=2&offset=p3"_qs);
        if (offset == u"p3")
            return page({3, 2}, u"/export/jobs?limit=2&offset=p4"_qs);
        return page({1}, {});
    });

    const Connection connection = ClientTest::connectionTo(peer.url());
    PlatformClient client;
    client.setConnection(connection, client.makeTokenProvider(connection, u"scripted-token"_qs));
    client.setRetryPolicy(RetryPolicy::none());
    JobMonitor monitor(&client, m_model.get(), nullptr);
    JobMonitor::Settings settings;
    settings.pageSize = 2;
    settings.activeInterval = milliseconds(50);
    settings.idleInterval = milliseconds(50);
    settings.backoffInitial = milliseconds(50);
    monitor.setSettings(settings);
    QSignalSpy cycles(&monitor, &JobMonitor::cycleFinished);
    monitor.start(HistoryScope{u"scripted|org"_qs, u"prod"_qs});
    QTRY_VERIFY_WITH_TIMEOUT(monitor.isInitialLoadDone(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->jobCount(), 1, 10000); // the load may be queued
    loaded = true;

    QTRY_COMPARE_WITH_TIMEOUT(m_model->jobCount(), 7, 10000);
    const qsizetype cyclesToCatchUp = cycles.size();
    QTRY_VERIFY_WITH_TIMEOUT(cycles.size() >= cyclesToCatchUp + 3, 10000);
    monitor.stop();
    // Read once more after it failed, and no more once read.
    QCOMPARE(secondPageAnswers, 2);
    for (qint64 id = 1; id <= 7; ++id)
        QVERIFY2(m_model->job(id), qPrintable(QString::number(id)));
    QCOMPARE(m_model->jobCount(), 7);
}

QTEST_MAIN(TestJobMonitor)
#include "tst_jobmonitor.moc"
