#include "ExportSteps.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <tuple>

using namespace ExportSteps;

namespace {

QJsonObject membershipOf(const QJsonObject &profile, const QString &segmentId)
{
    return profile.value(u"segmentMembership")
            .toObject()
            .value(u"ups")
            .toObject()
            .value(segmentId)
            .toObject();
}

qint64 ms(const QString &rfc3339)
{
    return QDateTime::fromString(rfc3339, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QSet<QString> ecids(const QList<QJsonObject> &profiles)
{
    QSet<QString> ids;
    for (const QJsonObject &p : profiles)
        ids.insert(ecidOf(p));
    return ids;
}

} // namespace

// Real exports: every filter of the create body changes the exported rows exactly as
// documented, checked against a full export read back through Data Access. The rows are
// read from a JSON Lines dataset; tst_emulator_parquet reads the Parquet parts with an
// independent reader.
class TestEmulatorExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void groundTruth();
    void filters_data();
    void filters();
    void projection();
    void eventListFilter();
    void segmentPerBatch();
    void segmentPerBatchWithoutSegments();
    void lifecycleAndMetrics();
    void cancelRunningJob();
    void cancelQueuedJob();
    void datasetDeletedMidRun();
    void chaosFailure();
    void rangeDownloads();
    void filesPaging();
    void partFormats();
    void unsupportedFormat();
    void emptyParquetSchema();

private:
    QJsonObject runJob(const QJsonObject &body, QList<QJsonObject> *records = nullptr);

    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformHttp> m_http;
    QString m_dataset; // JSON Lines
    QString m_parquetDataset; // the platform's default format
    QHash<QString, QString> m_segments;
    QList<QJsonObject> m_all; // every profile, every field, with events
};

void TestEmulatorExports::initTestCase()
{
    EmulatorFixture::Options options;
    options.profiles = 400;
    options.recordsPerFile = 64;
    m_platform = std::make_unique<EmulatorFixture>(options);
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_http = std::make_unique<PlatformHttp>(m_platform->http());
    m_dataset = createDataset(*m_http, QStringLiteral("JSON Lines target"), unionSchema,
                              Format::JsonLines);
    QVERIFY(!m_dataset.isEmpty());
    m_parquetDataset = createDataset(*m_http, QStringLiteral("Parquet target"));
    QVERIFY(!m_parquetDataset.isEmpty());
    m_segments = segments(*m_http);
    QVERIFY(m_segments.size() >= 5);
}

void TestEmulatorExports::cleanupTestCase()
{
    m_http.reset();
    m_platform.reset();
}

QJsonObject TestEmulatorExports::runJob(const QJsonObject &body, QList<QJsonObject> *records)
{
    const HttpResult created
            = m_http->gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), body);
    if (created.status != 200) {
        qWarning("create failed: %d %s", created.status, created.body.constData());
        return {};
    }
    const qint64 id = qint64(created.json().object().value(u"id").toDouble());
    const QJsonObject job = waitForJob(*m_http, id);
    if (records) {
        records->clear();
        for (const QString &batch : batchIds(job))
            records->append(readBatch(*m_http, batch));
    }
    return job;
}

void TestEmulatorExports::groundTruth()
{
    QJsonObject body = jobBody(m_dataset);
    body.insert(QStringLiteral("filter"), QJsonObject{{QStringLiteral("emptyProfiles"), true}});
    body.insert(QStringLiteral("additionalFields"),
                QJsonObject{{QStringLiteral("eventList"), QJsonObject()}});
    const QJsonObject job = runJob(body, &m_all);
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    // 400 profiles with a record plus one in twenty with only events.
    QCOMPARE(m_all.size(), 420);
    QCOMPARE(qint64(job.value(u"metrics")
                            .toObject()
                            .value(u"totalExportedProfileCounter")
                            .toDouble()),
             420);
    QCOMPARE(ecids(m_all).size(), 420);
    int empty = 0, withEvents = 0;
    for (const QJsonObject &p : std::as_const(m_all)) {
        QVERIFY(!ecidOf(p).isEmpty());
        QVERIFY(p.contains(u"_repo"));
        if (!p.contains(u"person"))
            ++empty;
        if (!p.value(u"eventList").toArray().isEmpty())
            ++withEvents;
    }
    QCOMPARE(empty, 20);
    QVERIFY(withEvents > 20);
    const QJsonObject counters = job.value(u"metrics")
                                         .toObject()
                                         .value(u"exportedProfileByNamespaceCounter")
                                         .toObject();
    QCOMPARE(counters.value(u"ECID").toInt(), 420);
    QVERIFY(counters.value(u"Email").toInt() > 0 && counters.value(u"Email").toInt() < 420);
    QVERIFY(counters.value(u"CRMID").toInt() > 0 && counters.value(u"CRMID").toInt() < 420);
}

