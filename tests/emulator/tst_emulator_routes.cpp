#include "ExportSteps.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace ExportSteps;

// Every route's shapes and status codes, the header checks, validation of create
// requests in the platform's error shapes, isolation and the request log.
class TestEmulatorRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void headers_data();
    void headers();
    void token_data();
    void token();
    void tokenExpiry();
    void createDataset_data();
    void createDataset();
    void listDatasets();
    void datasetAndBatchNotFound();
    void createJobValidation_data();
    void createJobValidation();
    void createJobEchoes();
    void jobRoutes();
    void segments();
    void mergePolicies();
    void audiences();
    void isolation();
    void unknownRoutes();
    void requestLogHasNoSecrets();

private:
    QByteArray expand(QByteArray body) const;
    int jobCount(PlatformHttp &http);

    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformHttp> m_http;
    QString m_dataset;
    QString m_otherSchemaDataset;
    QString m_segment;
    QString m_policy;
    int m_policyVersion = 0;
};

void TestEmulatorRoutes::initTestCase()
{
    EmulatorFixture::Options options;
    options.profiles = 60;
    m_platform = std::make_unique<EmulatorFixture>(options);
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_http = std::make_unique<PlatformHttp>(m_platform->http());
    m_dataset = ExportSteps::createDataset(*m_http);
    m_otherSchemaDataset = ExportSteps::createDataset(
            *m_http, QStringLiteral("Responses"),
            QStringLiteral("https://ns.adobe.com/acme/schemas/responses"));
    QVERIFY(!m_dataset.isEmpty() && !m_otherSchemaDataset.isEmpty());
    m_segment = ExportSteps::segments(*m_http).value(QStringLiteral("High-value customers"));
    const QJsonObject policy
            = m_http->gateway("GET",
                              QStringLiteral("/data/core/ups/config/mergePolicies?default=true"))
                      .json()
                      .object()
                      .value(u"children")
                      .toArray()
                      .at(0)
                      .toObject();
    m_policy = policy.value(u"id").toString();
    m_policyVersion = policy.value(u"version").toInt();
    QVERIFY(!m_segment.isEmpty() && !m_policy.isEmpty());
}

void TestEmulatorRoutes::cleanupTestCase()
{
    m_http.reset();
    m_platform.reset();
}

void TestEmulatorRoutes::headers_data()
{
    QTest::addColumn<QByteArray>("drop");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no token") << QByteArray("Authorization") << QByteArray() << QByteArray() << 403
                              << QStringLiteral("403010")
                              << QStringLiteral("Oauth token is missing");
    QTest::newRow("unknown token")
            << QByteArray() << QByteArray("Authorization") << QByteArray("Bearer nope") << 401
            << QStringLiteral("401013") << QStringLiteral("Oauth token is not valid");
    QTest::newRow("not bearer") << QByteArray() << QByteArray("Authorization")
                                << QByteArray("Basic eA==") << 401 << QStringLiteral("401013")
                                << QStringLiteral("Oauth token is not valid");
    QTest::newRow("no api key") << QByteArray("x-api-key") << QByteArray() << QByteArray() << 403
                                << QStringLiteral("403000")
                                << QStringLiteral("Api Key is required");
    QTest::newRow("wrong api key")
            << QByteArray() << QByteArray("x-api-key") << QByteArray("someone-else") << 403
            << QStringLiteral("403003") << QStringLiteral("Api Key is invalid");
    QTest::newRow("no org") << QByteArray("x-gw-ims-org-id") << QByteArray() << QByteArray() << 400
                            << QStringLiteral("400003")
                            << QStringLiteral("Missing x-gw-ims-org-id header");
    QTest::newRow("another org") << QByteArray() << QByteArray("x-gw-ims-org-id")
                                 << QByteArray("9A8B7C6D5E4F3A2B1C0D9E8F@AdobeOrg") << 403
                                 << QStringLiteral("403025") << QString();
    QTest::newRow("unknown sandbox")
            << QByteArray() << QByteArray("x-sandbox-name") << QByteArray("staging") << 403
            << QStringLiteral("403027") << QString();
}

void TestEmulatorRoutes::headers()
{
    QFETCH(QByteArray, drop);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    for (const QString &path : {QStringLiteral("/data/core/ups/export/jobs"),
                                QStringLiteral("/data/foundation/catalog/dataSets"),
                                QStringLiteral("/data/foundation/export/batches/x/files")}) {
        PlatformHttp::Headers headers;
        for (const auto &h : m_http->identityHeaders()) {
            if (h.first.compare(drop, Qt::CaseInsensitive) == 0)
                continue;
            headers.append(h.first.compare(header, Qt::CaseInsensitive) == 0
                                   ? qMakePair(h.first, value)
                                   : h);
        }
        const HttpResult r = m_http->send("GET", path, {}, headers);
        QCOMPARE(r.status, status);
        const QJsonObject body = r.json().object();
        QCOMPARE(body.value(u"error_code").toString(), code);
        if (!message.isEmpty())
            QCOMPARE(body.value(u"message").toString(), message);
        else
            QVERIFY(!body.value(u"message").toString().isEmpty());
    }
    // Without x-sandbox-name the request lands in prod.
    PlatformHttp::Headers noSandbox;
    for (const auto &h : m_http->identityHeaders()) {
        if (h.first != "x-sandbox-name")
            noSandbox.append(h);
    }
    QCOMPARE(m_http->send("GET", QStringLiteral("/data/foundation/catalog/dataSets/") + m_dataset,
                          {}, noSandbox)
                     .status,
             200);
}

