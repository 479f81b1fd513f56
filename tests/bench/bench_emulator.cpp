// The local platform's figures that matter: how fast an export writes Parquet beside the
// same export to JSON Lines and the raw write speed of the same disk; how fast its Parquet
// writer alone is beside an independent one (npm parquet-wasm, arrow-rs) on the same rows;
// and how many GET /export/jobs?limit=100 a large job store answers per second under 8
// clients, compared with the cheapest authenticated route.
//
//   cmake --build build --target bench        (or run bench_emulator directly)
//   bench_emulator [profiles] [jobs] [--part FILE] [--part-only]
//     defaults: 1000000 10000
//     --part FILE   keeps the writer's part of `profiles` rows (every field, events) at FILE
//     --part-only   writes that part and stops

#include "emulator/ByteSink.h"
#include "emulator/ExportRequest.h"
#include "emulator/JsonLinesSerializer.h"
#include "emulator/ParquetSerializer.h"
#include "emulator/ProfileCursor.h"
#include "emulator/StateStore.h"
#include "tests/emulator/ExportSteps.h"
#include "tests/support/EmulatorFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace ExportSteps;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// CPU time of the calling thread: on a shared machine, what the work cost whatever else ran.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Sequential 1 MiB writes and one fdatasync, as an export writes its files.
double rawWriteMBps(const QString &folder, qint64 bytes)
{
    QFile file(folder + QStringLiteral("/raw-write.bin"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 0;
    QByteArray chunk(1 << 20, 'x');
    for (int i = 0; i < chunk.size(); i += 97)
        chunk[i] = char('a' + i % 26);
    QElapsedTimer t;
    t.start();
    for (qint64 written = 0; written < bytes; written += chunk.size())
        file.write(chunk);
    ::fdatasync(file.handle());
    const double s = seconds(t);
    file.close();
    file.remove();
    return double(bytes) / 1e6 / s;
}

// `clients` connections, each with one request in flight, until `total` have been answered.
double requestsPerSecond(const QUrl &url, const PlatformHttp::Headers &headers, int clients,
                         int total, qint64 *bytes)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    int started = 0, finished = 0, failed = 0;
    *bytes = 0;
    QEventLoop loop;
    std::function<void(QNetworkAccessManager *)> next = [&](QNetworkAccessManager *manager) {
        if (started >= total)
            return;
        ++started;
        QNetworkRequest request(url);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = manager->get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, manager] {
            *bytes += reply->readAll().size();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++failed;
            reply->deleteLater();
            if (++finished == total)
                loop.quit();
            else
                next(manager);
        });
    };
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < clients; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        next(managers.back().get());
    }
    loop.exec();
    const double s = seconds(t);
    if (failed > 0)
        std::printf("  warning: %d requests did not answer 200\n", failed);
    return total / s;
}

struct ExportRun
{
    bool ok = false;
    double seconds = 0;
    qint64 profiles = 0;
    qint64 bytes = 0;
    int files = 0;
};

// POST to SUCCEEDED, and what the batch's file list says was written.
ExportRun runExport(PlatformHttp &http, const QJsonObject &body)
{
    ExportRun run;
    QElapsedTimer t;
    t.start();
    const HttpResult created
            = http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), body);
    const QJsonObject job
            = waitForJob(http, created.json().object().value(u"id").toInteger(), nullptr, 3600000);
    run.seconds = seconds(t);
    if (job.value(u"status").toString() != u"SUCCEEDED") {
        std::fprintf(stderr, "the export did not succeed: %s\n",
                     QJsonDocument(job).toJson().constData());
        return run;
    }
    run.profiles
            = job.value(u"metrics").toObject().value(u"totalExportedProfileCounter").toInteger();
    for (const BatchPart &part : batchParts(http, batchIds(job).front())) {
        Q_UNUSED(part);
        ++run.files;
    }
    for (const QJsonValue &f :
         http.gateway("GET",
                      QStringLiteral("/data/foundation/export/batches/%1/files?limit=100")
                              .arg(batchIds(job).front()))
                 .json()
                 .object()
                 .value(u"data")
                 .toArray())
        run.bytes += f.toObject().value(u"size").toInteger();
    run.ok = true;
    return run;
}