void TestEmulatorExports::filters_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("segment, default statuses") << QStringLiteral("segmentDefault");
    QTest::newRow("segment, exited only") << QStringLiteral("segmentExited");
    QTest::newRow("two segments") << QStringLiteral("twoSegments");
    QTest::newRow("qualification window") << QStringLiteral("qualification");
    QTest::newRow("qualification window without segments") << QStringLiteral("qualificationOnly");
    QTest::newRow("fromIngestTimestamp") << QStringLiteral("fromIngest");
    QTest::newRow("fromIngestTimestamp with an offset") << QStringLiteral("fromIngestOffset");
    QTest::newRow("emptyProfiles false (default)") << QStringLiteral("noEmpty");
}

void TestEmulatorExports::filters()
{
    QFETCH(QString, name);
    QVERIFY(!m_all.isEmpty());
    const QString highValue = m_segments.value(QStringLiteral("High-value customers"));
    const QString lapsed = m_segments.value(QStringLiteral("Lapsed customers"));
    QVERIFY(!highValue.isEmpty() && !lapsed.isEmpty());

    QJsonObject filter;
    std::function<bool(const QJsonObject &)> expected;
    auto inSegment = [](const QJsonObject &p, const QString &segment, const QStringList &statuses,
                        qint64 from = std::numeric_limits<qint64>::min(),
                        qint64 to = std::numeric_limits<qint64>::max()) {
        const QJsonObject m = membershipOf(p, segment);
        if (m.isEmpty() || !statuses.contains(m.value(u"status").toString()))
            return false;
        const qint64 q = ms(m.value(u"lastQualificationTime").toString());
        return q >= from && q <= to;
    };
    const qint64 windowStart = ms(QStringLiteral("2024-06-01T00:00:00Z"));
    const qint64 windowEnd = ms(QStringLiteral("2024-10-01T00:00:00Z"));
    const qint64 ingestCut = ms(QStringLiteral("2024-09-01T00:00:00Z"));
    const QStringList realizedExisting{QStringLiteral("realized"), QStringLiteral("existing")};

    if (name == u"segmentDefault") {
        filter.insert(QStringLiteral("segments"),
                      QJsonArray{QJsonObject{{QStringLiteral("segmentId"), highValue}}});
        expected = [&](const QJsonObject &p) {
            return inSegment(p, highValue, realizedExisting);
        };
    } else if (name == u"segmentExited") {
        filter.insert(QStringLiteral("segments"),
                      QJsonArray{QJsonObject{
                              {QStringLiteral("segmentId"), lapsed},
                              {QStringLiteral("segmentNs"), QStringLiteral("ups")},
                              {QStringLiteral("status"), QJsonArray{QStringLiteral("exited")}}}});
        expected = [&](const QJsonObject &p) {
            return inSegment(p, lapsed, {QStringLiteral("exited")});
        };
    } else if (name == u"twoSegments") {
        filter.insert(QStringLiteral("segments"),
                      QJsonArray{QJsonObject{{QStringLiteral("segmentId"), highValue},
                                             {QStringLiteral("status"),
                                              QJsonArray{QStringLiteral("realized")}}},
                                 QJsonObject{{QStringLiteral("segmentId"), lapsed},
                                             {QStringLiteral("status"),
                                              QJsonArray{QStringLiteral("exited")}}}});
        expected = [&](const QJsonObject &p) {
            return inSegment(p, highValue, {QStringLiteral("realized")})
                    || inSegment(p, lapsed, {QStringLiteral("exited")});
        };
    } else if (name == u"qualification") {
        filter.insert(QStringLiteral("segments"),
                      QJsonArray{QJsonObject{{QStringLiteral("segmentId"), highValue}}});
        filter.insert(
                QStringLiteral("segmentQualificationTime"),
                QJsonObject{{QStringLiteral("startTime"), QStringLiteral("2024-06-01T00:00:00Z")},
                            {QStringLiteral("endTime"), QStringLiteral("2024-10-01T00:00:00Z")}});
        expected = [&](const QJsonObject &p) {
            return inSegment(p, highValue, realizedExisting, windowStart, windowEnd);
        };
    } else if (name == u"qualificationOnly") {
        filter.insert(
                QStringLiteral("segmentQualificationTime"),
                QJsonObject{{QStringLiteral("startTime"), QStringLiteral("2024-06-01T00:00:00Z")},
                            {QStringLiteral("endTime"), QStringLiteral("2024-10-01T00:00:00Z")}});
        expected = [&](const QJsonObject &p) {
            if (!p.contains(u"person"))
                return false;
            const QJsonObject ups
                    = p.value(u"segmentMembership").toObject().value(u"ups").toObject();
            for (auto it = ups.begin(); it != ups.end(); ++it) {
                const qint64 q
                        = ms(it.value().toObject().value(u"lastQualificationTime").toString());
                if (q >= windowStart && q <= windowEnd)
                    return true;
            }
            return false;
        };
    } else if (name == u"fromIngest" || name == u"fromIngestOffset") {
        filter.insert(QStringLiteral("fromIngestTimestamp"),
                      name == u"fromIngest" ? QStringLiteral("2024-09-01T00:00:00Z")
                                            : QStringLiteral("2024-08-31T17:00:00-07:00"));
        expected = [&](const QJsonObject &p) {
            return p.contains(u"person")
                    && ms(p.value(u"_repo").toObject().value(u"lastModifiedDate").toString())
                    > ingestCut;
        };
    } else if (name == u"noEmpty") {
        filter.insert(QStringLiteral("emptyProfiles"), false);
        expected = [&](const QJsonObject &p) {
            return p.contains(u"person");
        };
    }

    QSet<QString> want;
    for (const QJsonObject &p : std::as_const(m_all)) {
        if (expected(p))
            want.insert(ecidOf(p));
    }
    // A filter that keeps everything or nothing would prove nothing.
    QVERIFY2(!want.isEmpty() && want.size() < m_all.size(),
             qPrintable(QString::number(want.size())));

    QJsonObject body = jobBody(m_dataset);
    body.insert(QStringLiteral("filter"), filter);
    QList<QJsonObject> records;
    const QJsonObject job = runJob(body, &records);
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(records.size(), want.size());
    QCOMPARE(ecids(records), want);
    QCOMPARE(qint64(job.value(u"metrics")
                            .toObject()
                            .value(u"totalExportedProfileCounter")
                            .toDouble()),
             qint64(want.size()));
}

