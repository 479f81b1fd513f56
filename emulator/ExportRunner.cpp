#include "ExportRunner.h"

#include "Chaos.h"
#include "ExportSlice.h"
#include "StateStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace Emulator {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonObject error(const char *code, const QString &message, const char *callStack)
{
    return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("msg"), message},
                       {QStringLiteral("callStack"), QLatin1String(callStack)}};
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

struct ExportRunner::Private
{
    QString dataDir;
    PlatformOptions options;
    std::shared_ptr<Chaos> chaos;
    std::shared_ptr<JobControl> control;
    qint64 jobId;

    StateStore store;
    QJsonObject job;
    ExportPlan plan;
    // What the slices wrote, batch by batch in the plan's order.
    std::vector<std::vector<PartWriter::File>> files;
    std::vector<qint64> batchRecords;
    qint64 exported = 0;
    qint64 withEmail = 0;
    qint64 withCrm = 0;
    QString ioError;

    bool stopRequested() const { return control->cancel.load() || control->shutdown.load(); }
    bool load();
    void loadSegments();
    bool pause();
    void save(const char *status);
    void setPhase(const QString &phase, qint64 start, qint64 end = -1);
    qint64 phaseEnd(const QString &phase) const;
    void updateBatches(const char *status, qint64 time, const QJsonArray &errors = {});
    bool exportProfiles();
    bool runSlices(std::vector<std::unique_ptr<ExportSlice>> &slices);
    bool commit(qint64 writeStart);
    void recordMetrics();
    void discardStaging();
    void finishCancelled();
    void fail(const QJsonArray &errors);
    void failWriting(const QString &problem);
    QString datasetProblem();
    QString outputPath() const;
};

ExportRunner::ExportRunner(const QString &dataDir, const PlatformOptions &options,
                           std::shared_ptr<Chaos> chaos, std::shared_ptr<JobControl> control,
                           qint64 jobId)
    : d(std::make_unique<Private>())
{
    d->dataDir = dataDir;
    d->options = options;
    d->chaos = std::move(chaos);
    d->control = std::move(control);
    d->jobId = jobId;
}

ExportRunner::~ExportRunner() = default;

bool ExportRunner::Private::load()
{
    QString error;
    if (!store.open(dataDir, &error)) {
        qWarning("Export job %lld: %s", jobId, qPrintable(error));
        return false;
    }
    auto &q = store.db().cached("SELECT tenant, json, request FROM jobs WHERE id = ?");
    q.bind(1, jobId);
    if (!q.step())
        return false;
    plan.tenant = q.int64(0);
    job = QJsonDocument::fromJson(q.bytes(1)).object();
    const QJsonObject requestBody = QJsonDocument::fromJson(q.bytes(2)).object();
    q.reset();
    if (!ExportRequest::parse(requestBody, &plan.request).isEmpty())
        return false;
    loadSegments();

    const QJsonObject destination = job.value(u"destination").toObject();
    if (plan.request.batchPerSegment()) {
        const QJsonArray batches = destination.value(u"batches").toArray();
        for (qsizetype i = 0; i < batches.size(); ++i)
            plan.batches.push_back(
                    {batches[i].toObject().value(u"batchId").toString(), int(i), newUuid()});
    } else {
        plan.batches.push_back({destination.value(u"batchId").toString(), -1, newUuid()});
    }
    plan.stagingDir = QDir(dataDir).filePath(QStringLiteral("staging/%1").arg(jobId));
    plan.recordsPerFile = options.recordsPerFile;
    plan.parquet = options.parquet;
    return true;
}

void ExportRunner::Private::loadSegments()
{
    auto &segments
            = store.db().cached("SELECT idx, id FROM segments WHERE tenant = ? ORDER BY idx");
    segments.bind(1, plan.tenant);
    while (segments.step()) {
        const auto idx = std::size_t(segments.int64(0));
        if (plan.segmentIds.size() <= idx)
            plan.segmentIds.resize(idx + 1);
        plan.segmentIds[idx] = segments.bytes(1);
    }
    for (const SegmentSelector &s : std::as_const(plan.request.segments)) {
        int found = -1;
        for (std::size_t i = 0; i < plan.segmentIds.size(); ++i) {
            if (plan.segmentIds[i] == s.segmentId.toUtf8())
                found = int(i);
        }
        plan.selectorSegment.push_back(found);
    }
}

bool ExportRunner::Private::pause()
{
    QElapsedTimer timer;
    timer.start();
    const auto paceMs = [this] {
        return qint64((control->pace ? control->pace->load() : options.paceSeconds) * 1000);
    };
    while (timer.elapsed() < paceMs()) {
        if (stopRequested())
            return false;
        QThread::msleep(quint64(std::clamp<qint64>(paceMs() - timer.elapsed(), 1, 20)));
    }
    return !stopRequested();
}

