#include "api/Connection.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "emulator/EmbeddedPlatform.h"
#include "models/ConnectionStore.h"
#include "models/HistoryStore.h"
#include "models/JobMonitor.h"
#include "models/JobTableModel.h"
#include "models/SecretStore.h"
#include "tests/emulator/ExportSteps.h"
#include "tests/support/PlatformHttp.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono;

namespace {

// Every line Qt's logging produced in this process while a session ran.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + u": " + message;
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

// What the platform's tokens look like: "eyJ" and 64 base64url characters. Any of them in a
// file or in output is a leak, whoever fetched it.
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression pattern(QStringLiteral("eyJ[A-Za-z0-9_-]{40,}"));
    return pattern;
}

} // namespace

// A whole session with real credentials, through the command line and through the pieces the
// desktop app is built from (saved connections, the keychain store, the history database, the
// client and the monitor), with every log category on. Afterwards no file they wrote, no line
// they printed or logged, and no line of the platform's request log holds the client secret, a
// wrong secret someone typed, a pasted access token or any token the platform issued. Plain
// http:// towards a host that is not this machine is refused with a clear message.
class tst_Secrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void commandLineSession();
    void desktopPiecesSession();
    void plainHttpElsewhereRefused_data();
    void plainHttpElsewhereRefused();
    // Last: searches what every session above left behind.
    void nothingHoldsASecret();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };
    Run cli(const QStringList &arguments, const QMap<QString, QString> &environment = {});
    Connection connection() const;
    // Every place a secret must not be: (where, text).
    QList<std::pair<QString, QByteArray>> everything() const;

    QTemporaryDir m_root;
    std::unique_ptr<Emulator::EmbeddedPlatform> m_platform;
    QString m_dataset;
    QString m_secret;
    QString m_pastedToken;
    const QString m_wrongSecret = QStringLiteral("wrong-secret-typed-by-someone-7731");
    QStringList m_outputs; // everything the command line printed
    int m_cliRuns = 0;
};

void tst_Secrets::initTestCase()
{
    QVERIFY(m_root.isValid());
    // The command line's home, where it writes its settings and where downloads go.
    QVERIFY(QDir(m_root.path()).mkpath(u"cli-home"_qs));
    Emulator::PlatformOptions options;
    options.dataDir = m_root.filePath(u"platform"_qs);
    options.logFile = m_root.filePath(u"platform-requests.jsonl"_qs);
    options.profiles = 60;
    m_platform = std::make_unique<Emulator::EmbeddedPlatform>(options);
    QString error;
    QVERIFY2(m_platform->startAndWait(120000, &error), qPrintable(error));
    m_secret = m_platform->credentials().clientSecret;
    QVERIFY(m_secret.size() >= 8);

    PlatformHttp http(m_platform->baseUrl());
    const Emulator::Credentials c = m_platform->credentials();
    m_pastedToken = QString::fromLatin1(http.fetchToken(c.clientId, c.clientSecret));
    QVERIFY(m_pastedToken.size() > 40);
    http.setIdentity(m_pastedToken.toLatin1(), c.clientId, c.orgId, c.defaultSandbox());
    m_dataset = ExportSteps::createDataset(http);
    QVERIFY(!m_dataset.isEmpty());

    g_previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"es.*=true"_qs);
}

void tst_Secrets::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    m_platform.reset();
}

Connection tst_Secrets::connection() const
{
    const Emulator::Credentials c = m_platform->credentials();
    Connection connection;
    connection.name = u"Staging"_qs;
    connection.kind = Connection::Kind::Platform;
    connection.baseUrl = m_platform->baseUrl();
    connection.imsUrl = m_platform->baseUrl();
    connection.orgId = c.orgId;
    connection.sandbox = c.defaultSandbox();
    connection.clientId = c.clientId;
    connection.authMethod = Connection::AuthMethod::OAuthServerToServer;
    connection.scopes = c.scopes.split(u',');
    return connection;
}

