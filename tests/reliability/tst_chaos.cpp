#include "api/ExportJobRequest.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "models/HistoryStore.h"
#include "models/JobMonitor.h"
#include "models/JobTableModel.h"
#include "tests/emulator/ExportSteps.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/LocalConnection.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace std::chrono;

namespace {

// What the platform misbehaves with: jobs that fail, 429 with Retry-After, 500/502/503/504,
// answers slower than the client waits, connections dropped without an answer.
const QString ChaosSpec = QStringLiteral("fail=0.3,429=0.07:1,5xx=0.07,slow=0.06:1300,drop=0.04,"
                                         "seed=20240501");
constexpr int RetryAfterSeconds = 1;
constexpr int SlowMs = 1300;
// The client gives up on an answer after this long: every slow answer is a timeout.
constexpr milliseconds ClientTimeout{1000};
// How long jobs are created for; the platform restarts once on the way.
constexpr qint64 CreatePhaseMs = 50000;
constexpr qint64 RestartAtMs = 22000;
// Apart from its own retries the client asks for the same URL again only on the monitor's
// next poll, at least this long after the last one; the test's own look-ups keep that
// distance too. Requests for the same URL closer together belong to one call.
constexpr milliseconds PollInterval{3000};
constexpr qint64 SameCallGapMs = 2600;

const QString JobsPath = QStringLiteral("/data/core/ups/export/jobs");
const QString TagKey = QStringLiteral("chaosTag");

RetryPolicy retryPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.baseDelay = milliseconds(200);
    policy.maxDelay = milliseconds(800);
    policy.totalBudget = milliseconds(15000);
    return policy;
}

// One export the test wants to exist exactly once, whatever the platform does to its creates.
struct Intent
{
    QString tag;
    qint64 jobId = -1;
    int sends = 0; // POSTs the test made for it
    int outcomeUnknown = 0;
    int lookups = 0;
    int definitiveFailures = 0; // 429, 500: nothing was created, sent again
};

template<typename T>
struct Awaited
{
    std::optional<ApiResult<T>> result;
};

} // namespace

// The monitor and the client against a platform with chaos on and one restart, while jobs are
// created through the client. Afterwards the platform's request log and its final state are
// the evidence: no job created twice, every job in the table with the platform's final status,
// retries only where allowed, never before Retry-After, never more than the policy's attempts.
class tst_Chaos : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void chaosRun();

private:
    template<typename T, typename Start>
    std::optional<ApiResult<T>> await(Start start, int timeoutMs = 60000);
    void createOnce(Intent &intent);
    std::optional<qint64> lookUp(Intent &intent);
    QList<QJsonObject> platformJobs(PlatformHttp &http);
    void snapshotLog();

    std::unique_ptr<EmulatorFixture> m_platform;
    QString m_dataset;
    QTemporaryDir m_historyDir;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<JobMonitor> m_monitor;
    QList<Emulator::RequestLogEntry> m_log; // every run of the platform, in order
    qint64 m_lastLookupMs = 0;
    int m_lookupsFound = 0;
    int m_lookupsAbsent = 0;
    int m_lookupsFailed = 0;
};

void tst_Chaos::initTestCase()
{
    EmulatorFixture::Options options;
    options.profiles = 120;
    options.pace = 0.3;
    m_platform = std::make_unique<EmulatorFixture>(options);
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    PlatformHttp http = m_platform->http();
    m_dataset = ExportSteps::createDataset(http);
    QVERIFY(!m_dataset.isEmpty());
    QVERIFY(m_historyDir.isValid());
}

void tst_Chaos::cleanupTestCase()
{
    m_monitor.reset();
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_history.reset();
    m_platform.reset();
}

template<typename T, typename Start>
std::optional<ApiResult<T>> tst_Chaos::await(Start start, int timeoutMs)
{
    auto outcome = std::make_shared<Awaited<T>>();
    start([outcome](ApiResult<T> result) { outcome->result.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&] { return outcome->result.has_value(); }, timeoutMs))
        return std::nullopt;
    return outcome->result;
}