void ExportRunner::Private::setPhase(const QString &phase, qint64 start, qint64 end)
{
    QJsonObject metrics = job.value(u"metrics").toObject();
    QJsonObject p = metrics.value(phase).toObject();
    if (start >= 0)
        p.insert(QStringLiteral("startTimeInMs"), double(start));
    if (end >= 0) {
        const qint64 s = qint64(p.value(u"startTimeInMs").toDouble());
        p.insert(QStringLiteral("endTimeInMs"), double(end));
        p.insert(QStringLiteral("totalTimeInMs"), double(end - s));
    }
    metrics.insert(phase, p);
    job.insert(QStringLiteral("metrics"), metrics);
}

qint64 ExportRunner::Private::phaseEnd(const QString &phase) const
{
    return qint64(job.value(u"metrics")
                          .toObject()
                          .value(phase)
                          .toObject()
                          .value(u"endTimeInMs")
                          .toDouble(-1));
}

void ExportRunner::Private::save(const char *status)
{
    store.db().resetAll();
    job.insert(QStringLiteral("status"), QLatin1String(status));
    job.insert(QStringLiteral("updateTime"), double(now()));
    store.db()
            .cached("UPDATE jobs SET status = ?, json = ? WHERE id = ?")
            .bind(1, QByteArray(status))
            .bind(2, QJsonDocument(job).toJson(QJsonDocument::Compact))
            .bind(3, jobId)
            .exec();
}

void ExportRunner::Private::updateBatches(const char *status, qint64 time, const QJsonArray &errors)
{
    store.db().resetAll();
    const QByteArray errorJson = QJsonDocument(errors).toJson(QJsonDocument::Compact);
    const bool terminal = qstrcmp(status, "processing") != 0;
    for (std::size_t b = 0; b < plan.batches.size(); ++b) {
        const QString &batchId = plan.batches[b].batchId;
        const qint64 records = b < batchRecords.size() ? batchRecords[b] : 0;
        store.db()
                .cached("UPDATE batches SET status = ?, updated = ?, "
                        "started = COALESCE(started, ?), completed = ?, record_count = ?, "
                        "errors = ? WHERE id = ?")
                .bind(1, QByteArray(status))
                .bind(2, time)
                .bind(3, time)
                .bind(4, terminal ? time : qint64(0))
                .bind(5, qstrcmp(status, "success") == 0 ? records : 0)
                .bind(6, errorJson)
                .bind(7, batchId)
                .exec();
        if (!terminal)
            store.db()
                    .cached("UPDATE batches SET completed = NULL WHERE id = ?")
                    .bind(1, batchId)
                    .exec();
    }
}

QString ExportRunner::Private::outputPath() const
{
    return QStringLiteral("file://%1/datasets/%2/exports/%3")
            .arg(dataDir, plan.request.datasetId)
            .arg(jobId);
}

QString ExportRunner::Private::datasetProblem()
{
    auto &q = store.db().cached(
            "SELECT deleted, schema_id, json FROM datasets WHERE id = ? AND tenant = ?");
    q.bind(1, plan.request.datasetId).bind(2, plan.tenant);
    const bool present = q.step() && q.int64(0) == 0;
    const QString schema = present ? q.text(1) : QString();
    const QJsonObject dataset
            = present ? QJsonDocument::fromJson(q.bytes(2)).object() : QJsonObject();
    q.reset();
    if (!present)
        return QStringLiteral("Dataset %1 was deleted while export job %2 was running")
                .arg(plan.request.datasetId)
                .arg(jobId);
    if (schema != u"https://ns.adobe.com/xdm/context/profile__union")
        return QStringLiteral("Dataset %1 is not based on the profile union schema "
                              "(https://ns.adobe.com/xdm/context/profile__union)")
                .arg(plan.request.datasetId);
    // Parquet unless the dataset asks for JSON, as the tutorial's datasets are.
    const QString format = dataset.value(u"fileDescription")
                                   .toObject()
                                   .value(u"format")
                                   .toString(QStringLiteral("parquet"));
    if (format.compare(u"json", Qt::CaseInsensitive) == 0)
        plan.format = ExportFormat::JsonLines;
    else if (format.compare(u"parquet", Qt::CaseInsensitive) == 0)
        plan.format = ExportFormat::Parquet;
    else
        return QStringLiteral("Dataset %1 stores files as '%2'; profile exports write parquet "
                              "or json")
                .arg(plan.request.datasetId, format);
    return RecordSerializer::problem(plan.format, plan.serializerSetup());
}