void TestEmulatorRoutes::token_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray form = "application/x-www-form-urlencoded";
    QTest::newRow("demo client")
            << form
            << QByteArray("grant_type=client_credentials&client_id=export-studio-local&client_"
                          "secret=local-platform-secret-3f9a&scope=openid,AdobeID")
            << QString() << 200 << QString();
    QTest::newRow("other org client")
            << form
            << QByteArray("grant_type=client_credentials&client_id=other-org-client&client_secret="
                          "other-org-secret-71c2")
            << QString() << 200 << QString();
    QTest::newRow("wrong secret") << form
                                  << QByteArray("grant_type=client_credentials&client_id=export-"
                                                "studio-local&client_secret=guess")
                                  << QString() << 401 << QStringLiteral("invalid_client");
    QTest::newRow("unknown client")
            << form << QByteArray("grant_type=client_credentials&client_id=nobody&client_secret=x")
            << QString() << 401 << QStringLiteral("invalid_client");
    QTest::newRow("no grant") << form << QByteArray("client_id=export-studio-local&client_secret=x")
                              << QString() << 400 << QStringLiteral("invalid_request");
    QTest::newRow("password grant")
            << form
            << QByteArray("grant_type=password&client_id=export-studio-local&client_secret=x")
            << QString() << 400 << QStringLiteral("unsupported_grant_type");
    QTest::newRow("no secret")
            << form << QByteArray("grant_type=client_credentials&client_id=export-studio-local")
            << QString() << 400 << QStringLiteral("invalid_request");
    QTest::newRow("json body") << QByteArray("application/json")
                               << QByteArray("{\"grant_type\":\"client_credentials\"}") << QString()
                               << 400 << QStringLiteral("invalid_request");
    QTest::newRow("secret in query")
            << form << QByteArray("grant_type=client_credentials")
            << QStringLiteral(
                       "?client_id=export-studio-local&client_secret=local-platform-secret-3f9a")
            << 400 << QStringLiteral("invalid_request");
}

void TestEmulatorRoutes::token()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResult r = m_http->send("POST", QStringLiteral("/ims/token/v3") + query, body,
                                      {{"Content-Type", contentType}});
    QCOMPARE(r.status, status);
    const QJsonObject o = r.json().object();
    if (status == 200) {
        QVERIFY(o.value(u"access_token").toString().size() > 40);
        QCOMPARE(o.value(u"token_type").toString(), QStringLiteral("bearer"));
        QCOMPARE(o.value(u"expires_in").toInt(), 86399);
    } else {
        QCOMPARE(o.value(u"error").toString(), error);
        QVERIFY(!o.value(u"error_description").toString().isEmpty());
        QVERIFY(!o.contains(u"access_token"));
    }
}

void TestEmulatorRoutes::tokenExpiry()
{
    EmulatorFixture::Options options;
    options.profiles = 20;
    options.tokenLifetimeSeconds = 1;
    EmulatorFixture shortLived(options);
    QVERIFY(shortLived.start());
    PlatformHttp http = shortLived.http();
    const HttpResult tokenReply
            = http.send("POST", QStringLiteral("/ims/token/v3"),
                        "grant_type=client_credentials&client_id=export-studio-local&client_secret="
                        "local-platform-secret-3f9a",
                        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(tokenReply.json().object().value(u"expires_in").toInt(), 1);
    QCOMPARE(http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs")).status, 200);
    QTest::qWait(1200);
    const HttpResult expired = http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().object().value(u"error_code").toString(), QStringLiteral("401013"));
    // A fresh token works again.
    PlatformHttp again = shortLived.http();
    QCOMPARE(again.gateway("GET", QStringLiteral("/data/core/ups/export/jobs")).status, 200);
}

void TestEmulatorRoutes::createDataset_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    const QByteArray json = "application/json";
    QTest::newRow("tutorial")
            << json
            << QByteArray(
                       R"({"name":"Profile Data Export","schemaRef":{"id":"https://ns.adobe.com/xdm/context/profile__union","contentType":"application/vnd.adobe.xed+json;version=1"},"fileDescription":{"persisted":true,"containerFormat":"parquet","format":"parquet"}})")
            << 201 << QString();
    QTest::newRow("charset") << QByteArray("application/json; charset=utf-8")
                             << QByteArray(R"({"name":"n","schemaRef":{"id":"s"}})") << 201
                             << QString();
    QTest::newRow("no name") << json << QByteArray(R"({"schemaRef":{"id":"s"}})") << 400
                             << QStringLiteral("name");
    QTest::newRow("name number") << json << QByteArray(R"({"name":5,"schemaRef":{"id":"s"}})")
                                 << 400 << QStringLiteral("name");
    QTest::newRow("blank name") << json << QByteArray(R"({"name":"  ","schemaRef":{"id":"s"}})")
                                << 400 << QStringLiteral("name");
    QTest::newRow("no schemaRef") << json << QByteArray(R"({"name":"n"})") << 400
                                  << QStringLiteral("schemaRef");
    QTest::newRow("schemaRef string") << json << QByteArray(R"({"name":"n","schemaRef":"s"})")
                                      << 400 << QStringLiteral("schemaRef");
    QTest::newRow("no schemaRef.id") << json << QByteArray(R"({"name":"n","schemaRef":{}})") << 400
                                     << QStringLiteral("schemaRef.id");
    QTest::newRow("persisted string")
            << json
            << QByteArray(
                       R"({"name":"n","schemaRef":{"id":"s"},"fileDescription":{"persisted":"yes"}})")
            << 400 << QStringLiteral("fileDescription.persisted");
    QTest::newRow("tags not arrays")
            << json << QByteArray(R"({"name":"n","schemaRef":{"id":"s"},"tags":{"a":"b"}})") << 400
            << QStringLiteral("tags.a");
    QTest::newRow("malformed") << json << QByteArray(R"({"name":"n",)") << 400
                               << QStringLiteral("Malformed JSON");
    QTest::newRow("array") << json << QByteArray(R"(["n"])") << 400
                           << QStringLiteral("JSON object");
    QTest::newRow("string") << json << QByteArray(R"("n")") << 400 << QStringLiteral("JSON object");
    QTest::newRow("null") << json << QByteArray("null") << 400 << QStringLiteral("JSON object");
    QTest::newRow("text/plain") << QByteArray("text/plain")
                                << QByteArray(R"({"name":"n","schemaRef":{"id":"s"}})") << 415
                                << QStringLiteral("Content-Type");
    QTest::newRow("too large") << json
                               << QByteArray(R"({"name":")") + QByteArray(2 << 20, 'x')
                    + QByteArray(R"("})")
                               << 413 << QStringLiteral("bytes");
}