tst_Secrets::Run tst_Secrets::cli(const QStringList &arguments,
                                  const QMap<QString, QString> &environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"EXPORT_STUDIO_") || key.startsWith(u"XDG_"))
            env.remove(key);
    }
    // The command line's own home: whatever it writes lands where this test searches.
    const QString home = m_root.filePath(u"cli-home"_qs);
    env.insert(u"HOME"_qs, home);
    env.insert(u"XDG_CONFIG_HOME"_qs, home + u"/.config"_qs);
    env.insert(u"XDG_DATA_HOME"_qs, home + u"/.local/share"_qs);
    env.insert(u"XDG_CACHE_HOME"_qs, home + u"/.cache"_qs);
    env.insert(u"XDG_STATE_HOME"_qs, home + u"/.local/state"_qs);
    // Every note the client can write: requests, retries, tokens renewed.
    env.insert(u"QT_LOGGING_RULES"_qs, u"es.*=true"_qs);
    const Emulator::Credentials c = m_platform->credentials();
    env.insert(u"EXPORT_STUDIO_BASE_URL"_qs, m_platform->baseUrl().toString());
    env.insert(u"EXPORT_STUDIO_IMS_URL"_qs, m_platform->baseUrl().toString());
    env.insert(u"EXPORT_STUDIO_ORG"_qs, c.orgId);
    env.insert(u"EXPORT_STUDIO_API_KEY"_qs, c.clientId);
    env.insert(u"EXPORT_STUDIO_SCOPES"_qs, c.scopes);
    env.insert(u"EXPORT_STUDIO_CLIENT_SECRET"_qs, m_secret);
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_root.path());
    process.start(QStringLiteral(EXPORT_STUDIO_CLI),
                  QStringList{u"--lang"_qs, u"en"_qs} + arguments);
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
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    m_outputs << arguments.join(u' ') + u"\n" + run.out + u"\n" + run.err;
    ++m_cliRuns;
    return run;
}

void tst_Secrets::commandLineSession()
{
    QVERIFY(cli({u"connections"_qs, u"--check"_qs}).exitCode == 0);
    QCOMPARE(cli({u"connections"_qs, u"--json"_qs}).exitCode, 0);
    QCOMPARE(cli({u"datasets"_qs, u"list"_qs, u"--all"_qs}).exitCode, 0);
    QCOMPARE(cli({u"datasets"_qs, u"create"_qs, u"--name"_qs, u"Secrets session"_qs}).exitCode, 0);

    const QString requestFile = m_root.filePath(u"request.json"_qs);
    {
        QFile file(requestFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(ExportSteps::jobBody(m_dataset)).toJson());
    }
    const Run created = cli({u"jobs"_qs, u"create"_qs, u"--file"_qs, requestFile, u"--json"_qs});
    QCOMPARE(created.exitCode, 0);
    const QString id = QString::number(created.json().object().value(u"id").toInteger());
    QVERIFY(id != u"0");
    QCOMPARE(cli({u"jobs"_qs, u"watch"_qs, id, u"--interval"_qs, u"0.1"_qs}).exitCode, 0);
    QCOMPARE(cli({u"jobs"_qs, u"list"_qs, u"--all"_qs}).exitCode, 0);
    const Run job = cli({u"jobs"_qs, u"get"_qs, id, u"--json"_qs});
    QCOMPARE(job.exitCode, 0);
    const QString batch
            = job.json().object().value(u"destination").toObject().value(u"batchId").toString();
    QVERIFY(!batch.isEmpty());
    const Run files = cli({u"batches"_qs, u"files"_qs, batch, u"--json"_qs});
    QCOMPARE(files.exitCode, 0);
    const QString fileId = files.json().array().at(0).toObject().value(u"dataSetFileId").toString();
    const Run listing = cli({u"files"_qs, u"get"_qs, fileId, u"--json"_qs});
    QCOMPARE(listing.exitCode, 0);
    const QString part = listing.json().array().at(0).toObject().value(u"name").toString();
    const Run download = cli({u"files"_qs, u"get"_qs, fileId, u"--path"_qs, part, u"-o"_qs,
                              m_root.filePath(u"cli-home/export.json"_qs)});
    QVERIFY2(download.exitCode == 0, qPrintable(download.err));
    QVERIFY(QFileInfo(m_root.filePath(u"cli-home/export.json"_qs)).size() > 0);
    const Run second = cli({u"jobs"_qs, u"create"_qs, u"--file"_qs, requestFile, u"--json"_qs});
    QCOMPARE(second.exitCode, 0);
    cli({u"jobs"_qs, u"cancel"_qs,
         QString::number(second.json().object().value(u"id").toInteger())});

    // Failures print errors: a job that does not exist, a secret that is wrong, a pasted
    // token, a pasted token that is wrong.
    QCOMPARE(cli({u"jobs"_qs, u"get"_qs, u"987654321"_qs}).exitCode, 3);
    const Run wrong
            = cli({u"jobs"_qs, u"list"_qs}, {{u"EXPORT_STUDIO_CLIENT_SECRET"_qs, m_wrongSecret}});
    QVERIFY(wrong.exitCode != 0);
    QVERIFY(!wrong.err.isEmpty());
    const Run pasted = cli({u"jobs"_qs, u"list"_qs, u"--json"_qs},
                           {{u"EXPORT_STUDIO_CLIENT_SECRET"_qs, QString()},
                            {u"EXPORT_STUDIO_TOKEN"_qs, m_pastedToken}});
    QCOMPARE(pasted.exitCode, 0);
    const Run pastedWrong = cli({u"jobs"_qs, u"list"_qs},
                                {{u"EXPORT_STUDIO_CLIENT_SECRET"_qs, QString()},
                                 {u"EXPORT_STUDIO_TOKEN"_qs, m_pastedToken + u"x"_qs}});
    QVERIFY(pastedWrong.exitCode != 0);
    QVERIFY(m_cliRuns >= 16);
}