void printRun(const char *format, const ExportRun &r)
{
    std::printf("    %-11s %9.0f profiles/s  %7.1f MB/s  (%.1f MB in %d files, %.2f s POST to "
                "SUCCEEDED)\n",
                format, double(r.profiles) / r.seconds, double(r.bytes) / 1e6 / r.seconds,
                double(r.bytes) / 1e6, r.files, r.seconds);
}

// The same export into a JSON Lines and a Parquet dataset, each job shape in turn.
bool exportSection(EmulatorFixture &platform, int profiles)
{
    std::printf("== Export of %d profiles: Parquet beside JSON Lines and the disk ==\n", profiles);
    PlatformHttp http = platform.http();
    const QString json = createDataset(http, QStringLiteral("JSON Lines target"), unionSchema,
                                       Format::JsonLines);
    const QString parquet = createDataset(http, QStringLiteral("Parquet target"));
    const QString all = segments(http).value(QStringLiteral("All profiles"));
    struct Shape
    {
        const char *name;
        QString fields;
        bool events;
    };
    const Shape shapes[] = {
            {"3 fields, one segment, no events",
             QStringLiteral("identities.id,personalEmail.address,person.name.firstName"), false},
            {"every field with events, one segment", QString(), true},
    };
    qint64 largest = 0;
    for (const Shape &shape : shapes) {
        std::printf("  %s:\n", shape.name);
        // Each format twice, alternating, the faster run kept: the machine is shared.
        ExportRun runs[2];
        for (int round = 0; round < 2; ++round) {
            for (int f = 0; f < 2; ++f) {
                QJsonObject body = jobBody(f == 0 ? json : parquet);
                if (!shape.fields.isEmpty())
                    body.insert(QStringLiteral("fields"), shape.fields);
                body.insert(
                        QStringLiteral("filter"),
                        QJsonObject{{QStringLiteral("segments"),
                                     QJsonArray{QJsonObject{{QStringLiteral("segmentId"), all}}}}});
                if (shape.events)
                    body.insert(QStringLiteral("additionalFields"),
                                QJsonObject{{QStringLiteral("eventList"), QJsonObject()}});
                const ExportRun run = runExport(http, body);
                if (!run.ok)
                    return false;
                if (round == 0 || run.seconds < runs[f].seconds)
                    runs[f] = run;
            }
        }
        for (int f = 0; f < 2; ++f) {
            printRun(f == 0 ? "JSON Lines:" : "Parquet:", runs[f]);
            largest = std::max(largest, runs[f].bytes);
        }
        std::printf("    ratio Parquet time / JSON Lines time: %.2f (aim: <= 1.5); Parquet is "
                    "%.0f%% of the JSON Lines bytes\n",
                    runs[1].seconds / runs[0].seconds,
                    100.0 * double(runs[1].bytes) / double(runs[0].bytes));
    }
    std::printf("  raw sequential write (same disk, 1 MiB writes + fdatasync): %.1f MB/s\n\n",
                rawWriteMBps(platform.dataDir(), std::max<qint64>(largest, 256 << 20)));
    return true;
}

// Profiles held in memory as the export's cursor reads them, so a serialiser can be timed
// alone: text in one arena, each record's fields as offsets into it.
class StoredProfiles
{
public:
    bool load(const QString &dataDir, const Emulator::ExportRequest &request,
              std::vector<QByteArray> *segmentIds);
    qsizetype size() const { return qsizetype(m_rows.size()); }
    Emulator::ProfileRecord record(qsizetype i) const;

private:
    struct Text
    {
        quint32 offset, size;
    };
    struct Row
    {
        Emulator::ProfileRecord fixed; // numbers and flags; views rebuilt from `text`
        Text text[11];
        quint32 firstMembership, firstEvent;
    };
    Text keep(std::string_view s)
    {
        const Text t{quint32(m_arena.size()), quint32(s.size())};
        m_arena.append(s);
        return t;
    }

