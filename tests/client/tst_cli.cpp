#include "tests/support/EmulatorFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// export-studio-cli run as a process against a real local platform: output, exit codes, the
// checks made before anything is sent, and the platform's tutorial walked end to end.
class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void helpAndVersion();
    void japaneseHelp();
    void usageErrors_data();
    void usageErrors();
    void argumentErrorsComeFirst();
    void noCredentials();
    void insecureBaseUrl();
    void connections();
    void apiErrorExitCode();
    void invalidRequestFileSendsNothing_data();
    void invalidRequestFileSendsNothing();
    void tutorialWalk();
    void failedJobWatchedExitsFour();
    void createWithUnknownOutcome();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray bytes; // standard output as it came
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };
    Run cli(const QStringList &arguments, bool credentials = true, bool english = true);
    int gatewayRequests(const QString &method = {}) const;
    QString datasetId();
    // The tutorial's request, pointed at this platform's dataset, merge policy and segments.
    QString tutorialRequestFile(const QString &datasetId);

    std::unique_ptr<EmulatorFixture> m_platform;
    QTemporaryDir m_dir;
    QStringList m_everything; // every line any run printed
    QString m_datasetId;
};

void tst_Cli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(EXPORT_STUDIO_CLI)));
    EmulatorFixture::Options options;
    options.profiles = 300;
    m_platform = std::make_unique<EmulatorFixture>(options);
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void tst_Cli::init()
{
    m_platform->setChaos(QString());
    m_platform->platform()->setPace(0);
}

void tst_Cli::cleanupTestCase()
{
    // Nothing the command line printed, in any run, held the client secret or a token.
    const QString secret = m_platform->credentials().clientSecret;
    for (const QString &text : std::as_const(m_everything)) {
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY2(!text.contains(u"Bearer", Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(u"access_token"), qPrintable(text));
    }
    QVERIFY(m_everything.size() > 20);
    m_platform.reset();
}

tst_Cli::Run tst_Cli::cli(const QStringList &arguments, bool credentials, bool english)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(u"EXPORT_STUDIO_") || key == u"QT_LOGGING_RULES")
            environment.remove(key);
    }
    const Emulator::Credentials demo = m_platform->credentials();
    environment.insert(u"EXPORT_STUDIO_BASE_URL"_qs, m_platform->baseUrl().toString());
    environment.insert(u"EXPORT_STUDIO_IMS_URL"_qs, m_platform->baseUrl().toString());
    environment.insert(u"EXPORT_STUDIO_ORG"_qs, demo.orgId);
    environment.insert(u"EXPORT_STUDIO_API_KEY"_qs, demo.clientId);
    environment.insert(u"EXPORT_STUDIO_SCOPES"_qs, demo.scopes);
    if (credentials)
        environment.insert(u"EXPORT_STUDIO_CLIENT_SECRET"_qs, demo.clientSecret);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EXPORT_STUDIO_CLI),
                  english && !arguments.contains(u"--lang"_qs)
                          ? QStringList{u"--lang"_qs, u"en"_qs} + arguments
                          : arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    // The platform runs in this process: keep its event loop turning while waiting.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.bytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.bytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    m_everything << run.out << run.err;
    return run;
}

int tst_Cli::gatewayRequests(const QString &method) const
{
    int count = 0;
    for (const auto &entry : m_platform->requestLog()) {
        if (entry.path.startsWith(u"/data/") && (method.isEmpty() || entry.method == method))
            ++count;
    }
    return count;
}

QString tst_Cli::datasetId()
{
    if (m_datasetId.isEmpty()) {
        const Run run = cli(
                {u"datasets"_qs, u"create"_qs, u"--name"_qs, u"CLI exports"_qs, u"--json"_qs});
        m_datasetId = run.json().object().value(u"id").toString();
    }
    return m_datasetId;
}