void TestEmulatorExports::projection()
{
    QJsonObject body = jobBody(m_dataset);
    body.insert(QStringLiteral("fields"),
                QStringLiteral("identities.id,personalEmail.address, person.name.lastName"));
    QList<QJsonObject> records;
    QCOMPARE(runJob(body, &records).value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(records.size(), 400);
    int withEmail = 0;
    for (const QJsonObject &p : std::as_const(records)) {
        for (const QString &key : p.keys())
            QVERIFY2(key == u"identities" || key == u"personalEmail" || key == u"person",
                     qPrintable(key));
        for (const QJsonValue &identity : p.value(u"identities").toArray())
            QCOMPARE(identity.toObject().keys(), QStringList{QStringLiteral("id")});
        QCOMPARE(p.value(u"person").toObject().value(u"name").toObject().keys(),
                 QStringList{QStringLiteral("lastName")});
        if (p.contains(u"personalEmail")) {
            ++withEmail;
            QCOMPARE(p.value(u"personalEmail").toObject().keys(),
                     QStringList{QStringLiteral("address")});
        }
        QVERIFY(!p.contains(u"eventList"));
    }
    QVERIFY(withEmail > 0 && withEmail < 400);
}

void TestEmulatorExports::eventListFilter()
{
    const QString from = QStringLiteral("2024-10-01T00:00:00Z");
    const QString to = QStringLiteral("2024-12-01T00:00:00Z");
    QJsonObject body = jobBody(m_dataset);
    body.insert(QStringLiteral("fields"), QStringLiteral("identities"));
    body.insert(QStringLiteral("filter"), QJsonObject{{QStringLiteral("emptyProfiles"), true}});
    body.insert(
            QStringLiteral("additionalFields"),
            QJsonObject{{QStringLiteral("eventList"),
                         QJsonObject{{QStringLiteral("fields"),
                                      QStringLiteral("environment.browserDetails.name,"
                                                     "environment.browserDetails.version,"
                                                     "_acp_system_metadata.ingestTime")},
                                     {QStringLiteral("filter"),
                                      QJsonObject{{QStringLiteral("fromIngestTimestamp"), from},
                                                  {QStringLiteral("toIngestTimestamp"), to}}}}}});
    QList<QJsonObject> records;
    QCOMPARE(runJob(body, &records).value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(records.size(), 420);

    QHash<QString, int> expectedCounts;
    int expectedTotal = 0, allEvents = 0;
    for (const QJsonObject &p : std::as_const(m_all)) {
        int n = 0;
        for (const QJsonValue &e : p.value(u"eventList").toArray()) {
            ++allEvents;
            const qint64 ingest = qint64(e.toObject()
                                                 .value(u"_acp_system_metadata")
                                                 .toObject()
                                                 .value(u"ingestTime")
                                                 .toDouble());
            if (ingest > ms(from) && ingest <= ms(to))
                ++n;
        }
        expectedCounts.insert(ecidOf(p), n);
        expectedTotal += n;
    }
    QVERIFY(expectedTotal > 0 && expectedTotal < allEvents);
    int total = 0;
    for (const QJsonObject &p : std::as_const(records)) {
        const QJsonArray events = p.value(u"eventList").toArray();
        QCOMPARE(events.size(), expectedCounts.value(ecidOf(p)));
        for (const QJsonValue &e : events) {
            const QJsonObject event = e.toObject();
            QCOMPARE(event.keys(),
                     (QStringList{QStringLiteral("_acp_system_metadata"),
                                  QStringLiteral("environment")}));
            QVERIFY(!event.value(u"environment")
                             .toObject()
                             .value(u"browserDetails")
                             .toObject()
                             .value(u"name")
                             .toString()
                             .isEmpty());
            ++total;
        }
    }
    QCOMPARE(total, expectedTotal);
}

void TestEmulatorExports::segmentPerBatch()
{
    const QString highValue = m_segments.value(QStringLiteral("High-value customers"));
    const QString newsletter = m_segments.value(QStringLiteral("Newsletter subscribers"));
    QJsonObject body = jobBody(m_dataset);
    body.insert(QStringLiteral("fields"), QStringLiteral("identities,segmentMembership"));
    body.insert(QStringLiteral("filter"),
                QJsonObject{{QStringLiteral("segments"),
                             QJsonArray{QJsonObject{{QStringLiteral("segmentId"), highValue}},
                                        QJsonObject{{QStringLiteral("segmentId"), newsletter},
                                                    {QStringLiteral("status"),
                                                     QJsonArray{QStringLiteral("existing")}}}}}});
    QJsonObject destination = body.value(u"destination").toObject();
    destination.insert(QStringLiteral("segmentPerBatch"), true);
    body.insert(QStringLiteral("destination"), destination);
    const QJsonObject job = runJob(body);
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    const QJsonArray batches = job.value(u"destination").toObject().value(u"batches").toArray();
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches[0].toObject().value(u"segmentId").toString(), highValue);
    QCOMPARE(batches[1].toObject().value(u"status").toArray(),
             QJsonArray{QStringLiteral("existing")});

    QSet<QString> union_;
    for (int i = 0; i < 2; ++i) {
        const QString segment = i == 0 ? highValue : newsletter;
        const QStringList statuses = i == 0
                ? QStringList{QStringLiteral("realized"), QStringLiteral("existing")}
                : QStringList{QStringLiteral("existing")};
        QSet<QString> want;
        for (const QJsonObject &p : std::as_const(m_all)) {
            const QJsonObject m = membershipOf(p, segment);
            if (!m.isEmpty() && statuses.contains(m.value(u"status").toString()))
                want.insert(ecidOf(p));
        }
        const QList<QJsonObject> records
                = readBatch(*m_http, batches[i].toObject().value(u"batchId").toString());
        QCOMPARE(ecids(records), want);
        union_ += want;
        const HttpResult catalogBatch
                = m_http->gateway("GET",
                                  QStringLiteral("/data/foundation/catalog/batches/")
                                          + batches[i].toObject().value(u"batchId").toString());
        const QJsonObject b = catalogBatch.json().object().begin().value().toObject();
        QCOMPARE(b.value(u"status").toString(), QStringLiteral("success"));
        QCOMPARE(b.value(u"recordCount").toInt(), int(want.size()));
    }
    // A profile in both segments counts once.
    QCOMPARE(qint64(job.value(u"metrics")
                            .toObject()
                            .value(u"totalExportedProfileCounter")
                            .toDouble()),
             qint64(union_.size()));
}

void TestEmulatorExports::segmentPerBatchWithoutSegments()
{
    // No segment to give a batch of its own: every profile goes into the one batch.
    QJsonObject body = jobBody(m_dataset);
    body.insert(QStringLiteral("fields"), QStringLiteral("identities"));
    QJsonObject destination = body.value(u"destination").toObject();
    destination.insert(QStringLiteral("segmentPerBatch"), true);
    body.insert(QStringLiteral("destination"), destination);
    const QJsonObject job = runJob(body);
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    const QJsonObject answered = job.value(u"destination").toObject();
    QCOMPARE(answered.value(u"segmentPerBatch").toBool(), true);
    QVERIFY(!answered.contains(u"batches"));
    const QString batch = answered.value(u"batchId").toString();
    QVERIFY(!batch.isEmpty());
    QCOMPARE(qint64(readBatch(*m_http, batch).size()),
             qint64(job.value(u"metrics")
                            .toObject()
                            .value(u"totalExportedProfileCounter")
                            .toDouble()));
}

void TestEmulatorExports::lifecycleAndMetrics()
{
    EmulatorFixture::Options options;
    options.profiles = 100;
    options.pace = 0.3;
    EmulatorFixture paced(options);
    QVERIFY(paced.start());
    PlatformHttp http = paced.http();
    const QString dataset = createDataset(http);
    const HttpResult created
            = http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), jobBody(dataset));
    QCOMPARE(created.status, 200);
    const QJsonObject atNew = created.json().object();
    QCOMPARE(atNew.value(u"status").toString(), QStringLiteral("NEW"));
    QCOMPARE(atNew.value(u"metrics").toObject().keys(), QStringList{QStringLiteral("totalTime")});
    QCOMPARE(atNew.value(u"metrics")
                     .toObject()
                     .value(u"totalTime")
                     .toObject()
                     .value(u"startTimeInMs")
                     .toDouble(),
             atNew.value(u"creationTime").toDouble());
    QVERIFY(atNew.value(u"computeGatewayJobId").toObject().isEmpty());
    QVERIFY(created.header("X-Location")
                    .endsWith(QByteArray("/data/core/ups/export/jobs/"
                                         + QByteArray::number(atNew.value(u"id").toInt()))));

    QList<QJsonObject> seen;
    const QJsonObject done = waitForJob(http, qint64(atNew.value(u"id").toDouble()), &seen);
    QStringList order;
    for (const QJsonObject &j : std::as_const(seen)) {
        const QString s = j.value(u"status").toString();
        if (order.isEmpty() || order.back() != s)
            order << s;
        const QJsonObject m = j.value(u"metrics").toObject();
        if (s == u"PROCESSING") {
            QVERIFY(m.contains(u"profileExportTime"));
            QVERIFY(m.value(u"profileExportTime").toObject().value(u"startTimeInMs").toDouble()
                    >= m.value(u"totalTime").toObject().value(u"startTimeInMs").toDouble());
            QVERIFY(!m.value(u"totalTime").toObject().contains(u"endTimeInMs"));
            QVERIFY(!m.contains(u"totalExportedProfileCounter"));
            QVERIFY(j.value(u"computeGatewayJobId").toObject().contains(u"exportJob"));
        }
    }
    QCOMPARE(order,
             (QStringList{QStringLiteral("NEW"), QStringLiteral("PROCESSING"),
                          QStringLiteral("SUCCEEDED")}));

    const QJsonObject m = done.value(u"metrics").toObject();
    auto phase = [&](const char *name) {
        return m.value(QLatin1String(name)).toObject();
    };
    for (const char *name : {"totalTime", "profileExportTime", "aCPDatasetWriteTime"}) {
        const QJsonObject p = phase(name);
        QVERIFY2(p.contains(u"endTimeInMs"), name);
        QCOMPARE(p.value(u"totalTimeInMs").toDouble(),
                 p.value(u"endTimeInMs").toDouble() - p.value(u"startTimeInMs").toDouble());
        QVERIFY(p.value(u"startTimeInMs").toDouble()
                >= phase("totalTime").value(u"startTimeInMs").toDouble());
        QVERIFY(p.value(u"endTimeInMs").toDouble()
                <= phase("totalTime").value(u"endTimeInMs").toDouble());
    }
    QVERIFY(phase("profileExportTime").value(u"endTimeInMs").toDouble()
            <= phase("aCPDatasetWriteTime").value(u"startTimeInMs").toDouble());
    // The pace stretched every stage: queue wait, export and write each took >= 300 ms.
    QVERIFY(phase("profileExportTime").value(u"startTimeInMs").toDouble()
                    - phase("totalTime").value(u"startTimeInMs").toDouble()
            >= 300);
    QVERIFY(phase("profileExportTime").value(u"totalTimeInMs").toDouble() >= 300);
    QVERIFY(phase("aCPDatasetWriteTime").value(u"totalTimeInMs").toDouble() >= 300);
    QCOMPARE(m.value(u"totalExportedProfileCounter").toInt(), 100);
    QCOMPARE(m.value(u"exportedProfileByNamespaceCounter").toObject().value(u"ECID").toInt(), 100);
    QCOMPARE(done.value(u"updateTime").toDouble(),
             phase("totalTime").value(u"endTimeInMs").toDouble());
    QVERIFY(done.value(u"computeGatewayJobId").toObject().contains(u"pushJob"));
    const QString batch = done.value(u"destination").toObject().value(u"batchId").toString();
    const QJsonObject b
            = http.gateway("GET", QStringLiteral("/data/foundation/catalog/batches/") + batch)
                      .json()
                      .object()
                      .value(batch)
                      .toObject();
    QCOMPARE(b.value(u"status").toString(), QStringLiteral("success"));
    QCOMPARE(b.value(u"relatedObjects").toArray().at(0).toObject().value(u"id").toString(),
             dataset);
}

