// The local platform's two figures that matter: how fast an export writes profiles
// compared with the raw sequential write speed of the same disk, and how many
// GET /export/jobs?limit=100 a large job store answers per second under 8 clients,
// compared with the cheapest authenticated route.
//
//   cmake --build build --target bench        (or run bench_emulator directly)
//   bench_emulator [profiles] [jobs]          defaults: 1000000 10000

#include "tests/emulator/ExportSteps.h"
#include "tests/support/EmulatorFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int profiles = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int jobs = argc > 2 ? QByteArray(argv[2]).toInt() : 10000;

    std::printf("== Export throughput: %d profiles, one segment, 3 fields, no events ==\n",
                profiles);
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
    std::printf("  profile store generated and platform started in %.1f s\n", seconds(t));
    PlatformHttp http = platform.http();
    const QString dataset = createDataset(http);
    QJsonObject body = jobBody(dataset);
    body.insert(QStringLiteral("fields"),
                QStringLiteral("identities.id,personalEmail.address,person.name.firstName"));
    body.insert(QStringLiteral("filter"),
                QJsonObject{{QStringLiteral("segments"),
                             QJsonArray{QJsonObject{
                                     {QStringLiteral("segmentId"),
                                      segments(http).value(QStringLiteral("All profiles"))}}}}});
    t.restart();
    const HttpResult created
            = http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), body);
    const QJsonObject job
            = waitForJob(http, created.json().object().value(u"id").toInteger(), nullptr, 3600000);
    const double exportSeconds = seconds(t);
    if (job.value(u"status").toString() != u"SUCCEEDED") {
        std::fprintf(stderr, "the export did not succeed: %s\n",
                     QJsonDocument(job).toJson().constData());
        return 1;
    }
    const QJsonObject metrics = job.value(u"metrics").toObject();
    const qint64 exported = metrics.value(u"totalExportedProfileCounter").toInteger();
    qint64 bytes = 0;
    int files = 0;
    const QString batch = batchIds(job).front();
    for (const QJsonValue &f :
         http.gateway("GET", QStringLiteral("/data/foundation/export/batches/%1/files").arg(batch))
                 .json()
                 .object()
                 .value(u"data")
                 .toArray()) {
        bytes += f.toObject().value(u"size").toInteger();
        ++files;
    }
    const double exportMBps = double(bytes) / 1e6 / exportSeconds;
    const double rawMBps = rawWriteMBps(platform.dataDir(), std::max<qint64>(bytes, 256 << 20));
    std::printf("  exported %lld profiles, %.1f MB in %d files, %.2f s from POST to SUCCEEDED\n",
                exported, double(bytes) / 1e6, files, exportSeconds);
    std::printf("  job phases: profile export %.2f s, dataset write %.3f s\n",
                metrics.value(u"profileExportTime").toObject().value(u"totalTimeInMs").toDouble()
                        / 1000,
                metrics.value(u"aCPDatasetWriteTime").toObject().value(u"totalTimeInMs").toDouble()
                        / 1000);
    std::printf("  export:              %10.0f profiles/s  %8.1f MB/s\n",
                double(exported) / exportSeconds, exportMBps);
    std::printf("  raw sequential write (same disk, 1 MiB writes + fdatasync): %8.1f MB/s\n",
                rawMBps);
    std::printf("  ratio export / raw write: %.2f (aim: >= 0.33)\n\n", exportMBps / rawMBps);
    platform.stop();

    std::printf("== GET /export/jobs?limit=100 on %d jobs, 8 concurrent clients ==\n", jobs);
    EmulatorFixture::Options listOptions;
    listOptions.profiles = 10;
    listOptions.pace = 3600; // every job waits in the queue: the store grows, no export runs
    EmulatorFixture store(listOptions);
    if (!store.start(&error)) {
        std::fprintf(stderr, "cannot start the local platform: %s\n", qPrintable(error));
        return 1;
    }
    PlatformHttp client = store.http();
    const QString target = createDataset(client);
    t.restart();
    for (int i = 0; i < jobs; ++i) {
        if (client.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), jobBody(target))
                    .status
            != 200) {
            std::fprintf(stderr, "job %d was not created\n", i);
            return 1;
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
    return 0;
}