    std::string m_arena;
    std::vector<Row> m_rows;
    std::vector<Emulator::Membership> m_memberships;
    std::vector<Emulator::ProfileEvent> m_events;
};

bool StoredProfiles::load(const QString &dataDir, const Emulator::ExportRequest &request,
                          std::vector<QByteArray> *segmentIds)
{
    Emulator::StateStore store;
    QString error;
    if (!store.open(dataDir, &error))
        return false;
    const auto tenant = store.tenant(Emulator::Credentials::demo().orgId, QStringLiteral("prod"));
    if (!tenant)
        return false;
    auto &segments
            = store.db().cached("SELECT idx, id FROM segments WHERE tenant = ? ORDER BY idx");
    segments.bind(1, tenant->id);
    while (segments.step())
        segmentIds->push_back(segments.bytes(1));
    segments.reset();
    const std::vector<int> selectors;
    Emulator::ProfileCursor cursor(store.db(), request, tenant->id, selectors, 0,
                                   std::numeric_limits<qint64>::max());
    m_arena.reserve(size_t(400) << 20);
    while (cursor.next()) {
        cursor.readEvents();
        const Emulator::ProfileRecord &r = cursor.record();
        Row row{r, {}, quint32(m_memberships.size()), quint32(m_events.size())};
        const std::string_view texts[] = {r.ecid,   r.email, r.crm,        r.firstName,  r.lastName,
                                          r.street, r.city,  r.postalCode, r.countryCode};
        for (int k = 0; k < 9; ++k)
            row.text[k] = keep(texts[k]);
        m_memberships.insert(m_memberships.end(), r.memberships, r.memberships + r.membershipCount);
        m_events.insert(m_events.end(), r.events, r.events + r.eventCount);
        m_rows.push_back(row);
    }
    return !cursor.failed() && !m_rows.empty();
}

Emulator::ProfileRecord StoredProfiles::record(qsizetype i) const
{
    const Row &row = m_rows[size_t(i)];
    Emulator::ProfileRecord r = row.fixed;
    std::string_view *views[] = {&r.ecid,   &r.email, &r.crm,        &r.firstName,  &r.lastName,
                                 &r.street, &r.city,  &r.postalCode, &r.countryCode};
    for (int k = 0; k < 9; ++k)
        *views[k] = std::string_view(m_arena.data() + row.text[k].offset, row.text[k].size);
    r.memberships = m_memberships.data() + row.firstMembership;
    r.events = m_events.data() + row.firstEvent;
    return r;
}

// A serialiser's output kept in memory, in a buffer reused run after run: its pages are
// touched once, so the runs after the first time the serialiser alone.
class MemorySink final : public Emulator::ByteSink
{
public:
    explicit MemorySink(std::string &buffer)
        : m_bytes(buffer)
    {
        m_bytes.clear();
    }
    bool write(const char *data, qint64 size) override
    {
        m_bytes.append(data, size_t(size));
        return true;
    }
    qint64 position() const override { return qint64(m_bytes.size()); }

private:
    std::string &m_bytes;
};

struct Timing
{
    double wall = 1e9;
    double cpu = 1e9;
};

// The best of three: every row through one serialiser into memory. The serialiser is
// made once and writes file after file, as an export slice's does: its buffers are warm.
Timing timeSerialiser(Emulator::ExportFormat format, const Emulator::SerializerSetup &setup,
                      const StoredProfiles &rows, std::string *output)
{
    Timing best;
    auto serialiser = Emulator::RecordSerializer::create(format, setup);
    for (int run = 0; run < 3; ++run) {
        MemorySink sink(*output);
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuSeconds();
        serialiser->beginFile(sink);
        for (qsizetype i = 0; i < rows.size(); ++i)
            serialiser->write(rows.record(i));
        serialiser->finishFile();
        best.cpu = std::min(best.cpu, threadCpuSeconds() - cpu);
        best.wall = std::min(best.wall, seconds(t));
    }
    return best;
}

