#include "ExportSteps.h"
#include "tests/support/EmulatorFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ExportSteps;

namespace {

// `fields` as a tree; a node named whole selects everything beneath it.
struct Selection
{
    bool all = false;
    QMap<QString, Selection> children;

    static Selection everything() { return Selection{true, {}}; }
    static Selection parse(const QString &fields)
    {
        Selection root;
        for (const QString &path : fields.split(u',')) {
            Selection *node = &root;
            for (const QString &part : path.trimmed().split(u'.'))
                node = &node->children[part];
            node->all = true;
        }
        return root;
    }
};

// An object's members as the selection keeps them; arrays apply it to each element. Empty
// objects are left out, as a part leaves out a group without values.
QJsonValue project(const QJsonValue &value, const Selection &selection)
{
    if (selection.all)
        return value;
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray())
            out.append(project(element, selection));
        return out;
    }
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = selection.children.begin(); it != selection.children.end(); ++it) {
        if (!object.contains(it.key()))
            continue;
        const QJsonValue kept = project(object.value(it.key()), it.value());
        if (!(kept.isObject() && kept.toObject().isEmpty()))
            out.insert(it.key(), kept);
    }
    return out;
}

// A row as hyparquet gives it, nulls and empty groups dropped: a null and an absent field
// read the same in both formats.
QJsonValue normalised(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray())
            out.append(normalised(element));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue inner = normalised(it.value());
        if (inner.isNull() || inner.isUndefined()
            || (inner.isObject() && inner.toObject().isEmpty()))
            continue;
        out.insert(it.key(), inner);
    }
    return out;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 ms(const char *rfc3339)
{
    return QDateTime::fromString(QString::fromLatin1(rfc3339), Qt::ISODateWithMs)
            .toMSecsSinceEpoch();
}

// What an export job asks for, as the oracle below applies it.
struct JobSpec
{
    QString fields; // empty: everything
    bool emptyProfiles = false;
    std::optional<qint64> fromIngest;
    struct Segment
    {
        QString id;
        QStringList statuses{QStringLiteral("realized"), QStringLiteral("existing")};
    };
    QList<Segment> segments;
    std::optional<qint64> qualifiedFrom, qualifiedTo;
    bool eventList = false;
    QString eventFields; // empty: every event field
    std::optional<qint64> eventFrom, eventTo;
    bool segmentPerBatch = false;

    QJsonObject body(const QString &dataset) const
    {
        QJsonObject body = jobBody(dataset);
        if (!fields.isEmpty())
            body.insert(QStringLiteral("fields"), fields);
        QJsonObject filter{{QStringLiteral("emptyProfiles"), emptyProfiles}};
        if (fromIngest)
            filter.insert(QStringLiteral("fromIngestTimestamp"), iso(*fromIngest));
        QJsonArray list;
        for (const Segment &s : segments)
            list.append(QJsonObject{
                    {QStringLiteral("segmentId"), s.id},
                    {QStringLiteral("status"), QJsonArray::fromStringList(s.statuses)}});
        if (!list.isEmpty())
            filter.insert(QStringLiteral("segments"), list);
        if (qualifiedFrom)
            filter.insert(QStringLiteral("segmentQualificationTime"),
                          QJsonObject{{QStringLiteral("startTime"), iso(*qualifiedFrom)},
                                      {QStringLiteral("endTime"), iso(*qualifiedTo)}});
        body.insert(QStringLiteral("filter"), filter);
        if (eventList) {
            QJsonObject events;
            if (!eventFields.isEmpty())
                events.insert(QStringLiteral("fields"), eventFields);
            QJsonObject window;
            if (eventFrom)
                window.insert(QStringLiteral("fromIngestTimestamp"), iso(*eventFrom));
            if (eventTo)
                window.insert(QStringLiteral("toIngestTimestamp"), iso(*eventTo));
            if (!window.isEmpty())
                events.insert(QStringLiteral("filter"), window);
            body.insert(QStringLiteral("additionalFields"),
                        QJsonObject{{QStringLiteral("eventList"), events}});
        }
        if (segmentPerBatch) {
            QJsonObject destination = body.value(u"destination").toObject();
            destination.insert(QStringLiteral("segmentPerBatch"), true);
            body.insert(QStringLiteral("destination"), destination);
        }
        return body;
    }
};