void tst_Secrets::desktopPiecesSession()
{
    // The app's own files: settings (INI), the history database, its data folder.
    const QString appDir = m_root.filePath(u"app"_qs);
    QSettings settings(appDir + u"/export-studio.ini"_qs, QSettings::IniFormat);
    ConnectionStore connections(&settings);
    QString problem;
    QVERIFY2(connections.save(connection(), {}, &problem), qPrintable(problem));
    connections.setCurrentName(connection().name);
    SecretStore secrets(u"export-studio-secrets-test"_qs);
    bool written = false;
    secrets.write(connection().name, m_secret, this,
                  [&](SecretStore::Persistence) { written = true; });
    QTRY_VERIFY_WITH_TIMEOUT(written, 60000);
    std::optional<QString> readBack;
    bool read = false;
    secrets.read(connection().name, this, [&](std::optional<QString> secret) {
        readBack = secret;
        read = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 60000);
    QCOMPARE(readBack.value_or(QString()), m_secret);

    HistoryStore history(appDir + u"/data"_qs);
    PlatformClient client;
    client.setConnection(connection(), client.makeTokenProvider(connection(), *readBack));
    JobTableModel model;
    JobMonitor monitor(&client, &model, &history);
    JobMonitor::Settings fast;
    fast.activeInterval = milliseconds(200);
    fast.idleInterval = milliseconds(400);
    monitor.setSettings(fast);
    monitor.start(HistoryScope{ConnectionStore::historyKey(connection()), connection().sandbox});
    QTRY_VERIFY_WITH_TIMEOUT(monitor.isInitialLoadDone(), 30000);

    ExportJobRequest request
            = ExportJobRequest::decode(QJsonDocument(ExportSteps::jobBody(m_dataset)).toJson())
                      .value();
    std::optional<qint64> created;
    client.createExportJob(request, this, [&](ApiResult<ExportJob> result) {
        created = result ? result.value().id : -1;
    });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 30000);
    QVERIFY(*created > 0);
    QTRY_VERIFY_WITH_TIMEOUT(model.job(*created) && model.job(*created)->isTerminal(), 60000);
    // A call that fails, so its error passes through every layer.
    std::optional<ApiError> failure;
    client.getExportJob(987654321, this, [&](ApiResult<ExportJob> result) {
        if (!result)
            failure = result.error();
    });
    QTRY_VERIFY_WITH_TIMEOUT(failure.has_value(), 30000);
    QVERIFY(!failure->message().contains(m_secret));
    monitor.stop();
    QVERIFY(history.waitForIdle());
    settings.sync();
    QVERIFY(QFile::exists(settings.fileName()));
    QVERIFY(QFile::exists(history.fileName()));
    QMutexLocker locker(&g_logMutex);
    QVERIFY2(g_log.size() > 10, "the client's logging categories must have said something");
}