void TestEmulatorRoutes::createDataset()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, detail);
    const auto count = [&] {
        return m_http->gateway("GET", QStringLiteral("/data/foundation/catalog/dataSets?limit=100"))
                .json()
                .object()
                .size();
    };
    const qsizetype before = count();
    PlatformHttp::Headers headers = m_http->identityHeaders();
    headers.append({"Content-Type", contentType});
    const HttpResult r = m_http->send("POST", QStringLiteral("/data/foundation/catalog/dataSets"),
                                      body, headers);
    QCOMPARE(r.status, status);
    if (status == 201) {
        const QString ref = r.json().array().at(0).toString();
        QVERIFY(ref.startsWith(u"@/dataSets/"));
        const QString id = ref.section(u'/', -1);
        QCOMPARE(id.size(), 24);
        const QJsonObject dataset
                = m_http->gateway("GET", QStringLiteral("/data/foundation/catalog/dataSets/") + id)
                          .json()
                          .object()
                          .value(id)
                          .toObject();
        for (const char *key : {"name", "description", "schemaRef", "fileDescription", "created",
                                "updated", "imsOrg", "sandbox", "tags"})
            QVERIFY2(dataset.contains(QLatin1String(key)), key);
        QCOMPARE(dataset.value(u"imsOrg").toString(), m_platform->credentials().orgId);
        QCOMPARE(count(), before + 1);
        return;
    }
    const QJsonObject error = r.json().object();
    QCOMPARE(error.value(u"status").toInt(), status);
    QVERIFY(!error.value(u"title").toString().isEmpty());
    QVERIFY(!error.value(u"type").toString().isEmpty());
    QVERIFY2(error.value(u"detail").toString().contains(detail),
             qPrintable(error.value(u"detail").toString()));
    if (status == 400)
        QVERIFY(error.value(u"title").toString().endsWith(u"Error"));
    QCOMPARE(count(), before);
}

void TestEmulatorRoutes::listDatasets()
{
    EmulatorFixture::Options options;
    options.profiles = 20;
    EmulatorFixture own(options);
    QVERIFY(own.start());
    PlatformHttp http = own.http();
    QStringList created;
    for (int i = 0; i < 5; ++i) {
        created << ExportSteps::createDataset(
                http, QStringLiteral("Set %1").arg(i),
                i == 3 ? QStringLiteral("https://ns.adobe.com/acme/schemas/other") : unionSchema);
        QTest::qWait(3); // distinct creation times
    }
    const QString base = QStringLiteral("/data/foundation/catalog/dataSets");
    const QJsonObject all = http.gateway("GET", base).json().object();
    QCOMPARE(all.size(), 5);
    for (const QString &id : created)
        QVERIFY(all.contains(id));

    // Paging by start += limit until a short page; newest first by default.
    QStringList seen;
    for (int start = 0;; start += 2) {
        const HttpResult page = http.gateway(
                "GET", base + QStringLiteral("?limit=2&start=%1&orderBy=desc:created").arg(start));
        QCOMPARE(page.status, 200);
        const QByteArray raw = page.body;
        const QJsonObject o = page.json().object();
        QStringList ids = o.keys();
        // The bare map keeps the requested order in the document.
        std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
            return raw.indexOf(a.toUtf8()) < raw.indexOf(b.toUtf8());
        });
        seen << ids;
        if (o.size() < 2)
            break;
    }
    QStringList newestFirst = created;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(seen, newestFirst);

    const QJsonObject projected
            = http.gateway("GET", base + QStringLiteral("?properties=name,schemaRef"))
                      .json()
                      .object();
    for (const QJsonValue &v : projected)
        QCOMPARE(v.toObject().keys(),
                 (QStringList{QStringLiteral("name"), QStringLiteral("schemaRef")}));

    const QJsonObject byName
            = http.gateway("GET", base + QStringLiteral("?name=Set%202")).json().object();
    QCOMPARE(byName.keys(), QStringList{created[2]});
    const QJsonObject bySchema
            = http.gateway("GET",
                           base + QStringLiteral("?schemaRef.id=")
                                   + QString::fromUtf8(QUrl::toPercentEncoding(unionSchema)))
                      .json()
                      .object();
    QCOMPARE(bySchema.size(), 4);
    QVERIFY(!bySchema.contains(created[3]));
    const QJsonObject asc
            = http.gateway("GET", base + QStringLiteral("?orderBy=asc:created&limit=1"))
                      .json()
                      .object();
    QCOMPARE(asc.keys(), QStringList{created[0]});

    for (const QString &bad :
         {QStringLiteral("?limit=0"), QStringLiteral("?limit=101"), QStringLiteral("?limit=x"),
          QStringLiteral("?start=-1"), QStringLiteral("?orderBy=desc:color")}) {
        const HttpResult r = http.gateway("GET", base + bad);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().object().value(u"title").toString(), QStringLiteral("BadRequestError"));
    }
    // Deleted datasets leave the list.
    QCOMPARE(http.gateway("DELETE", base + u'/' + created[0]).json().array().at(0).toString(),
             QStringLiteral("@/dataSets/") + created[0]);
    QCOMPARE(http.gateway("GET", base).json().object().size(), 4);
    QCOMPARE(http.gateway("DELETE", base + u'/' + created[0]).status, 404);
}

