#include "api/DatasetRequest.h"
#include "api/ExportJobRequest.h"
#include "api/OAuthTokenProvider.h"
#include "api/PlatformClient.h"
#include "api/StaticTokenProvider.h"
#include "tests/client/ClientTestSupport.h"
#include "tests/client/ScriptedHttpPeer.h"
#include "tests/emulator/ExportSteps.h"
#include "tests/support/EmulatorFixture.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace std::chrono;
using Answer = ScriptedHttpPeer::Answer;

namespace {

const QString JobsPath = QStringLiteral("/data/core/ups/export/jobs");

QByteArray readSample(const QString &relative)
{
    QFile file(QStringLiteral(EXPORT_STUDIO_TEST_DATA "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every text of a platform error body that can carry its message, in any of its shapes.
QStringList messagesOf(const QByteArray &body)
{
    QStringList texts;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const char *key : {"message", "detail", "title", "errorMessage", "error_description"})
        texts << o.value(QLatin1String(key)).toString();
    const QJsonObject errors = o.value(u"errors").toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        for (const QJsonValue &entry : it.value().toArray())
            texts << entry.toObject().value(u"message").toString();
    }
    texts.removeAll(QString());
    return texts;
}

// A copy of `value` with every leaf (string, number, bool, null) replaced by `leaf`.
QJsonValue replaceLeaves(const QJsonValue &value, const QJsonValue &leaf)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), replaceLeaves(it.value(), leaf));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray())
            out.append(replaceLeaves(element, leaf));
        return out;
    }
    return leaf;
}

// A copy with every value at depth `level` (1: the top level's values) replaced by `other`.
QJsonValue replaceAtLevel(const QJsonValue &value, int level, const QJsonValue &other)
{
    if (level == 0)
        return other;
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), replaceAtLevel(it.value(), level - 1, other));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray())
            out.append(replaceAtLevel(element, level - 1, other));
        return out;
    }
    return value;
}

QByteArray jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
}

// Every number of a JSON text written with 40 digits: beyond any integer type.
QByteArray hugeNumbers(const QByteArray &json)
{
    QByteArray out;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"' && (i == 0 || json[i - 1] != '\\'))
            inString = !inString;
        if (!inString && ((c >= '0' && c <= '9') || c == '-')
            && (i == 0 || !(json[i - 1] >= '0' && json[i - 1] <= '9'))) {
            qsizetype end = i;
            while (end < json.size() && QByteArrayView("-+.eE0123456789").contains(json[end]))
                ++end;
            out += "9999999999999999999999999999999999999999";
            i = end - 1;
            continue;
        }
        out += c;
    }
    return out;
}

// What a reply class expects of a call: an ApiError, a success, or either (no crash, one
// callback) where the documentation leaves it open.
enum class Expect { Error, Success, Either };

struct CallKind
{
    QString name;
    QString sample; // a good answer from tests/data
    int goodStatus = 200;
};

const QList<CallKind> &callKinds()
{
    static const QList<CallKind> kinds = {
            {u"fetchToken"_qs, {}, 200},
            {u"createDataset"_qs, u"seed/create-dataset-response.json"_qs, 201},
            {u"listDatasets"_qs, u"variants/datasets-map.json"_qs, 200},
            {u"getDataset"_qs, u"variants/dataset-get.json"_qs, 200},
            {u"getBatch"_qs, u"variants/batch-get.json"_qs, 200},
            {u"createExportJob"_qs, u"seed/create-job-response.json"_qs, 200},
            {u"listExportJobs"_qs, u"seed/list-jobs-response.json"_qs, 200},
            {u"listAllExportJobs"_qs, u"seed/list-jobs-response.json"_qs, 200},
            {u"getExportJob"_qs, u"seed/get-job-response.json"_qs, 200},
            {u"cancelExportJob"_qs, u"variants/delete-job-response.json"_qs, 200},
            {u"listSegmentDefinitions"_qs, u"variants/segment-definitions-page.json"_qs, 200},
            {u"listMergePolicies"_qs, u"variants/merge-policies-page.json"_qs, 200},
            {u"listAudiences"_qs, u"variants/audiences-page.json"_qs, 200},
            {u"listBatchFiles"_qs, u"variants/batch-files-page.json"_qs, 200},
            {u"listFile"_qs, u"variants/file-listing.json"_qs, 200},
            {u"downloadFile"_qs, {}, 200},
    };
    return kinds;
}