std::optional<qint64> tst_Chaos::lookUp(Intent &intent)
{
    // Keep look-ups apart so that the log tells them from retries within one call.
    const qint64 wait = m_lastLookupMs + PollInterval.count() - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QTest::qWait(int(wait));
    ++intent.lookups;
    ExportJobQuery query;
    query.limit = 50; // not the monitor's page sizes: its requests stay apart in the log
    const auto result = await<Collected<ExportJob>>(
            [&](auto done) { m_client->listAllExportJobs(query, this, done); });
    m_lastLookupMs = QDateTime::currentMSecsSinceEpoch();
    if (!result || !result->isOk() || result->value().truncated) {
        ++m_lookupsFailed;
        return std::nullopt;
    }
    for (const ExportJob &job : result->value().items) {
        if (job.extra.value(TagKey).toString() == intent.tag) {
            ++m_lookupsFound;
            return job.id;
        }
    }
    ++m_lookupsAbsent;
    return -1;
}

void tst_Chaos::createOnce(Intent &intent)
{
    ExportJobRequest request;
    request.destination = Destination();
    request.destination->datasetId = m_dataset;
    request.schema = SchemaName();
    request.schema->name = QStringLiteral("_xdm.context.profile");
    request.fields = QStringLiteral("identities.id,personalEmail.address");
    request.extra.insert(TagKey, intent.tag);

    for (int round = 0; round < 30 && intent.jobId < 0; ++round) {
        ++intent.sends;
        const auto result = await<ExportJob>(
                [&](auto done) { m_client->createExportJob(request, this, done); });
        QVERIFY2(result, "a create never called back");
        if (result->isOk()) {
            intent.jobId = result->value().id;
            QCOMPARE(result->value().extra.value(TagKey).toString(), intent.tag);
            return;
        }
        const ApiError &error = result->error();
        if (error.kind() != ApiError::Kind::OutcomeUnknown) {
            // Turned away before anything was created: sending again is safe, after the wait
            // the platform asked for.
            ++intent.definitiveFailures;
            QTest::qWait(int(error.retryAfter()
                                     ? duration_cast<milliseconds>(*error.retryAfter()).count()
                                     : 500));
            continue;
        }
        // It may or may not exist: look it up until the answer is certain, never re-send blind.
        ++intent.outcomeUnknown;
        std::optional<qint64> found;
        for (int attempt = 0; attempt < 10 && !found; ++attempt)
            found = lookUp(intent);
        QVERIFY2(found, qPrintable(u"no look-up of "_qs + intent.tag + u" got through"_qs));
        if (*found >= 0) {
            intent.jobId = *found;
            return;
        }
    }
    QVERIFY2(intent.jobId >= 0, qPrintable(u"could not create "_qs + intent.tag));
}

QList<QJsonObject> tst_Chaos::platformJobs(PlatformHttp &http)
{
    QList<QJsonObject> jobs;
    QString next = JobsPath + QStringLiteral("?limit=100");
    for (int page = 0; page < 100 && !next.isEmpty(); ++page) {
        const HttpResult r = http.gateway("GET", next);
        if (r.status != 200)
            return {};
        const QJsonObject body = r.json().object();
        for (const QJsonValue &job : body.value(u"records").toArray())
            jobs << job.toObject();
        const QString link = body.value(u"link").toObject().value(u"next").toString();
        next = link.isEmpty() ? QString() : u"/data/core/ups"_qs + link;
    }
    return jobs;
}

void tst_Chaos::snapshotLog()
{
    m_log += m_platform->requestLog();
    m_platform->clearRequestLog();
}