void TestEmulatorRoutes::datasetAndBatchNotFound()
{
    for (const QString &path :
         {QStringLiteral("/data/foundation/catalog/dataSets/000000000000000000000000"),
          QStringLiteral("/data/foundation/catalog/batches/nope")}) {
        const HttpResult r = m_http->gateway("GET", path);
        QCOMPARE(r.status, 404);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(u"title").toString(), QStringLiteral("NotFoundError"));
        QCOMPARE(o.value(u"status").toInt(), 404);
        QVERIFY(o.value(u"detail").toString().contains(path.section(u'/', -1)));
    }
}

QByteArray TestEmulatorRoutes::expand(QByteArray body) const
{
    body.replace("{DATASET}", m_dataset.toUtf8());
    body.replace("{OTHER_DATASET}", m_otherSchemaDataset.toUtf8());
    body.replace("{SEGMENT}", m_segment.toUtf8());
    body.replace("{POLICY}", m_policy.toUtf8());
    return body;
}

int TestEmulatorRoutes::jobCount(PlatformHttp &http)
{
    return int(http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs"))
                       .json()
                       .object()
                       .value(u"records")
                       .toArray()
                       .size());
}

void TestEmulatorRoutes::createJobValidation_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QByteArray json = "application/json";
    const QByteArray dest
            = R"("destination":{"datasetId":"{DATASET}"},"schema":{"name":"_xdm.context.profile"})";
    auto row = [&](const char *name, const QByteArray &body, const char *field, int status = 400) {
        QTest::newRow(name) << json << body << status << QString::fromLatin1(field);
    };
    row("minimal", "{" + dest + "}", "", 200);
    row("dataSetId spelling",
        R"({"destination":{"dataSetId":"{DATASET}"},"schema":{"name":"_xdm.context.profile"}})", "",
        200);
    row("malformed JSON", R"({"destination":)", "Malformed JSON");
    row("not an object", R"([1,2])", "JSON object");
    row("a string", R"("export")", "JSON object");
    row("a number", "42", "JSON object");
    row("two values", "1,2", "Malformed JSON");
    row("no destination", R"({"schema":{"name":"_xdm.context.profile"}})", "destination");
    row("destination string", R"({"destination":"x","schema":{"name":"_xdm.context.profile"}})",
        "destination");
    row("no datasetId", R"({"destination":{},"schema":{"name":"_xdm.context.profile"}})",
        "destination.datasetId");
    row("datasetId number",
        R"({"destination":{"datasetId":5},"schema":{"name":"_xdm.context.profile"}})",
        "destination.datasetId");
    row("unknown dataset",
        R"({"destination":{"datasetId":"5b020a27e7040801dedba61b"},"schema":{"name":"_xdm.context.profile"}})",
        "destination.datasetId");
    row("dataset not on union schema",
        R"({"destination":{"datasetId":"{OTHER_DATASET}"},"schema":{"name":"_xdm.context.profile"}})",
        "profile union schema");
    row("segmentPerBatch string",
        R"({"destination":{"datasetId":"{DATASET}","segmentPerBatch":"yes"},"schema":{"name":"_xdm.context.profile"}})",
        "destination.segmentPerBatch");
    row("no schema", R"({"destination":{"datasetId":"{DATASET}"}})", "schema");
    row("no schema.name", R"({"destination":{"datasetId":"{DATASET}"},"schema":{}})",
        "schema.name");
    row("other schema.name",
        R"({"destination":{"datasetId":"{DATASET}"},"schema":{"name":"_xdm.context.experienceevent"}})",
        "schema.name");
    row("fields number", "{\"fields\":7," + dest + "}", "fields");
    row("fields empty", "{\"fields\":\"\"," + dest + "}", "fields");
    row("fields bad path", "{\"fields\":\"identities..id\"," + dest + "}", "fields");
    row("mergePolicy string", "{\"mergePolicy\":\"x\"," + dest + "}", "mergePolicy");
    row("mergePolicy without id", "{\"mergePolicy\":{\"version\":1}," + dest + "}",
        "mergePolicy.id");
    row("unknown merge policy",
        "{\"mergePolicy\":{\"id\":\"e5bc94de-cd14-4cdf-a2bc-88b6e8cbfac2\"}," + dest + "}",
        "mergePolicy.id");
    row("merge policy version 0",
        "{\"mergePolicy\":{\"id\":\"{POLICY}\",\"version\":0}," + dest + "}",
        "mergePolicy.version");
    row("merge policy version string",
        "{\"mergePolicy\":{\"id\":\"{POLICY}\",\"version\":\"1\"}," + dest + "}",
        "mergePolicy.version");
    row("merge policy version too new",
        "{\"mergePolicy\":{\"id\":\"{POLICY}\",\"version\":99}," + dest + "}",
        "mergePolicy.version");
    row("merge policy with version",
        "{\"mergePolicy\":{\"id\":\"{POLICY}\",\"version\":1}," + dest + "}", "", 200);
    row("filter array", "{\"filter\":[]," + dest + "}", "filter");
    row("segments object", "{\"filter\":{\"segments\":{}}," + dest + "}", "filter.segments");
    row("segments empty", "{\"filter\":{\"segments\":[]}," + dest + "}", "filter.segments");
    row("segment without id",
        "{\"filter\":{\"segments\":[{\"status\":[\"realized\"]}]}," + dest + "}",
        "filter.segments[0].segmentId");
    row("unknown segment",
        "{\"filter\":{\"segments\":[{\"segmentId\":\"4edc8488-2c35-4f6d-b4c6-9075c68d2df4\"}]},"
                + dest + "}",
        "filter.segments[0].segmentId");
    row("duplicate segment",
        "{\"filter\":{\"segments\":[{\"segmentId\":\"{SEGMENT}\"},{\"segmentId\":\"{SEGMENT}\"}]},"
                + dest + "}",
        "filter.segments[1].segmentId");
    row("bad status",
        "{\"filter\":{\"segments\":[{\"segmentId\":\"{SEGMENT}\",\"status\":[\"active\"]}]}," + dest
                + "}",
        "filter.segments[0].status[0]");
    row("status misspelt",
        "{\"filter\":{\"segments\":[{\"segmentId\":\"{SEGMENT}\",\"status\":[\"realized\","
        "\"exitted\"]}]},"
                + dest + "}",
        "filter.segments[0].status[1]");
    row("status string",
        "{\"filter\":{\"segments\":[{\"segmentId\":\"{SEGMENT}\",\"status\":\"realized\"}]}," + dest
                + "}",
        "filter.segments[0].status");
    row("status empty",
        "{\"filter\":{\"segments\":[{\"segmentId\":\"{SEGMENT}\",\"status\":[]}]}," + dest + "}",
        "filter.segments[0].status");
    row("segmentNs number",
        "{\"filter\":{\"segments\":[{\"segmentId\":\"{SEGMENT}\",\"segmentNs\":1}]}," + dest + "}",
        "filter.segments[0].segmentNs");
    row("bad startTime",
        "{\"filter\":{\"segmentQualificationTime\":{\"startTime\":\"2019-09-01\"}}," + dest + "}",
        "filter.segmentQualificationTime.startTime");
    row("bad endTime",
        "{\"filter\":{\"segmentQualificationTime\":{\"endTime\":\"yesterday\"}}," + dest + "}",
        "filter.segmentQualificationTime.endTime");
    row("start after end",
        "{\"filter\":{\"segmentQualificationTime\":{\"startTime\":\"2019-09-02T00:00:00Z\","
        "\"endTime\":\"2019-09-01T00:00:00Z\"}},"
                + dest + "}",
        "filter.segmentQualificationTime.startTime");
    row("bad fromIngestTimestamp",
        "{\"filter\":{\"fromIngestTimestamp\":\"2018-10-25T13:22:04\"}," + dest + "}",
        "filter.fromIngestTimestamp");
    row("fromIngestTimestamp number",
        "{\"filter\":{\"fromIngestTimestamp\":1540498924000}," + dest + "}",
        "filter.fromIngestTimestamp");
    row("emptyProfiles string", "{\"filter\":{\"emptyProfiles\":\"false\"}," + dest + "}",
        "filter.emptyProfiles");
    row("additionalFields string", "{\"additionalFields\":\"events\"," + dest + "}",
        "additionalFields");
    row("eventList array", "{\"additionalFields\":{\"eventList\":[]}," + dest + "}",
        "additionalFields.eventList");
    row("eventList fields number",
        "{\"additionalFields\":{\"eventList\":{\"fields\":1}}," + dest + "}",
        "additionalFields.eventList.fields");
    row("eventList bad from",
        "{\"additionalFields\":{\"eventList\":{\"filter\":{\"fromIngestTimestamp\":\"x\"}}}," + dest
                + "}",
        "additionalFields.eventList.filter.fromIngestTimestamp");
    row("eventList bad to",
        "{\"additionalFields\":{\"eventList\":{\"filter\":{\"toIngestTimestamp\":\"2019-13-01T00:"
        "00:00Z\"}}},"
                + dest + "}",
        "additionalFields.eventList.filter.toIngestTimestamp");
    row("eventList from after to",
        "{\"additionalFields\":{\"eventList\":{\"filter\":{\"fromIngestTimestamp\":\"2020-01-02T00:"
        "00:00Z\",\"toIngestTimestamp\":\"2020-01-01T00:00:00Z\"}}},"
                + dest + "}",
        "additionalFields.eventList.filter.fromIngestTimestamp");
    row("evaluationInfo segmentation string",
        "{\"evaluationInfo\":{\"segmentation\":\"yes\"}," + dest + "}",
        "evaluationInfo.segmentation");
    QTest::newRow("text/plain") << QByteArray("text/plain") << QByteArray("{" + dest + "}") << 415
                                << QStringLiteral("Content-Type");
    QTest::newRow("no content type") << QByteArray() << QByteArray("{" + dest + "}") << 415
                                     << QStringLiteral("Content-Type");
    QTest::newRow("too large") << json
                               << QByteArray("{\"fields\":\"" + QByteArray(1100000, 'a') + "\","
                                             + dest + "}")
                               << 413 << QStringLiteral("bytes");
}