void TestEmulatorExports::cancelRunningJob()
{
    EmulatorFixture::Options options;
    options.profiles = 100;
    options.pace = 0.3;
    EmulatorFixture paced(options);
    QVERIFY(paced.start());
    PlatformHttp http = paced.http();
    const QString dataset = createDataset(http);
    const qint64 id = qint64(
            http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), jobBody(dataset))
                    .json()
                    .object()
                    .value(u"id")
                    .toDouble());
    QCOMPARE(waitForStatus(http, id, QStringLiteral("PROCESSING")).value(u"status").toString(),
             QStringLiteral("PROCESSING"));
    // From now on each stage would last ten minutes: only a prompt stop can end the job
    // within waitForJob()'s two.
    paced.platform()->setPace(600);
    const HttpResult cancelled
            = http.gateway("DELETE", QStringLiteral("/data/core/ups/export/jobs/%1").arg(id));
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().object(),
             (QJsonObject{{QStringLiteral("status"), true},
                          {QStringLiteral("message"),
                           QStringLiteral("Export job has been marked for cancelling")}}));
    const QJsonObject job = waitForJob(http, id);
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("CANCELLED"));
    QVERIFY(!job.value(u"metrics").toObject().contains(u"totalExportedProfileCounter"));
    const QString batch = job.value(u"destination").toObject().value(u"batchId").toString();
    QCOMPARE(http.gateway("GET", QStringLiteral("/data/foundation/catalog/batches/") + batch)
                     .json()
                     .object()
                     .value(batch)
                     .toObject()
                     .value(u"status")
                     .toString(),
             QStringLiteral("aborted"));
    QVERIFY(readBatch(http, batch).isEmpty());
    QVERIFY(QDir(paced.dataDir() + QStringLiteral("/staging/%1").arg(id)).isEmpty());
    // A job that has ended cannot be cancelled again.
    QCOMPARE(http.gateway("DELETE", QStringLiteral("/data/core/ups/export/jobs/%1").arg(id)).status,
             409);
}

