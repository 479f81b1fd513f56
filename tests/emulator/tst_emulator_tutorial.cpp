#include "ExportSteps.h"
#include "tests/support/EmulatorFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace ExportSteps;

namespace {

// One curl command of the tutorial, as a shell would read it.
struct CurlCommand
{
    QByteArray method = "GET";
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

QStringList shellWords(const QString &command)
{
    QStringList words;
    QString current;
    bool inWord = false;
    QChar quote;
    for (const QChar c : command) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        words << current;
    return words;
}

// The curl commands of the ```shell blocks. A line without a trailing backslash ends the
// command, exactly as in a shell (one of the tutorial's examples loses its last header so).
QList<CurlCommand> tutorialCommands(const QString &markdown)
{
    QList<CurlCommand> commands;
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed() != u"```shell")
            continue;
        QString command;
        for (++i; i < lines.size() && lines[i].trimmed() != u"```"; ++i) {
            QString line = lines[i];
            const bool continues = line.trimmed().endsWith(u'\\');
            if (continues)
                line = line.trimmed().chopped(1);
            command += line + u'\n';
            if (!continues && !command.trimmed().isEmpty() && command.count(u'\'') % 2 == 0)
                break;
        }
        while (i < lines.size() && lines[i].trimmed() != u"```")
            ++i;
        const QStringList words = shellWords(command);
        if (words.value(0) != u"curl")
            continue;
        CurlCommand c;
        for (qsizetype w = 1; w < words.size(); ++w) {
            if (words[w] == u"-X")
                c.method = words.value(++w).toLatin1();
            else if (words[w] == u"-H") {
                const QString h = words.value(++w);
                c.headers.append({h.section(u':', 0, 0).trimmed().toUtf8(),
                                  h.section(u':', 1).trimmed().toUtf8()});
            } else if (words[w] == u"-d") {
                c.body = words.value(++w).toUtf8();
                if (c.method == "GET")
                    c.method = "POST";
            } else if (words[w].startsWith(u"http"))
                c.url = words[w];
        }
        commands.append(c);
    }
    return commands;
}

} // namespace

// The platform's own tutorial, sent as written (host, token and ids replaced), gets the
// answers the tutorial and docs/platform-api.md document.
class TestEmulatorTutorial : public QObject
{
    Q_OBJECT

private slots:
    void tutorialAsWritten();
};

