// What polling costs the platform: requests and bytes per poll cycle of JobMonitor, for a
// sandbox of 10,000 jobs of which 5 run, against the naive way of listing every job on every
// cycle, measured in the same run against a real local platform and read from its request log.
//
//   cmake --build build --target run_bench_monitor     (or: bench_monitor [jobs] [running])

#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "models/HistoryStore.h"
#include "models/JobMonitor.h"
#include "models/JobTableModel.h"
#include "tests/emulator/ExportSteps.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/LocalConnection.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using namespace std::chrono;

namespace {

struct Traffic
{
    int requests = 0;
    qint64 bytesOut = 0; // answers, headers included
    qint64 bytesIn = 0; // requests
};

Traffic traffic(const QList<Emulator::RequestLogEntry> &log, qint64 from, qint64 to)
{
    Traffic t;
    for (const Emulator::RequestLogEntry &e : log) {
        if (e.timeMs < from || e.timeMs > to || e.method == u"POST")
            continue;
        ++t.requests;
        t.bytesOut += e.bytesOut;
        t.bytesIn += e.bytesIn;
    }
    return t;
}

bool countIs(PlatformHttp &http, const char *status, int expected)
{
    const QJsonObject page
            = http.gateway("GET",
                           QStringLiteral("/data/core/ups/export/jobs?limit=10&status=%1")
                                   .arg(QLatin1String(status)))
                      .json()
                      .object();
    return page.value(u"records").toArray().size() == expected;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int jobs = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int running = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    const int cycles = 10;

    std::printf("== Polling a sandbox of %d jobs, %d running ==\n", jobs, running);
    EmulatorFixture::Options options;
    options.profiles = 10;
    EmulatorFixture platform(options);
    QString error;
    if (!platform.start(&error)) {
        std::fprintf(stderr, "cannot start the local platform: %s\n", qPrintable(error));
        return 1;
    }
    PlatformHttp http = platform.http();
    const QString dataset = ExportSteps::createDataset(http);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < jobs - running; ++i) {
        if (http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"),
                         ExportSteps::jobBody(dataset))
                    .status
            != 200) {
            std::fprintf(stderr, "job %d was not created\n", i);
            return 1;
        }
    }
    // Every export ends before the running ones start.
    while (!countIs(http, "NEW", 0) || !countIs(http, "PROCESSING", 0))
        QTest::qWait(200);
    platform.platform()->setPace(3600);
    for (int i = 0; i < running; ++i)
        http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"),
                     ExportSteps::jobBody(dataset));
    std::printf("  %d jobs created and %d finished in %.1f s\n", jobs, jobs - running,
                double(t.elapsed()) / 1000);

    PlatformClient client;
    const Connection connection = TestSupport::signIn(client, platform);

    // One monitor run: the initial load, then `cycles` polls; traffic read from the log.
    struct RunResult
    {
        Traffic load;
        double loadMs = 0;
        Traffic perCycle; // totals over the cycles
        Traffic pages; // the GET /export/jobs part
        Traffic byId; // the GET /export/jobs/{id} part
        int mismatches = 0; // cycles where the log and the monitor disagree
    };
    const auto run = [&](int pageSize, RunResult *result) {
        QTemporaryDir dir;
        HistoryStore history(dir.path());
        JobTableModel model;
        JobMonitor monitor(&client, &model, &history);
        JobMonitor::Settings settings;
        settings.activeInterval = milliseconds(100);
        settings.pageSize = pageSize;
        monitor.setSettings(settings);
        QList<PollCycleStats> done;
        QObject::connect(&monitor, &JobMonitor::cycleFinished,
                         [&](const PollCycleStats &stats) { done << stats; });
        platform.clearRequestLog();
        const qint64 loadStart = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer clock;
        clock.start();
        QSignalSpy loaded(&monitor, &JobMonitor::loadFinished);
        monitor.start(HistoryScope{platform.baseUrl().toString(), connection.sandbox});
        if (!loaded.wait(600000))
            return false;
        result->loadMs = double(clock.elapsed());
        const qint64 loadEnd = QDateTime::currentMSecsSinceEpoch();
        if (!QTest::qWaitFor([&] { return done.size() >= cycles; }, 120000))
            return false;
        monitor.stop();
        QTest::qWait(100);
        const QList<Emulator::RequestLogEntry> log = platform.requestLog();
        result->load = traffic(log, loadStart, loadEnd);
        for (int i = 0; i < cycles; ++i) {
            const Traffic c = traffic(log, done[i].startedMs, done[i].finishedMs);
            result->perCycle.requests += c.requests;
            result->perCycle.bytesOut += c.bytesOut;
            result->perCycle.bytesIn += c.bytesIn;
            if (c.requests != done[i].requests())
                ++result->mismatches;
            for (const Emulator::RequestLogEntry &e : log) {
                if (e.timeMs < done[i].startedMs || e.timeMs > done[i].finishedMs
                    || e.method != u"GET")
                    continue;
                Traffic &part = e.path.endsWith(u"/export/jobs") ? result->pages : result->byId;
                ++part.requests;
                part.bytesOut += e.bytesOut;
                part.bytesIn += e.bytesIn;
            }
        }
        return true;
    };
    const auto kb = [](const Traffic &t, double per) {
        return double(t.bytesOut + t.bytesIn) / 1024 / per;
    };

    RunResult newest;
    const int pageSize = JobMonitor::Settings().pageSize;
    if (!run(pageSize, &newest)) {
        std::fprintf(stderr, "the monitor did not load or poll\n");
        return 1;
    }
    std::printf("\ninitial load (once per start)\n");
    std::printf("  %-48s %8d requests %10.1f KB   %.0f ms\n", "every page (limit 100)",
                newest.load.requests, kb(newest.load, 1), newest.loadMs);
    std::printf("\nJobMonitor, per poll cycle (mean of %d)\n", cycles);
    std::printf(
            "  %-48s %8.1f requests %10.1f KB\n",
            qPrintable(
                    QStringLiteral("first page of %1; the running jobs are on it").arg(pageSize)),
            double(newest.perCycle.requests) / cycles, kb(newest.perCycle, cycles));

    // The running jobs off the first page: a first page of one job, the others by id.
    RunResult older;
    if (!run(1, &older)) {
        std::fprintf(stderr, "the monitor did not load or poll\n");
        return 1;
    }
    std::printf("  %-48s %8.1f requests %10.1f KB\n", "first page of 1; the others by id",
                double(older.perCycle.requests) / cycles, kb(older.perCycle, cycles));
    const double idKb = older.byId.requests ? kb(older.byId, older.byId.requests) : 0;
    const double pageKb = kb(newest.pages, newest.pages.requests);
    const double worstKb = pageKb + running * idKb;
    std::printf("  %-48s %8d requests %10.1f KB   (page %.1f KB + %d x %.1f KB)\n",
                qPrintable(QStringLiteral("computed: first page of %1 + each running by id")
                                   .arg(pageSize)),
                1 + running, worstKb, pageKb, running, idKb);
    if (newest.mismatches + older.mismatches > 0)
        std::printf("  (%d cycles where the log and the monitor disagree)\n",
                    newest.mismatches + older.mismatches);
    const double perCycleRequests = double(newest.perCycle.requests) / cycles;
    const double perCycleBytes = kb(newest.perCycle, cycles) * 1024;

    // The naive way: every job, every cycle, in one answer and in pages of 100.
    platform.clearRequestLog();
    qint64 from = QDateTime::currentMSecsSinceEpoch();
    t.restart();
    http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs"));
    const double naiveMs = double(t.elapsed());
    QTest::qWait(50);
    const Traffic naive = traffic(platform.requestLog(), from, QDateTime::currentMSecsSinceEpoch());
    platform.clearRequestLog();
    from = QDateTime::currentMSecsSinceEpoch();
    QString next = QStringLiteral("/export/jobs?limit=100");
    while (!next.isEmpty()) {
        const QJsonObject page
                = http.gateway("GET", QStringLiteral("/data/core/ups") + next).json().object();
        next = page.value(u"link").toObject().value(u"next").toString();
    }
    QTest::qWait(50);
    const Traffic paged = traffic(platform.requestLog(), from, QDateTime::currentMSecsSinceEpoch());
    const double naiveBytes = double(naive.bytesOut + naive.bytesIn);
    const double pagedBytes = double(paged.bytesOut + paged.bytesIn);
    std::printf("\nbaseline: list everything every cycle\n");
    std::printf("  %-48s %8d requests %10.1f KB   %.0f ms\n", "one GET without parameters",
                naive.requests, naiveBytes / 1024, naiveMs);
    std::printf("  %-48s %8d requests %10.1f KB\n", "every page of 100", paged.requests,
                pagedBytes / 1024);
    std::printf("\nratios per cycle (baseline / monitor)\n");
    std::printf("  %-48s %10.1f x\n", "bytes, one GET / monitor", naiveBytes / perCycleBytes);
    std::printf("  %-48s %10.1f x\n", "bytes, every page / monitor", pagedBytes / perCycleBytes);
    std::printf("  %-48s %10.1f x\n", "requests, every page / monitor",
                double(paged.requests) / perCycleRequests);
    std::printf("  %-48s %10.1f x\n", "bytes, one GET / computed worst case",
                naiveBytes / (worstKb * 1024));
    return 0;
}