void TestEmulatorRoutes::createJobValidation()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const int before = jobCount(*m_http);
    PlatformHttp::Headers headers = m_http->identityHeaders();
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const HttpResult r = m_http->send("POST", QStringLiteral("/data/core/ups/export/jobs"),
                                      expand(body), headers);
    QCOMPARE(r.status, status);
    const QJsonObject o = r.json().object();
    if (status == 200) {
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("NEW"));
        QCOMPARE(jobCount(*m_http), before + 1);
        QCOMPARE(waitForJob(*m_http, qint64(o.value(u"id").toDouble())).value(u"status").toString(),
                 QStringLiteral("SUCCEEDED"));
        return;
    }
    QString message;
    if (status == 415) {
        QCOMPARE(o.value(u"status").toInt(), 415);
        QVERIFY(!o.value(u"type").toString().isEmpty());
        message = o.value(u"detail").toString();
    } else {
        // The service shape: requestId, errors keyed by status, type, title, status.
        QCOMPARE(o.value(u"status").toInt(), status);
        QVERIFY(!o.value(u"requestId").toString().isEmpty());
        QCOMPARE(r.header("x-request-id"), o.value(u"requestId").toString().toUtf8());
        QVERIFY(o.value(u"type").toString().endsWith(QStringLiteral("-%1").arg(status)));
        QVERIFY(!o.value(u"title").toString().isEmpty());
        const QJsonObject error = o.value(u"errors")
                                          .toObject()
                                          .value(QString::number(status))
                                          .toArray()
                                          .at(0)
                                          .toObject();
        QVERIFY(!error.value(u"code").toString().isEmpty());
        message = error.value(u"message").toString();
    }
    QVERIFY2(message.contains(field), qPrintable(message));
    // Nothing half-created.
    QCOMPARE(jobCount(*m_http), before);
}