QByteArray goodBody(const CallKind &kind)
{
    if (kind.name == u"fetchToken")
        return R"({"access_token":"scripted-token-0123456789","token_type":"bearer","expires_in":86399})";
    if (kind.name == u"downloadFile")
        return QByteArray("PAR1") + QByteArray(1000, 'x');
    return readSample(kind.sample);
}

struct Tally
{
    int rows = 0;
    int errors = 0;
    int successes = 0;
};

} // namespace

Q_DECLARE_METATYPE(Expect)

// Bad input both ways, counted. The local platform turns every malformed create request away
// with a 400-class answer that names the field and creates nothing; the client turns every
// malformed reply, for every kind of call, into an ApiError (or a value the documentation
// allows), never a crash, a hang or a made-up success.
class tst_BadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void platformRefusesMalformedCreates_data();
    void platformRefusesMalformedCreates();

    void clientSurvivesMalformedReplies_data();
    void clientSurvivesMalformedReplies();

private:
    int platformJobCount();
    // Runs one call against the scripted peer; nothing when it succeeded.
    std::optional<ApiError> run(const QString &call, bool *calledBackOnce);

    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformHttp> m_http;
    QString m_dataset;
    QString m_otherSchemaDataset;
    QString m_segment;
    QString m_mergePolicy;
    int m_jobsBefore = 0;
    int m_createRows = 0;

    std::unique_ptr<ScriptedHttpPeer> m_peer;
    QMap<QString, Tally> m_replyTally; // per reply class
    int m_replyRows = 0;
};

void tst_BadInput::initTestCase()
{
    m_platform = std::make_unique<EmulatorFixture>(EmulatorFixture::Options::withProfiles(50));
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_http = std::make_unique<PlatformHttp>(m_platform->http());
    m_dataset = ExportSteps::createDataset(*m_http);
    m_otherSchemaDataset
            = ExportSteps::createDataset(*m_http, u"Not a profile export"_qs,
                                         u"https://ns.adobe.com/xdm/context/experienceevent"_qs);
    QVERIFY(!m_dataset.isEmpty());
    QVERIFY(!m_otherSchemaDataset.isEmpty());
    const auto segments = ExportSteps::segments(*m_http);
    QVERIFY(!segments.isEmpty());
    m_segment = segments.begin().value();
    const HttpResult policies
            = m_http->gateway("GET", u"/data/core/ups/config/mergePolicies?default=true"_qs);
    m_mergePolicy = policies.json()
                            .object()
                            .value(u"children")
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(u"id")
                            .toString();
    QVERIFY(!m_mergePolicy.isEmpty());
    m_jobsBefore = platformJobCount();
    QVERIFY(m_jobsBefore >= 0);

    m_peer = std::make_unique<ScriptedHttpPeer>();
    QVERIFY(m_peer->listen());
}

void tst_BadInput::cleanupTestCase()
{
    qInfo("platform: %d malformed create requests, each refused with a 400-class answer naming "
          "its field, no job created",
          m_createRows);
    qInfo("client: %d malformed replies over %lld call kinds:", m_replyRows,
          qlonglong(callKinds().size()));
    for (auto it = m_replyTally.cbegin(); it != m_replyTally.cend(); ++it)
        qInfo("  %-34s %3d rows: %3d ApiError, %3d tolerated", qPrintable(it.key()), it->rows,
              it->errors, it->successes);
    QVERIFY(m_createRows >= 30);
    QVERIFY(m_replyTally.size() >= 20);
    m_peer.reset();
    m_http.reset();
    m_platform.reset();
}

int tst_BadInput::platformJobCount()
{
    const HttpResult r = m_http->gateway("GET", JobsPath);
    if (r.status != 200)
        return -1;
    return int(r.json().object().value(u"records").toArray().size());
}

