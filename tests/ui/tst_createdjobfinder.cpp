#include "models/CreatedJobFinder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QJsonObject kSent{
        {u"fields"_s, u"identities.id,personalEmail.address"_s},
        {u"filter"_s,
         QJsonObject{{u"segments"_s,
                      QJsonArray{QJsonObject{{u"segmentId"_s, u"seg-1"_s},
                                             {u"status"_s, QJsonArray{u"realized"_s}}}}}}},
        {u"destination"_s, QJsonObject{{u"datasetId"_s, u"ds-1"_s}}},
        {u"schema"_s, QJsonObject{{u"name"_s, u"_xdm.context.profile"_s}}},
};

// The job the platform makes of `request`: the echo, the default merge policy, and its own keys.
QJsonObject jobFor(const QJsonObject &request, qint64 created = 1'000'000)
{
    QJsonObject job = request;
    job.insert(u"id"_s, 42);
    job.insert(u"status"_s, u"NEW"_s);
    job.insert(u"creationTime"_s, double(created));
    if (!job.contains(u"mergePolicy"))
        job.insert(u"mergePolicy"_s, QJsonObject{{u"id"_s, u"mp-default"_s}, {u"version"_s, 1}});
    QJsonObject destination = job.value(u"destination").toObject();
    destination.insert(u"segmentPerBatch"_s, destination.value(u"segmentPerBatch").toBool());
    destination.insert(u"batchId"_s, u"b-1"_s);
    job.insert(u"destination"_s, destination);
    return job;
}

} // namespace

// After a create whose answer was lost, CreatedJobFinder tells the job made from the request
// from any other, however the platform filled in what the request left out.
class tst_CreatedJobFinder : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void findsTheNewestMatchInTime();
};

void tst_CreatedJobFinder::matches_data()
{
    QTest::addColumn<QJsonObject>("sent");
    QTest::addColumn<QJsonObject>("job");
    QTest::addColumn<bool>("match");

    QTest::newRow("echo with defaults filled in") << kSent << jobFor(kSent) << true;
    QJsonObject other = kSent;
    other.insert(u"fields"_s, u"identities.id"_s);
    QTest::newRow("other fields") << kSent << jobFor(other) << false;
    other = kSent;
    other.insert(u"destination"_s, QJsonObject{{u"datasetId"_s, u"ds-2"_s}});
    QTest::newRow("other dataset") << kSent << jobFor(other) << false;
    other = kSent;
    other.remove(u"filter"_s);
    QTest::newRow("no segments") << kSent << jobFor(other) << false;
    QJsonObject perBatch = kSent;
    perBatch.insert(u"destination"_s,
                    QJsonObject{{u"datasetId"_s, u"ds-1"_s}, {u"segmentPerBatch"_s, true}});
    QTest::newRow("segment per batch differs") << kSent << jobFor(perBatch) << false;
    QJsonObject withPolicy = kSent;
    withPolicy.insert(u"mergePolicy"_s, QJsonObject{{u"id"_s, u"mp-2"_s}});
    QJsonObject policyJob = jobFor(withPolicy);
    policyJob.insert(u"mergePolicy"_s, QJsonObject{{u"id"_s, u"mp-2"_s}, {u"version"_s, 3}});
    QTest::newRow("policy, latest version filled in") << withPolicy << policyJob << true;
    QTest::newRow("policy sent, default used") << withPolicy << jobFor(kSent) << false;
    QJsonObject versioned = withPolicy;
    versioned.insert(u"mergePolicy"_s, QJsonObject{{u"id"_s, u"mp-2"_s}, {u"version"_s, 2}});
    QTest::newRow("other version") << versioned << policyJob << false;
    QJsonObject events = kSent;
    events.insert(u"additionalFields"_s,
                  QJsonObject{{u"eventList"_s, QJsonObject{{u"fields"_s, u"timestamp"_s}}}});
    QTest::newRow("events missing from the job") << events << jobFor(kSent) << false;
    QTest::newRow("events echoed") << events << jobFor(events) << true;
}

void tst_CreatedJobFinder::matches()
{
    QFETCH(QJsonObject, sent);
    QFETCH(QJsonObject, job);
    QFETCH(bool, match);
    const auto decoded = ExportJob::fromJson(job);
    QVERIFY(decoded);
    QCOMPARE(CreatedJobFinder::matches(ExportJobRequest::fromJson(sent), *decoded), match);
}

void tst_CreatedJobFinder::findsTheNewestMatchInTime()
{
    const qint64 sentAt = 10'000'000;
    auto job = [](const QJsonObject &request, qint64 id, qint64 created) {
        QJsonObject object = jobFor(request, created);
        object.insert(u"id"_s, double(id));
        return *ExportJob::fromJson(object);
    };
    QJsonObject other = kSent;
    other.insert(u"fields"_s, u"person.name"_s);
    const QList<ExportJob> jobs{
            job(other, 5, sentAt + 2000), job(kSent, 4, sentAt + 1000), job(kSent, 3, sentAt + 500),
            job(kSent, 2, sentAt - CreatedJobFinder::DefaultSkewMs - 1), // long before: another
    };
    const ExportJobRequest sent = ExportJobRequest::fromJson(kSent);
    const auto found = CreatedJobFinder::find(jobs, sent, sentAt);
    QVERIFY(found);
    QCOMPARE(found->id, 4);
    QVERIFY(!CreatedJobFinder::find({jobs[0], jobs[3]}, sent, sentAt));
    QVERIFY(!CreatedJobFinder::find({}, sent, sentAt));
    // A job listed before the request left is an earlier submit of the same request.
    const auto notKnown = CreatedJobFinder::find(jobs, sent, sentAt, {4});
    QVERIFY(notKnown);
    QCOMPARE(notKnown->id, 3);
    QVERIFY(!CreatedJobFinder::find(jobs, sent, sentAt, {3, 4}));
}

QTEST_GUILESS_MAIN(tst_CreatedJobFinder)
#include "tst_createdjobfinder.moc"