QList<std::pair<QString, QByteArray>> tst_Secrets::everything() const
{
    QList<std::pair<QString, QByteArray>> places;
    // Every file the session wrote: settings, history, drafts, logs, downloads, the platform's
    // request log. The platform's own database stores only hashes of tokens.
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            places.append({path, file.readAll()});
    }
    for (const QString &output : m_outputs)
        places.append({u"command line output"_qs, output.toUtf8()});
    {
        QMutexLocker locker(&g_logMutex);
        places.append({u"log messages"_qs, g_log.join(u'\n').toUtf8()});
    }
    QByteArray requestLog;
    for (const Emulator::RequestLogEntry &entry : m_platform->requestLog())
        requestLog += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    places.append({u"platform request log (memory)"_qs, requestLog});
    return places;
}

void tst_Secrets::nothingHoldsASecret()
{
    const QList<std::pair<QString, QByteArray>> places = everything();
    // The sessions are over: what this test prints from here on is not searched.
    qInstallMessageHandler(g_previousHandler);
    QStringList secrets{m_secret, m_wrongSecret, m_pastedToken};
    // The same values as a form body or a header would carry them.
    for (const QString &s : QStringList(secrets)) {
        secrets << QString::fromLatin1(QUrl::toPercentEncoding(s))
                << QString::fromLatin1(s.toUtf8().toBase64());
    }
    secrets.removeDuplicates();
    qsizetype bytes = 0;
    int files = 0;
    for (const auto &[where, content] : places) {
        bytes += content.size();
        files += !where.contains(u' ');
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(where + u" holds a secret"_qs));
        const QRegularExpressionMatch token = tokenPattern().match(QString::fromLatin1(content));
        QVERIFY2(!token.hasMatch(),
                 qPrintable(where + u" holds a token: "_qs + token.captured().left(12) + u"…"_qs));
    }
    // The search covered real material: files of every kind, and the sessions' output.
    QVERIFY(files >= 5);
    QVERIFY(bytes > 10000);
    qInfo("searched %lld places (%d files, %lld bytes) for %lld secret forms: no hit",
          qlonglong(places.size()), files, qlonglong(bytes), qlonglong(secrets.size()));
}

void tst_Secrets::plainHttpElsewhereRefused_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("url");
    QTest::newRow("gateway") << u"EXPORT_STUDIO_BASE_URL"_qs << u"http://platform.example.com"_qs;
    QTest::newRow("token service") << u"EXPORT_STUDIO_IMS_URL"_qs << u"http://ims.example.com"_qs;
    QTest::newRow("private address") << u"EXPORT_STUDIO_BASE_URL"_qs << u"http://10.1.2.3:8080"_qs;
    QTest::newRow("loopback look-alike")
            << u"EXPORT_STUDIO_BASE_URL"_qs << u"http://127.0.0.1.example.com"_qs;
}

void tst_Secrets::plainHttpElsewhereRefused()
{
    QFETCH(QString, variable);
    QFETCH(QString, url);
    const QList<Emulator::RequestLogEntry> before = m_platform->requestLog();

    // The command line refuses before anything is sent, and says why.
    const Run run = cli({u"jobs"_qs, u"list"_qs}, {{variable, url}});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"http://"), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"https://"), qPrintable(run.err));
    QCOMPARE(m_platform->requestLog().size(), before.size());

    // So does a connection, and the client refuses to send with one.
    Connection c = connection();
    if (variable == u"EXPORT_STUDIO_IMS_URL")
        c.imsUrl = QUrl(url);
    else
        c.baseUrl = QUrl(url);
    const QStringList problems = c.validate();
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(u' ').contains(u"https://"), qPrintable(problems.join(u' ')));

    PlatformClient client;
    client.setConnection(c, client.makeTokenProvider(c, m_secret));
    std::optional<ApiError> error;
    client.listExportJobs({}, this, [&](ApiResult<ExportJobPage> result) {
        QVERIFY(!result.isOk());
        error = result.error();
    });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
    QVERIFY2(error->kind() == ApiError::Kind::InsecureUrl
                     || error->kind() == ApiError::Kind::InvalidRequest,
             qPrintable(error->message()));
    QVERIFY2(error->message().contains(u"https://"), qPrintable(error->message()));
    QVERIFY(!error->message().contains(m_secret));
}

QTEST_MAIN(tst_Secrets)
#include "tst_secrets.moc"