// The node tools in the build folder, installed from the committed lock file.
QString nodeTools()
{
    const QString folder = QStringLiteral(ES_NODE_TOOLS);
    QProcess install;
    install.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    install.start(
            QStringLiteral("bash"),
            {QStringLiteral(EXPORT_STUDIO_SOURCE_DIR "/tests/independent/install.sh"), folder});
    return install.waitForFinished(600000) && install.exitCode() == 0 ? folder : QString();
}

// parquet-wasm writing the rows of `part` again, beside the local platform's time for them.
bool compareWithParquetWasm(const QString &part, double rows, const Timing &local)
{
    const QString tools = nodeTools();
    if (tools.isEmpty()) {
        std::fprintf(stderr,
                     "the independent writer could not be installed (node and npm: "
                     "scripts/install-deps.sh)\n");
        return false;
    }
    QProcess node;
    node.setWorkingDirectory(tools);
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(QStringLiteral("node"),
               {QStringLiteral("write-parquet-wasm.mjs"), part, QStringLiteral("3")});
    if (!node.waitForFinished(1800000) || node.exitCode() != 0) {
        std::fprintf(stderr, "parquet-wasm could not write the rows\n");
        return false;
    }
    const QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    const double wasmSeconds = result.value(u"seconds").toDouble();
    const double wasmCpu = result.value(u"cpuSeconds").toDouble();
    const double bytes = result.value(u"bytes").toDouble();
    if (result.value(u"rows").toDouble() != rows || wasmSeconds <= 0) {
        std::fprintf(stderr, "parquet-wasm read %.0f rows, not %.0f\n",
                     result.value(u"rows").toDouble(), rows);
        return false;
    }
    std::printf("  parquet-wasm (arrow-rs), snappy: %8.0f rows/s  %7.1f MB/s written  (%.1f MB, "
                "%.2f s, %.2f s CPU; from an Arrow table in memory)\n",
                rows / wasmSeconds, bytes / 1e6 / wasmSeconds, bytes / 1e6, wasmSeconds, wasmCpu);
    std::printf("  ratio parquet-wasm time / local platform time: %.2f wall, %.2f CPU (aim: >= "
                "2); each the best of 3\n\n",
                wasmSeconds / local.wall, wasmCpu / local.cpu);
    return true;
}

// The same rows written by the local platform's writer and by parquet-wasm.
bool writerSection(const QString &dataDir, const QString &keepPart, qint64 *rowsWritten)
{
    Emulator::ExportRequest request;
    const QJsonObject body{
            {QStringLiteral("destination"),
             QJsonObject{{QStringLiteral("datasetId"), QStringLiteral("bench")}}},
            {QStringLiteral("schema"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("_xdm.context.profile")}}},
            {QStringLiteral("additionalFields"),
             QJsonObject{{QStringLiteral("eventList"), QJsonObject()}}}};
    if (const QString problem = Emulator::ExportRequest::parse(body, &request); !problem.isEmpty())
        return false;
    std::vector<QByteArray> segmentIds;
    StoredProfiles rows;
    QElapsedTimer t;
    t.start();
    if (!rows.load(dataDir, request, &segmentIds))
        return false;
    *rowsWritten = rows.size();
    std::printf("== Writing alone: %lld profiles (every field, events) from memory, one thread "
                "==\n  rows read into memory in %.1f s\n",
                qint64(rows.size()), seconds(t));
    const Emulator::SerializerSetup setup{&request, &segmentIds, {}};
    std::string parquet, json;
    parquet.reserve(size_t(512) << 20);
    json.reserve(size_t(1024) << 20);
    const Timing parquetTime
            = timeSerialiser(Emulator::ExportFormat::Parquet, setup, rows, &parquet);
    const Timing jsonTime = timeSerialiser(Emulator::ExportFormat::JsonLines, setup, rows, &json);
    const double n = double(rows.size());
    const auto print = [n](const char *what, const Timing &time, double bytes) {
        std::printf("  %-31s %8.0f rows/s  %7.1f MB/s written  (%.1f MB, %.2f s, %.2f s CPU)\n",
                    what, n / time.wall, bytes / 1e6 / time.wall, bytes / 1e6, time.wall, time.cpu);
    };
    print("local platform, snappy Parquet:", parquetTime, double(parquet.size()));
    print("local platform, JSON Lines:", jsonTime, double(json.size()));
    QTemporaryDir scratch;
    const QString part = keepPart.isEmpty()
            ? scratch.filePath(QStringLiteral("part-00000-bench-c000.snappy.parquet"))
            : keepPart;
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(parquet.data(), qint64(parquet.size())) != qint64(parquet.size()))
        return false;
    file.close();
    if (!keepPart.isEmpty())
        std::printf("  the part is kept at %s\n", qPrintable(QFileInfo(part).absoluteFilePath()));
    return compareWithParquetWasm(part, n, parquetTime);
}

} // namespace