QString tst_Cli::tutorialRequestFile(const QString &datasetId)
{
    QFile sample(QStringLiteral(EXPORT_STUDIO_TEST_DATA "/seed/create-job-request.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    QJsonObject request = QJsonDocument::fromJson(sample.readAll()).object();

    PlatformHttp http = m_platform->http();
    const QJsonArray segments = http.gateway("GET", u"/data/core/ups/segment/definitions"_qs)
                                        .json()
                                        .object()
                                        .value(u"segments")
                                        .toArray();
    const QJsonArray policies = http.gateway("GET", u"/data/core/ups/config/mergePolicies"_qs)
                                        .json()
                                        .object()
                                        .value(u"children")
                                        .toArray();
    if (segments.size() < 2 || policies.isEmpty())
        return {};

    QJsonObject mergePolicy = request.value(u"mergePolicy").toObject();
    mergePolicy.insert(u"id"_qs, policies.at(0).toObject().value(u"id"));
    request.insert(u"mergePolicy"_qs, mergePolicy);
    QJsonObject filter = request.value(u"filter").toObject();
    QJsonArray chosen = filter.value(u"segments").toArray();
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        QJsonObject segment = chosen.at(i).toObject();
        segment.insert(u"segmentId"_qs, segments.at(i).toObject().value(u"id"));
        chosen.replace(i, segment);
    }
    filter.insert(u"segments"_qs, chosen);
    // The tutorial's window of 2019 holds none of the generated profiles: without it the
    // export has files to download.
    filter.remove(u"segmentQualificationTime"_qs);
    filter.remove(u"fromIngestTimestamp"_qs);
    request.insert(u"filter"_qs, filter);
    QJsonObject destination = request.value(u"destination").toObject();
    destination.insert(u"datasetId"_qs, datasetId);
    request.insert(u"destination"_qs, destination);

    const QString path = m_dir.filePath(u"tutorial-request.json"_qs);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(request).toJson());
    return path;
}

void tst_Cli::helpAndVersion()
{
    const Run help = cli({u"--help"_qs});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"Commands:"));
    QVERIFY(help.out.contains(u"jobs watch ID"));
    QVERIFY(help.out.contains(u"EXPORT_STUDIO_CLIENT_SECRET"));
    QVERIFY(help.out.contains(u"Exit codes:"));
    const Run version = cli({u"--version"_qs});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(QStringLiteral(EXPORT_STUDIO_VERSION)));
}

void tst_Cli::japaneseHelp()
{
    const Run help = cli({u"--lang"_qs, u"ja"_qs, u"--help"_qs}, true, false);
    QCOMPARE(help.exitCode, 0);
    // The parser's own words come from Qt's Japanese translation, loaded by --lang ja.
    QVERIFY2(help.out.contains(u"使い方"), qPrintable(help.out));
    const Run english = cli({u"--lang"_qs, u"en"_qs, u"--help"_qs}, true, false);
    QVERIFY(english.out.contains(u"Usage:"));
    QVERIFY(!english.out.contains(u"使い方"));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << u"No command given"_qs;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << u"Unknown command"_qs;
    QTest::newRow("unknown sub-command")
            << QStringList{u"jobs"_qs, u"delete"_qs, u"1"_qs} << u"Unknown command"_qs;
    QTest::newRow("job id not a number")
            << QStringList{u"jobs"_qs, u"get"_qs, u"abc"_qs} << u"is not a job ID"_qs;
    QTest::newRow("job id missing")
            << QStringList{u"jobs"_qs, u"watch"_qs} << u"job ID is missing"_qs;
    QTest::newRow("extra argument")
            << QStringList{u"jobs"_qs, u"get"_qs, u"1"_qs, u"2"_qs} << u"Unexpected argument"_qs;
    QTest::newRow("misspelled status")
            << QStringList{u"jobs"_qs, u"list"_qs, u"--status"_qs, u"SUCEEDED"_qs}
            << u"is not a job status"_qs;
    QTest::newRow("limit out of range")
            << QStringList{u"jobs"_qs, u"list"_qs, u"--limit"_qs, u"0"_qs} << u"--limit"_qs;
    QTest::newRow("unknown option")
            << QStringList{u"--bogus"_qs, u"jobs"_qs, u"list"_qs} << u"bogus"_qs;
    QTest::newRow("unknown language")
            << QStringList{u"--lang"_qs, u"fr"_qs, u"jobs"_qs} << u"Unknown language"_qs;
    QTest::newRow("create without a file")
            << QStringList{u"jobs"_qs, u"create"_qs} << u"needs --file"_qs;
    QTest::newRow("dataset without a name")
            << QStringList{u"datasets"_qs, u"create"_qs} << u"--name"_qs;
    QTest::newRow("resume to standard output")
            << QStringList{u"files"_qs, u"get"_qs, u"f1"_qs, u"--path"_qs, u"x"_qs, u"--resume"_qs}
            << u"--resume needs -o"_qs;
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    m_platform->clearRequestLog();
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(gatewayRequests(), 0);
}

