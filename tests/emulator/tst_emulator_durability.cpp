#include "ExportSteps.h"
#include "tests/support/EmulatorFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ExportSteps;

// State that survives restarts, jobs cut short by a crash, chaos of every kind, and the
// platform-emulator command line.
class TestEmulatorDurability : public QObject
{
    Q_OBJECT

private slots:
    void embeddedStartAndStopAreAsynchronous();
    void embeddedStartFailure();
    void restartKeepsEverything();
    void stopMidExportFailsJobOnRestart();
    void crashedProcessJobsComeBackFailed();
    void chaosTooManyRequests();
    void chaosServerErrors();
    void chaosDrop();
    void chaosSlow();
    void chaosSlowAnswerNobodyWaitsFor();
    void chaosReproducible();
    void commandLineHelp();
    void commandLineErrors_data();
    void commandLineErrors();
    void commandLineLogFile();
};

void TestEmulatorDurability::embeddedStartAndStopAreAsynchronous()
{
    Emulator::PlatformOptions options;
    options.profiles = 30;
    Emulator::EmbeddedPlatform platform(options);
    QSignalSpy started(&platform, &Emulator::EmbeddedPlatform::started);
    QSignalSpy stopped(&platform, &Emulator::EmbeddedPlatform::stopped);
    platform.start();
    // start() returned before the store was opened: the platform's thread does that.
    QVERIFY(!platform.isRunning());
    QCOMPARE(started.count(), 0);
    QVERIFY(started.wait(60000));
    QVERIFY(platform.isRunning());
    const QUrl url = started.at(0).at(0).toUrl();
    QCOMPARE(url, platform.baseUrl());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QVERIFY(QDir(platform.dataDir()).exists(QStringLiteral("state.sqlite")));
    PlatformHttp http(url);
    QVERIFY(!http.fetchToken(platform.credentials().clientId, platform.credentials().clientSecret)
                     .isEmpty());
    const QString temporary = platform.dataDir();
    platform.stop();
    QCOMPARE(stopped.count(), 0);
    QVERIFY(stopped.wait(60000));
    QVERIFY(!platform.isRunning());
    // Without --data-dir the temporary folder goes with the platform.
    QVERIFY(!QDir(temporary).exists());
}

void TestEmulatorDurability::embeddedStartFailure()
{
    EmulatorFixture first(EmulatorFixture::Options::withProfiles(20));
    QVERIFY(first.start());
    Emulator::PlatformOptions options;
    options.profiles = 20;
    options.port = quint16(first.baseUrl().port()); // taken
    Emulator::EmbeddedPlatform second(options);
    QSignalSpy failed(&second, &Emulator::EmbeddedPlatform::failed);
    second.start();
    QVERIFY(failed.wait(60000));
    QVERIFY(failed.at(0).at(0).toString().contains(QString::number(options.port)));
    QVERIFY(!second.isRunning());
    // Trying again is possible; the port is still taken, so it fails again.
    QString error;
    QVERIFY(!second.startAndWait(60000, &error));
    QVERIFY2(error.contains(QString::number(options.port)), qPrintable(error));
    first.stop();
    QVERIFY(second.startAndWait(60000, &error));
    QCOMPARE(second.baseUrl().port(), int(options.port));
}