void tst_BadInput::platformRefusesMalformedCreates_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field"); // what the message must name

    // {"destination": .., "schema": ..} with one part replaced or added.
    const auto with = [this](const QJsonObject &changes, const QStringList &removed = {}) {
        QJsonObject body = ExportSteps::jobBody(m_dataset);
        for (auto it = changes.begin(); it != changes.end(); ++it)
            body.insert(it.key(), it.value());
        for (const QString &key : removed)
            body.remove(key);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    const auto segment = [this](const QJsonObject &extra = {}) {
        QJsonObject s{{u"segmentId"_qs, m_segment}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            s.insert(it.key(), it.value());
        return s;
    };
    const auto segments = [](const QJsonArray &list) {
        return QJsonObject{{u"filter"_qs, QJsonObject{{u"segments"_qs, list}}}};
    };
    const auto row = [&](const char *name, const QByteArray &body, const QString &field,
                         int status = 400, const QByteArray &type = "application/json") {
        QTest::newRow(name) << body << type << status << field;
    };

    // The body as a whole.
    row("not JSON", "{\"destination\": ", u"JSON"_qs);
    row("empty body", "", u"JSON"_qs);
    row("JSON array", "[]", u"object"_qs);
    row("JSON string", "\"export everything\"", u"object"_qs);
    row("JSON null", "null", u"object"_qs);
    row("invalid UTF-8", "{\"destination\":{\"datasetId\":\"\xff\xfe\"}}", u"JSON"_qs);
    row("nested 5000 deep", QByteArray(5000, '[') + QByteArray(5000, ']'), u"JSON"_qs);
    row("text/plain", with({}), u"Content-Type"_qs, 415, "text/plain");
    row("over 1 MB", "{\"fields\":\"" + QByteArray(1100000, 'a') + "\"}", u"bytes"_qs, 413);
    // destination
    row("no destination", with({}, {u"destination"_qs}), u"destination"_qs);
    row("destination a string", with({{u"destination"_qs, m_dataset}}), u"destination"_qs);
    row("no datasetId", with({{u"destination"_qs, QJsonObject{}}}), u"destination.datasetId"_qs);
    row("datasetId a number", with({{u"destination"_qs, QJsonObject{{u"datasetId"_qs, 42}}}}),
        u"datasetId"_qs);
    row("datasetId blank", with({{u"destination"_qs, QJsonObject{{u"datasetId"_qs, u"  "_qs}}}}),
        u"datasetId"_qs);
    row("datasetId unknown",
        with({{u"destination"_qs, QJsonObject{{u"datasetId"_qs, u"5b020a27e7040801dedba61b"_qs}}}}),
        u"destination.datasetId"_qs);
    row("dataset not on the union schema",
        with({{u"destination"_qs, QJsonObject{{u"datasetId"_qs, m_otherSchemaDataset}}}}),
        u"union schema"_qs);
    row("segmentPerBatch a string",
        with({{u"destination"_qs,
               QJsonObject{{u"datasetId"_qs, m_dataset}, {u"segmentPerBatch"_qs, u"yes"_qs}}}}),
        u"destination.segmentPerBatch"_qs);
    // schema
    row("no schema", with({}, {u"schema"_qs}), u"schema"_qs);
    row("schema a string", with({{u"schema"_qs, u"_xdm.context.profile"_qs}}), u"schema"_qs);
    row("schema without name", with({{u"schema"_qs, QJsonObject{}}}), u"schema.name"_qs);
    row("schema name a number", with({{u"schema"_qs, QJsonObject{{u"name"_qs, 1}}}}),
        u"schema.name"_qs);
    row("schema name unsupported",
        with({{u"schema"_qs, QJsonObject{{u"name"_qs, u"_xdm.context.experienceevent"_qs}}}}),
        u"schema.name"_qs);
    // fields
    row("fields a list", with({{u"fields"_qs, QJsonArray{u"identities.id"_qs}}}), u"fields"_qs);
    row("fields with an empty path", with({{u"fields"_qs, u"identities.id,,person"_qs}}),
        u"fields"_qs);
    row("fields with an empty segment", with({{u"fields"_qs, u"identities..id"_qs}}), u"fields"_qs);
    // mergePolicy
    row("mergePolicy a string", with({{u"mergePolicy"_qs, m_mergePolicy}}), u"mergePolicy"_qs);
    row("mergePolicy without id", with({{u"mergePolicy"_qs, QJsonObject{{u"version"_qs, 1}}}}),
        u"mergePolicy.id"_qs);
    row("mergePolicy id blank", with({{u"mergePolicy"_qs, QJsonObject{{u"id"_qs, u""_qs}}}}),
        u"mergePolicy.id"_qs);
    row("mergePolicy unknown",
        with({{u"mergePolicy"_qs, QJsonObject{{u"id"_qs, u"no-such-policy"_qs}}}}),
        u"mergePolicy.id"_qs);
    row("mergePolicy version a fraction",
        with({{u"mergePolicy"_qs, QJsonObject{{u"id"_qs, m_mergePolicy}, {u"version"_qs, 1.5}}}}),
        u"mergePolicy.version"_qs);
    row("mergePolicy version zero",
        with({{u"mergePolicy"_qs, QJsonObject{{u"id"_qs, m_mergePolicy}, {u"version"_qs, 0}}}}),
        u"mergePolicy.version"_qs);
    row("mergePolicy version huge",
        with({{u"mergePolicy"_qs, QJsonObject{{u"id"_qs, m_mergePolicy}, {u"version"_qs, 1e300}}}}),
        u"mergePolicy.version"_qs);
    row("mergePolicy version not yet",
        with({{u"mergePolicy"_qs, QJsonObject{{u"id"_qs, m_mergePolicy}, {u"version"_qs, 999}}}}),
        u"mergePolicy.version"_qs);
    // filter
    row("filter a list", with({{u"filter"_qs, QJsonArray{}}}), u"filter"_qs);
    row("segments an object", with({{u"filter"_qs, QJsonObject{{u"segments"_qs, segment()}}}}),
        u"filter.segments"_qs);
    row("segments empty", with(segments({})), u"filter.segments"_qs);
    {
        QJsonArray many;
        for (int i = 0; i < 101; ++i)
            many.append(QJsonObject{{u"segmentId"_qs, u"segment-%1"_qs.arg(i)}});
        row("101 segments", with(segments(many)), u"filter.segments"_qs);
    }
    row("segment a string", with(segments({m_segment})), u"filter.segments[0]"_qs);
    row("segment without segmentId", with(segments({QJsonObject{{u"segmentNs"_qs, u"ups"_qs}}})),
        u"filter.segments[0].segmentId"_qs);
    row("segmentId blank", with(segments({QJsonObject{{u"segmentId"_qs, u" "_qs}}})),
        u"filter.segments[0].segmentId"_qs);
    row("segmentId twice", with(segments({segment(), segment()})),
        u"filter.segments[1].segmentId"_qs);
    row("segmentId unknown",
        with(segments(
                {QJsonObject{{u"segmentId"_qs, u"ffffffff-0000-0000-0000-000000000000"_qs}}})),
        u"filter.segments[0].segmentId"_qs);
    row("segmentNs empty", with(segments({segment({{u"segmentNs"_qs, u""_qs}})})),
        u"filter.segments[0].segmentNs"_qs);
    row("status a string", with(segments({segment({{u"status"_qs, u"realized"_qs}})})),
        u"filter.segments[0].status"_qs);
    row("status empty", with(segments({segment({{u"status"_qs, QJsonArray{}}})})),
        u"filter.segments[0].status"_qs);
    row("status unknown", with(segments({segment({{u"status"_qs, QJsonArray{u"active"_qs}}})})),
        u"filter.segments[0].status[0]"_qs);
    row("status not a string", with(segments({segment({{u"status"_qs, QJsonArray{1}}})})),
        u"filter.segments[0].status[0]"_qs);
    row("qualification time a string",
        with({{u"filter"_qs, QJsonObject{{u"segmentQualificationTime"_qs, u"2019"_qs}}}}),
        u"filter.segmentQualificationTime"_qs);
    row("startTime not RFC 3339",
        with({{u"filter"_qs,
               QJsonObject{{u"segmentQualificationTime"_qs,
                            QJsonObject{{u"startTime"_qs, u"2019-09-01 00:00"_qs}}}}}}),
        u"filter.segmentQualificationTime.startTime"_qs);
    row("startTime after endTime",
        with({{u"filter"_qs,
               QJsonObject{{u"segmentQualificationTime"_qs,
                            QJsonObject{{u"startTime"_qs, u"2020-01-01T00:00:00Z"_qs},
                                        {u"endTime"_qs, u"2019-01-01T00:00:00Z"_qs}}}}}}),
        u"filter.segmentQualificationTime.startTime"_qs);
    row("impossible date",
        with({{u"filter"_qs,
               QJsonObject{{u"fromIngestTimestamp"_qs, u"2019-02-30T00:00:00Z"_qs}}}}),
        u"filter.fromIngestTimestamp"_qs);
    row("fromIngestTimestamp a number",
        with({{u"filter"_qs, QJsonObject{{u"fromIngestTimestamp"_qs, 1567296000000.0}}}}),
        u"filter.fromIngestTimestamp"_qs);
    row("emptyProfiles a string",
        with({{u"filter"_qs, QJsonObject{{u"emptyProfiles"_qs, u"false"_qs}}}}),
        u"filter.emptyProfiles"_qs);
    // additionalFields
    row("additionalFields a string", with({{u"additionalFields"_qs, u"events"_qs}}),
        u"additionalFields"_qs);
    row("eventList a list",
        with({{u"additionalFields"_qs, QJsonObject{{u"eventList"_qs, QJsonArray{}}}}}),
        u"additionalFields.eventList"_qs);
    row("eventList fields a number",
        with({{u"additionalFields"_qs,
               QJsonObject{{u"eventList"_qs, QJsonObject{{u"fields"_qs, 3}}}}}}),
        u"additionalFields.eventList.fields"_qs);
    row("eventList fields bad path",
        with({{u"additionalFields"_qs,
               QJsonObject{{u"eventList"_qs, QJsonObject{{u"fields"_qs, u"a..b"_qs}}}}}}),
        u"additionalFields.eventList.fields"_qs);
    row("event range reversed",
        with({{u"additionalFields"_qs,
               QJsonObject{{u"eventList"_qs,
                            QJsonObject{{u"filter"_qs,
                                         QJsonObject{{u"fromIngestTimestamp"_qs,
                                                      u"2020-01-01T00:00:00Z"_qs},
                                                     {u"toIngestTimestamp"_qs,
                                                      u"2019-01-01T00:00:00+09:00"_qs}}}}}}}}),
        u"additionalFields.eventList.filter.fromIngestTimestamp"_qs);
    // evaluationInfo
    row("evaluationInfo a bool", with({{u"evaluationInfo"_qs, true}}), u"evaluationInfo"_qs);
    row("segmentation a string",
        with({{u"evaluationInfo"_qs, QJsonObject{{u"segmentation"_qs, u"true"_qs}}}}),
        u"evaluationInfo.segmentation"_qs);
}

void tst_BadInput::platformRefusesMalformedCreates()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, field);
    PlatformHttp::Headers headers = m_http->identityHeaders();
    headers.append({QByteArrayLiteral("Content-Type"), contentType});
    const HttpResult r = m_http->send("POST", JobsPath, body, headers);
    QCOMPARE(r.status, status);
    const QStringList messages = messagesOf(r.body);
    QVERIFY2(!messages.isEmpty(), r.body.constData());
    const bool named = std::any_of(messages.cbegin(), messages.cend(),
                                   [&](const QString &m) { return m.contains(field); });
    QVERIFY2(named, qPrintable(field + u" not named in "_qs + messages.join(u" | ")));
    // Nothing was created.
    QCOMPARE(platformJobCount(), m_jobsBefore);
    ++m_createRows;
}

