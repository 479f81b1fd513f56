#pragma once

#include "api/ExportJob.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <functional>
#include <malloc.h>
#include <unistd.h>

// Jobs shaped like the platform's for the benchmarks, and the meters they read.
namespace BenchJobs {

// One job as the platform lists it: the tutorial's job 726 with its own id, times, segment and
// dataset; every 20th failed with the tutorial's two errors; `active` ones still processing.
inline QJsonObject jobJson(qint64 id, qint64 created, bool active)
{
    const bool failed = !active && id % 20 == 0;
    const qint64 queue = 60000 + (id * 7919) % 120000;
    const qint64 exportMs = 120000 + (id * 104729) % 600000;
    const qint64 writeMs = 500 + id % 60000;
    const auto phase = [](qint64 start, qint64 end) {
        QJsonObject p{{QStringLiteral("startTimeInMs"), double(start)}};
        if (end > 0) {
            p.insert(QStringLiteral("endTimeInMs"), double(end));
            p.insert(QStringLiteral("totalTimeInMs"), double(end - start));
        }
        return p;
    };
    QJsonObject metrics;
    QJsonObject job{
            {QStringLiteral("profileInstanceId"), QStringLiteral("ups")},
            {QStringLiteral("jobType"), QStringLiteral("BATCH")},
            {QStringLiteral("id"), double(id)},
            {QStringLiteral("schema"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("_xdm.context.profile")}}},
            {QStringLiteral("mergePolicy"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("timestampOrdered-none-mp")},
                         {QStringLiteral("version"), 1}}},
            {QStringLiteral("filter"),
             QJsonObject{
                     {QStringLiteral("segments"),
                      QJsonArray{QJsonObject{{QStringLiteral("segmentId"),
                                              QStringLiteral("52c26d0d-45f2-47a2-ab30-ed06abc9%1")
                                                      .arg(id % 97, 4, 10, QLatin1Char('0'))}}}}}},
            {QStringLiteral("requestId"),
             QStringLiteral("d995479c-8a08-4240-903b-%1").arg(id, 12, 10, QLatin1Char('0'))},
            {QStringLiteral("imsOrgId"), QStringLiteral("5F3A1B2C3D4E5F6A7B8C9D0E@AdobeOrg")},
            {QStringLiteral("creationTime"), double(created)},
            {QStringLiteral("destination"),
             QJsonObject{{QStringLiteral("datasetId"),
                          QStringLiteral("5b7c86968f7b6501e21b%1")
                                  .arg(id % 13, 4, 10, QLatin1Char('0'))},
                         {QStringLiteral("batchId"),
                          failed ? QString()
                                 : QStringLiteral("da5cfb4de32c4b93a09f%1")
                                           .arg(id, 12, 16, QLatin1Char('0'))}}},
    };
    if (active) {
        job.insert(QStringLiteral("status"), QStringLiteral("PROCESSING"));
        metrics.insert(QStringLiteral("totalTime"), phase(created, 0));
        metrics.insert(QStringLiteral("profileExportTime"), phase(created + queue, 0));
        job.insert(QStringLiteral("updateTime"), double(created + queue));
        job.insert(QStringLiteral("computeGatewayJobId"),
                   QJsonObject{{QStringLiteral("exportJob"),
                                QStringLiteral("f3058161-7349-4ca9-807d-%1")
                                        .arg(id, 12, 10, QLatin1Char('0'))}});
    } else {
        const qint64 end = created + queue + exportMs + 55000 + writeMs;
        job.insert(QStringLiteral("status"),
                   failed ? QStringLiteral("FAILED") : QStringLiteral("SUCCEEDED"));
        metrics.insert(QStringLiteral("totalTime"), phase(created, end));
        metrics.insert(QStringLiteral("profileExportTime"),
                       phase(created + queue, created + queue + exportMs));
        if (failed) {
            job.insert(
                    QStringLiteral("errors"),
                    QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("0090000009")},
                                           {QStringLiteral("msg"),
                                            QStringLiteral("Error writing profiles to output path "
                                                           "'adl://snapshot/%1'")
                                                    .arg(id)},
                                           {QStringLiteral("callStack"),
                                            QStringLiteral("com.adobe.aep.unifiedprofile.common."
                                                           "logging.Logger")}},
                               QJsonObject{{QStringLiteral("code"), QStringLiteral("unknown")},
                                           {QStringLiteral("msg"), QStringLiteral("Job aborted.")},
                                           {QStringLiteral("callStack"),
                                            QStringLiteral("org.apache.spark.SparkException: Job "
                                                           "aborted.")}}});
        } else {
            const qint64 write = created + queue + exportMs + 55000;
            metrics.insert(QStringLiteral("aCPDatasetWriteTime"), phase(write, write + writeMs));
            metrics.insert(QStringLiteral("totalExportedProfileCounter"), double(id * 37 % 900000));
        }
        job.insert(QStringLiteral("updateTime"), double(end));
        job.insert(QStringLiteral("computeGatewayJobId"),
                   QJsonObject{{QStringLiteral("exportJob"),
                                QStringLiteral("f3058161-7349-4ca9-807d-%1")
                                        .arg(id, 12, 10, QLatin1Char('0'))},
                               {QStringLiteral("pushJob"),
                                QStringLiteral("feaeca05-d137-4605-aa4e-%1")
                                        .arg(id, 12, 10, QLatin1Char('0'))}});
    }
    job.insert(QStringLiteral("metrics"), metrics);
    return job;
}

constexpr qint64 Start = 1600000000000;

// Pages of GET /export/jobs bodies holding `count` jobs, newest first; one in `activeEvery`
// processing.
inline QList<QByteArray> pageBodies(int count, int pageSize, int activeEvery)
{
    QList<QByteArray> pages;
    QJsonArray records;
    for (int i = count; i >= 1; --i) {
        records.append(
                jobJson(i, Start + qint64(i) * 600000, activeEvery > 0 && i % activeEvery == 0));
        if (records.size() == pageSize || i == 1) {
            pages.append(QJsonDocument(QJsonObject{{QStringLiteral("records"), records}})
                                 .toJson(QJsonDocument::Compact));
            records = QJsonArray();
        }
    }
    return pages;
}

inline qint64 residentBytes()
{
    malloc_trim(0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

// Bytes the allocator has handed out and not taken back: what live objects hold.
inline qint64 heapInUse()
{
    return qint64(mallinfo2().uordblks);
}

inline double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The longest time the event loop went without turning, sampled by a zero timer, which fires
// on every turn of the loop.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { sample(); });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stopMs()
    {
        sample();
        m_timer.stop();
        return double(m_max) / 1e6;
    }

private:
    void sample()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_max = std::max(m_max, now - m_last);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

struct Run
{
    double wallMs = 0;
    double maxStallMs = 0;
};

// Runs `work` from the event loop and turns the loop until it calls `done`.
inline Run inEventLoop(const std::function<void(std::function<void()> done)> &work)
{
    QEventLoop loop;
    bool finished = false;
    StallMeter meter;
    QElapsedTimer wall;
    meter.start();
    wall.start();
    QTimer::singleShot(0, &loop, [&] {
        work([&] {
            finished = true;
            loop.quit();
        });
    });
    if (!finished)
        loop.exec();
    Run run;
    run.wallMs = ms(wall);
    run.maxStallMs = meter.stopMs();
    return run;
}

} // namespace BenchJobs