void TestEmulatorDurability::restartKeepsEverything()
{
    EmulatorFixture::Options options;
    options.profiles = 80;
    EmulatorFixture platform(options);
    QVERIFY(platform.start());
    const QUrl firstUrl = platform.baseUrl();
    QJsonObject job, dataset;
    QString datasetId;
    QList<QJsonObject> records;
    {
        PlatformHttp http = platform.http();
        datasetId = createDataset(http, QStringLiteral("Export target"), unionSchema,
                                  Format::JsonLines);
        const qint64 id = http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"),
                                       jobBody(datasetId))
                                  .json()
                                  .object()
                                  .value(u"id")
                                  .toInteger();
        job = waitForJob(http, id);
        QCOMPARE(job.value(u"status").toString(), QStringLiteral("SUCCEEDED"));
        records = readBatch(http, batchIds(job).front());
        QCOMPARE(records.size(), 80);
        dataset = http.gateway("GET",
                               QStringLiteral("/data/foundation/catalog/dataSets/") + datasetId)
                          .json()
                          .object();
    }
    QVERIFY(platform.restart());
    QCOMPARE(platform.baseUrl(), firstUrl);
    PlatformHttp http = platform.http();
    QCOMPARE(getJob(http, job.value(u"id").toInteger()), job);
    QCOMPARE(http.gateway("GET", QStringLiteral("/data/foundation/catalog/dataSets/") + datasetId)
                     .json()
                     .object(),
             dataset);
    QCOMPARE(readBatch(http, batchIds(job).front()), records);
    // Ids keep counting up after a restart.
    const qint64 next
            = http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), jobBody(datasetId))
                      .json()
                      .object()
                      .value(u"id")
                      .toInteger();
    QVERIFY(next > job.value(u"id").toInteger());
    QCOMPARE(waitForJob(http, next).value(u"status").toString(), QStringLiteral("SUCCEEDED"));
}

void TestEmulatorDurability::stopMidExportFailsJobOnRestart()
{
    EmulatorFixture::Options options;
    options.profiles = 40;
    options.pace = 0.3;
    EmulatorFixture platform(options);
    QVERIFY(platform.start());
    qint64 id = 0;
    {
        PlatformHttp http = platform.http();
        id = http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"),
                          jobBody(createDataset(http)))
                     .json()
                     .object()
                     .value(u"id")
                     .toInteger();
        QCOMPARE(waitForStatus(http, id, QStringLiteral("PROCESSING")).value(u"status").toString(),
                 QStringLiteral("PROCESSING"));
    }
    // Ten minutes per stage from now on: stop() returns only because the worker stops
    // where it is.
    platform.platform()->setPace(600);
    platform.stop();
    QVERIFY(platform.start());
    PlatformHttp http = platform.http();
    const QJsonObject job = getJob(http, id);
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("FAILED"));
    QVERIFY(job.value(u"errors").toArray().at(0).toObject().value(u"msg").toString().contains(
            u"interrupted"));
    const QJsonObject total = job.value(u"metrics").toObject().value(u"totalTime").toObject();
    QCOMPARE(total.value(u"totalTimeInMs").toInteger(),
             total.value(u"endTimeInMs").toInteger() - total.value(u"startTimeInMs").toInteger());
    const QString batch = batchIds(job).front();
    QCOMPARE(http.gateway("GET", QStringLiteral("/data/foundation/catalog/batches/") + batch)
                     .json()
                     .object()
                     .value(batch)
                     .toObject()
                     .value(u"status")
                     .toString(),
             QStringLiteral("failed"));
    QVERIFY(readBatch(http, batch).isEmpty());
}