// A mistake in the command is reported as such, even when the connection is unusable too.
void tst_Cli::argumentErrorsComeFirst()
{
    const QList<std::pair<QStringList, QString>> cases = {
            {{u"jobs"_qs, u"get"_qs, u"abc"_qs}, u"is not a job ID"_qs},
            {{u"jobs"_qs, u"list"_qs, u"--status"_qs, u"DONE"_qs}, u"is not a job status"_qs},
            {{u"files"_qs, u"get"_qs, u"f1"_qs, u"--path"_qs, u"x"_qs, u"--resume"_qs},
             u"--resume needs -o"_qs},
            {{u"datasets"_qs, u"create"_qs}, u"--name"_qs},
    };
    for (const auto &[arguments, message] : cases) {
        const Run run = cli(arguments, false);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"EXPORT_STUDIO_CLIENT_SECRET"), qPrintable(run.err));
    }
}

void tst_Cli::noCredentials()
{
    m_platform->clearRequestLog();
    const Run run = cli({u"jobs"_qs, u"list"_qs}, false);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"EXPORT_STUDIO_CLIENT_SECRET"));
    QCOMPARE(m_platform->requestLog().size(), 0);
}

void tst_Cli::insecureBaseUrl()
{
    const Run run
            = cli({u"--base-url"_qs, u"http://platform.example.com"_qs, u"jobs"_qs, u"list"_qs});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"plain http://"), qPrintable(run.err));
}

void tst_Cli::connections()
{
    const Run text = cli({u"--sandbox"_qs, u"prod"_qs, u"connections"_qs});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(m_platform->baseUrl().toString()));
    QVERIFY(text.out.contains(u"(EXPORT_STUDIO_BASE_URL)"));
    QVERIFY(text.out.contains(u"(--sandbox)"));
    QVERIFY(text.out.contains(u"Local platform"));
    QVERIFY(text.out.contains(u"client secret from EXPORT_STUDIO_CLIENT_SECRET"));
    QVERIFY(text.out.contains(u"Connections saved in the Export Studio app"));

    const Run json = cli({u"connections"_qs, u"--json"_qs});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = json.json().object();
    QCOMPARE(object.value(u"connection").toObject().value(u"orgId").toString(),
             m_platform->credentials().orgId);
    QCOMPARE(object.value(u"credentials").toString(), u"client-secret"_qs);
    QVERIFY(object.value(u"problems").toArray().isEmpty());
    QVERIFY(object.value(u"savedConnections").toArray().isEmpty());

    const Run missing = cli({u"connections"_qs, u"--json"_qs}, false);
    QCOMPARE(missing.exitCode, 0);
    QCOMPARE(missing.json().object().value(u"credentials").toString(), u"none"_qs);
    QCOMPARE(missing.json().object().value(u"problems").toArray().size(), 1);

    m_platform->clearRequestLog();
    const Run check = cli({u"connections"_qs, u"--check"_qs});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains(u"the connection works"));
    QCOMPARE(gatewayRequests(u"GET"_qs), 1);
}

