#include "ExportRunner.h"

#include "Chaos.h"
#include "ExportRequest.h"
#include "JsonLineWriter.h"
#include "ProfileGenerator.h"
#include "StateStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <string>
#include <unistd.h>
#include <vector>

namespace Emulator {

namespace {

constexpr qsizetype FlushBytes = 1 << 20;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::string_view view(const char *data, int size)
{
    return std::string_view(data, size_t(size));
}

struct Membership
{
    int segment;
    int status;
    qint64 qualified;
};

struct Event
{
    std::string id, type, browser, version, url;
    qint64 ts;
    qint64 ingested;
};

// One output file of a batch, written to the staging folder first.
struct OutputFile
{
    QString stagingPath;
    QString name;
    qint64 records = 0;
    qint64 size = 0;
};

struct BatchOutput
{
    QString batchId;
    int selector = -1; // index into filter.segments, -1: every profile
    QFile file;
    QByteArray buffer;
    std::vector<OutputFile> files;
    qint64 records = 0;
};

// One slice of the profile id range, read and written by its own thread with its own
// SQLite connection and its own files.
struct ScanPart
{
    int index = 0;
    qint64 fromId = 0;
    qint64 toId = 0;
    SqliteDatabase db;
    std::vector<std::unique_ptr<BatchOutput>> outputs;
    qint64 exported = 0;
    qint64 withEmail = 0;
    qint64 withCrm = 0;
    QString ioError;
};

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
    QJsonObject requestBody;
    ExportRequest request;
    qint64 tenant = 0;
    QString stagingDir;
    std::vector<std::unique_ptr<BatchOutput>> outputs;
    std::vector<QByteArray> segmentIds;
    std::vector<int> selectorSegment; // filter.segments[i] -> segment index, -1 unknown
    qint64 exported = 0;
    qint64 withEmail = 0;
    qint64 withCrm = 0;
    QString ioError;

    bool stopRequested() const { return control->cancel.load() || control->shutdown.load(); }
    bool load();
    bool pause();
    void save(const char *status);
    void setPhase(const QString &phase, qint64 start, qint64 end = -1);
    qint64 phaseEnd(const QString &phase) const;
    void updateBatches(const char *status, qint64 time, const QJsonArray &errors = {});
    bool exportProfiles();
    bool scanPart(ScanPart &part, bool failByChaos);
    bool openIfNeeded(ScanPart &part, BatchOutput &out);
    bool lineAppended(ScanPart &part, BatchOutput &out);
    bool writeLine(ScanPart &part, BatchOutput &out, const QByteArray &line);
    bool finishFile(ScanPart &part, BatchOutput &out);
    bool commit(qint64 writeStart);
    void discardStaging();
    void finishCancelled();
    void fail(const QJsonArray &errors);
    QString datasetProblem();
    QString outputPath() const;
};

namespace {

QJsonObject error(const char *code, const QString &message, const char *callStack)
{
    return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("msg"), message},
                       {QStringLiteral("callStack"), QLatin1String(callStack)}};
}

QJsonObject jobAborted()
{
    return error("unknown", QStringLiteral("Job aborted."),
                 "org.apache.spark.SparkException: Job aborted.");
}