void TestEmulatorRoutes::createJobEchoes()
{
    const QJsonObject body{
            {QStringLiteral("fields"), QStringLiteral("identities.id")},
            {QStringLiteral("filter"),
             QJsonObject{{QStringLiteral("segments"),
                          QJsonArray{QJsonObject{{QStringLiteral("segmentId"), m_segment}}}}}},
            {QStringLiteral("destination"), QJsonObject{{QStringLiteral("datasetId"), m_dataset}}},
            {QStringLiteral("schema"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("_xdm.context.profile")}}},
            {QStringLiteral("evaluationInfo"), QJsonObject{{QStringLiteral("segmentation"), true}}},
            {QStringLiteral("futureField"), QJsonObject{{QStringLiteral("kept"), 1}}},
    };
    const HttpResult r = m_http->gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), body,
                                         {{"x-profile-instance-id", "ups-test"}});
    QCOMPARE(r.status, 200);
    const QJsonObject job = r.json().object();
    QCOMPARE(job.value(u"profileInstanceId").toString(), QStringLiteral("ups-test"));
    QCOMPARE(job.value(u"jobType").toString(), QStringLiteral("BATCH"));
    QCOMPARE(job.value(u"imsOrgId").toString(), m_platform->credentials().orgId);
    QCOMPARE(job.value(u"fields"), body.value(u"fields"));
    QCOMPARE(job.value(u"filter"), body.value(u"filter"));
    QCOMPARE(job.value(u"futureField"), body.value(u"futureField"));
    QCOMPARE(job.value(u"evaluationInfo"), body.value(u"evaluationInfo"));
    QCOMPARE(job.value(u"mergePolicy").toObject().value(u"id").toString(), m_policy);
    QCOMPARE(job.value(u"mergePolicy").toObject().value(u"version").toInt(), m_policyVersion);
    QCOMPARE(job.value(u"destination").toObject().value(u"segmentPerBatch").toBool(), false);
    QCOMPARE(job.value(u"destination").toObject().value(u"batchId").toString().size(), 32);
    QCOMPARE(job.value(u"creationTime").toDouble(), job.value(u"updateTime").toDouble());
    QVERIFY(job.value(u"id").toInt() > 1000);
    QVERIFY(!job.value(u"requestId").toString().isEmpty());
    waitForJob(*m_http, job.value(u"id").toInteger());
}

void TestEmulatorRoutes::jobRoutes()
{
    const HttpResult created = m_http->gateway(
            "POST", QStringLiteral("/data/core/ups/export/jobs/"), jobBody(m_dataset));
    QCOMPARE(created.status, 200);
    const qint64 id = created.json().object().value(u"id").toInteger();
    waitForJob(*m_http, id);
    // Trailing slashes as in the tutorial.
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/core/ups/export/jobs/")).status, 200);
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/core/ups/export/jobs/%1/").arg(id))
                     .json()
                     .object()
                     .value(u"id")
                     .toInteger(),
             id);
    const HttpResult missing
            = m_http->gateway("GET", QStringLiteral("/data/core/ups/export/jobs/999999"));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.json()
                    .object()
                    .value(u"errors")
                    .toObject()
                    .value(u"404")
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"message")
                    .toString()
                    .contains(u"999999"));
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/core/ups/export/jobs/abc")).status, 404);
    QCOMPARE(m_http->gateway("DELETE", QStringLiteral("/data/core/ups/export/jobs/999999")).status,
             404);
    // The seed's example sends POST to a job: not a cancel.
    QCOMPARE(m_http->gateway("POST", QStringLiteral("/data/core/ups/export/jobs/%1").arg(id),
                             QJsonObject())
                     .status,
             405);
    QCOMPARE(m_http->gateway("PUT", QStringLiteral("/data/core/ups/export/jobs"), QJsonObject())
                     .status,
             405);
    const HttpResult ended
            = m_http->gateway("DELETE", QStringLiteral("/data/core/ups/export/jobs/%1").arg(id));
    QCOMPARE(ended.status, 409);
    QVERIFY(ended.json().object().value(u"errors").toObject().contains(u"409"));
}

