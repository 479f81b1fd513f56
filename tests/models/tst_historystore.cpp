#include "JobBuilder.h"
#include "models/HistoryStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace JobBuilder;

namespace {

const HistoryScope Prod{u"https://platform.example|ORG@AdobeOrg"_qs, u"prod"_qs};
const HistoryScope Dev{u"https://platform.example|ORG@AdobeOrg"_qs, u"dev"_qs};
const HistoryScope OtherOrg{u"https://platform.example|OTHER@AdobeOrg"_qs, u"prod"_qs};

// Runs a load to its end; the chunks as they came.
struct LoadResult
{
    QList<QList<ExportJob>> chunks;
    int count = -1;
    QString error;
    bool onCallerThread = true;

    QList<ExportJob> jobs() const
    {
        QList<ExportJob> all;
        for (const auto &chunk : chunks)
            all += chunk;
        return all;
    }
};

LoadResult loadAll(HistoryStore &store, const HistoryScope &scope, int chunkSize = 2000)
{
    LoadResult result;
    bool finished = false;
    QObject context;
    QThread *caller = QThread::currentThread();
    store.load(
            scope, &context,
            [&](const QList<ExportJob> &jobs) {
                result.onCallerThread &= QThread::currentThread() == caller;
                result.chunks << jobs;
            },
            [&](int count, const QString &error) {
                result.onCallerThread &= QThread::currentThread() == caller;
                result.count = count;
                result.error = error;
                finished = true;
            },
            chunkSize);
    if (!QTest::qWaitFor([&] { return finished; }, 120000))
        qWarning("history load did not finish");
    return result;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void newestFirstAndUpdatedInPlace();
    void sandboxesAndConnectionsAreApart();
    void survivesReopening();
    void loadsInChunksWithoutHoldingTheCaller();
    void goneContextHearsNothing();
    void cancelledLoadStops();
    void percentileOfSucceededDurations();
    void forgetClearsOneScope();
    void unusableFolderReportsAnError();

private:
};

void TestHistoryStore::roundTripKeepsEveryField()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QList<ExportJob> jobs = tutorialList();
    jobs << sample(u"seed/get-job-response.json"_qs)
         << sample(u"variants/job-status-queued.json"_qs)
         << sample(u"variants/job-batches-object.json"_qs);
    store.save(Prod, jobs);
    // "id": "00726" is job 726 again: in a sandbox of its own, it comes back with its zeros.
    const ExportJob zeros = sample(u"variants/job-id-leading-zeros.json"_qs);
    store.save(Dev, {zeros});
    const QList<ExportJob> dev = loadAll(store, Dev).jobs();
    QCOMPARE(dev.size(), 1);
    QCOMPARE(dev.first().toJson(), zeros.toJson());
    const LoadResult loaded = loadAll(store, Prod);
    QCOMPARE(loaded.error, QString());
    QCOMPARE(loaded.count, jobs.size());
    QList<ExportJob> back = loaded.jobs();
    for (const ExportJob &job : jobs) {
        const auto it = std::find_if(back.cbegin(), back.cend(),
                                     [&](const ExportJob &b) { return b.id == job.id; });
        QVERIFY(it != back.cend());
        QCOMPARE(it->toJson(), job.toJson());
        QCOMPARE(*it, job);
    }
    QVERIFY(QFile::exists(store.fileName()));
    QVERIFY(store.fileName().startsWith(dir.path()));
}

void TestHistoryStore::newestFirstAndUpdatedInPlace()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    const QList<ExportJob> jobs = JobBuilder::jobs(50, 10);
    store.save(Prod, jobs);
    // Job 10 ends; saved again, it replaces its earlier state.
    store.save(Prod, {finished(jobs[9], JobStatus::Failed, *jobs[9].creationTime + 1000)});
    const QList<ExportJob> back = loadAll(store, Prod).jobs();
    QCOMPARE(back.size(), 50);
    for (qsizetype i = 0; i < back.size(); ++i)
        QCOMPARE(back[i].id, 50 - i);
    QCOMPARE(back[40].id, 10);
    QCOMPARE(back[40].status(), JobStatus::Failed);
}

void TestHistoryStore::sandboxesAndConnectionsAreApart()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.save(Prod, JobBuilder::jobs(5));
    store.save(Dev, {job(100, JobStatus::New, T0)});
    store.save(OtherOrg, {job(200, JobStatus::New, T0), job(201, JobStatus::New, T0)});
    // The same id in two sandboxes is two jobs.
    store.save(Dev, {job(3, JobStatus::Failed, T0)});
    QCOMPARE(loadAll(store, Prod).count, 5);
    const QList<ExportJob> dev = loadAll(store, Dev).jobs();
    QCOMPARE(dev.size(), 2);
    QCOMPARE(dev[1].id, 3);
    QCOMPARE(dev[1].status(), JobStatus::Failed);
    QCOMPARE(loadAll(store, Prod).jobs().at(2).status(), JobStatus::Succeeded); // prod's job 3
    QCOMPARE(loadAll(store, OtherOrg).count, 2);
    const LoadResult none = loadAll(store, HistoryScope{u"never"_qs, u"seen"_qs});
    QCOMPARE(none.count, 0);
    QVERIFY(none.error.isEmpty());
    QVERIFY(none.chunks.isEmpty());
}

void TestHistoryStore::survivesReopening()
{
    QTemporaryDir dir;
    {
        HistoryStore store(dir.path());
        store.save(Prod, JobBuilder::jobs(30, 3));
        // Destroyed at once: queued writes still land.
    }
    HistoryStore again(dir.path());
    const LoadResult loaded = loadAll(again, Prod);
    QCOMPARE(loaded.count, 30);
    QCOMPARE(loaded.jobs().first().id, 30);
}