void writeEvent(JsonLineWriter &w, const Event &e, const FieldSelection::Node *sel)
{
    w.beginObject();
    if (sel->child("_id")) {
        w.key("_id");
        w.string(e.id);
    }
    if (sel->child("timestamp")) {
        w.key("timestamp");
        w.timestamp(e.ts);
    }
    if (sel->child("eventType")) {
        w.key("eventType");
        w.string(e.type);
    }
    if (const auto *env = sel->child("environment")) {
        const auto mark = w.beginObjectField("environment");
        if (const auto *bd = env->child("browserDetails")) {
            const auto inner = w.beginObjectField("browserDetails");
            if (bd->child("name")) {
                w.key("name");
                w.string(e.browser);
            }
            if (bd->child("version")) {
                w.key("version");
                w.string(e.version);
            }
            w.endField(inner);
        }
        w.endField(mark);
    }
    if (const auto *web = sel->child("web")) {
        const auto mark = w.beginObjectField("web");
        if (const auto *page = web->child("webPageDetails")) {
            const auto inner = w.beginObjectField("webPageDetails");
            if (page->child("URL")) {
                w.key("URL");
                w.string(e.url);
            }
            w.endField(inner);
        }
        w.endField(mark);
    }
    if (const auto *meta = sel->child("_acp_system_metadata")) {
        const auto mark = w.beginObjectField("_acp_system_metadata");
        if (meta->child("ingestTime")) {
            w.key("ingestTime");
            w.number(e.ingested);
        }
        w.endField(mark);
    }
    w.endObject();
}

} // namespace

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
    tenant = q.int64(0);
    job = QJsonDocument::fromJson(q.bytes(1)).object();
    requestBody = QJsonDocument::fromJson(q.bytes(2)).object();
    q.reset();
    if (!ExportRequest::parse(requestBody, &request).isEmpty())
        return false;

    auto &segments
            = store.db().cached("SELECT idx, id FROM segments WHERE tenant = ? ORDER BY idx");
    segments.bind(1, tenant);
    while (segments.step()) {
        const auto idx = size_t(segments.int64(0));
        if (segmentIds.size() <= idx)
            segmentIds.resize(idx + 1);
        segmentIds[idx] = segments.bytes(1);
    }
    for (const SegmentSelector &s : std::as_const(request.segments)) {
        int found = -1;
        for (size_t i = 0; i < segmentIds.size(); ++i) {
            if (segmentIds[i] == s.segmentId.toUtf8())
                found = int(i);
        }
        selectorSegment.push_back(found);
    }

    const QJsonObject destination = job.value(u"destination").toObject();
    if (request.batchPerSegment()) {
        const QJsonArray batches = destination.value(u"batches").toArray();
        for (qsizetype i = 0; i < batches.size(); ++i) {
            auto out = std::make_unique<BatchOutput>();
            out->batchId = batches[i].toObject().value(u"batchId").toString();
            out->selector = int(i);
            outputs.push_back(std::move(out));
        }
    } else {
        auto out = std::make_unique<BatchOutput>();
        out->batchId = destination.value(u"batchId").toString();
        outputs.push_back(std::move(out));
    }
    stagingDir = QDir(dataDir).filePath(QStringLiteral("staging/%1").arg(jobId));
    return true;
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
    for (const auto &out : outputs) {
        store.db()
                .cached("UPDATE batches SET status = ?, updated = ?, "
                        "started = COALESCE(started, ?), completed = ?, record_count = ?, "
                        "errors = ? WHERE id = ?")
                .bind(1, QByteArray(status))
                .bind(2, time)
                .bind(3, time)
                .bind(4, terminal ? time : qint64(0))
                .bind(5, qstrcmp(status, "success") == 0 ? out->records : 0)
                .bind(6, errorJson)
                .bind(7, out->batchId)
                .exec();
        if (!terminal)
            store.db()
                    .cached("UPDATE batches SET completed = NULL WHERE id = ?")
                    .bind(1, out->batchId)
                    .exec();
    }
}

QString ExportRunner::Private::outputPath() const
{
    return QStringLiteral("file://%1/datasets/%2/exports/%3")
            .arg(dataDir, request.datasetId)
            .arg(jobId);
}

QString ExportRunner::Private::datasetProblem()
{
    auto &q = store.db().cached(
            "SELECT deleted, schema_id FROM datasets WHERE id = ? AND tenant = ?");
    q.bind(1, request.datasetId).bind(2, tenant);
    const bool present = q.step() && q.int64(0) == 0;
    const QString schema = present ? q.text(1) : QString();
    q.reset();
    if (!present)
        return QStringLiteral("Dataset %1 was deleted while export job %2 was running")
                .arg(request.datasetId)
                .arg(jobId);
    if (schema != u"https://ns.adobe.com/xdm/context/profile__union")
        return QStringLiteral("Dataset %1 is not based on the profile union schema "
                              "(https://ns.adobe.com/xdm/context/profile__union)")
                .arg(request.datasetId);
    return QString();
}