void tst_BadInput::clientSurvivesMalformedReplies_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("replyClass");
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<Expect>("expect");

    QRandomGenerator random(20240501);
    QByteArray garbage(4096, Qt::Uninitialized);
    random.generate(garbage.begin(), garbage.end());

    for (const CallKind &kind : callKinds()) {
        const QByteArray good = goodBody(kind);
        const bool cancel = kind.name == u"cancelExportJob";
        const bool download = kind.name == u"downloadFile";
        const bool datasetMap = kind.name == u"listDatasets";
        const bool isList = kind.name.startsWith(u"list");
        const QJsonDocument document = QJsonDocument::fromJson(good);
        const QJsonValue root = document.isObject() ? QJsonValue(document.object())
                                                    : QJsonValue(document.array());
        const auto add = [&](const QString &replyClass, const Answer &answer, Expect expect) {
            QTest::newRow(qPrintable(kind.name + u": "_qs + replyClass))
                    << kind.name << replyClass << answer << expect;
        };
        // A download takes any bytes as the file's content: what it must survive is a broken
        // transfer or an error status, not a body that is not JSON.
        const Expect bodyError = download ? Expect::Success : Expect::Error;

        add(u"good answer"_qs, Answer::json(kind.goodStatus, good), Expect::Success);
        add(u"truncated JSON"_qs, Answer::json(kind.goodStatus, good.left(good.size() / 2)),
            bodyError);
        add(u"HTML page with 200"_qs,
            Answer::text(200,
                         "<!DOCTYPE html><html><head><title>Sign in</title></head>"
                         "<body><form action=/login></form></body></html>",
                         "text/html"),
            bodyError);
        add(u"empty body with 200"_qs, Answer::json(200, {}),
            cancel || download ? Expect::Success : Expect::Error);
        add(u"204 No Content"_qs, Answer::json(204, {}),
            cancel || download ? Expect::Success : Expect::Error);
        add(u"JSON null"_qs, Answer::json(200, "null"), bodyError);
        add(u"JSON number"_qs, Answer::json(200, "12345678901234567890123456789"), bodyError);
        add(u"JSON string"_qs, Answer::json(200, "\"ok\""), bodyError);
        add(u"JSON array of nothing"_qs, Answer::json(200, "[]"), bodyError);
        add(u"binary garbage"_qs, Answer::text(200, garbage, "application/octet-stream"),
            bodyError);
        const QString text = QString::fromUtf8(good);
        add(u"UTF-16 JSON"_qs,
            Answer::json(200,
                         QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)),
            bodyError);
        add(u"deep nesting"_qs,
            Answer::json(200, QByteArray(100000, '[') + QByteArray(100000, ']')), bodyError);
        add(u"200 with an error body"_qs,
            Answer::json(200, R"({"error_code":"401013","message":"Oauth token is not valid"})"),
            cancel || download || datasetMap ? Expect::Either : Expect::Error);
        add(u"wrong content-type, good body"_qs, Answer::text(kind.goodStatus, good, "text/html"),
            Expect::Either);
        add(u"wrong types at level 1"_qs,
            Answer::json(kind.goodStatus, jsonText(replaceAtLevel(root, 1, QJsonValue(true)))),
            download ? Expect::Success : Expect::Either);
        add(u"wrong types at level 2"_qs,
            Answer::json(kind.goodStatus, jsonText(replaceAtLevel(root, 2, QJsonValue(7)))),
            download || (isList && !datasetMap) ? Expect::Success : Expect::Either);
        add(u"wrong types at level 3"_qs,
            Answer::json(kind.goodStatus,
                         jsonText(replaceAtLevel(root, 3, QJsonValue(u"text"_qs)))),
            download ? Expect::Success : Expect::Either);
        add(u"every leaf an object"_qs,
            Answer::json(kind.goodStatus, jsonText(replaceLeaves(root, QJsonObject()))),
            download ? Expect::Success : Expect::Either);
        add(u"every leaf null"_qs,
            Answer::json(kind.goodStatus, jsonText(replaceLeaves(root, QJsonValue()))),
            download ? Expect::Success : Expect::Either);
        add(u"huge numbers"_qs, Answer::json(kind.goodStatus, hugeNumbers(good)),
            download ? Expect::Success : Expect::Either);
        add(
                u"body cut short in transfer"_qs,
                [&] {
                    Answer a = Answer::json(kind.goodStatus, good);
                    a.fault = Answer::Fault::TruncateBody;
                    a.truncateAt = int(good.size() / 3);
                    return a;
                }(),
                Expect::Error);
        add(u"connection closed without answer"_qs,
            Answer::failure(Answer::Fault::CloseWithoutAnswer), Expect::Error);
        add(u"closed after the headers"_qs, Answer::failure(Answer::Fault::CloseAfterHeaders),
            Expect::Error);
        add(u"500 with binary garbage"_qs, Answer::text(500, garbage, "application/json"),
            Expect::Error);
        add(u"404 HTML page"_qs,
            Answer::text(404, "<html><body><h1>Not Found</h1></body></html>", "text/html"),
            Expect::Error);
        add(u"400 nested 100000 deep"_qs,
            Answer::json(400, QByteArray(100000, '{') + QByteArray(100000, '}')), Expect::Error);
        add(u"429 with a bad Retry-After"_qs,
            Answer::json(429, R"({"message":"slow down"})")
                    .withHeader("Retry-After", "soon, maybe"),
            Expect::Error);
        add(u"redirect to plain http elsewhere"_qs,
            Answer::text(302, {}, "text/plain")
                    .withHeader("Location", "http://platform.example.com/stolen"),
            Expect::Error);
    }
}