void TestEmulatorDurability::crashedProcessJobsComeBackFailed()
{
    QTemporaryDir dataDir;
    QProcess process;
    process.setProgram(QStringLiteral(PLATFORM_EMULATOR_PATH));
    process.setArguments({QStringLiteral("--data-dir"), dataDir.path(),
                          QStringLiteral("--profiles"), QStringLiteral("30"),
                          QStringLiteral("--pace"), QStringLiteral("1")});
    process.start();
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    static const QRegularExpression urlPattern(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"));
    QRegularExpressionMatch match;
    while (timer.elapsed() < 60000) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
        match = urlPattern.match(QString::fromUtf8(out));
        if (match.hasMatch() && out.contains("Ctrl+C"))
            break;
    }
    QVERIFY2(match.hasMatch(), out.constData());
    QVERIFY(out.contains("local-platform-secret-3f9a"));
    QVERIFY(out.contains("export-studio-local"));

    PlatformHttp http{QUrl(match.captured(1))};
    const Emulator::Credentials c = Emulator::Credentials::demo();
    http.setIdentity(http.fetchToken(c.clientId, c.clientSecret), c.clientId, c.orgId);
    const QString dataset = createDataset(http);
    const qint64 running
            = http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), jobBody(dataset))
                      .json()
                      .object()
                      .value(u"id")
                      .toInteger();
    QCOMPARE(waitForStatus(http, running, QStringLiteral("PROCESSING")).value(u"status").toString(),
             QStringLiteral("PROCESSING"));
    const qint64 queued
            = http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), jobBody(dataset))
                      .json()
                      .object()
                      .value(u"id")
                      .toInteger();
    QCOMPARE(getJob(http, queued).value(u"status").toString(), QStringLiteral("NEW"));
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(10000));

    Emulator::PlatformOptions options;
    options.dataDir = dataDir.path();
    options.profiles = 30;
    Emulator::EmbeddedPlatform platform(options);
    QString error;
    QVERIFY2(platform.startAndWait(60000, &error), qPrintable(error));
    PlatformHttp after(platform.baseUrl());
    after.setIdentity(after.fetchToken(c.clientId, c.clientSecret), c.clientId, c.orgId);
    for (qint64 id : {running, queued}) {
        const QJsonObject job = getJob(after, id);
        QCOMPARE(job.value(u"status").toString(), QStringLiteral("FAILED"));
        const QJsonObject e = job.value(u"errors").toArray().at(0).toObject();
        QVERIFY(e.value(u"msg").toString().contains(u"interrupted"));
        QVERIFY(!e.value(u"code").toString().isEmpty());
        QVERIFY(!e.value(u"callStack").toString().isEmpty());
    }
    QVERIFY(!QDir(dataDir.path() + QStringLiteral("/staging")).exists());
    platform.stopAndWait();
}

void TestEmulatorDurability::chaosTooManyRequests()
{
    EmulatorFixture platform(EmulatorFixture::Options::withProfiles(20));
    QVERIFY(platform.start());
    PlatformHttp http = platform.http();
    QVERIFY(platform.setChaos(QStringLiteral("429=1:3")).isEmpty());
    platform.clearRequestLog();
    const HttpResult r = http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("3"));
    QVERIFY(!r.json().object().value(u"error_code").toString().isEmpty());
    QCOMPARE(platform.requestLog().last().chaos, QStringLiteral("429"));
    QCOMPARE(platform.requestLog().last().status, 429);
    // The token endpoint is not part of the gateway's chaos.
    QVERIFY(!http.fetchToken(platform.credentials().clientId, platform.credentials().clientSecret)
                     .isEmpty());
    QVERIFY(platform.setChaos(QString()).isEmpty());
    QCOMPARE(http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs")).status, 200);
}

void TestEmulatorDurability::chaosServerErrors()
{
    EmulatorFixture platform(EmulatorFixture::Options::withProfiles(20));
    QVERIFY(platform.start());
    PlatformHttp http = platform.http();
    QVERIFY(platform.setChaos(QStringLiteral("5xx=1,seed=11")).isEmpty());
    QSet<int> statuses;
    for (int i = 0; i < 40; ++i) {
        const HttpResult r = http.gateway("GET", QStringLiteral("/data/core/ups/audiences"));
        QVERIFY(r.status >= 500 && r.status <= 504 && r.status != 501);
        statuses.insert(r.status);
        if (r.status == 503)
            QVERIFY(!r.header("Retry-After").isEmpty());
    }
    QVERIFY(statuses.size() >= 3);
    // Nothing was created by a request the chaos answered.
    QVERIFY(platform.setChaos(QString()).isEmpty());
}