bool ExportRunner::Private::exportProfiles()
{
    QDir().mkpath(plan.stagingDir);
    qint64 first = 0, last = -1;
    {
        auto &range = store.db().cached("SELECT MIN(id), MAX(id) FROM profiles WHERE tenant = ?");
        range.bind(1, plan.tenant);
        if (range.step() && !range.isNull(0)) {
            first = range.int64(0);
            last = range.int64(1);
        }
        range.reset();
    }
    // Large stores are read in slices, one thread each, as the platform's own exports
    // spread over workers; small ones in one go.
    const qint64 count = last - first + 1;
    const int sliceCount
            = count >= 50000 ? std::max(1, std::min(QThread::idealThreadCount(), 4)) : 1;
    const ExportFault fault = ExportFault::decide(chaos.get());
    std::vector<std::unique_ptr<ExportSlice>> slices;
    for (int i = 0; i < sliceCount; ++i) {
        const qint64 from = first + count * i / sliceCount;
        const qint64 to = i + 1 == sliceCount ? last : first + count * (i + 1) / sliceCount - 1;
        slices.push_back(std::make_unique<ExportSlice>(plan, i, from, to, fault));
        if (!slices.back()->open(StateStore::databasePath(dataDir), &ioError))
            return false;
    }
    return runSlices(slices);
}

bool ExportRunner::Private::runSlices(std::vector<std::unique_ptr<ExportSlice>> &slices)
{
    const auto stop = [this] {
        return stopRequested();
    };
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<char> ok(slices.size(), 0);
    for (std::size_t i = 1; i < slices.size(); ++i) {
        threads.emplace_back(QThread::create([&, i] { ok[i] = slices[i]->run(stop); }));
        threads.back()->start();
    }
    ok[0] = slices[0]->run(stop);
    for (auto &thread : threads)
        thread->wait();

    bool all = true;
    files.assign(plan.batches.size(), {});
    batchRecords.assign(plan.batches.size(), 0);
    for (std::size_t i = 0; i < slices.size(); ++i) {
        ExportSlice &slice = *slices[i];
        if (!ok[i]) {
            all = false;
            if (ioError.isEmpty())
                ioError = slice.error();
        }
        slice.discard();
        exported += slice.exported();
        withEmail += slice.withEmail();
        withCrm += slice.withCrm();
        for (std::size_t b = 0; b < plan.batches.size(); ++b) {
            const PartWriter &out = *slice.outputs()[b];
            files[b].insert(files[b].end(), out.files().begin(), out.files().end());
            batchRecords[b] += out.records();
        }
    }
    return all;
}

bool ExportRunner::Private::commit(qint64 writeStart)
{
    SqliteTransaction transaction(store.db());
    for (std::size_t b = 0; b < plan.batches.size(); ++b) {
        if (!PartWriter::commit(store, plan.tenant, plan.batches[b].batchId, files[b], &ioError))
            return false;
    }
    const qint64 writeEnd = std::max(now(), writeStart);
    setPhase(QStringLiteral("aCPDatasetWriteTime"), -1, writeEnd);
    updateBatches("success", writeEnd);
    const qint64 end = std::max(now(), writeEnd);
    setPhase(QStringLiteral("totalTime"), -1, end);
    recordMetrics();
    save("SUCCEEDED");
    if (!transaction.commit()) {
        ioError = store.db().lastError();
        return false;
    }
    QDir(plan.stagingDir).removeRecursively();
    return true;
}

void ExportRunner::Private::recordMetrics()
{
    QJsonObject metrics = job.value(u"metrics").toObject();
    metrics.insert(QStringLiteral("totalExportedProfileCounter"), double(exported));
    QJsonObject byNamespace{{QStringLiteral("ECID"), double(exported)}};
    if (withEmail > 0)
        byNamespace.insert(QStringLiteral("Email"), double(withEmail));
    if (withCrm > 0)
        byNamespace.insert(QStringLiteral("CRMID"), double(withCrm));
    metrics.insert(QStringLiteral("exportedProfileByNamespaceCounter"), byNamespace);
    job.insert(QStringLiteral("metrics"), metrics);
    QJsonObject gateway = job.value(u"computeGatewayJobId").toObject();
    gateway.insert(QStringLiteral("pushJob"), newUuid());
    job.insert(QStringLiteral("computeGatewayJobId"), gateway);
}

void ExportRunner::Private::discardStaging()
{
    QDir(plan.stagingDir).removeRecursively();
}

void ExportRunner::Private::finishCancelled()
{
    discardStaging();
    const qint64 t = now();
    QJsonObject metrics = job.value(u"metrics").toObject();
    for (const QString &phase :
         {QStringLiteral("profileExportTime"), QStringLiteral("aCPDatasetWriteTime")}) {
        if (metrics.contains(phase) && phaseEnd(phase) < 0)
            setPhase(phase, -1, t);
    }
    setPhase(QStringLiteral("totalTime"), -1, t);
    SqliteTransaction transaction(store.db());
    updateBatches("aborted", t);
    save("CANCELLED");
    transaction.commit();
}