void tst_Cli::apiErrorExitCode()
{
    const Run text = cli({u"jobs"_qs, u"get"_qs, u"987654"_qs});
    QCOMPARE(text.exitCode, 3);
    QVERIFY2(text.err.contains(u"404"), qPrintable(text.err));
    QVERIFY(text.err.contains(u"Request ID:"));
    const Run json = cli({u"jobs"_qs, u"get"_qs, u"987654"_qs, u"--json"_qs});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject error = json.json().object().value(u"error").toObject();
    QCOMPARE(error.value(u"kind").toString(), u"http"_qs);
    QCOMPARE(error.value(u"status").toInt(), 404);
    QVERIFY(!error.value(u"requestId").toString().isEmpty());
}

void tst_Cli::invalidRequestFileSendsNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("missing destination, bad timestamp")
            << QByteArray(R"({"schema":{"name":"_xdm.context.profile"},
                           "filter":{"fromIngestTimestamp":"yesterday"}})")
            << QStringList{u"destination"_qs, u"yesterday"_qs, u"nothing was sent"_qs};
    QTest::newRow("not JSON") << QByteArray("{\"destination\": ")
                              << QStringList{u"not an export job request"_qs};
    QTest::newRow("an array") << QByteArray("[]") << QStringList{u"not an export job request"_qs};
    QTest::newRow("no file") << QByteArray() << QStringList{u"Cannot read"_qs};
}

void tst_Cli::invalidRequestFileSendsNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, messages);
    const QString path
            = m_dir.filePath(u"invalid-%1.json"_qs.arg(QString::fromUtf8(QTest::currentDataTag())));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    m_platform->clearRequestLog();
    const Run run = cli({u"jobs"_qs, u"create"_qs, u"--file"_qs, path});
    QCOMPARE(run.exitCode, 2);
    for (const QString &message : messages)
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    // Nothing reached the platform, not even a token request.
    QCOMPARE(m_platform->requestLog().size(), 0);
}