void TestEmulatorDurability::chaosDrop()
{
    EmulatorFixture platform(EmulatorFixture::Options::withProfiles(20));
    QVERIFY(platform.start());
    PlatformHttp http = platform.http();
    QVERIFY(platform.setChaos(QStringLiteral("drop=1")).isEmpty());
    platform.clearRequestLog();
    const HttpResult r = http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs"));
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(platform.requestLog().last().status, 0);
    QCOMPARE(platform.requestLog().last().chaos, QStringLiteral("drop"));
    QVERIFY(platform.setChaos(QString()).isEmpty());
    QCOMPARE(http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs")).status, 200);
}

void TestEmulatorDurability::chaosSlow()
{
    EmulatorFixture platform(EmulatorFixture::Options::withProfiles(20));
    QVERIFY(platform.start());
    PlatformHttp http = platform.http();
    QVERIFY(platform.setChaos(QStringLiteral("slow=1:400")).isEmpty());
    platform.clearRequestLog();
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs"));
    QCOMPARE(r.status, 200);
    QVERIFY(timer.elapsed() >= 400);
    QCOMPARE(platform.requestLog().last().chaos, QStringLiteral("slow"));
    QVERIFY(platform.requestLog().last().durationMs >= 400);
    // The server thread was not blocked: another connection is answered meanwhile.
    PlatformHttp other = platform.http();
    QVERIFY(platform.setChaos(QString()).isEmpty());
    QCOMPARE(other.gateway("GET", QStringLiteral("/data/core/ups/audiences")).status, 200);
}

void TestEmulatorDurability::chaosSlowAnswerNobodyWaitsFor()
{
    EmulatorFixture platform(EmulatorFixture::Options::withProfiles(20));
    QVERIFY(platform.start());
    PlatformHttp http = platform.http();
    const QString dataset = ExportSteps::createDataset(http);
    QVERIFY(!dataset.isEmpty());
    QVERIFY(platform.setChaos(QStringLiteral("slow=1:600")).isEmpty());
    platform.clearRequestLog();
    // The client gives up long before the answer is due; the job is created all the same,
    // and the log must say so.
    PlatformHttp::Headers headers = http.identityHeaders();
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    const HttpResult r
            = http.send("POST", QStringLiteral("/data/core/ups/export/jobs"),
                        QJsonDocument(ExportSteps::jobBody(dataset)).toJson(), headers, 100);
    QCOMPARE(r.status, 0);
    QTRY_COMPARE_WITH_TIMEOUT(platform.requestLog().size(), 1, 5000);
    const Emulator::RequestLogEntry entry = platform.requestLog().constFirst();
    QCOMPARE(entry.method, QStringLiteral("POST"));
    QCOMPARE(entry.status, 200);
    QCOMPARE(entry.chaos, QStringLiteral("slow"));
    QVERIFY(entry.durationMs >= 600);
    QVERIFY(platform.setChaos(QString()).isEmpty());
    const HttpResult jobs = http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs"));
    QCOMPARE(jobs.json().object().value(QStringLiteral("records")).toArray().size(), 1);
}

void TestEmulatorDurability::chaosReproducible()
{
    EmulatorFixture platform(EmulatorFixture::Options::withProfiles(20));
    QVERIFY(platform.start());
    PlatformHttp http = platform.http();
    auto run = [&] {
        platform.setChaos(QStringLiteral("429=0.3,5xx=0.3,seed=99"));
        QList<int> statuses;
        for (int i = 0; i < 30; ++i)
            statuses << http.gateway("GET", QStringLiteral("/data/core/ups/audiences")).status;
        return statuses;
    };
    const QList<int> first = run();
    QCOMPARE(run(), first);
    QVERIFY(first.contains(200) && first.contains(429));
}

void TestEmulatorDurability::commandLineHelp()
{
    QProcess process;
    process.start(QStringLiteral(PLATFORM_EMULATOR_PATH), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option :
         {"--port", "--bind", "--data-dir", "--profiles", "--seed", "--pace", "--token-lifetime",
          "--chaos", "--demo", "--log", "--help", "--version", "Examples"})
        QVERIFY2(help.contains(option), option);
    process.start(QStringLiteral(PLATFORM_EMULATOR_PATH), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("platform-emulator "));
}

void TestEmulatorDurability::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--colour")} << QByteArray("colour");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                              << QByteArray("--port");
    QTest::newRow("bad bind") << QStringList{QStringLiteral("--bind"),
                                             QStringLiteral("localhost.x")}
                              << QByteArray("--bind");
    QTest::newRow("bad chaos") << QStringList{QStringLiteral("--chaos"), QStringLiteral("boom=1")}
                               << QByteArray("boom");
    QTest::newRow("bad pace") << QStringList{QStringLiteral("--pace"), QStringLiteral("-1")}
                              << QByteArray("--pace");
    QTest::newRow("bad lifetime") << QStringList{QStringLiteral("--token-lifetime"),
                                                 QStringLiteral("0")}
                                  << QByteArray("--token-lifetime");
    QTest::newRow("bad profiles") << QStringList{QStringLiteral("--profiles"),
                                                 QStringLiteral("many")}
                                  << QByteArray("--profiles");
}