void TestEmulatorRoutes::segments()
{
    const HttpResult r = m_http->gateway(
            "GET", QStringLiteral("/data/core/ups/segment/definitions?limit=4&sort=name:asc"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json().object();
    const QJsonArray items = o.value(u"segments").toArray();
    QCOMPARE(items.size(), 4);
    const QJsonObject page = o.value(u"page").toObject();
    QCOMPARE(page.value(u"totalCount").toInt(), 6);
    QCOMPARE(page.value(u"totalPages").toInt(), 2);
    QCOMPARE(page.value(u"sortField").toString(), QStringLiteral("name"));
    QCOMPARE(page.value(u"sort").toString(), QStringLiteral("asc"));
    QCOMPARE(page.value(u"pageSize").toInt(), 4);
    QCOMPARE(page.value(u"limit").toInt(), 4);
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject s = items[i].toObject();
        for (const char *key : {"id", "name", "description", "schema", "mergePolicyId",
                                "evaluationInfo", "creationTime", "updateTime"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        if (i > 0)
            QVERIFY(items[i - 1].toObject().value(u"name").toString()
                    <= s.value(u"name").toString());
    }
    const QString next = o.value(u"link").toObject().value(u"next").toString();
    QVERIFY(next.startsWith(u"/segment/definitions?"));
    const QJsonObject second
            = m_http->gateway("GET", QStringLiteral("/data/core/ups") + next).json().object();
    QCOMPARE(second.value(u"segments").toArray().size(), 2);
    QVERIFY(!second.value(u"link").toObject().contains(u"next"));
    const QJsonObject desc
            = m_http->gateway("GET",
                              QStringLiteral(
                                      "/data/core/ups/segment/definitions?sort=name:desc&limit=1"))
                      .json()
                      .object();
    QCOMPARE(desc.value(u"segments").toArray().at(0).toObject().value(u"name").toString(),
             QStringLiteral("Residents of Japan"));
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/core/ups/segment/definitions?limit=0"))
                     .status,
             400);
    QCOMPARE(m_http->gateway("GET",
                             QStringLiteral("/data/core/ups/segment/definitions?sort=color:asc"))
                     .status,
             400);
    QCOMPARE(m_http->gateway("GET",
                             QStringLiteral("/data/core/ups/segment/definitions/") + m_segment)
                     .json()
                     .object()
                     .value(u"id")
                     .toString(),
             m_segment);
}

void TestEmulatorRoutes::mergePolicies()
{
    int total = 0;
    for (const QString &sandbox : {QStringLiteral("prod"), QStringLiteral("dev")}) {
        PlatformHttp http = m_platform->http(sandbox);
        const QJsonObject o
                = http.gateway("GET",
                               QStringLiteral("/data/core/ups/config/"
                                              "mergePolicies?schema.name=_xdm.context.profile"))
                          .json()
                          .object();
        const QJsonArray children = o.value(u"children").toArray();
        QCOMPARE(o.value(u"_page").toObject().value(u"totalCount").toInt(), int(children.size()));
        QCOMPARE(o.value(u"_page").toObject().value(u"pageSize").toInt(), int(children.size()));
        int defaults = 0;
        for (const QJsonValue &v : children) {
            const QJsonObject p = v.toObject();
            for (const char *key : {"id", "name", "imsOrgId", "schema", "version", "identityGraph",
                                    "attributeMerge", "isActiveOnEdge", "default", "updateEpoch"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
            defaults += p.value(u"default").toBool() ? 1 : 0;
        }
        QCOMPARE(defaults, 1);
        total += int(children.size());
    }
    QVERIFY(total <= 5); // at most five per org
    const QJsonObject page
            = m_http->gateway("GET", QStringLiteral("/data/core/ups/config/mergePolicies?limit=2"))
                      .json()
                      .object();
    QCOMPARE(page.value(u"children").toArray().size(), 2);
    const QString href
            = page.value(u"_links").toObject().value(u"next").toObject().value(u"href").toString();
    QCOMPARE(href, QStringLiteral("@/mergePolicies?start=2&limit=2"));
    const QJsonObject rest
            = m_http->gateway("GET",
                              QStringLiteral("/data/core/ups/config/mergePolicies?start=2&limit=2"))
                      .json()
                      .object();
    QVERIFY(!rest.value(u"_links").toObject().contains(u"next"));
    const QJsonArray defaults
            = m_http->gateway("GET",
                              QStringLiteral("/data/core/ups/config/mergePolicies?default=true"))
                      .json()
                      .object()
                      .value(u"children")
                      .toArray();
    QCOMPARE(defaults.size(), 1);
    QCOMPARE(m_http->gateway("GET",
                             QStringLiteral("/data/core/ups/config/mergePolicies?default=maybe"))
                     .status,
             400);
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/core/ups/config/mergePolicies/nope"))
                     .status,
             404);
}

void TestEmulatorRoutes::audiences()
{
    const QJsonObject o
            = m_http->gateway("GET", QStringLiteral("/data/core/ups/audiences")).json().object();
    const QJsonArray children = o.value(u"children").toArray();
    QSet<QString> namespaces;
    for (const QJsonValue &v : children) {
        for (const char *key : {"id", "audienceId", "name", "namespace"})
            QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        namespaces.insert(v.toObject().value(u"namespace").toString());
    }
    QCOMPARE(namespaces,
             (QSet<QString>{QStringLiteral("AAM"), QStringLiteral("AAMSegments"),
                            QStringLiteral("AAMTraits"), QStringLiteral("AEPSegments")}));
    QCOMPARE(o.value(u"_page").toObject().value(u"totalCount").toInt(), int(children.size()));
    const QJsonObject page
            = m_http->gateway("GET", QStringLiteral("/data/core/ups/audiences?limit=4&start=4"))
                      .json()
                      .object();
    QCOMPARE(page.value(u"children").toArray().size(), 4);
    QCOMPARE(page.value(u"children").toArray().at(0).toObject(), children.at(4).toObject());
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/core/ups/audiences?limit=500")).status,
             400);
}

void TestEmulatorRoutes::isolation()
{
    const qint64 job = m_http->gateway("POST", QStringLiteral("/data/core/ups/export/jobs"),
                                       jobBody(m_dataset))
                               .json()
                               .object()
                               .value(u"id")
                               .toInteger();
    const QString batch = batchIds(waitForJob(*m_http, job)).front();
    PlatformHttp dev = m_platform->http(QStringLiteral("dev"));
    PlatformHttp otherOrg = m_platform->http(m_platform->otherOrgCredentials());
    for (PlatformHttp *other : {&dev, &otherOrg}) {
        QCOMPARE(other->gateway("GET",
                                QStringLiteral("/data/foundation/catalog/dataSets/") + m_dataset)
                         .status,
                 404);
        QVERIFY(!other->gateway("GET", QStringLiteral("/data/foundation/catalog/dataSets"))
                         .json()
                         .object()
                         .contains(m_dataset));
        QCOMPARE(other->gateway("GET", QStringLiteral("/data/core/ups/export/jobs/%1").arg(job))
                         .status,
                 404);
        QCOMPARE(other->gateway("DELETE", QStringLiteral("/data/core/ups/export/jobs/%1").arg(job))
                         .status,
                 404);
        for (const QJsonValue &r :
             other->gateway("GET", QStringLiteral("/data/core/ups/export/jobs"))
                     .json()
                     .object()
                     .value(u"records")
                     .toArray())
            QVERIFY(r.toObject().value(u"id").toInteger() != job);
        QCOMPARE(other->gateway("GET", QStringLiteral("/data/foundation/catalog/batches/") + batch)
                         .status,
                 404);
        QCOMPARE(other->gateway(
                              "GET",
                              QStringLiteral("/data/foundation/export/batches/%1/files").arg(batch))
                         .status,
                 404);
        // Another sandbox's segment and dataset are unknown here.
        const QString ownDataset = ExportSteps::createDataset(*other);
        QJsonObject body = jobBody(ownDataset);
        body.insert(
                QStringLiteral("filter"),
                QJsonObject{{QStringLiteral("segments"),
                             QJsonArray{QJsonObject{{QStringLiteral("segmentId"), m_segment}}}}});
        const HttpResult r
                = other->gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(other->gateway("POST", QStringLiteral("/data/core/ups/export/jobs"),
                                jobBody(m_dataset))
                         .status,
                 400);
        QVERIFY(!ExportSteps::segments(*other).values().contains(m_segment));
    }
    // The other org's token cannot be used for the demo org.
    PlatformHttp::Headers headers = otherOrg.identityHeaders();
    for (auto &h : headers) {
        if (h.first == "x-gw-ims-org-id")
            h.second = m_platform->credentials().orgId.toUtf8();
    }
    QCOMPARE(otherOrg.send("GET", QStringLiteral("/data/core/ups/export/jobs"), {}, headers).status,
             403);
}

void TestEmulatorRoutes::unknownRoutes()
{
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/core/ups/nothing")).status, 404);
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/foundation/catalog/things")).status, 404);
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/foundation/export/nothing")).status, 404);
    QCOMPARE(m_http->send("GET", QStringLiteral("/elsewhere")).status, 404);
    QCOMPARE(m_http->gateway("PATCH", QStringLiteral("/data/foundation/catalog/dataSets"),
                             QJsonObject())
                     .status,
             405);
    QCOMPARE(m_http->send("GET", QStringLiteral("/ims/token/v3")).status, 405);
}

void TestEmulatorRoutes::requestLogHasNoSecrets()
{
    m_platform->clearRequestLog();
    PlatformHttp http = m_platform->http();
    QJsonObject body = jobBody(m_dataset);
    body.insert(QStringLiteral("fields"), QStringLiteral("identities.id"));
    QCOMPARE(http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), body,
                          {{"x-sandbox-name", "prod"}})
                     .status,
             200);
    QCOMPARE(http.gateway("GET", QStringLiteral("/data/core/ups/export/jobs?limit=5&status=NEW"))
                     .status,
             200);
    http.setSandbox(QStringLiteral("dev"));
    QCOMPARE(http.gateway("GET", QStringLiteral("/data/foundation/catalog/dataSets")).status, 200);
    // A client that wrongly puts the secret in the query string.
    http.send("POST", QStringLiteral("/ims/token/v3?client_secret=local-platform-secret-3f9a"),
              "grant_type=client_credentials",
              {{"Content-Type", "application/x-www-form-urlencoded"}});

    const QList<Emulator::RequestLogEntry> log = m_platform->requestLog();
    QCOMPARE(log.size(), 5);
    const QByteArray token = http.identityHeaders().at(0).second.mid(7);
    QVERIFY(token.size() > 40);
    for (const Emulator::RequestLogEntry &e : log) {
        const QByteArray line = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(!line.contains(token), line.constData());
        QVERIFY(!line.contains("local-platform-secret"));
        QVERIFY(!line.contains("Bearer"));
        QVERIFY(!line.toLower().contains("authorization"));
        QVERIFY(e.durationMs >= 0);
        QVERIFY(e.bytesIn > 0 && e.bytesOut > 0);
        QVERIFY(!e.requestId.isEmpty());
    }
    QCOMPARE(log[0].method, QStringLiteral("POST"));
    QCOMPARE(log[0].path, QStringLiteral("/ims/token/v3"));
    QCOMPARE(log[0].status, 200);
    QVERIFY(log[0].body.isUndefined());
    QCOMPARE(log[1].path, QStringLiteral("/data/core/ups/export/jobs"));
    QCOMPARE(log[1].sandbox, QStringLiteral("prod"));
    QCOMPARE(log[1].status, 200);
    QCOMPARE(log[1].body.toObject(), body); // field by field what the client sent
    QCOMPARE(log[2].query, QStringLiteral("limit=5&status=NEW"));
    QVERIFY(log[2].body.isUndefined());
    QCOMPARE(log[3].sandbox, QStringLiteral("dev"));
    QCOMPARE(log[4].status, 400);
    QCOMPARE(log[4].query, QStringLiteral("client_secret=[redacted]"));
}

QTEST_GUILESS_MAIN(TestEmulatorRoutes)
#include "tst_emulator_routes.moc"