void TestEmulatorExports::cancelQueuedJob()
{
    EmulatorFixture::Options options;
    options.profiles = 50;
    options.pace = 2;
    options.exportWorkers = 1;
    EmulatorFixture paced(options);
    QVERIFY(paced.start());
    PlatformHttp http = paced.http();
    const QString dataset = createDataset(http);
    const auto create = [&] {
        return qint64(
                http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), jobBody(dataset))
                        .json()
                        .object()
                        .value(u"id")
                        .toDouble());
    };
    const qint64 first = create();
    const qint64 second = create(); // waits behind the first on the only worker
    QCOMPARE(http.gateway("DELETE", QStringLiteral("/data/core/ups/export/jobs/%1").arg(second))
                     .status,
             200);
    QCOMPARE(getJob(http, second).value(u"status").toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(http.gateway("DELETE", QStringLiteral("/data/core/ups/export/jobs/%1").arg(first))
                     .status,
             200);
    QCOMPARE(waitForJob(http, first).value(u"status").toString(), QStringLiteral("CANCELLED"));
}

void TestEmulatorExports::datasetDeletedMidRun()
{
    EmulatorFixture::Options options;
    options.profiles = 50;
    options.pace = 1;
    EmulatorFixture paced(options);
    QVERIFY(paced.start());
    PlatformHttp http = paced.http();
    const QString dataset = createDataset(http);
    const qint64 id = qint64(
            http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), jobBody(dataset))
                    .json()
                    .object()
                    .value(u"id")
                    .toDouble());
    QCOMPARE(waitForStatus(http, id, QStringLiteral("PROCESSING")).value(u"status").toString(),
             QStringLiteral("PROCESSING"));
    QCOMPARE(http.gateway("DELETE", QStringLiteral("/data/foundation/catalog/dataSets/") + dataset)
                     .status,
             200);
    const QJsonObject job = waitForJob(http, id);
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("FAILED"));
    const QJsonArray errors = job.value(u"errors").toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].toObject().value(u"code").toString(), QStringLiteral("0090000009"));
    QVERIFY(errors[0].toObject().value(u"msg").toString().contains(QStringLiteral("was deleted")));
    QVERIFY(!errors[0].toObject().value(u"callStack").toString().isEmpty());
    QCOMPARE(errors[1].toObject().value(u"msg").toString(), QStringLiteral("Job aborted."));
    QVERIFY(!job.value(u"metrics").toObject().contains(u"totalExportedProfileCounter"));
    QCOMPARE(http.gateway("GET", QStringLiteral("/data/foundation/catalog/dataSets/") + dataset)
                     .status,
             404);
}