void tst_Cli::tutorialWalk()
{
    // 1. The target dataset, from the tutorial's own request.
    const Run dataset
            = cli({u"datasets"_qs, u"create"_qs, u"--file"_qs,
                   QStringLiteral(EXPORT_STUDIO_TEST_DATA "/seed/create-dataset-request.json"),
                   u"--json"_qs});
    QCOMPARE(dataset.exitCode, 0);
    const QString datasetId = dataset.json().object().value(u"id").toString();
    QVERIFY(!datasetId.isEmpty());
    const Run datasets = cli({u"datasets"_qs, u"list"_qs});
    QCOMPARE(datasets.exitCode, 0);
    QVERIFY(datasets.out.contains(datasetId));
    QVERIFY(datasets.out.contains(u"Profile Data Export"));

    // 2. The export job, from the tutorial's request.
    m_platform->platform()->setPace(0.3);
    const QString requestFile = tutorialRequestFile(datasetId);
    QVERIFY(!requestFile.isEmpty());
    const Run created = cli({u"jobs"_qs, u"create"_qs, u"--file"_qs, requestFile, u"--json"_qs});
    QCOMPARE(created.exitCode, 0);
    const qint64 jobId = created.json().object().value(u"id").toInteger();
    QVERIFY(jobId > 0);
    QCOMPARE(created.json().object().value(u"status").toString(), u"NEW"_qs);

    // 3. Watched to SUCCEEDED, each phase reported as it happens.
    const Run watched
            = cli({u"jobs"_qs, u"watch"_qs, QString::number(jobId), u"--interval"_qs, u"0.1"_qs});
    QCOMPARE(watched.exitCode, 0);
    for (const QString &line : {u"Profile export started"_qs, u"Profile export finished in"_qs,
                                u"Dataset write started"_qs, u"Dataset write finished in"_qs,
                                u"Total time:"_qs, u"Job %1: SUCCEEDED"_qs.arg(jobId)})
        QVERIFY2(watched.out.contains(line), qPrintable(watched.out));
    QVERIFY(watched.out.indexOf(u"Profile export started")
            < watched.out.indexOf(u"Dataset write started"));

    // 4. Listed.
    const Run listed = cli({u"jobs"_qs, u"list"_qs});
    QCOMPARE(listed.exitCode, 0);
    const QStringList rows = listed.out.split(u'\n');
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [&](const QString &row) {
        return row.startsWith(QString::number(jobId) + u' ') && row.contains(u"SUCCEEDED");
    }));
    const Run succeeded = cli(
            {u"jobs"_qs, u"list"_qs, u"--status"_qs, u"succeeded"_qs, u"--all"_qs, u"--json"_qs});
    QCOMPARE(succeeded.exitCode, 0);
    const QJsonArray jobs = succeeded.json().array();
    QVERIFY(std::any_of(jobs.cbegin(), jobs.cend(), [&](const QJsonValue &job) {
        return job.toObject().value(u"id").toInteger() == jobId;
    }));
    for (const QJsonValue &job : jobs)
        QCOMPARE(job.toObject().value(u"status").toString(), u"SUCCEEDED"_qs);

    // 5. Another job, cancelled while it runs.
    m_platform->platform()->setPace(3);
    const Run second = cli({u"jobs"_qs, u"create"_qs, u"--file"_qs, requestFile, u"--json"_qs});
    QCOMPARE(second.exitCode, 0);
    const QString secondId = QString::number(second.json().object().value(u"id").toInteger());
    const Run cancelled = cli({u"jobs"_qs, u"cancel"_qs, secondId});
    QCOMPARE(cancelled.exitCode, 0);
    QVERIFY2(cancelled.out.contains(u"Cancellation of export job %1 requested."_qs.arg(secondId)),
             qPrintable(cancelled.out));
    QVERIFY(cancelled.out.contains(u"marked for cancelling"));
    m_platform->platform()->setPace(0);
    const Run cancelWatch = cli({u"jobs"_qs, u"watch"_qs, secondId, u"--interval"_qs, u"0.1"_qs});
    QCOMPARE(cancelWatch.exitCode, 4);
    QVERIFY(cancelWatch.out.contains(u"CANCELLED"));

    // 6. The batch's files, and one of them downloaded.
    const Run job = cli({u"jobs"_qs, u"get"_qs, QString::number(jobId), u"--json"_qs});
    QCOMPARE(job.exitCode, 0);
    const QJsonArray batches
            = job.json().object().value(u"destination").toObject().value(u"batches").toArray();
    QCOMPARE(batches.size(), 2); // the tutorial asks for one batch per segment
    const QString batchId = batches.at(0).toObject().value(u"batchId").toString();
    const Run details = cli({u"jobs"_qs, u"get"_qs, QString::number(jobId)});
    QVERIFY(details.out.contains(batchId));
    QVERIFY(details.out.contains(u"Profile export"));

    const Run files = cli({u"batches"_qs, u"files"_qs, batchId});
    QCOMPARE(files.exitCode, 0);
    const Run filesJson = cli({u"batches"_qs, u"files"_qs, batchId, u"--json"_qs});
    const QJsonArray fileList = filesJson.json().array();
    QVERIFY(!fileList.isEmpty());
    const QString fileId = fileList.at(0).toObject().value(u"dataSetFileId").toString();
    QVERIFY(files.out.contains(fileId));

    const Run listing = cli({u"files"_qs, u"get"_qs, fileId, u"--json"_qs});
    QCOMPARE(listing.exitCode, 0);
    const QJsonObject entry = listing.json().array().at(0).toObject();
    const QString name = entry.value(u"name").toString();
    // A number, or a string of digits as some answers write it.
    const qint64 length = entry.value(u"length").toVariant().toLongLong();
    QVERIFY(!name.isEmpty());
    QVERIFY(length > 0);

    const QString output = m_dir.filePath(u"export-part.parquet"_qs);
    const Run download
            = cli({u"files"_qs, u"get"_qs, fileId, u"--path"_qs, name, u"-o"_qs, output});
    QCOMPARE(download.exitCode, 0);
    QVERIFY(download.out.contains(u"Saved %1 to %2"_qs.arg(name, output)));
    QFile saved(output);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QCOMPARE(qint64(bytes.size()), length);
    // The tutorial's dataset stores Parquet, as the platform writes it.
    QVERIFY(bytes.startsWith("PAR1") && bytes.endsWith("PAR1"));
    QVERIFY(!QFile::exists(output + u".part"_qs));

    // An interrupted download continues where it stopped.
    const QString again = m_dir.filePath(u"resumed-part.parquet"_qs);
    QFile part(again + u".part"_qs);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(bytes.left(bytes.size() / 3));
    part.close();
    m_platform->clearRequestLog();
    const Run resumed = cli({u"files"_qs, u"get"_qs, fileId, u"--path"_qs, name, u"-o"_qs, again,
                             u"--resume"_qs, u"--json"_qs});
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(resumed.json().object().value(u"downloadedBytes").toInteger(),
             length - bytes.size() / 3);
    QFile complete(again);
    QVERIFY(complete.open(QIODevice::ReadOnly));
    QCOMPARE(complete.readAll(), bytes);

    // Standard output gets the bytes themselves.
    const Run raw = cli({u"files"_qs, u"get"_qs, fileId, u"--path"_qs, name});
    QCOMPARE(raw.exitCode, 0);
    QCOMPARE(raw.bytes, bytes);
}

