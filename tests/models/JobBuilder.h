#pragma once

#include "api/ExportJob.h"
#include "api/Pages.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

// Jobs for model tests: plain values shaped like the platform's, and the tutorial's samples.
namespace JobBuilder {

constexpr qint64 T0 = 1700000000000; // a fixed "now" for tests

// A job created at `created`; a terminal job ran for `runMs` and ended then.
inline ExportJob job(qint64 id, JobStatus status, qint64 created, qint64 runMs = 60000)
{
    ExportJob job(id, jobStatusText(status));
    job.creationTime = created;
    JobMetrics metrics;
    PhaseTime total;
    total.startTimeInMs = created;
    if (isTerminal(status)) {
        total.endTimeInMs = created + runMs;
        total.totalTimeInMs = runMs;
        job.updateTime = created + runMs;
    } else {
        job.updateTime = created;
    }
    metrics.totalTime = total;
    job.metrics = metrics;
    job.requestId = QStringLiteral("req-%1").arg(id);
    Destination destination;
    destination.datasetId = QStringLiteral("dataset-%1").arg(id % 3);
    job.destination = destination;
    return job;
}

// `count` jobs with ids 1..count, one a minute, the newest last; every `activeEvery`-th job
// still processing (0: none).
inline QList<ExportJob> jobs(int count, int activeEvery = 0, qint64 start = T0)
{
    QList<ExportJob> out;
    out.reserve(count);
    for (int i = 1; i <= count; ++i) {
        const bool active = activeEvery > 0 && i % activeEvery == 0;
        out << job(i, active ? JobStatus::Processing : JobStatus::Succeeded, start + i * 60000);
    }
    return out;
}

// The same job, finished now.
inline ExportJob finished(ExportJob job, JobStatus status, qint64 at)
{
    job.setStatus(status);
    job.updateTime = at;
    JobMetrics metrics = job.metrics.value_or(JobMetrics());
    PhaseTime total = metrics.totalTime.value_or(PhaseTime());
    total.endTimeInMs = at;
    total.totalTimeInMs = at - total.startTimeInMs.value_or(at);
    metrics.totalTime = total;
    job.metrics = metrics;
    return job;
}

inline QByteArray readTestData(const QString &relative)
{
    QFile file(QStringLiteral(EXPORT_STUDIO_TEST_DATA "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}

inline ExportJob sample(const QString &relative)
{
    const auto job = ExportJob::fromJson(QJsonDocument::fromJson(readTestData(relative)).object());
    if (!job)
        qFatal("%s is not an export job", qPrintable(relative));
    return *job;
}

// The tutorial's list: SUCCEEDED 726 and FAILED 722.
inline QList<ExportJob> tutorialList()
{
    return ExportJobPage::decode(readTestData(QStringLiteral("seed/list-jobs-response.json")))
            .value()
            .records;
}

} // namespace JobBuilder