// The profile store read straight from its SQLite tables, and the rows an export should
// hold, worked out here independently of the platform's export code.
class StoreOracle
{
public:
    bool load(const QString &dataDir, QString *error)
    {
        const QString name = QStringLiteral("oracle-%1").arg(quintptr(this));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dataDir + QStringLiteral("/state.sqlite"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open()) {
                *error = db.lastError().text();
                return false;
            }
            readAll(db);
        }
        QSqlDatabase::removeDatabase(name);
        return !m_profiles.isEmpty();
    }

    QString segmentId(const QString &name) const { return m_segmentByName.value(name); }

    QList<QJsonObject> expected(const JobSpec &job, int batchSelector = -1) const
    {
        const Selection fields
                = job.fields.isEmpty() ? Selection::everything() : Selection::parse(job.fields);
        const Selection eventFields = job.eventFields.isEmpty() ? Selection::everything()
                                                                : Selection::parse(job.eventFields);
        QList<QJsonObject> rows;
        for (const Profile &p : m_profiles) {
            if (!kept(p, job, batchSelector))
                continue;
            QJsonObject row = project(record(p), fields).toObject();
            if (job.eventList) {
                QJsonArray events;
                for (const QJsonObject &e : p.events) {
                    const qint64 ingested = qint64(e.value(u"_acp_system_metadata")
                                                           .toObject()
                                                           .value(u"ingestTime")
                                                           .toDouble());
                    if ((job.eventFrom && ingested <= *job.eventFrom)
                        || (job.eventTo && ingested > *job.eventTo))
                        continue;
                    events.append(project(e, eventFields));
                }
                row.insert(QStringLiteral("eventList"), events);
            }
            rows.append(row);
        }
        return rows;
    }