void tst_Cli::failedJobWatchedExitsFour()
{
    const QString datasetId = this->datasetId();
    QVERIFY(!datasetId.isEmpty());
    const QString requestFile = tutorialRequestFile(datasetId);
    QVERIFY(m_platform->setChaos(u"fail=1"_qs).isEmpty());
    const Run created = cli({u"jobs"_qs, u"create"_qs, u"--file"_qs, requestFile, u"--json"_qs});
    QCOMPARE(created.exitCode, 0);
    const QString id = QString::number(created.json().object().value(u"id").toInteger());
    const Run watched = cli({u"jobs"_qs, u"watch"_qs, id, u"--interval"_qs, u"0.1"_qs});
    m_platform->setChaos(QString());
    QCOMPARE(watched.exitCode, 4);
    QVERIFY(watched.out.contains(u"Job %1: FAILED"_qs.arg(id)));
    const Run json = cli({u"jobs"_qs, u"watch"_qs, id, u"--json"_qs});
    QCOMPARE(json.exitCode, 4);
    const QStringList lines = json.out.trimmed().split(u'\n');
    const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    QCOMPARE(last.value(u"event").toString(), u"finished"_qs);
    QCOMPARE(last.value(u"job").toObject().value(u"status").toString(), u"FAILED"_qs);
    QVERIFY(!last.value(u"job").toObject().value(u"errors").toArray().isEmpty());
}

void tst_Cli::createWithUnknownOutcome()
{
    const QString datasetId = this->datasetId();
    const QString requestFile = tutorialRequestFile(datasetId);
    const Run before = cli({u"jobs"_qs, u"list"_qs, u"--all"_qs, u"--json"_qs});
    QCOMPARE(before.exitCode, 0);
    m_platform->clearRequestLog();
    QVERIFY(m_platform->setChaos(u"drop=1"_qs).isEmpty());
    const Run created = cli({u"jobs"_qs, u"create"_qs, u"--file"_qs, requestFile});
    m_platform->setChaos(QString());
    QCOMPARE(created.exitCode, 3);
    QVERIFY2(created.err.contains(u"unknown whether"), qPrintable(created.err));
    QVERIFY(created.err.contains(u"jobs list"));
    QCOMPARE(gatewayRequests(u"POST"_qs), 1);
    const Run after = cli({u"jobs"_qs, u"list"_qs, u"--all"_qs, u"--json"_qs});
    QCOMPARE(after.json().array().size(), before.json().array().size());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