std::optional<ApiError> tst_BadInput::run(const QString &call, bool *calledBackOnce)
{
    std::optional<ApiError> error;
    int calls = 0;
    const auto record = [&](const auto &result) {
        if (!result.isOk())
            error = result.error();
        ++calls;
    };
    const Connection connection = ClientTest::connectionTo(
            m_peer->url(),
            call == u"fetchToken" ? Connection::AuthMethod::OAuthServerToServer
                                  : Connection::AuthMethod::StaticToken);

    PlatformClient client;
    client.setConnection(connection,
                         client.makeTokenProvider(connection, u"scripted-secret-value"_qs));
    client.setRetryPolicy(RetryPolicy::none());
    client.setTimeout(milliseconds(5000));
    ExportJobRequest job;
    job.destination = Destination();
    job.destination->datasetId = u"5b020a27e7040801dedba61b"_qs;
    job.schema = SchemaName();
    job.schema->name = u"_xdm.context.profile"_qs;
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);

    if (call == u"fetchToken")
        client.fetchToken(this, record);
    else if (call == u"createDataset")
        client.createDataset(DatasetRequest::forProfileExport(u"Profile Data Export"_qs), this,
                             record);
    else if (call == u"listDatasets")
        client.listDatasets({}, this, record);
    else if (call == u"getDataset")
        client.getDataset(u"5b020a27e7040801dedba61b"_qs, this, record);
    else if (call == u"getBatch")
        client.getBatch(u"da5cfb4de32c4b93a09f7e37fa53ad52"_qs, this, record);
    else if (call == u"createExportJob")
        client.createExportJob(job, this, record);
    else if (call == u"listExportJobs")
        client.listExportJobs({}, this, record);
    else if (call == u"listAllExportJobs")
        client.listAllExportJobs({}, this, record, {}, 3);
    else if (call == u"getExportJob")
        client.getExportJob(24115, this, record);
    else if (call == u"cancelExportJob")
        client.cancelExportJob(726, this, record);
    else if (call == u"listSegmentDefinitions")
        client.listSegmentDefinitions({}, this, record);
    else if (call == u"listMergePolicies")
        client.listMergePolicies({}, this, record);
    else if (call == u"listAudiences")
        client.listAudiences({}, this, record);
    else if (call == u"listBatchFiles")
        client.listBatchFiles(u"b1"_qs, {}, this, record);
    else if (call == u"listFile")
        client.listFile(u"f1"_qs, this, record);
    else if (call == u"downloadFile")
        client.downloadFile(u"f1"_qs, u"part-00000.parquet"_qs, &sink, 0, this, {}, record);
    else
        qFatal("unknown call");
    if (!QTest::qWaitFor([&] { return calls > 0; }, 20000)) {
        *calledBackOnce = false;
        return ApiError(ApiError::Kind::Timeout, u"no callback"_qs);
    }
    // A second callback would come from the event loop: give it the chance.
    QTest::qWait(5);
    *calledBackOnce = calls == 1;
    return error;
}