void TestEmulatorExports::chaosFailure()
{
    QVERIFY(m_platform->setChaos(QStringLiteral("fail=1,seed=4")).isEmpty());
    const QJsonObject job = runJob(jobBody(m_dataset));
    QVERIFY(m_platform->setChaos(QString()).isEmpty());
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("FAILED"));
    const QJsonArray errors = job.value(u"errors").toArray();
    QVERIFY(errors.size() >= 1);
    for (const QJsonValue &e : errors) {
        QVERIFY(!e.toObject().value(u"code").toString().isEmpty());
        QVERIFY(!e.toObject().value(u"msg").toString().isEmpty());
        QVERIFY(!e.toObject().value(u"callStack").toString().isEmpty());
    }
    const QJsonObject m = job.value(u"metrics").toObject();
    QVERIFY(m.value(u"profileExportTime").toObject().contains(u"endTimeInMs"));
    QVERIFY(!m.contains(u"aCPDatasetWriteTime"));
    QVERIFY(readBatch(*m_http, batchIds(job).front()).isEmpty());
}

void TestEmulatorExports::rangeDownloads()
{
    const QJsonObject job = runJob(jobBody(m_parquetDataset));
    const QString batch = batchIds(job).front();
    const QJsonObject files
            = m_http->gateway("GET",
                              QStringLiteral("/data/foundation/export/batches/%1/files").arg(batch))
                      .json()
                      .object();
    const QString fileId
            = files.value(u"data").toArray().at(0).toObject().value(u"dataSetFileId").toString();
    const QJsonObject listing
            = m_http->gateway("GET", QStringLiteral("/data/foundation/export/files/") + fileId)
                      .json()
                      .object();
    const QJsonObject part = listing.value(u"data").toArray().at(0).toObject();
    const QString path = QStringLiteral("/data/foundation/export/files/%1?path=%2")
                                 .arg(fileId, part.value(u"name").toString());
    const HttpResult whole = m_http->gateway("GET", path);
    QCOMPARE(whole.status, 200);
    QCOMPARE(QString::number(whole.body.size()), part.value(u"length").toString());
    QCOMPARE(whole.header("Accept-Ranges"), QByteArray("bytes"));
    // A file's bytes, as the Data Access API serves them.
    QCOMPARE(whole.header("Content-Type"), QByteArray("application/octet-stream"));
    QVERIFY(whole.body.startsWith("PAR1") && whole.body.endsWith("PAR1"));
    const qint64 size = whole.body.size();

    const HttpResult head = m_http->gateway("HEAD", path);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), QByteArray::number(size));
    QCOMPARE(head.header("Content-Type"), QByteArray("application/octet-stream"));
    QVERIFY(head.body.isEmpty());

    const HttpResult middle
            = m_http->gateway("GET", path, QJsonValue::Undefined, {{"Range", "bytes=10-109"}});
    QCOMPARE(middle.status, 206);
    QCOMPARE(middle.body, whole.body.mid(10, 100));
    QCOMPARE(middle.header("Content-Range"), "bytes 10-109/" + QByteArray::number(size));

    // The footer's length and magic, as a reader asks for them first.
    const HttpResult tail
            = m_http->gateway("GET", path, QJsonValue::Undefined, {{"Range", "bytes=-8"}});
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.body, whole.body.right(8));
    QCOMPARE(tail.header("Content-Range"),
             "bytes " + QByteArray::number(size - 8) + '-' + QByteArray::number(size - 1) + '/'
                     + QByteArray::number(size));

    const HttpResult open
            = m_http->gateway("GET", path, QJsonValue::Undefined, {{"Range", "bytes=100-"}});
    QCOMPARE(open.status, 206);
    QCOMPARE(open.body, whole.body.mid(100));

    const HttpResult beyond
            = m_http->gateway("GET", path, QJsonValue::Undefined,
                              {{"Range", "bytes=" + QByteArray::number(size + 10) + "-"}});
    QCOMPARE(beyond.status, 416);
    QCOMPARE(beyond.header("Content-Range"), "bytes */" + QByteArray::number(size));

    QCOMPARE(m_http->gateway("GET",
                             QStringLiteral("/data/foundation/export/files/%1?path=nope.json")
                                     .arg(fileId))
                     .status,
             404);
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/foundation/export/files/unknown-1"))
                     .status,
             404);
}

