// What the jobs table costs with a sandbox holding years of jobs, against a baseline measured in
// the same run: rebuilding the model with a reset on every refresh. Figures: a refresh of
// 100,000 jobs with 1% changed, a cold load (parse + insert; from JSON and from the history
// store), the longest stall of the event loop, and resident memory per job.
//
//   cmake --build build --target run_bench_models     (or: bench_models [jobs])

#include "BenchJobs.h"
#include "api/Pages.h"
#include "models/HistoryStore.h"
#include "models/JobFilterModel.h"
#include "models/JobTableModel.h"

#include <QGuiApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace BenchJobs;

namespace {

// A table as a window shows it: the model behind a proxy sorted by last update.
struct Table
{
    JobTableModel model;
    JobFilterModel proxy;

    explicit Table(qint64 now)
    {
        model.setClock([now] { return now; });
        proxy.setJobModel(&model);
        proxy.sort(JobTableModel::Updated, Qt::DescendingOrder);
    }
};

QList<ExportJob> decodeAll(const QList<QByteArray> &pages)
{
    QList<ExportJob> jobs;
    for (const QByteArray &page : pages)
        jobs += ExportJobPage::decode(page).value().records;
    return jobs;
}

// The same list a little later: 1% of the jobs changed (a later update and a counter), and the
// running ones among them ended.
QList<ExportJob> refreshed(QList<ExportJob> jobs, int *changed)
{
    *changed = 0;
    for (ExportJob &job : jobs) {
        if (job.id % 100 != 0)
            continue;
        ++*changed;
        job.updateTime = job.updateTime.value_or(0) + 1000;
        JobMetrics metrics = job.metrics.value_or(JobMetrics());
        metrics.totalExportedProfileCounter = metrics.totalExportedProfileCounter.value_or(0) + 1;
        if (!job.isTerminal()) {
            job.setStatus(JobStatus::Succeeded);
            PhaseTime total = metrics.totalTime.value_or(PhaseTime());
            total.endTimeInMs = *job.updateTime;
            metrics.totalTime = total;
        }
        job.metrics = metrics;
    }
    return jobs;
}

void line(const char *label, double value, const char *unit)
{
    std::printf("  %-44s %10.1f %s\n", label, value, unit);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const qint64 now = Start + qint64(count + 10) * 600000;

    std::printf("== Jobs table: %d jobs, 1 in 2000 running, proxy sorted by last update ==\n",
                count);
    const QList<QByteArray> pages = pageBodies(count, 100, 2000);
    qint64 jsonBytes = 0;
    for (const QByteArray &page : pages)
        jsonBytes += page.size();

    // Memory first, on a clean heap: the model alone, after the decoded list is gone.
    {
        const qint64 before = residentBytes();
        const qint64 heapBefore = heapInUse();
        auto table = std::make_unique<Table>(now);
        table->model.upsertJobs(decodeAll(pages));
        const qint64 after = residentBytes();
        const qint64 heapAfter = heapInUse();
        std::printf("\nresident memory\n");
        line("per job in the model (RSS delta / jobs)", double(after - before) / count, "bytes");
        line("per job in the model (heap in use / jobs)", double(heapAfter - heapBefore) / count,
             "bytes");
        line("of which the ExportJob value itself", double(sizeof(ExportJob)), "bytes");
        line("per job as JSON on the wire", double(jsonBytes) / count, "bytes");
        table.reset();
    }

    std::printf("\ncold load (parse + insert)\n");
    QElapsedTimer t;
    t.start();
    const QList<ExportJob> jobs = decodeAll(pages);
    const double parseMs = ms(t);
    std::printf("  %-44s %10.1f ms\n",
                qPrintable(QStringLiteral("parse %1 pages of JSON").arg(pages.size())), parseMs);
    double insertDiff = 0, insertReset = 0;
    {
        Table table(now);
        t.restart();
        table.model.upsertJobs(jobs);
        insertDiff = ms(t);
    }
    {
        Table table(now);
        t.restart();
        table.model.resetJobs(jobs);
        insertReset = ms(t);
    }
    Run queuedLoad;
    {
        Table table(now);
        queuedLoad = inEventLoop([&](std::function<void()> done) {
            QObject::connect(&table.model, &JobTableModel::queueDrained, &table.model, done);
            table.model.queueJobs(jobs);
        });
    }
    line("insert, one upsert (GUI stall = all of it)", insertDiff, "ms");
    line("insert, baseline reset", insertReset, "ms");
    line("insert, queued in slices: wall", queuedLoad.wallMs, "ms");
    line("insert, queued in slices: longest stall", queuedLoad.maxStallMs, "ms");
    line("ratio baseline stall / longest stall", insertReset / queuedLoad.maxStallMs, "x");

    int changed = 0;
    const QList<ExportJob> next = refreshed(jobs, &changed);
    std::printf("\nrefresh of %d jobs with %d changed (%.1f%%)\n", count, changed,
                100.0 * changed / count);
    double diffMs = 0, resetMs = 0, diffModelOnly = 0, resetModelOnly = 0;
    {
        Table table(now);
        table.model.upsertJobs(jobs);
        t.restart();
        table.model.upsertJobs(next);
        diffMs = ms(t);
    }
    {
        Table table(now);
        table.model.resetJobs(jobs);
        t.restart();
        table.model.resetJobs(next);
        resetMs = ms(t);
    }
    {
        JobTableModel model;
        model.upsertJobs(jobs);
        t.restart();
        model.upsertJobs(next);
        diffModelOnly = ms(t);
        model.resetJobs(jobs);
        t.restart();
        model.resetJobs(next);
        resetModelOnly = ms(t);
    }
    Run queuedRefresh;
    {
        Table table(now);
        table.model.upsertJobs(jobs);
        queuedRefresh = inEventLoop([&](std::function<void()> done) {
            QObject::connect(&table.model, &JobTableModel::queueDrained, &table.model, done);
            table.model.queueJobs(next);
        });
    }
    line("diff, one upsert", diffMs, "ms");
    line("baseline: reset with the new list", resetMs, "ms");
    line("ratio baseline / diff", resetMs / diffMs, "x");
    line("diff, queued in slices: wall", queuedRefresh.wallMs, "ms");
    line("diff, queued in slices: longest stall", queuedRefresh.maxStallMs, "ms");
    line("ratio baseline stall / longest stall", resetMs / queuedRefresh.maxStallMs, "x");
    line("model alone: diff", diffModelOnly, "ms");
    line("model alone: baseline reset", resetModelOnly, "ms");
    line("model alone: ratio baseline / diff", resetModelOnly / diffModelOnly, "x");

    // JobMonitor's default first page is 10 jobs.
    std::printf("\none poll cycle: first page of 10 + 5 running jobs by id\n");
    {
        Table table(now);
        table.model.upsertJobs(jobs);
        QList<ExportJob> cycle = next.mid(0, 10);
        for (qsizetype i = 0; i < 5; ++i)
            cycle.append(next.at(qsizetype(count) - 1 - i * 997));
        const Run poll = inEventLoop([&](std::function<void()> done) {
            table.model.upsertJobs(cycle);
            done();
        });
        Table baseline(now);
        baseline.model.resetJobs(jobs);
        t.restart();
        baseline.model.resetJobs(next);
        const double pollReset = ms(t);
        line("diff: longest stall", poll.maxStallMs, "ms");
        line("baseline reset of the whole list", pollReset, "ms");
        line("ratio baseline / diff", pollReset / std::max(poll.maxStallMs, 0.001), "x");
    }

    std::printf("\ncold load from the history store\n");
    {
        QTemporaryDir dir;
        const HistoryScope scope{QStringLiteral("bench"), QStringLiteral("prod")};
        auto store = std::make_unique<HistoryStore>(dir.path());
        t.restart();
        store->save(scope, jobs);
        const double saveCall = ms(t);
        store->waitForIdle(600000);
        const double saveAll = ms(t);
        line("save: time on the calling thread", saveCall, "ms");
        line("save: written (off the GUI thread)", saveAll, "ms");

        Table table(now);
        int loaded = 0;
        const Run load = inEventLoop([&](std::function<void()> done) {
            store->load(
                    scope, &table.model,
                    [&](const QList<ExportJob> &chunk) { table.model.queueJobs(chunk); },
                    [&, done](int n, const QString &) {
                        loaded = n;
                        if (!table.model.isApplyingQueue())
                            done();
                        else
                            QObject::connect(&table.model, &JobTableModel::queueDrained,
                                             &table.model, done);
                    });
        });
        line("load into the table: wall", load.wallMs, "ms");
        line("load into the table: longest stall", load.maxStallMs, "ms");
        std::printf("  (%d jobs loaded, %d rows)\n", loaded, table.model.rowCount());
        store.reset();

        // Baseline: the same database read and decoded on the GUI thread, then a reset.
        Table naive(now);
        t.restart();
        {
            QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("naive"));
            db.setDatabaseName(dir.filePath(QStringLiteral("history.sqlite")));
            db.open();
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT json FROM jobs ORDER BY created DESC, id DESC"));
            QList<ExportJob> all;
            while (q.next()) {
                if (auto job = ExportJob::fromJson(
                            QJsonDocument::fromJson(q.value(0).toByteArray()).object()))
                    all.append(std::move(*job));
            }
            naive.model.resetJobs(all);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("naive"));
        const double naiveMs = ms(t);
        line("baseline: read + decode + reset on the GUI thread", naiveMs, "ms");
        line("ratio baseline stall / longest stall", naiveMs / load.maxStallMs, "x");
    }
    return 0;
}