void TestEmulatorTutorial::tutorialAsWritten()
{
    QFile file(QStringLiteral(EXPORT_STUDIO_TEST_DATA "/seed/tutorial-ja.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<CurlCommand> commands = tutorialCommands(QString::fromUtf8(file.readAll()));
    QCOMPARE(commands.size(), 5);

    EmulatorFixture platform(EmulatorFixture::Options::withProfiles(200));
    QVERIFY(platform.start());
    PlatformHttp http = platform.http();
    const QByteArray token = http.identityHeaders().at(0).second.mid(7);
    const Emulator::Credentials c = platform.credentials();
    const QHash<QString, QString> segmentIds = segments(http);
    const QString policy
            = http.gateway("GET",
                           QStringLiteral("/data/core/ups/config/mergePolicies?default=true"))
                      .json()
                      .object()
                      .value(u"children")
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(u"id")
                      .toString();
    QHash<QByteArray, QByteArray> ids{
            {"e5bc94de-cd14-4cdf-a2bc-88b6e8cbfac2", policy.toUtf8()},
            {"4edc8488-2c35-4f6d-b4c6-9075c68d2df4",
             segmentIds.value(QStringLiteral("High-value customers")).toUtf8()},
            {"1rfe8422-334d-12f4-3sd4-12cf6g990g51",
             segmentIds.value(QStringLiteral("Lapsed customers")).toUtf8()},
    };
    auto send = [&](const CurlCommand &command) {
        QByteArray url = command.url.toUtf8();
        url.replace("https://platform.adobe.io", platform.baseUrl().toString().toUtf8());
        QByteArray body = command.body;
        for (auto it = ids.begin(); it != ids.end(); ++it) {
            url.replace(it.key(), it.value());
            body.replace(it.key(), it.value());
        }
        PlatformHttp::Headers headers;
        for (auto h : command.headers) {
            h.second.replace("{ACCESS_TOKEN}", token);
            h.second.replace("{API_KEY}", c.clientId.toUtf8());
            h.second.replace("{IMS_ORG}", c.orgId.toUtf8());
            h.second.replace("{SANDBOX_NAME}", "prod");
            headers.append(h);
        }
        return http.send(command.method, QString::fromUtf8(url), body, headers);
    };

    // 1. Create the target dataset: 201 and the new dataset's reference.
    const HttpResult dataset = send(commands[0]);
    QCOMPARE(dataset.status, 201);
    const QJsonArray refs = dataset.json().array();
    QCOMPARE(refs.size(), 1);
    QVERIFY(refs[0].toString().startsWith(u"@/dataSets/"));
    const QByteArray datasetId = refs[0].toString().section(u'/', -1).toUtf8();
    ids.insert("5b020a27e7040801dedba61b", datasetId);

    // 2. Start the export job: 200, NEW, one batch per segment.
    const HttpResult created = send(commands[1]);
    QCOMPARE(created.status, 200);
    const QJsonObject job = created.json().object();
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("NEW"));
    QCOMPARE(job.value(u"profileInstanceId").toString(), QStringLiteral("ups"));
    QCOMPARE(job.value(u"jobType").toString(), QStringLiteral("BATCH"));
    QCOMPARE(job.value(u"schema").toObject().value(u"name").toString(),
             QStringLiteral("_xdm.context.profile"));
    QCOMPARE(job.value(u"mergePolicy").toObject(),
             (QJsonObject{{QStringLiteral("id"), policy}, {QStringLiteral("version"), 1}}));
    QVERIFY(job.value(u"computeGatewayJobId").toObject().isEmpty());
    QCOMPARE(job.value(u"metrics")
                     .toObject()
                     .value(u"totalTime")
                     .toObject()
                     .value(u"startTimeInMs")
                     .toDouble(),
             job.value(u"creationTime").toDouble());
    const QJsonObject destination = job.value(u"destination").toObject();
    QCOMPARE(destination.value(u"segmentPerBatch").toBool(), true);
    const QJsonArray batches = destination.value(u"batches").toArray();
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches[0].toObject().value(u"segmentNs").toString(), QStringLiteral("AAM"));
    QCOMPARE(batches[0].toObject().value(u"status").toArray(),
             QJsonArray{QStringLiteral("realized")});
    QCOMPARE(batches[1].toObject().value(u"segmentNs").toString(), QStringLiteral("UPS"));
    QCOMPARE(batches[1].toObject().value(u"status").toArray(),
             QJsonArray{QStringLiteral("exited")});
    for (const QJsonValue &b : batches)
        QCOMPARE(b.toObject().value(u"batchId").toString().size(), 32);
    const QByteArray jobId = QByteArray::number(job.value(u"id").toInteger());
    ids.insert("24115", jobId);
    ids.insert("726", jobId);

    // 3. List every job (the example's last header is cut off by its missing backslash,
    // so the default sandbox answers).
    QVERIFY(!commands[2].headers.contains({"x-sandbox-name", "{SANDBOX_NAME}"}));
    const HttpResult list = send(commands[2]);
    QCOMPARE(list.status, 200);
    const QJsonObject listed = list.json().object();
    QCOMPARE(listed.value(u"records").toArray().at(0).toObject().value(u"id").toInteger(),
             job.value(u"id").toInteger());
    QCOMPARE(listed.value(u"page").toObject().value(u"sortField").toString(),
             QStringLiteral("createdTime"));

    // 4. Monitor the job until SUCCEEDED.
    QJsonObject monitored;
    for (int i = 0; i < 2000 && monitored.value(u"status").toString() != u"SUCCEEDED"; ++i) {
        const HttpResult r = send(commands[3]);
        QCOMPARE(r.status, 200);
        monitored = r.json().object();
        QVERIFY(!isTerminal(monitored.value(u"status").toString())
                || monitored.value(u"status").toString() == u"SUCCEEDED");
        QTest::qWait(10);
    }
    QCOMPARE(monitored.value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    for (const char *phase : {"totalTime", "profileExportTime", "aCPDatasetWriteTime"})
        QVERIFY(monitored.value(u"metrics")
                        .toObject()
                        .value(QLatin1String(phase))
                        .toObject()
                        .contains(u"totalTimeInMs"));
    QVERIFY(monitored.value(u"computeGatewayJobId").toObject().contains(u"pushJob"));

    // 5. The cancel example says POST: that is not a cancel. As DELETE it is marked for
    // cancelling (here the job has already ended, so it is refused).
    QCOMPARE(commands[4].method, QByteArray("POST"));
    const HttpResult asWritten = send(commands[4]);
    QCOMPARE(asWritten.status, 405);
    QVERIFY(asWritten.json().object().value(u"errors").toObject().contains(u"405"));
    CurlCommand cancel = commands[4];
    cancel.method = "DELETE";
    QCOMPARE(send(cancel).status, 409);
    // A running job: the documented 200 body.
    platform.platform()->setPace(2);
    const HttpResult second = send(commands[1]);
    QCOMPARE(second.status, 200);
    const QByteArray secondId = QByteArray::number(second.json().object().value(u"id").toInteger());
    ids.insert("726", secondId);
    const HttpResult cancelled = send(cancel);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().object(),
             (QJsonObject{{QStringLiteral("status"), true},
                          {QStringLiteral("message"),
                           QStringLiteral("Export job has been marked for cancelling")}}));
    QCOMPARE(waitForJob(http, secondId.toLongLong()).value(u"status").toString(),
             QStringLiteral("CANCELLED"));
}

QTEST_GUILESS_MAIN(TestEmulatorTutorial)
#include "tst_emulator_tutorial.moc"