void TestEmulatorExports::filesPaging()
{
    // 400 records at 64 per file: 7 files, listed 3 at a time.
    const QJsonObject job = runJob(jobBody(m_parquetDataset));
    const QString batch = batchIds(job).front();
    QStringList seen;
    QString next = QStringLiteral("/data/foundation/export/batches/%1/files?limit=3").arg(batch);
    int pages = 0;
    qint64 records = 0;
    while (!next.isEmpty()) {
        const QJsonObject page = m_http->gateway("GET", next).json().object();
        ++pages;
        QCOMPARE(page.value(u"_page").toObject().value(u"limit").toInt(), 3);
        QCOMPARE(page.value(u"_page").toObject().value(u"count").toInt(),
                 int(page.value(u"data").toArray().size()));
        for (const QJsonValue &f : page.value(u"data").toArray()) {
            seen << f.toObject().value(u"dataSetFileId").toString();
            records += f.toObject().value(u"records").toInteger();
            QVERIFY(f.toObject().value(u"records").toInteger() <= 64);
        }
        const QUrl href(page.value(u"_links")
                                .toObject()
                                .value(u"next")
                                .toObject()
                                .value(u"href")
                                .toString());
        next = href.isEmpty() ? QString() : href.path() + u'?' + href.query(QUrl::FullyEncoded);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 7);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 7);
    QCOMPARE(records, 400);
    QCOMPARE(m_http->gateway("GET",
                             QStringLiteral("/data/foundation/export/batches/%1/files?limit=101")
                                     .arg(batch))
                     .status,
             400);
    QCOMPARE(m_http->gateway("GET", QStringLiteral("/data/foundation/export/batches/nope/files"))
                     .status,
             404);
}