private:
    struct Membership
    {
        QString segment;
        QString status;
        qint64 qualified;
    };
    struct Profile
    {
        qint64 id;
        bool hasRecord;
        QString ecid, email, crm, firstName, lastName, street, city, postalCode, country;
        bool hasEmail, hasCrm;
        qint64 created, updated;
        QList<Membership> memberships;
        QList<QJsonObject> events;
    };

    void readAll(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral(
                       "SELECT t.id FROM tenants t WHERE t.sandbox = 'prod' AND t.org = '%1'")
                       .arg(Emulator::Credentials::demo().orgId));
        const qint64 tenant = q.next() ? q.value(0).toLongLong() : -1;
        QHash<qint64, QString> segmentIds;
        q.exec(QStringLiteral("SELECT idx, id, name FROM segments WHERE tenant = %1").arg(tenant));
        while (q.next()) {
            segmentIds.insert(q.value(0).toLongLong(), q.value(1).toString());
            m_segmentByName.insert(q.value(2).toString(), q.value(1).toString());
        }
        q.exec(QStringLiteral("SELECT id, has_record, ecid, email, crm, first_name, last_name, "
                              "street, city, postal_code, country, created, updated FROM profiles "
                              "WHERE tenant = %1 ORDER BY id")
                       .arg(tenant));
        QHash<qint64, qsizetype> index;
        while (q.next()) {
            Profile p{q.value(0).toLongLong(),
                      q.value(1).toInt() != 0,
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toString(),
                      q.value(6).toString(),
                      q.value(7).toString(),
                      q.value(8).toString(),
                      q.value(9).toString(),
                      q.value(10).toString(),
                      !q.value(3).isNull(),
                      !q.value(4).isNull(),
                      q.value(11).toLongLong(),
                      q.value(12).toLongLong(),
                      {},
                      {}};
            index.insert(p.id, m_profiles.size());
            m_profiles.append(p);
        }
        static const char *const statuses[] = {"realized", "existing", "exited"};
        q.exec(QStringLiteral("SELECT profile, segment, status, qualified FROM memberships WHERE "
                              "tenant = %1 ORDER BY profile, segment")
                       .arg(tenant));
        while (q.next())
            m_profiles[index.value(q.value(0).toLongLong())].memberships.append(
                    {segmentIds.value(q.value(1).toLongLong()),
                     QString::fromLatin1(statuses[q.value(2).toInt()]), q.value(3).toLongLong()});
        q.exec(QStringLiteral("SELECT profile, event_id, ts, ingested, event_type, browser, "
                              "browser_version, url FROM events WHERE tenant = %1 ORDER BY "
                              "profile, seq")
                       .arg(tenant));
        while (q.next()) {
            const QJsonObject event{
                    {QStringLiteral("_id"), q.value(1).toString()},
                    {QStringLiteral("timestamp"), iso(q.value(2).toLongLong())},
                    {QStringLiteral("eventType"), q.value(4).toString()},
                    {QStringLiteral("environment"),
                     QJsonObject{
                             {QStringLiteral("browserDetails"),
                              QJsonObject{{QStringLiteral("name"), q.value(5).toString()},
                                          {QStringLiteral("version"), q.value(6).toString()}}}}},
                    {QStringLiteral("web"),
                     QJsonObject{{QStringLiteral("webPageDetails"),
                                  QJsonObject{{QStringLiteral("URL"), q.value(7).toString()}}}}},
                    {QStringLiteral("_acp_system_metadata"),
                     QJsonObject{{QStringLiteral("ingestTime"), double(q.value(3).toLongLong())}}}};
            m_profiles[index.value(q.value(0).toLongLong())].events.append(event);
        }
    }

    static bool inSegment(const Profile &p, const JobSpec &job, const JobSpec::Segment &s)
    {
        for (const Membership &m : p.memberships) {
            if (m.segment == s.id && s.statuses.contains(m.status) && inWindow(m, job))
                return true;
        }
        return false;
    }

    static bool inWindow(const Membership &m, const JobSpec &job)
    {
        return (!job.qualifiedFrom || m.qualified >= *job.qualifiedFrom)
                && (!job.qualifiedTo || m.qualified <= *job.qualifiedTo);
    }

    static bool kept(const Profile &p, const JobSpec &job, int batchSelector)
    {
        if (!job.emptyProfiles && !p.hasRecord)
            return false;
        if (job.fromIngest && p.updated <= *job.fromIngest)
            return false;
        if (batchSelector >= 0)
            return inSegment(p, job, job.segments[batchSelector]);
        if (!job.segments.isEmpty()) {
            for (const JobSpec::Segment &s : job.segments) {
                if (inSegment(p, job, s))
                    return true;
            }
            return false;
        }
        if (job.qualifiedFrom || job.qualifiedTo) {
            for (const Membership &m : p.memberships) {
                if (inWindow(m, job))
                    return true;
            }
            return false;
        }
        return true;
    }

    // The whole XDM record of a profile.
    static QJsonObject record(const Profile &p)
    {
        struct Identity
        {
            const char *ns, *state;
            bool primary;
            QString id;
        };
        QList<Identity> identities{{"ECID", "ambiguous", true, p.ecid}};
        if (p.hasEmail)
            identities.append({"Email", "authenticated", false, p.email});
        if (p.hasCrm)
            identities.append({"CRMID", "authenticated", false, p.crm});
        QJsonArray list;
        QJsonObject map;
        for (const Identity &i : identities) {
            list.append(QJsonObject{
                    {QStringLiteral("id"), i.id},
                    {QStringLiteral("namespace"),
                     QJsonObject{{QStringLiteral("code"), QString::fromLatin1(i.ns)}}}});
            map.insert(QString::fromLatin1(i.ns),
                       QJsonArray{QJsonObject{
                               {QStringLiteral("id"), i.id},
                               {QStringLiteral("authenticatedState"), QString::fromLatin1(i.state)},
                               {QStringLiteral("primary"), i.primary}}});
        }
        QJsonObject r{{QStringLiteral("identities"), list},
                      {QStringLiteral("identityMap"), map},
                      {QStringLiteral("_repo"),
                       QJsonObject{{QStringLiteral("createDate"), iso(p.created)},
                                   {QStringLiteral("lastModifiedDate"), iso(p.updated)}}}};
        if (p.hasRecord) {
            if (p.hasEmail)
                r.insert(QStringLiteral("personalEmail"),
                         QJsonObject{{QStringLiteral("address"), p.email}});
            r.insert(QStringLiteral("person"),
                     QJsonObject{{QStringLiteral("name"),
                                  QJsonObject{{QStringLiteral("firstName"), p.firstName},
                                              {QStringLiteral("lastName"), p.lastName}}}});
            r.insert(QStringLiteral("homeAddress"),
                     QJsonObject{{QStringLiteral("street1"), p.street},
                                 {QStringLiteral("city"), p.city},
                                 {QStringLiteral("postalCode"), p.postalCode},
                                 {QStringLiteral("countryCode"), p.country}});
        }
        QJsonObject ups;
        for (const Membership &m : p.memberships)
            ups.insert(m.segment,
                       QJsonObject{{QStringLiteral("status"), m.status},
                                   {QStringLiteral("lastQualificationTime"), iso(m.qualified)}});
        if (!ups.isEmpty())
            r.insert(QStringLiteral("segmentMembership"),
                     QJsonObject{{QStringLiteral("ups"), ups}});
        return r;
    }

    QList<Profile> m_profiles;
    QHash<QString, QString> m_segmentByName;
};