bool ExportRunner::Private::openIfNeeded(ScanPart &part, BatchOutput &out)
{
    if (out.file.isOpen())
        return true;
    OutputFile f;
    const int seq = part.index * 10000 + int(out.files.size());
    f.name = QStringLiteral("part-%1.json").arg(seq, 5, 10, QLatin1Char('0'));
    f.stagingPath = QDir(stagingDir).filePath(QStringLiteral("%1-%2").arg(out.batchId, f.name));
    out.file.setFileName(f.stagingPath);
    if (!out.file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        part.ioError = out.file.errorString();
        return false;
    }
    out.files.push_back(f);
    out.buffer.reserve(FlushBytes + 64 * 1024);
    return true;
}

bool ExportRunner::Private::lineAppended(ScanPart &part, BatchOutput &out)
{
    OutputFile &current = out.files.back();
    ++current.records;
    ++out.records;
    if (out.buffer.size() >= FlushBytes) {
        if (out.file.write(out.buffer) != out.buffer.size()) {
            part.ioError = out.file.errorString();
            return false;
        }
        current.size += out.buffer.size();
        out.buffer.resize(0); // keeps the capacity
    }
    if (current.records >= options.recordsPerFile)
        return finishFile(part, out);
    return true;
}

bool ExportRunner::Private::writeLine(ScanPart &part, BatchOutput &out, const QByteArray &line)
{
    if (!openIfNeeded(part, out))
        return false;
    out.buffer.append(line);
    return lineAppended(part, out);
}

bool ExportRunner::Private::finishFile(ScanPart &part, BatchOutput &out)
{
    if (!out.file.isOpen())
        return true;
    OutputFile &current = out.files.back();
    if (!out.buffer.isEmpty()) {
        if (out.file.write(out.buffer) != out.buffer.size()) {
            part.ioError = out.file.errorString();
            return false;
        }
        current.size += out.buffer.size();
        out.buffer.resize(0);
    }
    // A batch marked success must survive a power cut.
    ::fdatasync(out.file.handle());
    out.file.close();
    return true;
}

bool ExportRunner::Private::exportProfiles()
{
    QDir().mkpath(stagingDir);
    qint64 first = 0, last = -1;
    {
        auto &range = store.db().cached("SELECT MIN(id), MAX(id) FROM profiles WHERE tenant = ?");
        range.bind(1, tenant);
        if (range.step() && !range.isNull(0)) {
            first = range.int64(0);
            last = range.int64(1);
        }
        range.reset();
    }
    // Large stores are read in slices, one thread each, as the platform's own exports
    // spread over workers; small ones in one go.
    const qint64 count = last - first + 1;
    const int slices = count >= 50000 ? std::max(1, std::min(QThread::idealThreadCount(), 4)) : 1;
    const bool failByChaos = chaos && chaos->decideJobFailure();
    std::vector<std::unique_ptr<ScanPart>> parts;
    for (int i = 0; i < slices; ++i) {
        auto part = std::make_unique<ScanPart>();
        part->index = i;
        part->fromId = first + count * i / slices;
        part->toId = i + 1 == slices ? last : first + count * (i + 1) / slices - 1;
        QString error;
        if (!part->db.open(StateStore::databasePath(dataDir), &error)) {
            ioError = error;
            return false;
        }
        for (const auto &out : outputs) {
            auto copy = std::make_unique<BatchOutput>();
            copy->batchId = out->batchId;
            copy->selector = out->selector;
            part->outputs.push_back(std::move(copy));
        }
        parts.push_back(std::move(part));
    }
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<char> ok(parts.size(), 0);
    for (size_t i = 1; i < parts.size(); ++i) {
        threads.emplace_back(
                QThread::create([this, &parts, &ok, i] { ok[i] = scanPart(*parts[i], false); }));
        threads.back()->start();
    }
    ok[0] = scanPart(*parts[0], failByChaos);
    for (auto &thread : threads)
        thread->wait();

    bool all = true;
    for (size_t i = 0; i < parts.size(); ++i) {
        ScanPart &part = *parts[i];
        if (!ok[i]) {
            all = false;
            if (ioError.isEmpty())
                ioError = part.ioError;
        }
        for (auto &out : part.outputs) {
            if (out->file.isOpen())
                out->file.close();
        }
        exported += part.exported;
        withEmail += part.withEmail;
        withCrm += part.withCrm;
        for (size_t b = 0; b < outputs.size(); ++b) {
            for (const OutputFile &f : part.outputs[b]->files)
                outputs[b]->files.push_back(f);
            outputs[b]->records += part.outputs[b]->records;
        }
    }
    return all;
}