void TestHistoryStore::loadsInChunksWithoutHoldingTheCaller()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.save(Prod, JobBuilder::jobs(20000, 50));
    QVERIFY(store.waitForIdle());

    // load() returns at once; the jobs arrive later, through the caller's event loop.
    QObject context;
    QList<QList<ExportJob>> early;
    store.load(
            Prod, &context, [&](const QList<ExportJob> &chunk) { early << chunk; },
            [](int, const QString &) {}, 1000);
    QVERIFY(early.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(early.size(), 20, 60000);

    const LoadResult loaded = loadAll(store, Prod, 1000);
    QCOMPARE(loaded.count, 20000);
    QCOMPARE(loaded.chunks.size(), 20);
    for (const auto &chunk : loaded.chunks)
        QCOMPARE(chunk.size(), 1000);
    QVERIFY(loaded.onCallerThread);
    const QList<ExportJob> jobs = loaded.jobs();
    QCOMPARE(jobs.first().id, 20000);
    QCOMPARE(jobs.last().id, 1);
    QCOMPARE(std::count_if(jobs.cbegin(), jobs.cend(),
                           [](const ExportJob &j) { return !j.isTerminal(); }),
             400);
}

void TestHistoryStore::goneContextHearsNothing()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.save(Prod, JobBuilder::jobs(100));
    int calls = 0;
    {
        QObject context;
        store.load(
                Prod, &context, [&](const QList<ExportJob> &) { ++calls; },
                [&](int, const QString &) { ++calls; });
        store.succeededDurationPercentile(Prod, 0.95, 1, &context,
                                          [&](std::optional<qint64>, int) { ++calls; });
    }
    QVERIFY(store.waitForIdle());
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

void TestHistoryStore::cancelledLoadStops()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.save(Prod, JobBuilder::jobs(5000));
    QObject context;
    int chunks = 0;
    bool done = false;
    const HistoryLoad load = store.load(
            Prod, &context, [&](const QList<ExportJob> &) { ++chunks; },
            [&](int, const QString &) { done = true; }, 100);
    load.cancel();
    QVERIFY(load.isCancelled());
    QVERIFY(store.waitForIdle());
    QTest::qWait(50);
    QCOMPARE(chunks, 0);
    QVERIFY(!done);
}

void TestHistoryStore::percentileOfSucceededDurations()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QObject context;
    const auto percentile = [&](const HistoryScope &scope, double fraction, int minSamples) {
        std::optional<std::pair<std::optional<qint64>, int>> answer;
        store.succeededDurationPercentile(scope, fraction, minSamples, &context,
                                          [&](std::optional<qint64> value, int samples) {
                                              answer = std::make_pair(value, samples);
                                          });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            return std::make_pair(std::optional<qint64>(-1), -1);
        return *answer;
    };

    // Nothing known yet.
    QCOMPARE(percentile(Prod, 0.95, 5), std::make_pair(std::optional<qint64>(), 0));

    // Twenty succeeded jobs of 1..20 minutes, in a shuffled order; failures, cancellations and
    // running jobs do not count, nor do other sandboxes.
    QList<ExportJob> jobs;
    for (int i = 0; i < 20; ++i) {
        const int minutes = (i * 7) % 20 + 1;
        jobs << job(i + 1, JobStatus::Succeeded, T0 + i * 1000, minutes * 60000);
    }
    jobs << job(100, JobStatus::Failed, T0, 999 * 60000);
    jobs << job(101, JobStatus::Cancelled, T0, 998 * 60000);
    jobs << job(102, JobStatus::Processing, T0 - 3600000);
    store.save(Prod, jobs);
    store.save(Dev, {job(1, JobStatus::Succeeded, T0, 500 * 60000)});

    // Nearest rank: ceil(0.95 * 20) = 19th smallest = 19 minutes.
    QCOMPARE(percentile(Prod, 0.95, 5), std::make_pair(std::optional<qint64>(19 * 60000), 20));
    QCOMPARE(percentile(Prod, 0.5, 5), std::make_pair(std::optional<qint64>(10 * 60000), 20));
    QCOMPARE(percentile(Prod, 1.0, 5), std::make_pair(std::optional<qint64>(20 * 60000), 20));
    // Too few samples: no threshold, but the count is told.
    QCOMPARE(percentile(Dev, 0.95, 5), std::make_pair(std::optional<qint64>(), 1));
    QCOMPARE(percentile(Dev, 0.95, 1), std::make_pair(std::optional<qint64>(500 * 60000), 1));
}

void TestHistoryStore::forgetClearsOneScope()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.save(Prod, JobBuilder::jobs(10));
    store.save(Dev, JobBuilder::jobs(4));
    store.forget(Prod);
    QCOMPARE(loadAll(store, Prod).count, 0);
    QCOMPARE(loadAll(store, Dev).count, 4);
}

void TestHistoryStore::unusableFolderReportsAnError()
{
    QTemporaryDir dir;
    // A file where the folder should be.
    const QString blocked = dir.filePath(u"not-a-folder"_qs);
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    HistoryStore store(blocked);
    QSignalSpy errors(&store, &HistoryStore::errorOccurred);
    store.save(Prod, JobBuilder::jobs(2));
    QVERIFY(errors.wait(10000));
    QVERIFY(!errors.first().first().toString().isEmpty());
    const LoadResult loaded = loadAll(store, Prod);
    QCOMPARE(loaded.count, 0);
    QVERIFY(!loaded.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