// One part as the independent reader saw it.
struct ReadPart
{
    QString name;
    qint64 listedRecords = 0;
    QJsonObject metadata;
    QJsonArray rows;
};

} // namespace

// The local platform's Parquet parts read by an independent reader, npm's hyparquet (with
// hyparquet-compressors) under Node.js, and compared row by row with what the profile
// store holds for each job's filter: same profiles, same values. Row groups, pages and
// dictionaries are kept small on one platform so every part has several of each, and a
// dictionary overflows into PLAIN in mid-chunk; another runs with the writer's defaults.
class TestEmulatorParquet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeProfiles();
    void projectionPerSegmentBatch();
    void ingestWindowAndMaps();
    void defaultBounds();

private:
    QList<ReadPart> readBatch(EmulatorFixture &platform, PlatformHttp &http,
                              const QString &batchId);
    void compareRows(const QList<ReadPart> &parts, const QList<QJsonObject> &expected,
                     const QString &what);
    void checkTopLevelStatistics(const QList<ReadPart> &parts);
    QJsonObject run(PlatformHttp &http, const JobSpec &job, const QString &dataset);

    std::unique_ptr<EmulatorFixture> m_tight;
    std::unique_ptr<PlatformHttp> m_http;
    QString m_dataset;
    StoreOracle m_store;
    QTemporaryDir m_downloads;
    int m_downloaded = 0;
};

void TestEmulatorParquet::initTestCase()
{
    QProcess node;
    node.start(QStringLiteral("node"), {QStringLiteral("--version")});
    QVERIFY2(node.waitForFinished(30000) && node.exitCode() == 0,
             "Node.js is not installed: scripts/install-deps.sh installs nodejs and npm, and "
             "tests/independent/install.sh the readers");
    QVERIFY2(QFile::exists(QStringLiteral(ES_NODE_TOOLS "/node_modules/hyparquet/package.json")),
             "hyparquet is missing from " ES_NODE_TOOLS
             ": run tests/independent/install.sh " ES_NODE_TOOLS);

    EmulatorFixture::Options options;
    options.profiles = 300;
    options.recordsPerFile = 100;
    options.parquet.rowGroupRows = 40;
    options.parquet.pageRows = 8;
    options.parquet.pageBytes = 2048;
    options.parquet.dictionaryBytes = 120;
    m_tight = std::make_unique<EmulatorFixture>(options);
    QString error;
    QVERIFY2(m_tight->start(&error), qPrintable(error));
    m_http = std::make_unique<PlatformHttp>(m_tight->http());
    m_dataset = createDataset(*m_http, QStringLiteral("Parquet target"), unionSchema,
                              Format::Parquet);
    QVERIFY(!m_dataset.isEmpty());
    QVERIFY2(m_store.load(m_tight->dataDir(), &error), qPrintable(error));
}

QJsonObject TestEmulatorParquet::run(PlatformHttp &http, const JobSpec &job, const QString &dataset)
{
    const HttpResult created
            = http.gateway("POST", QStringLiteral("/data/core/ups/export/jobs"), job.body(dataset));
    if (created.status != 200) {
        qWarning("create failed: %d %s", created.status, created.body.constData());
        return {};
    }
    return waitForJob(http, created.json().object().value(u"id").toInteger());
}