void ExportRunner::Private::fail(const QJsonArray &errors)
{
    discardStaging();
    const qint64 t = now();
    for (const QString &phase :
         {QStringLiteral("profileExportTime"), QStringLiteral("aCPDatasetWriteTime")}) {
        if (job.value(u"metrics").toObject().contains(phase) && phaseEnd(phase) < 0)
            setPhase(phase, -1, t);
    }
    setPhase(QStringLiteral("totalTime"), -1, t);
    job.insert(QStringLiteral("errors"), errors);
    SqliteTransaction transaction(store.db());
    updateBatches("failed", t, errors);
    save("FAILED");
    transaction.commit();
}

void ExportRunner::Private::failWriting(const QString &problem)
{
    fail({error("0090000009",
                QStringLiteral("Error writing profiles to output path '%1': %2")
                        .arg(outputPath(), problem),
                "com.adobe.aep.unifiedprofile.common.logging.Logger"),
          error("unknown", QStringLiteral("Job aborted."),
                "org.apache.spark.SparkException: Job aborted.")});
}

void ExportRunner::finishCancelled(StateStore &store, qint64 jobId, qint64 nowMs)
{
    // Read and write under one write lock: a job that just ended stays as it ended.
    SqliteTransaction transaction(store.db());
    auto &q = store.db().cached(
            "SELECT json FROM jobs WHERE id = ? AND status IN ('NEW', 'PROCESSING')");
    q.bind(1, jobId);
    if (!q.step())
        return;
    QJsonObject job = QJsonDocument::fromJson(q.bytes(0)).object();
    q.reset();
    QJsonObject metrics = job.value(u"metrics").toObject();
    QJsonObject total = metrics.value(u"totalTime").toObject();
    const qint64 start = qint64(total.value(u"startTimeInMs").toDouble());
    const qint64 end = std::max(start, nowMs);
    total.insert(QStringLiteral("endTimeInMs"), double(end));
    total.insert(QStringLiteral("totalTimeInMs"), double(end - start));
    metrics.insert(QStringLiteral("totalTime"), total);
    job.insert(QStringLiteral("metrics"), metrics);
    job.insert(QStringLiteral("status"), QStringLiteral("CANCELLED"));
    job.insert(QStringLiteral("updateTime"), double(end));
    store.db()
            .cached("UPDATE jobs SET status = 'CANCELLED', json = ? WHERE id = ?")
            .bind(1, QJsonDocument(job).toJson(QJsonDocument::Compact))
            .bind(2, jobId)
            .exec();
    store.db()
            .cached("UPDATE batches SET status = 'aborted', updated = ?, completed = ? WHERE job = "
                    "?")
            .bind(1, end)
            .bind(2, end)
            .bind(3, jobId)
            .exec();
    transaction.commit();
}

void ExportRunner::run()
{
    Private &p = *d;
    p.control->started = true;
    if (!p.load() || p.job.value(u"status").toString() != u"NEW" || p.control->shutdown)
        return;
    // Whether the job was cancelled or the platform is shutting down: false to go on.
    const auto stopped = [&p] {
        if (!p.stopRequested())
            return false;
        if (p.control->shutdown)
            p.discardStaging();
        else
            p.finishCancelled();
        return true;
    };
    if (p.control->cancel) {
        p.finishCancelled();
        return;
    }
    // Queue wait.
    if (!p.pause() && stopped())
        return;

    const qint64 exportStart = std::max(now(), qint64(p.job.value(u"creationTime").toDouble()));
    p.setPhase(QStringLiteral("profileExportTime"), exportStart);
    p.job.insert(QStringLiteral("computeGatewayJobId"),
                 QJsonObject{{QStringLiteral("exportJob"), newUuid()}});
    {
        SqliteTransaction transaction(p.store.db());
        p.updateBatches("processing", exportStart);
        p.save("PROCESSING");
        transaction.commit();
    }
    if (const QString problem = p.datasetProblem(); !problem.isEmpty()) {
        p.failWriting(problem);
        return;
    }
    if (!p.exportProfiles() || !p.pause()) {
        if (!stopped())
            p.failWriting(p.ioError);
        return;
    }
    const qint64 exportEnd = std::max(now(), exportStart);
    p.setPhase(QStringLiteral("profileExportTime"), -1, exportEnd);
    const qint64 writeStart = std::max(now(), exportEnd);
    p.setPhase(QStringLiteral("aCPDatasetWriteTime"), writeStart);
    p.save("PROCESSING");

    // The dataset may have gone while the profiles were being read.
    if (const QString problem = p.datasetProblem(); !problem.isEmpty()) {
        p.failWriting(problem);
        return;
    }
    if (!p.pause() && stopped())
        return;
    if (!p.commit(writeStart))
        p.failWriting(p.ioError);
}

} // namespace Emulator