bool ExportRunner::Private::scanPart(ScanPart &part, bool failByChaos)
{
    const FieldSelection::Node *sel = request.fields.root();
    const FieldSelection::Node *eventSel = request.eventFields.root();
    // The selection never changes during a run: look the fixed paths up once.
    const auto *selIdentities = sel->child("identities");
    const auto *selIdentityId = selIdentities ? selIdentities->child("id") : nullptr;
    const auto *selIdentityNs = selIdentities ? selIdentities->child("namespace") : nullptr;
    const auto *selIdentityNsCode = selIdentityNs ? selIdentityNs->child("code") : nullptr;
    const auto *selIdentityMap = sel->child("identityMap");
    const auto *selEmail = sel->child("personalEmail");
    const auto *selEmailAddress = selEmail ? selEmail->child("address") : nullptr;
    const auto *selPerson = sel->child("person");
    const auto *selName = selPerson ? selPerson->child("name") : nullptr;
    const auto *selFirstName = selName ? selName->child("firstName") : nullptr;
    const auto *selLastName = selName ? selName->child("lastName") : nullptr;
    const auto *selHome = sel->child("homeAddress");
    static const char *const homeKeys[] = {"street1", "city", "postalCode", "countryCode"};
    const FieldSelection::Node *selHomeKeys[4] = {};
    for (int k = 0; selHome && k < 4; ++k)
        selHomeKeys[k] = selHome->child(homeKeys[k]);
    const auto *selMembership = sel->child("segmentMembership");
    const auto *selRepo = sel->child("_repo");
    const auto *selCreateDate = selRepo ? selRepo->child("createDate") : nullptr;
    const auto *selModifiedDate = selRepo ? selRepo->child("lastModifiedDate") : nullptr;
    const bool needAllMemberships = sel->child("segmentMembership") != nullptr;
    const bool needMemberships = needAllMemberships || !request.segments.isEmpty()
            || request.qualificationStart || request.qualificationEnd;

    // Columns nobody asked for are read as NULL: SQLite skips decoding them.
    const auto column = [](const void *wanted, const char *name) {
        return QByteArray(wanted ? name : "NULL");
    };
    QByteArray profileSql = "SELECT id, has_record, ecid, email, crm, "
            + column(selFirstName, "first_name") + ", " + column(selLastName, "last_name") + ", "
            + column(selHomeKeys[0], "street") + ", " + column(selHomeKeys[1], "city") + ", "
            + column(selHomeKeys[2], "postal_code") + ", " + column(selHomeKeys[3], "country")
            + ", " + column(selCreateDate, "created") + ", " + column(selModifiedDate, "updated")
            + " FROM profiles WHERE tenant = ?1";
    if (!request.emptyProfiles)
        profileSql += " AND has_record = 1";
    if (request.fromIngest)
        profileSql += " AND updated > ?2";
    profileSql += " AND id BETWEEN ?3 AND ?4 ORDER BY id";
    SqliteStatement profiles(part.db.handle(), profileSql.constData());
    profiles.bind(1, tenant).bind(3, part.fromId).bind(4, part.toId);
    if (request.fromIngest)
        profiles.bind(2, *request.fromIngest);

    QByteArray membershipSql = "SELECT profile, segment, status, qualified FROM memberships "
                               "WHERE tenant = ?1";
    if (!needAllMemberships && !request.segments.isEmpty()) {
        QByteArray list;
        for (int s : selectorSegment) {
            if (s >= 0)
                list += (list.isEmpty() ? "" : ",") + QByteArray::number(s);
        }
        membershipSql += " AND segment IN (" + (list.isEmpty() ? QByteArray("-1") : list) + ")";
    }
    membershipSql += " AND profile BETWEEN ?2 AND ?3 ORDER BY profile, segment";
    SqliteStatement memberships(part.db.handle(), membershipSql.constData());
    memberships.bind(1, tenant).bind(2, part.fromId).bind(3, part.toId);
    bool membershipRow = needMemberships && memberships.step();

    QByteArray eventSql = "SELECT profile, event_id, ts, ingested, event_type, browser, "
                          "browser_version, url FROM events WHERE tenant = ?1";
    if (request.eventFrom)
        eventSql += " AND ingested > ?2";
    if (request.eventTo)
        eventSql += " AND ingested <= ?3";
    eventSql += " AND profile BETWEEN ?4 AND ?5 ORDER BY profile, seq";
    SqliteStatement events(part.db.handle(), eventSql.constData());
    events.bind(1, tenant).bind(4, part.fromId).bind(5, part.toId);
    if (request.eventFrom)
        events.bind(2, *request.eventFrom);
    if (request.eventTo)
        events.bind(3, *request.eventTo);
    bool eventRow = request.hasEventList && events.step();

    const qint64 qualStart
            = request.qualificationStart.value_or(std::numeric_limits<qint64>::min());
    const qint64 qualEnd = request.qualificationEnd.value_or(std::numeric_limits<qint64>::max());
    const bool qualFilter = request.qualificationStart || request.qualificationEnd;

    BatchOutput *single = request.batchPerSegment() ? nullptr : part.outputs.front().get();

    std::vector<Membership> member;
    std::vector<Event> profileEvents;
    std::vector<char> matched(request.segments.size() + 1);
    QByteArray line;
    line.reserve(4096);
    qint64 scanned = 0;

    while (profiles.step()) {
        if ((++scanned & 1023) == 0 && stopRequested())
            return false;
        const qint64 id = profiles.int64(0);

        member.clear();
        while (membershipRow && memberships.int64(0) < id)
            membershipRow = memberships.step();
        while (membershipRow && memberships.int64(0) == id) {
            member.push_back(
                    {int(memberships.int64(1)), int(memberships.int64(2)), memberships.int64(3)});
            membershipRow = memberships.step();
        }

        // Which batches this profile goes to.
        bool any = false;
        if (!request.segments.isEmpty()) {
            for (qsizetype s = 0; s < request.segments.size(); ++s) {
                matched[size_t(s)] = 0;
                const int segment = selectorSegment[size_t(s)];
                for (const Membership &m : member) {
                    if (m.segment == segment && (request.segments[s].statusMask & (1 << m.status))
                        && m.qualified >= qualStart && m.qualified <= qualEnd) {
                        matched[size_t(s)] = 1;
                        any = true;
                        break;
                    }
                }
            }
        } else if (qualFilter) {
            for (const Membership &m : member) {
                if (m.qualified >= qualStart && m.qualified <= qualEnd)
                    any = true;
            }
        } else {
            any = true;
        }

        profileEvents.clear();
        while (eventRow && events.int64(0) < id)
            eventRow = events.step();
        while (eventRow && events.int64(0) == id) {
            int n;
            Event e;
            const char *p = events.data(1, &n);
            e.id.assign(p, size_t(n));
            e.ts = events.int64(2);
            e.ingested = events.int64(3);
            p = events.data(4, &n);
            e.type.assign(p, size_t(n));
            p = events.data(5, &n);
            e.browser.assign(p, size_t(n));
            p = events.data(6, &n);
            e.version.assign(p, size_t(n));
            p = events.data(7, &n);
            e.url.assign(p, size_t(n));
            profileEvents.push_back(std::move(e));
            eventRow = events.step();
        }
        if (!any)
            continue;

        // One batch: the line goes straight into its file buffer, no copy.
        QByteArray *target = &line;
        if (single) {
            if (!openIfNeeded(part, *single))
                return false;
            target = &single->buffer;
        } else {
            line.resize(0);
        }
        JsonLineWriter w(*target);
        const bool hasRecord = profiles.int64(1) != 0;
        int ecidSize, emailSize, crmSize;
        const char *ecid = profiles.data(2, &ecidSize);
        const char *email = profiles.data(3, &emailSize);
        const char *crm = profiles.data(4, &crmSize);
        const bool hasEmail = !profiles.isNull(3);
        const bool hasCrm = !profiles.isNull(4);

        w.beginObject();
        if (selIdentities) {
            const auto mark = w.beginArrayField("identities");
            auto identity = [&](const char *ns, const char *value, int size) {
                const auto element = w.beginObjectElement();
                if (selIdentityId) {
                    w.key("id");
                    w.string(value, size);
                }
                if (selIdentityNs) {
                    const auto nsMark = w.beginObjectField("namespace");
                    if (selIdentityNsCode) {
                        w.key("code");
                        w.string(ns);
                    }
                    w.endField(nsMark);
                }
                w.endField(element);
            };
            identity("ECID", ecid, ecidSize);
            if (hasEmail)
                identity("Email", email, emailSize);
            if (hasCrm)
                identity("CRMID", crm, crmSize);
            w.endField(mark);
        }
        if (selIdentityMap) {
            const auto mark = w.beginObjectField("identityMap");
            auto entry = [&](const char *ns, const char *value, int size) {
                const auto *n = selIdentityMap->child(ns);
                if (!n)
                    return;
                const auto arr = w.beginArrayField(ns);
                w.beginObject();
                if (n->child("id")) {
                    w.key("id");
                    w.string(value, size);
                }
                w.endObject();
                w.endField(arr);
            };
            entry("ECID", ecid, ecidSize);
            if (hasEmail)
                entry("Email", email, emailSize);
            if (hasCrm)
                entry("CRMID", crm, crmSize);
            w.endField(mark);
        }
        if (hasRecord) {
            if (selEmail && hasEmail) {
                const auto mark = w.beginObjectField("personalEmail");
                if (selEmailAddress) {
                    w.key("address");
                    w.string(email, emailSize);
                }
                w.endField(mark);
            }
            if (selPerson) {
                const auto mark = w.beginObjectField("person");
                if (selName) {
                    const auto nameMark = w.beginObjectField("name");
                    int size;
                    if (selFirstName) {
                        const char *v = profiles.data(5, &size);
                        w.key("firstName");
                        w.string(v, size);
                    }
                    if (selLastName) {
                        const char *v = profiles.data(6, &size);
                        w.key("lastName");
                        w.string(v, size);
                    }
                    w.endField(nameMark);
                }
                w.endField(mark);
            }
            if (selHome) {
                const auto mark = w.beginObjectField("homeAddress");
                for (int k = 0; k < 4; ++k) {
                    if (!selHomeKeys[k])
                        continue;
                    int size;
                    const char *v = profiles.data(7 + k, &size);
                    w.key(homeKeys[k]);
                    w.string(v, size);
                }
                w.endField(mark);
            }
        }
        if (selMembership) {
            const auto mark = w.beginObjectField("segmentMembership");
            if (const auto *ups = selMembership->child("ups")) {
                const auto upsMark = w.beginObjectField("ups");
                for (const Membership &m : member) {
                    const QByteArray &segId = segmentIds[size_t(m.segment)];
                    const auto *one = ups->child(view(segId.constData(), int(segId.size())));
                    if (!one)
                        continue;
                    const auto segMark
                            = w.beginObjectField(view(segId.constData(), int(segId.size())));
                    if (one->child("status")) {
                        w.key("status");
                        w.string(ProfileGenerator::statusName(m.status));
                    }
                    if (one->child("lastQualificationTime")) {
                        w.key("lastQualificationTime");
                        w.timestamp(m.qualified);
                    }
                    w.endField(segMark);
                }
                w.endField(upsMark);
            }
            w.endField(mark);
        }
        if (selRepo) {
            const auto mark = w.beginObjectField("_repo");
            if (selCreateDate) {
                w.key("createDate");
                w.timestamp(profiles.int64(11));
            }
            if (selModifiedDate) {
                w.key("lastModifiedDate");
                w.timestamp(profiles.int64(12));
            }
            w.endField(mark);
        }
        if (request.hasEventList) {
            w.key("eventList");
            w.beginArray();
            for (const Event &e : profileEvents)
                writeEvent(w, e, eventSel);
            w.endArray();
        }
        w.endObject();
        w.endLine();

        ++part.exported;
        part.withEmail += hasEmail ? 1 : 0;
        part.withCrm += hasCrm ? 1 : 0;
        if (request.batchPerSegment()) {
            for (auto &out : part.outputs) {
                if (matched[size_t(out->selector)] && !writeLine(part, *out, line))
                    return false;
            }
        } else if (!lineAppended(part, *single)) {
            return false;
        }
        if (failByChaos && part.exported >= 1) {
            part.ioError = QStringLiteral("the connection to the data lake was reset");
            return false;
        }
    }
    if (profiles.failed() || memberships.failed() || events.failed()) {
        part.ioError = part.db.lastError();
        return false;
    }
    if (failByChaos) {
        part.ioError = QStringLiteral("the connection to the data lake was reset");
        return false;
    }
    for (auto &out : part.outputs) {
        if (!finishFile(part, *out))
            return false;
    }
    return true;
}