QList<ReadPart> TestEmulatorParquet::readBatch(EmulatorFixture &platform, PlatformHttp &http,
                                               const QString &batchId)
{
    Q_UNUSED(platform);
    QList<ReadPart> parts;
    QStringList paths;
    for (const BatchPart &part : batchParts(http, batchId)) {
        const HttpResult bytes = http.gateway("GET", part.path);
        if (bytes.status != 200 || bytes.header("Content-Type") != "application/octet-stream") {
            QTest::qFail(qPrintable(QStringLiteral("downloading %1 answered %2")
                                            .arg(part.name)
                                            .arg(bytes.status)),
                         __FILE__, __LINE__);
            return {};
        }
        const QString path
                = m_downloads.filePath(QStringLiteral("%1-%2")
                                               .arg(++m_downloaded, 4, 10, QLatin1Char('0'))
                                               .arg(part.name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes.body) != bytes.body.size())
            return {};
        paths << path;
        parts.append({part.name, part.records, {}, {}});
    }
    if (paths.isEmpty())
        return parts;
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(ES_NODE_TOOLS));
    node.start(QStringLiteral("node"), QStringList{QStringLiteral("read-parquet.mjs")} + paths);
    const bool finished = node.waitForFinished(120000);
    const QByteArray out = node.readAllStandardOutput();
    if (!finished || node.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("hyparquet could not read the parts: %1")
                                        .arg(QString::fromUtf8(node.readAllStandardError()))),
                     __FILE__, __LINE__);
        return {};
    }
    const QJsonArray files = QJsonDocument::fromJson(out).array();
    for (qsizetype i = 0; i < files.size() && i < parts.size(); ++i) {
        parts[i].metadata = files[i].toObject().value(u"metadata").toObject();
        parts[i].rows = files[i].toObject().value(u"rows").toArray();
    }
    return parts;
}

void TestEmulatorParquet::compareRows(const QList<ReadPart> &parts,
                                      const QList<QJsonObject> &expected, const QString &what)
{
    QList<QJsonObject> read;
    for (const ReadPart &part : parts) {
        const QJsonObject &m = part.metadata;
        // What every part says of itself: Spark's writer, its rows, snappy everywhere.
        QCOMPARE(m.value(u"created_by").toString(),
                 QStringLiteral("parquet-mr version 1.12.3 (build "
                                "f8dced182c4c1fbdec6ccb3185537b5a01e6ed6b)"));
        QCOMPARE(m.value(u"num_rows").toInteger(), part.listedRecords);
        QCOMPARE(qint64(part.rows.size()), part.listedRecords);
        QStringList keys;
        for (const QJsonValue &kv : m.value(u"key_value_metadata").toArray())
            keys << kv.toObject().value(u"key").toString();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("org.apache.spark.version"),
                              QStringLiteral("org.apache.spark.sql.parquet.row.metadata")}));
        qint64 groupRows = 0;
        for (const QJsonValue &g : m.value(u"row_groups").toArray()) {
            groupRows += g.toObject().value(u"num_rows").toInteger();
            for (const QJsonValue &c : g.toObject().value(u"columns").toArray())
                QCOMPARE(c.toObject().value(u"codec").toString(), QStringLiteral("SNAPPY"));
        }
        QCOMPARE(groupRows, part.listedRecords);
        for (const QJsonValue &row : part.rows)
            read.append(normalised(row).toObject());
    }
    QCOMPARE(read.size(), expected.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        if (read[i] != expected[i])
            QFAIL(qPrintable(
                    QStringLiteral("%1, row %2 differs\n  store: %3\n  part:  %4")
                            .arg(what)
                            .arg(i)
                            .arg(QString::fromUtf8(
                                         QJsonDocument(expected[i]).toJson(QJsonDocument::Compact)),
                                 QString::fromUtf8(
                                         QJsonDocument(read[i]).toJson(QJsonDocument::Compact)))));
    }
}

// Each row group's statistics of the plain (not repeated) string columns against its rows.
void TestEmulatorParquet::checkTopLevelStatistics(const QList<ReadPart> &parts)
{
    int checked = 0;
    for (const ReadPart &part : parts) {
        qsizetype first = 0;
        for (const QJsonValue &g : part.metadata.value(u"row_groups").toArray()) {
            const qsizetype rows = g.toObject().value(u"num_rows").toInteger();
            for (const QJsonValue &c : g.toObject().value(u"columns").toArray()) {
                const QJsonObject column = c.toObject();
                const QStringList path = column.value(u"path").toString().split(u'.');
                if (path.contains(u"list") || path.contains(u"key_value"))
                    continue;
                qint64 nulls = 0;
                std::optional<QByteArray> min, max;
                for (qsizetype r = first; r < first + rows; ++r) {
                    QJsonValue v = part.rows[r];
                    for (const QString &name : path)
                        v = v.toObject().value(name);
                    if (v.isNull() || v.isUndefined()) {
                        ++nulls;
                        continue;
                    }
                    const QByteArray bytes = v.toString().toUtf8();
                    if (!min || bytes < *min)
                        min = bytes;
                    if (!max || bytes > *max)
                        max = bytes;
                }
                QCOMPARE(column.value(u"num_values").toInteger(), qint64(rows));
                QCOMPARE(column.value(u"null_count").toInteger(), nulls);
                if (column.value(u"type").toString() == u"BYTE_ARRAY" && min) {
                    QCOMPARE(column.value(u"min_value").toString().toUtf8(), *min);
                    QCOMPARE(column.value(u"max_value").toString().toUtf8(), *max);
                } else if (column.value(u"type").toString() == u"INT96") {
                    // INT96 has no order: no min or max, as parquet-mr writes them.
                    QVERIFY(column.value(u"min_value").isNull()
                            && column.value(u"max_value").isNull());
                }
                ++checked;
            }
            first += rows;
        }
    }
    QVERIFY(checked > 0);
}