void tst_Chaos::chaosRun()
{
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_platform->setChaos(ChaosSpec).isEmpty());

    m_history = std::make_unique<HistoryStore>(m_historyDir.path());
    m_client = std::make_unique<PlatformClient>();
    TestSupport::signIn(*m_client, *m_platform);
    m_client->setRetryPolicy(retryPolicy());
    m_client->setTimeout(ClientTimeout);
    m_model = std::make_unique<JobTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_monitor = std::make_unique<JobMonitor>(m_client.get(), m_model.get(), m_history.get());
    JobMonitor::Settings settings;
    settings.activeInterval = PollInterval;
    settings.idleInterval = PollInterval * 2;
    settings.backoffInitial = PollInterval;
    settings.backoffMax = PollInterval * 3;
    m_monitor->setSettings(settings);
    QSignalSpy states(m_monitor.get(), &JobMonitor::pollingStateChanged);
    QSignalSpy cycles(m_monitor.get(), &JobMonitor::cycleFinished);
    const Emulator::Credentials credentials = m_platform->credentials();
    m_monitor->start(HistoryScope{m_platform->baseUrl().toString() + u'|' + credentials.orgId,
                                  credentials.defaultSandbox()});

    // Create jobs, one at a time, through the chaos; restart the platform once on the way.
    QList<Intent> intents;
    bool restarted = false;
    while (clock.elapsed() < CreatePhaseMs) {
        Intent intent;
        intent.tag = QStringLiteral("chaos-%1").arg(intents.size() + 1);
        createOnce(intent);
        if (QTest::currentTestFailed())
            return;
        intents << intent;
        if (!restarted && clock.elapsed() >= RestartAtMs) {
            // No create is in flight, and no slow answer is still held back by the platform.
            QTest::qWait(SlowMs + 300);
            snapshotLog();
            QString error;
            QVERIFY2(m_platform->restart(&error), qPrintable(error));
            restarted = true;
        }
        QTest::qWait(400);
    }
    QVERIFY(restarted);

    // Calm: every job ends on the platform, and the monitor catches up with it. What the test
    // itself asks from here on is not the client's and stays out of the checks below.
    QVERIFY(m_platform->setChaos(QString()).isEmpty());
    const qint64 calmSinceMs = QDateTime::currentMSecsSinceEpoch();
    PlatformHttp http = m_platform->http();
    QList<QJsonObject> jobs;
    QVERIFY(QTest::qWaitFor(
            [&] {
                QTest::qWait(300);
                jobs = platformJobs(http);
                return !jobs.isEmpty()
                        && std::all_of(jobs.cbegin(), jobs.cend(), [](const QJsonObject &job) {
                               return ExportSteps::isTerminal(job.value(u"status").toString());
                           });
            },
            60000));
    // What the table gets wrong: jobs missing from it, or shown with another status.
    const auto mismatches = [&] {
        QStringList wrong;
        for (const QJsonObject &job : std::as_const(jobs)) {
            const qint64 id = job.value(u"id").toInteger();
            const QString status = job.value(u"status").toString();
            const ExportJob *shown = m_model->job(id);
            if (!shown)
                wrong << QStringLiteral("%1 missing (%2)").arg(id).arg(status);
            else if (shown->statusText() != status)
                wrong << QStringLiteral("%1 shown %2, is %3")
                                 .arg(id)
                                 .arg(shown->statusText(), status);
        }
        return wrong.join(u", ");
    };
    const auto modelMatches = [&] {
        return mismatches().isEmpty();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(modelMatches(), qPrintable(mismatches()), 60000);
    m_monitor->stop();
    QTest::qWait(200);
    snapshotLog();
    const qint64 elapsedMs = clock.elapsed();

    // No duplicate: each intended export exists exactly once, and nothing else was created.
    QMap<QString, int> jobsPerTag;
    for (const QJsonObject &job : std::as_const(jobs))
        ++jobsPerTag[job.value(TagKey).toString()];
    QCOMPARE(jobs.size(), intents.size());
    for (const Intent &intent : std::as_const(intents)) {
        QVERIFY2(jobsPerTag.value(intent.tag) == 1, qPrintable(intent.tag));
        QVERIFY(intent.jobId > 0);
    }

    // The log agrees: one POST that reached the route per job, and per export exactly the
    // POSTs the test made (the client never repeats a create by itself).
    int postsThatCreated = 0;
    QMap<QString, int> postsPerTag;
    for (const Emulator::RequestLogEntry &entry : std::as_const(m_log)) {
        if (entry.method != u"POST" || entry.path != JobsPath)
            continue;
        ++postsPerTag[entry.body.toObject().value(TagKey).toString()];
        const bool turnedAway
                = entry.chaos == u"drop" || entry.chaos == u"429" || entry.chaos == u"5xx";
        if (!turnedAway && entry.status == 200)
            ++postsThatCreated;
    }
    QCOMPARE(postsThatCreated, int(jobs.size()));
    for (const Intent &intent : std::as_const(intents))
        QVERIFY2(postsPerTag.value(intent.tag) == intent.sends, qPrintable(intent.tag));

    // Every job of the platform is in the table, with the platform's final status.
    QVERIFY(modelMatches());
    QVERIFY(m_model->jobCount() >= jobs.size());

    // Backoff rules, from the log: requests for the same URL close together are one call's
    // attempts. There are at most maxAttempts of them; only a transient failure is tried again;
    // a retry after a 429 or 503 comes no earlier than its Retry-After.
    struct Chain
    {
        QList<Emulator::RequestLogEntry> attempts;
    };
    QHash<QString, Chain> open;
    QList<Chain> chains;
    const auto transientFailure = [](const Emulator::RequestLogEntry &e) {
        return e.status == 0 || e.status == 429 || e.status == 502 || e.status == 503
                || e.status == 504 || (e.chaos == u"slow" && e.durationMs >= ClientTimeout.count());
    };
    // The platform logs a request when its answer has gone, stamped with its arrival: a slow
    // answer is logged after the retry that followed it. Chains are built in arrival order.
    QList<Emulator::RequestLogEntry> byArrival = m_log;
    std::stable_sort(byArrival.begin(), byArrival.end(),
                     [](const Emulator::RequestLogEntry &a, const Emulator::RequestLogEntry &b) {
                         return a.timeMs < b.timeMs;
                     });
    for (const Emulator::RequestLogEntry &entry : std::as_const(byArrival)) {
        if (!entry.path.startsWith(u"/data/") || entry.timeMs >= calmSinceMs)
            continue;
        // A create is never repeated by the client (the POSTs per export above prove it):
        // each one is a call of its own, however soon the test sends the next.
        if (entry.method == u"POST") {
            chains << Chain{{entry}};
            continue;
        }
        const QString key = entry.method + u' ' + entry.path + u'?' + entry.query;
        auto it = open.find(key);
        if (it != open.end() && entry.timeMs - it->attempts.last().timeMs < SameCallGapMs) {
            it->attempts << entry;
            continue;
        }
        if (it != open.end())
            chains << *it;
        open[key] = Chain{{entry}};
    }
    for (const Chain &chain : std::as_const(open))
        chains << chain;

    int retried = 0;
    int retriedAndRecovered = 0;
    int longestChain = 0;
    int retryAfterHonoured = 0;
    int timeoutRetries = 0; // after an answer that came too late for the client
    for (const Chain &chain : std::as_const(chains)) {
        const auto &attempts = chain.attempts;
        longestChain = std::max(longestChain, int(attempts.size()));
        QVERIFY2(attempts.size() <= retryPolicy().maxAttempts,
                 qPrintable(attempts.first().method + u' ' + attempts.first().path));
        if (attempts.size() > 1) {
            ++retried;
            if (!transientFailure(attempts.last()))
                ++retriedAndRecovered;
        }
        for (qsizetype i = 0; i + 1 < attempts.size(); ++i) {
            const Emulator::RequestLogEntry &failed = attempts[i];
            const Emulator::RequestLogEntry &retry = attempts[i + 1];
            // The platform cannot see the client's clock: an answer it sent in time may reach
            // a busy client (a sanitizer build, a loaded machine) after its timeout. A retry
            // no sooner than the timeout is allowed whatever the answer; one sooner must
            // follow a transient failure.
            // An answer that had not left when the retry arrived never reached the client in
            // time either.
            const double answeredAt = double(failed.timeMs) + failed.durationMs;
            const bool clientMayHaveTimedOut = retry.timeMs - failed.timeMs >= ClientTimeout.count()
                    || answeredAt >= double(retry.timeMs);
            QVERIFY2(transientFailure(failed) || clientMayHaveTimedOut,
                     qPrintable(QStringLiteral("%1 %2 tried again %3 ms after %4")
                                        .arg(failed.method, failed.path)
                                        .arg(retry.timeMs - failed.timeMs)
                                        .arg(failed.status)));
            timeoutRetries += !transientFailure(failed);
            const bool sawRetryAfter = (failed.status == 429 || failed.status == 503)
                    && failed.durationMs < ClientTimeout.count()
                    && answeredAt < double(retry.timeMs);
            if (sawRetryAfter) {
                QVERIFY2(double(retry.timeMs) >= answeredAt + RetryAfterSeconds * 1000 - 2,
                         qPrintable(QStringLiteral("%1 %2 retried %3 ms after a Retry-After of "
                                                   "%4 s")
                                            .arg(failed.method, failed.path)
                                            .arg(double(retry.timeMs) - answeredAt)
                                            .arg(RetryAfterSeconds)));
                ++retryAfterHonoured;
            }
        }
    }

    // What was injected and what was survived.
    QMap<QString, int> injected;
    int gatewayRequests = 0;
    for (const Emulator::RequestLogEntry &entry : std::as_const(m_log)) {
        if (!entry.path.startsWith(u"/data/") || entry.timeMs >= calmSinceMs)
            continue;
        ++gatewayRequests;
        if (!entry.chaos.isEmpty())
            ++injected[entry.chaos];
    }
    int failedJobs = 0;
    int succeededJobs = 0;
    for (const QJsonObject &job : std::as_const(jobs)) {
        failedJobs += job.value(u"status").toString() == u"FAILED";
        succeededJobs += job.value(u"status").toString() == u"SUCCEEDED";
    }
    int sends = 0, unknown = 0, definitive = 0;
    for (const Intent &intent : std::as_const(intents)) {
        sends += intent.sends;
        unknown += intent.outcomeUnknown;
        definitive += intent.definitiveFailures;
    }
    int paused = 0;
    for (const QList<QVariant> &args : std::as_const(states))
        paused += args.first().value<JobMonitor::PollingState>()
                == JobMonitor::PollingState::Paused;

    qInfo("chaos %s, client timeout %lld ms, %lld s in all", qPrintable(ChaosSpec),
          qlonglong(ClientTimeout.count()), qlonglong(elapsedMs / 1000));
    qInfo("injected: %d gateway requests: %d dropped, %d x 429, %d x 5xx, %d slow (> timeout); "
          "%d of %lld jobs failed (chaos and the restart), 1 restart",
          gatewayRequests, injected.value(u"drop"_qs), injected.value(u"429"_qs),
          injected.value(u"5xx"_qs), injected.value(u"slow"_qs), failedJobs,
          qlonglong(jobs.size()));
    qInfo("survived: %lld exports created exactly once in %d POSTs (%d turned away and sent "
          "again, %d outcome unknown -> looked up: %d found, %d absent and sent again, %d "
          "look-ups failed and repeated)",
          qlonglong(intents.size()), sends, definitive, unknown, m_lookupsFound, m_lookupsAbsent,
          m_lookupsFailed);
    qInfo("survived: %d calls retried (%d recovered, longest %d attempts, %d Retry-After "
          "waits honoured, %d after late answers), %lld polls, %d pauses; table holds all %lld "
          "jobs with their final "
          "status (%d succeeded, %d failed)",
          retried, retriedAndRecovered, longestChain, retryAfterHonoured, timeoutRetries,
          qlonglong(cycles.size()), paused, qlonglong(jobs.size()), succeededJobs, failedJobs);

    // The run must have met every kind of chaos, or it proved nothing about them.
    QVERIFY(injected.value(u"drop"_qs) > 0);
    QVERIFY(injected.value(u"429"_qs) > 0);
    QVERIFY(injected.value(u"5xx"_qs) > 0);
    QVERIFY(injected.value(u"slow"_qs) > 0);
    QVERIFY(failedJobs > 0);
    QVERIFY(retriedAndRecovered > 0);
    QVERIFY(intents.size() >= 10);
}

QTEST_GUILESS_MAIN(tst_Chaos)
#include "tst_chaos.moc"