void TestEmulatorExports::partFormats()
{
    // Parts are named as a Spark job names them: task, one write uuid per batch, file counter.
    static const QRegularExpression sparkName(
            QStringLiteral("^part-00000-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                           "[0-9a-f]{12})-c(\\d{3})\\.(snappy\\.parquet|json)$"));
    for (const auto &[dataset, suffix, magic] :
         {std::tuple{m_parquetDataset, QStringLiteral("snappy.parquet"), QByteArray("PAR1")},
          std::tuple{m_dataset, QStringLiteral("json"), QByteArray("{\"identities\"")}}) {
        const QJsonObject job = runJob(jobBody(dataset));
        QCOMPARE(job.value(u"status").toString(), QStringLiteral("SUCCEEDED"));
        const QList<BatchPart> parts = batchParts(*m_http, batchIds(job).front());
        QCOMPARE(parts.size(), 7); // 400 records at 64 per file
        QSet<QString> writeIds;
        qint64 records = 0;
        for (int i = 0; i < parts.size(); ++i) {
            const auto m = sparkName.match(parts[i].name);
            QVERIFY2(m.hasMatch(), qPrintable(parts[i].name));
            QCOMPARE(m.captured(3), suffix);
            QCOMPARE(m.captured(2).toInt(), i);
            writeIds.insert(m.captured(1));
            QVERIFY(m_http->gateway("GET", parts[i].path).body.startsWith(magic));
            records += parts[i].records;
        }
        QCOMPARE(writeIds.size(), 1);
        QCOMPARE(records, 400);
    }
}

void TestEmulatorExports::unsupportedFormat()
{
    const HttpResult created = m_http->gateway(
            "POST", QStringLiteral("/data/foundation/catalog/dataSets"),
            QJsonObject{
                    {QStringLiteral("name"), QStringLiteral("CSV target")},
                    {QStringLiteral("schemaRef"), QJsonObject{{QStringLiteral("id"), unionSchema}}},
                    {QStringLiteral("fileDescription"),
                     QJsonObject{{QStringLiteral("format"), QStringLiteral("csv")}}}});
    QCOMPARE(created.status, 201);
    const QString dataset = created.json().array().at(0).toString().section(u'/', -1);
    const QJsonObject job = runJob(jobBody(dataset));
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("FAILED"));
    const QString message
            = job.value(u"errors").toArray().at(0).toObject().value(u"msg").toString();
    QVERIFY2(message.contains(u"'csv'"), qPrintable(message));
    QVERIFY(batchParts(*m_http, batchIds(job).front()).isEmpty());
}

void TestEmulatorExports::emptyParquetSchema()
{
    // Fields that name nothing the profile has: JSON Lines writes empty objects, Parquet
    // cannot hold a row without columns and fails the way Spark does.
    QJsonObject body = jobBody(m_parquetDataset);
    body.insert(QStringLiteral("fields"), QStringLiteral("loyalty.points"));
    const QJsonObject failed = runJob(body);
    QCOMPARE(failed.value(u"status").toString(), QStringLiteral("FAILED"));
    QVERIFY(failed.value(u"errors").toArray().at(0).toObject().value(u"msg").toString().contains(
            u"empty or nested empty schemas"));

    body = jobBody(m_dataset);
    body.insert(QStringLiteral("fields"), QStringLiteral("loyalty.points"));
    QList<QJsonObject> records;
    QCOMPARE(runJob(body, &records).value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(records.size(), 400);
    QVERIFY(records.front().isEmpty());
}

QTEST_GUILESS_MAIN(TestEmulatorExports)
#include "tst_emulator_exports.moc"