void TestEmulatorParquet::wholeProfiles()
{
    JobSpec job;
    job.emptyProfiles = true;
    job.eventList = true;
    const QJsonObject done = run(*m_http, job, m_dataset);
    QCOMPARE(done.value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    const QList<ReadPart> parts = readBatch(*m_tight, *m_http, batchIds(done).front());
    QCOMPARE(parts.size(), 4); // 315 profiles at 100 a part
    compareRows(parts, m_store.expected(job), QStringLiteral("every field"));
    checkTopLevelStatistics(parts);

    // Small bounds: row groups of 40 rows, and dictionaries that overflow mid-chunk.
    bool mixed = false, dictionary = false, plainOnly = false;
    for (const ReadPart &part : parts) {
        const QJsonArray groups = part.metadata.value(u"row_groups").toArray();
        QCOMPARE(groups.size(), int((part.listedRecords + 39) / 40));
        for (const QJsonValue &g : groups) {
            QVERIFY(g.toObject().value(u"num_rows").toInteger() <= 40);
            for (const QJsonValue &c : g.toObject().value(u"columns").toArray()) {
                const QJsonObject column = c.toObject();
                const QJsonArray encodings = column.value(u"encodings").toArray();
                const bool dict = encodings.contains(QStringLiteral("PLAIN_DICTIONARY"));
                const bool plain = encodings.contains(QStringLiteral("PLAIN"));
                mixed = mixed || (dict && plain);
                dictionary = dictionary || dict;
                if (column.value(u"path").toString() == u"identities.list.element.id")
                    plainOnly = plain && !dict; // all distinct: the dictionary never pays
                QCOMPARE(dict, !column.value(u"dictionary_page_offset").isNull());
            }
        }
    }
    QVERIFY(mixed);
    QVERIFY(dictionary);
    QVERIFY(plainOnly);
}

void TestEmulatorParquet::projectionPerSegmentBatch()
{
    JobSpec job;
    const QString highValue = m_store.segmentId(QStringLiteral("High-value customers"));
    const QString newsletter = m_store.segmentId(QStringLiteral("Newsletter subscribers"));
    QVERIFY(!highValue.isEmpty() && !newsletter.isEmpty());
    job.fields = QStringLiteral("identities.id,identityMap.Email,identityMap.ECID.id,"
                                "person.name.firstName,homeAddress.countryCode,"
                                "segmentMembership.ups.%1,_repo.createDate")
                         .arg(highValue);
    job.segments = {{highValue, {QStringLiteral("realized"), QStringLiteral("existing")}},
                    {newsletter, {QStringLiteral("existing"), QStringLiteral("exited")}}};
    job.qualifiedFrom = ms("2024-03-01T00:00:00Z");
    job.qualifiedTo = ms("2024-12-01T00:00:00Z");
    job.eventList = true;
    job.eventFields = QStringLiteral("_id,timestamp,environment.browserDetails.name,"
                                     "_acp_system_metadata.ingestTime");
    job.eventFrom = ms("2024-09-01T00:00:00Z");
    job.eventTo = ms("2024-12-15T00:00:00Z");
    job.segmentPerBatch = true;
    const QJsonObject done = run(*m_http, job, m_dataset);
    QCOMPARE(done.value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    const QStringList batches = batchIds(done);
    QCOMPARE(batches.size(), 2);
    for (int b = 0; b < 2; ++b) {
        const QList<ReadPart> parts = readBatch(*m_tight, *m_http, batches[b]);
        QVERIFY(!parts.isEmpty());
        const QList<QJsonObject> expected = m_store.expected(job, b);
        QVERIFY(expected.size() > 10);
        compareRows(parts, expected, QStringLiteral("batch %1").arg(b));
        // The schema holds the selected columns only.
        QStringList columns;
        for (const QJsonValue &c : parts.front()
                                           .metadata.value(u"row_groups")
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(u"columns")
                                           .toArray())
            columns << c.toObject().value(u"path").toString();
        QCOMPARE(columns,
                 (QStringList{
                         QStringLiteral("identities.list.element.id"),
                         QStringLiteral("identityMap.key_value.key"),
                         QStringLiteral("identityMap.key_value.value.list.element.id"),
                         QStringLiteral("identityMap.key_value.value.list.element."
                                        "authenticatedState"),
                         QStringLiteral("identityMap.key_value.value.list.element.primary"),
                         QStringLiteral("person.name.firstName"),
                         QStringLiteral("homeAddress.countryCode"),
                         QStringLiteral("segmentMembership.key_value.key"),
                         QStringLiteral("segmentMembership.key_value.value.key_value.key"),
                         QStringLiteral("segmentMembership.key_value.value.key_value.value."
                                        "status"),
                         QStringLiteral("segmentMembership.key_value.value.key_value.value."
                                        "lastQualificationTime"),
                         QStringLiteral("_repo.createDate"),
                         QStringLiteral("eventList.list.element._id"),
                         QStringLiteral("eventList.list.element.timestamp"),
                         QStringLiteral("eventList.list.element.environment.browserDetails."
                                        "name"),
                         QStringLiteral("eventList.list.element._acp_system_metadata."
                                        "ingestTime"),
                 }));
        checkTopLevelStatistics(parts);
    }
}

void TestEmulatorParquet::ingestWindowAndMaps()
{
    JobSpec job;
    job.fields = QStringLiteral("personalEmail,identityMap,segmentMembership");
    job.fromIngest = ms("2024-10-01T00:00:00Z");
    const QJsonObject done = run(*m_http, job, m_dataset);
    QCOMPARE(done.value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    const QList<QJsonObject> expected = m_store.expected(job);
    QVERIFY(expected.size() > 10 && expected.size() < 300);
    compareRows(readBatch(*m_tight, *m_http, batchIds(done).front()), expected,
                QStringLiteral("ingested since October"));
}

void TestEmulatorParquet::defaultBounds()
{
    // The writer's own bounds (parquet-mr's): one row group per part, dictionaries decided
    // after the first page.
    EmulatorFixture::Options options;
    options.profiles = 300;
    EmulatorFixture platform(options);
    QString error;
    QVERIFY2(platform.start(&error), qPrintable(error));
    PlatformHttp http = platform.http();
    const QString dataset = createDataset(http);
    StoreOracle store;
    QVERIFY2(store.load(platform.dataDir(), &error), qPrintable(error));
    JobSpec job;
    job.emptyProfiles = true;
    job.eventList = true;
    const QJsonObject done = run(http, job, dataset);
    QCOMPARE(done.value(u"status").toString(), QStringLiteral("SUCCEEDED"));
    const QList<ReadPart> parts = readBatch(platform, http, batchIds(done).front());
    QCOMPARE(parts.size(), 1);
    compareRows(parts, store.expected(job), QStringLiteral("default bounds"));
    checkTopLevelStatistics(parts);
    const QJsonArray groups = parts.front().metadata.value(u"row_groups").toArray();
    QCOMPARE(groups.size(), 1);
    QHash<QString, QJsonArray> encodings;
    for (const QJsonValue &c : groups.at(0).toObject().value(u"columns").toArray())
        encodings.insert(c.toObject().value(u"path").toString(),
                         c.toObject().value(u"encodings").toArray());
    // Few distinct values: dictionary only. All distinct: PLAIN only.
    QCOMPARE(encodings.value(QStringLiteral("homeAddress.countryCode")),
             (QJsonArray{QStringLiteral("PLAIN_DICTIONARY"), QStringLiteral("RLE")}));
    QCOMPARE(encodings.value(QStringLiteral("identities.list.element.id")),
             (QJsonArray{QStringLiteral("PLAIN"), QStringLiteral("RLE")}));
}

QTEST_GUILESS_MAIN(TestEmulatorParquet)
#include "tst_emulator_parquet.moc"