void TestEmulatorDurability::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QProcess process;
    process.start(QStringLiteral(PLATFORM_EMULATOR_PATH), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains(message), err.constData());
}

void TestEmulatorDurability::commandLineLogFile()
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("requests.jsonl"));
    QProcess process;
    process.start(QStringLiteral(PLATFORM_EMULATOR_PATH),
                  {QStringLiteral("--profiles"), QStringLiteral("20"), QStringLiteral("--log"),
                   logPath, QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                   dir.filePath(QStringLiteral("data"))});
    QByteArray out;
    static const QRegularExpression urlPattern(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (!out.contains("Ctrl+C") && timer.elapsed() < 60000) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
    }
    const auto match = urlPattern.match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    PlatformHttp http{QUrl(match.captured(1))};
    const Emulator::Credentials c = Emulator::Credentials::demo();
    const QByteArray token = http.fetchToken(c.clientId, c.clientSecret);
    http.setIdentity(token, c.clientId, c.orgId);
    // --demo: a SUCCEEDED job with real files, a FAILED one with errors[], a CANCELLED one.
    const QJsonArray jobs = http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs"))
                                    .json()
                                    .object()
                                    .value(u"records")
                                    .toArray();
    QCOMPARE(jobs.size(), 3);
    QStringList statuses;
    for (const QJsonValue &j : jobs) {
        statuses << j.toObject().value(u"status").toString();
        if (j.toObject().value(u"status").toString() == u"SUCCEEDED") {
            // The demo dataset stores Parquet, as the tutorial's does.
            const QList<BatchPart> parts = batchParts(http, batchIds(j.toObject()).front());
            QVERIFY(!parts.isEmpty());
            QVERIFY(parts.front().records > 0);
            const QByteArray bytes = http.gateway("GET", parts.front().path).body;
            QVERIFY(parts.front().name.endsWith(u".snappy.parquet"));
            QVERIFY(bytes.startsWith("PAR1") && bytes.endsWith("PAR1"));
        }
        if (j.toObject().value(u"status").toString() == u"FAILED")
            QCOMPARE(j.toObject().value(u"errors").toArray().size(), 2);
    }
    QCOMPARE(statuses,
             (QStringList{QStringLiteral("CANCELLED"), QStringLiteral("FAILED"),
                          QStringLiteral("SUCCEEDED")}));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QVERIFY(lines.size() >= 3);
    for (const QByteArray &line : lines) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        for (const char *key :
             {"method", "path", "query", "sandbox", "status", "bytesIn", "bytesOut", "durationMs"})
            QVERIFY2(entry.contains(QLatin1String(key)), key);
        QVERIFY(!line.contains(token));
        QVERIFY(!line.contains(c.clientSecret.toUtf8()));
    }
}

QTEST_GUILESS_MAIN(TestEmulatorDurability)
#include "tst_emulator_durability.moc"