void tst_BadInput::clientSurvivesMalformedReplies()
{
    QFETCH(QString, call);
    QFETCH(QString, replyClass);
    QFETCH(Answer, answer);
    QFETCH(Expect, expect);
    m_peer->setHandler([answer](const ScriptedHttpPeer::Request &) { return answer; });

    bool once = false;
    const std::optional<ApiError> error = run(call, &once);
    QVERIFY2(once, "the callback must run exactly once");

    Tally &tally = m_replyTally[replyClass];
    ++tally.rows;
    ++m_replyRows;
    if (error) {
        ++tally.errors;
        QVERIFY2(expect != Expect::Success, qPrintable(error->message()));
        QVERIFY(!error->summary().isEmpty());
        QVERIFY(!error->message().isEmpty());
        // A quoted body is an excerpt, never the whole of a large answer.
        QVERIFY(error->bodyExcerpt().size() <= 301);
        QVERIFY(!error->message().contains(u"scripted-secret-value"));
        if (answer.status >= 400 && answer.fault == Answer::Fault::None)
            QCOMPARE(error->httpStatus(), answer.status);
    } else {
        ++tally.successes;
        QVERIFY2(expect != Expect::Error,
                 qPrintable(call + u" accepted a reply of class "_qs + replyClass));
    }
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