namespace {

bool listSection(int jobs)
{
    std::printf("== GET /export/jobs?limit=100 on %d jobs, 8 concurrent clients ==\n", jobs);
    EmulatorFixture::Options listOptions;
    listOptions.profiles = 10;
    listOptions.pace = 3600; // every job waits in the queue: the store grows, no export runs
    EmulatorFixture store(listOptions);
    QString error;
    if (!store.start(&error)) {
        std::fprintf(stderr, "cannot start the local platform: %s\n", qPrintable(error));
        return false;
    }
    PlatformHttp client = store.http();
    const QString target = createDataset(client);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < jobs; ++i) {
        if (client.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), jobBody(target))
                    .status
            != 200) {
            std::fprintf(stderr, "job %d was not created\n", i);
            return false;
        }
    }
    std::printf("  %d jobs created in %.1f s (%.0f POST/s, one client)\n", jobs, seconds(t),
                jobs / seconds(t));
    const PlatformHttp::Headers headers = client.identityHeaders();
    const QUrl base = store.baseUrl();
    qint64 listBytes = 0, floorBytes = 0;
    // Warm up both routes, then measure.
    requestsPerSecond(base.resolved(QUrl(QStringLiteral("/data/core/ups/export/jobs?limit=100"))),
                      headers, 8, 80, &listBytes);
    const double floor = requestsPerSecond(
            base.resolved(QUrl(QStringLiteral("/data/core/ups/audiences?limit=1"))), headers, 8,
            4000, &floorBytes);
    const double list = requestsPerSecond(
            base.resolved(QUrl(QStringLiteral("/data/core/ups/export/jobs?limit=100"))), headers, 8,
            4000, &listBytes);
    std::printf("  GET /export/jobs?limit=100:    %8.0f requests/s  (%.1f KB per answer)\n", list,
                double(listBytes) / 4000 / 1024);
    std::printf("  baseline GET /audiences?limit=1: %6.0f requests/s  (%.1f KB per answer)\n",
                floor, double(floorBytes) / 4000 / 1024);
    std::printf("  ratio jobs page / baseline: %.2f\n", list / floor);
    store.stop();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList numbers;
    QString keepPart;
    bool partOnly = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--part" && i + 1 < args.size())
            keepPart = args[++i];
        else if (args[i] == u"--part-only")
            partOnly = true;
        else
            numbers << args[i];
    }
    const int profiles = numbers.size() > 0 ? numbers[0].toInt() : 1000000;
    const int jobs = numbers.size() > 1 ? numbers[1].toInt() : 10000;
    if (partOnly && keepPart.isEmpty()) {
        std::fprintf(stderr, "--part-only needs --part FILE\n");
        return 2;
    }

    EmulatorFixture::Options options;
    options.profiles = profiles;
    EmulatorFixture platform(options);
    QElapsedTimer t;
    t.start();
    QString error;
    if (!platform.start(&error)) {
        std::fprintf(stderr, "cannot start the local platform: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("profile store of %d profiles generated and platform started in %.1f s\n\n",
                profiles, seconds(t));
    if (!partOnly && !exportSection(platform, profiles))
        return 1;
    qint64 written = 0;
    if (!writerSection(platform.dataDir(), keepPart, &written))
        return 1;
    platform.stop();
    if (partOnly)
        return 0;
    return listSection(jobs) ? 0 : 1;
}