bool ExportRunner::Private::commit(qint64 writeStart)
{
    const qint64 created = now();
    SqliteTransaction transaction(store.db());
    for (auto &out : outputs) {
        const QString batchDir
                = QDir(dataDir).filePath(QStringLiteral("files/%1").arg(out->batchId));
        QDir().mkpath(batchDir);
        int seq = 0;
        for (const OutputFile &f : out->files) {
            const QString fileId = QStringLiteral("%1-%2").arg(out->batchId).arg(seq + 1);
            const QString relative = QStringLiteral("files/%1/%2").arg(out->batchId, f.name);
            if (!QFile::rename(f.stagingPath, QDir(dataDir).filePath(relative))) {
                ioError = QStringLiteral("cannot move %1 into the batch").arg(f.name);
                return false;
            }
            store.db()
                    .cached("INSERT INTO files(id, batch, tenant, seq, name, path, records, size, "
                            "created) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(1, fileId)
                    .bind(2, out->batchId)
                    .bind(3, tenant)
                    .bind(4, seq)
                    .bind(5, f.name)
                    .bind(6, relative)
                    .bind(7, f.records)
                    .bind(8, f.size)
                    .bind(9, created)
                    .exec();
            ++seq;
        }
    }
    const qint64 writeEnd = std::max(now(), writeStart);
    setPhase(QStringLiteral("aCPDatasetWriteTime"), -1, writeEnd);
    updateBatches("success", writeEnd);
    const qint64 end = std::max(now(), writeEnd);
    setPhase(QStringLiteral("totalTime"), -1, end);
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
    gateway.insert(QStringLiteral("pushJob"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    job.insert(QStringLiteral("computeGatewayJobId"), gateway);
    save("SUCCEEDED");
    if (!transaction.commit()) {
        ioError = store.db().lastError();
        return false;
    }
    QDir(stagingDir).removeRecursively();
    return true;
}

void ExportRunner::Private::discardStaging()
{
    for (auto &out : outputs) {
        if (out->file.isOpen())
            out->file.close();
    }
    QDir(stagingDir).removeRecursively();
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
    if (job.value(u"metrics").toObject().contains(u"profileExportTime")
        && phaseEnd(QStringLiteral("profileExportTime")) < 0)
        setPhase(QStringLiteral("profileExportTime"), -1, t);
    if (job.value(u"metrics").toObject().contains(u"aCPDatasetWriteTime")
        && phaseEnd(QStringLiteral("aCPDatasetWriteTime")) < 0)
        setPhase(QStringLiteral("aCPDatasetWriteTime"), -1, t);
    setPhase(QStringLiteral("totalTime"), -1, t);
    job.insert(QStringLiteral("errors"), errors);
    SqliteTransaction transaction(store.db());
    updateBatches("failed", t, errors);
    save("FAILED");
    transaction.commit();
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
    d->control->started = true;
    if (!d->load())
        return;
    if (d->job.value(u"status").toString() != u"NEW")
        return;
    if (d->control->shutdown)
        return;
    if (d->control->cancel) {
        d->finishCancelled();
        return;
    }
    // Queue wait.
    if (!d->pause()) {
        if (!d->control->shutdown)
            d->finishCancelled();
        return;
    }

    const qint64 exportStart = std::max(now(), qint64(d->job.value(u"creationTime").toDouble()));
    d->setPhase(QStringLiteral("profileExportTime"), exportStart);
    d->job.insert(QStringLiteral("computeGatewayJobId"),
                  QJsonObject{{QStringLiteral("exportJob"),
                               QUuid::createUuid().toString(QUuid::WithoutBraces)}});
    {
        SqliteTransaction transaction(d->store.db());
        d->updateBatches("processing", exportStart);
        d->save("PROCESSING");
        transaction.commit();
    }

    if (const QString problem = d->datasetProblem(); !problem.isEmpty()) {
        d->fail({error("0090000009",
                       QStringLiteral("Error writing profiles to output path '%1': %2")
                               .arg(d->outputPath(), problem),
                       "com.adobe.aep.unifiedprofile.common.logging.Logger"),
                 jobAborted()});
        return;
    }
    const bool exportedAll = d->exportProfiles();
    if (!exportedAll || !d->pause()) {
        if (d->control->shutdown) {
            d->discardStaging();
            return;
        }
        if (d->control->cancel) {
            d->finishCancelled();
            return;
        }
        d->fail({error("0090000009",
                       QStringLiteral("Error writing profiles to output path '%1': %2")
                               .arg(d->outputPath(), d->ioError),
                       "com.adobe.aep.unifiedprofile.common.logging.Logger"),
                 jobAborted()});
        return;
    }
    const qint64 exportEnd = std::max(now(), exportStart);
    d->setPhase(QStringLiteral("profileExportTime"), -1, exportEnd);
    const qint64 writeStart = std::max(now(), exportEnd);
    d->setPhase(QStringLiteral("aCPDatasetWriteTime"), writeStart);
    d->save("PROCESSING");

    // The dataset may have gone while the profiles were being read.
    if (const QString problem = d->datasetProblem(); !problem.isEmpty()) {
        d->fail({error("0090000009",
                       QStringLiteral("Error writing profiles to output path '%1': %2")
                               .arg(d->outputPath(), problem),
                       "com.adobe.aep.unifiedprofile.common.logging.Logger"),
                 jobAborted()});
        return;
    }
    if (!d->pause()) {
        if (d->control->shutdown)
            d->discardStaging();
        else
            d->finishCancelled();
        return;
    }
    if (!d->commit(writeStart)) {
        d->fail({error("0090000009",
                       QStringLiteral("Error writing profiles to output path '%1': %2")
                               .arg(d->outputPath(), d->ioError),
                       "com.adobe.aep.unifiedprofile.common.logging.Logger"),
                 jobAborted()});
    }
}

} // namespace Emulator
