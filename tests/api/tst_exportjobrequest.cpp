#include "TestData.h"
#include "api/ExportJob.h"
#include "api/ExportJobRequest.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace Qt::StringLiterals;

using Rule = ValidationIssue::Rule;
using Severity = ValidationIssue::Severity;
using Edit = std::function<void(ExportJobRequest &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

// Answers every ExportJobRequest message with a marked text, as a loaded .qm would.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "ExportJobRequest") != 0)
            return {};
        return u"[ja] "_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

ExportJobRequest tutorialRequest()
{
    return ExportJobRequest::fromJson(TestData::object(u"seed/create-job-request.json"_s));
}

ExportJobRequest fromJson(const char *json)
{
    return ExportJobRequest::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

SegmentFilter segment(const QString &id, std::optional<QString> ns = std::nullopt)
{
    SegmentFilter filter;
    filter.segmentId = id;
    filter.segmentNs = std::move(ns);
    return filter;
}

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.field + u' ' + QString::number(int(issue.rule)) + u' '
                     + QString::number(issue.index) + u' ' + issue.value);
    return lines.join(u'\n');
}

} // namespace

class tst_ExportJobRequest : public QObject
{
    Q_OBJECT

private slots:
    void tutorialRequestRoundTrip();
    void writesOnlyWhatIsSet();
    void tutorialRequestIsValid();
    void fromJob_data();
    void fromJob();
    void fromFailedJob();
    void decodeFile();
    void validate_data();
    void validate();
    void everythingWrongAtOnce();
    void messageIsTranslatedWhenAsked();
};

void tst_ExportJobRequest::tutorialRequestRoundTrip()
{
    const QJsonObject original = TestData::object(u"seed/create-job-request.json"_s);
    const ExportJobRequest request = ExportJobRequest::fromJson(original);
    QCOMPARE(request.fields, u"identities.id,personalEmail.address"_s);
    QCOMPARE(request.mergePolicy->id, u"e5bc94de-cd14-4cdf-a2bc-88b6e8cbfac2"_s);
    QCOMPARE(request.mergePolicy->version, 1);
    QCOMPARE(request.filter->segments->size(), 2);
    QCOMPARE(request.filter->segments->at(0).segmentNs, u"AAM"_s);
    QCOMPARE(request.filter->segments->at(1).status, QStringList{u"exited"_s});
    QCOMPARE(request.filter->segmentQualificationTime->startTime, u"2019-09-01T00:00:00Z"_s);
    QCOMPARE(request.filter->fromIngestTimestamp, u"2018-10-25T13:22:04-07:00"_s);
    QCOMPARE(request.filter->emptyProfiles, false);
    QCOMPARE(request.additionalFields->eventList->filter->fromIngestTimestamp,
             u"2018-10-25T13:22:04-07:00"_s);
    QCOMPARE(request.destination->datasetId, u"5b020a27e7040801dedba61b"_s);
    QCOMPARE(request.destination->segmentPerBatch, true);
    QCOMPARE(request.schema->name, u"_xdm.context.profile"_s);
    QVERIFY(request.extra.isEmpty());

    // Key for key, at every level.
    const QJsonObject written = request.toJson();
    QCOMPARE(written.keys(), original.keys());
    QCOMPARE(written, original);
}

void tst_ExportJobRequest::writesOnlyWhatIsSet()
{
    ExportJobRequest request;
    QCOMPARE(request.toJson(), QJsonObject());
    request.destination = Destination();
    request.destination->datasetId = u"5b020a27e7040801dedba61b"_s;
    request.schema = SchemaName();
    request.schema->name = u"_xdm.context.profile"_s;
    const QJsonObject expected = TestData::object(u"variants/create-job-request-minimal.json"_s);
    QCOMPARE(request.toJson(), expected);
    QVERIFY(request.validate().isEmpty());
    QVERIFY(request.isValid());
}

void tst_ExportJobRequest::tutorialRequestIsValid()
{
    const QList<ValidationIssue> issues = tutorialRequest().validate();
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QVERIFY(tutorialRequest().isValid());
    for (const char *file :
         {"variants/create-job-request-minimal.json", "variants/create-job-request-evaluation.json",
          "variants/create-job-request-unknown-keys.json"}) {
        const auto request = ExportJobRequest::fromJson(TestData::object(QString::fromUtf8(file)));
        QVERIFY2(request.validate().isEmpty(), file);
    }
}

void tst_ExportJobRequest::fromJob_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedRequest");
    QTest::newRow("create response")
            << u"seed/create-job-response.json"_s << uR"({"filter":{"segments":[
            {"segmentId":"4edc8488-2c35-4f6d-b4c6-9075c68d2df4","segmentNs":"AAM","status":["realized"]},
            {"segmentId":"1rfe8422-334d-12f4-3sd4-12cf6g990g51","segmentNs":"UPS","status":["exited"]}]},
            "mergePolicy":{"id":"0bf16e61-90e9-4204-b8fa-ad250360957b","version":1},
            "destination":{"datasetId":"5cf6bcf79ecc7c14530fe436","segmentPerBatch":true},
            "schema":{"name":"_xdm.context.profile"}})"_s;
    QTest::newRow("timestamps")
            << u"variants/job-timestamps.json"_s
            << uR"({"fields":"identities.id,personalEmail.address,_tenant.loyalty.tier",
            "mergePolicy":{"id":"e5bc94de-cd14-4cdf-a2bc-88b6e8cbfac2"},
            "filter":{"segments":[{"segmentId":"4edc8488-2c35-4f6d-b4c6-9075c68d2df4"}],
              "segmentQualificationTime":{"startTime":"2019-09-01T00:00:00Z","endTime":"2019-09-02T09:00:00.500+09:00"},
              "fromIngestTimestamp":"2018-10-25T13:22:04-07:00","emptyProfiles":true},
            "additionalFields":{"eventList":{"fields":"environment.browserDetails.name,environment.browserDetails.version",
              "filter":{"fromIngestTimestamp":"2018-10-25T13:22:04-07:00","toIngestTimestamp":"2018-11-25T00:00:00Z"}}},
            "destination":{"datasetId":"5b020a27e7040801dedba61b","segmentPerBatch":false},
            "schema":{"name":"_xdm.context.profile"}})"_s;
    QTest::newRow("evaluation info")
            << u"variants/job-evaluation-info.json"_s
            << uR"({"fields":"identities.id","evaluationInfo":{"segmentation":true},
            "filter":{"segments":[{"segmentId":"52c26d0d-45f2-47a2-ab30-ed06abc981ff"}]},
            "destination":{"datasetId":"5b7c86968f7b6501e21ba9df","segmentPerBatch":false},
            "schema":{"name":"_xdm.context.profile"}})"_s;
    QTest::newRow("minimal job") << u"variants/job-minimal.json"_s << u"{}"_s;
}

void tst_ExportJobRequest::fromJob()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedRequest);
    const auto job = ExportJob::fromJson(TestData::object(file));
    QVERIFY(job);
    const ExportJobRequest clone = ExportJobRequest::fromJob(*job);
    const QJsonObject expected = QJsonDocument::fromJson(expectedRequest.toUtf8()).object();
    QCOMPARE(TestData::text(clone.toJson()), TestData::text(expected));
    // What the clone writes reads back as the same request.
    QCOMPARE(ExportJobRequest::fromJson(clone.toJson()), clone);
}

void tst_ExportJobRequest::fromFailedJob()
{
    const QJsonArray records
            = TestData::object(u"seed/list-jobs-response.json"_s).value("records"_L1).toArray();
    const ExportJob failed = *ExportJob::fromJson(records.at(1).toObject());
    QCOMPARE(failed.status(), JobStatus::Failed);
    const ExportJobRequest clone = ExportJobRequest::fromJob(failed);
    QCOMPARE(clone.destination->datasetId, u"5bb4c46757920712f924a3eb"_s);
    QVERIFY(!clone.destination->batchId); // output of the failed run, not part of a request
    QVERIFY(!clone.destination->segmentPerBatch);
    QCOMPARE(clone.mergePolicy->id, u"7972e3d6-96ea-4ece-9627-cbfd62709c5d"_s);
    QCOMPARE(clone.filter->segments->at(0).segmentId, u"7a93d2ff-a220-4bae-9a4e-5f3c35032be3"_s);
    QCOMPARE(clone.schema->name, u"_xdm.context.profile"_s);
    QVERIFY(!clone.toJson().contains("errors"_L1));
    QVERIFY(!clone.toJson().contains("profileInstanceId"_L1));
    const QList<ValidationIssue> issues = clone.validate();
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));

    // The job's dataSetId spelling becomes the request's datasetId.
    const ExportJob created
            = *ExportJob::fromJson(TestData::object(u"seed/create-job-response.json"_s));
    QCOMPARE(ExportJobRequest::fromJob(created).destination->datasetKey,
             Destination::DatasetKey::DatasetId);
}

void tst_ExportJobRequest::decodeFile()
{
    const auto request = ExportJobRequest::decode(
            TestData::read(u"variants/create-job-request-unknown-keys.json"_s));
    QVERIFY(request);
    QCOMPARE(request->extra.keys(), QStringList{u"priority"_s});
    QCOMPARE(request->destination->extra.keys(), QStringList{u"compression"_s});
    QVERIFY(!ExportJobRequest::decode("[1]"));
    QVERIFY(!ExportJobRequest::decode("fields=a"));
}

void tst_ExportJobRequest::validate_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("field"); // empty: no issue at all
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<int>("index");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("value");

    const Severity error = Severity::Error;
    auto row = [](const char *name, Edit edit, const QString &field, Rule rule, int index = -1,
                  Severity severity = Severity::Error, const QString &value = {}) {
        QTest::newRow(name) << edit << field << rule << index << severity << value;
    };
    auto valid = [](const char *name, Edit edit) {
        QTest::newRow(name) << edit << QString() << Rule::Missing << -1 << Severity::Error
                            << QString();
    };

    // destination.datasetId
    row(
            "datasetId: no destination", [](ExportJobRequest &r) { r.destination.reset(); },
            u"destination.datasetId"_s, Rule::Missing);
    row(
            "datasetId: missing", [](ExportJobRequest &r) { r.destination->datasetId.reset(); },
            u"destination.datasetId"_s, Rule::Missing);
    row(
            "datasetId: empty", [](ExportJobRequest &r) { r.destination->datasetId = u""_s; },
            u"destination.datasetId"_s, Rule::Blank);
    row(
            "datasetId: blank", [](ExportJobRequest &r) { r.destination->datasetId = u" \t"_s; },
            u"destination.datasetId"_s, Rule::Blank);
    row(
            "datasetId: inner space",
            [](ExportJobRequest &r) { r.destination->datasetId = u"5b020a27 e7040801dedba61b"_s; },
            u"destination.datasetId"_s, Rule::ContainsWhitespace);
    row(
            "datasetId: trailing newline",
            [](ExportJobRequest &r) { r.destination->datasetId = u"5b020a27e7040801dedba61b\n"_s; },
            u"destination.datasetId"_s, Rule::ContainsWhitespace);
    row(
            "datasetId: number in file",
            [](ExportJobRequest &r) {
                r = fromJson(
                        R"({"destination":{"datasetId":5},"schema":{"name":"_xdm.context.profile"}})");
            },
            u"destination.datasetId"_s, Rule::WrongType);
    row(
            "destination: string in file",
            [](ExportJobRequest &r) {
                r = fromJson(R"({"destination":"5b02","schema":{"name":"_xdm.context.profile"}})");
            },
            u"destination"_s, Rule::WrongType);
    row(
            "segmentPerBatch: string in file",
            [](ExportJobRequest &r) {
                r = fromJson(
                        R"({"destination":{"datasetId":"a","segmentPerBatch":"false"},"schema":{"name":"x"}})");
            },
            u"destination.segmentPerBatch"_s, Rule::WrongType);

    // schema.name
    row(
            "schema: missing", [](ExportJobRequest &r) { r.schema.reset(); }, u"schema.name"_s,
            Rule::Missing);
    row(
            "schema.name: missing", [](ExportJobRequest &r) { r.schema->name.reset(); },
            u"schema.name"_s, Rule::Missing);
    row(
            "schema.name: blank", [](ExportJobRequest &r) { r.schema->name = u"  "_s; },
            u"schema.name"_s, Rule::Blank);

    // filter.segments[]
    row(
            "segmentId: missing",
            [](ExportJobRequest &r) { (*r.filter->segments)[1].segmentId.reset(); },
            u"filter.segments[1].segmentId"_s, Rule::Missing, 1);
    row(
            "segmentId: blank",
            [](ExportJobRequest &r) { (*r.filter->segments)[0].segmentId = u""_s; },
            u"filter.segments[0].segmentId"_s, Rule::Blank, 0);
    row(
            "segmentNs: blank",
            [](ExportJobRequest &r) { (*r.filter->segments)[0].segmentNs = u" "_s; },
            u"filter.segments[0].segmentNs"_s, Rule::Blank, 0);
    valid("segmentNs: absent",
          [](ExportJobRequest &r) { (*r.filter->segments)[0].segmentNs.reset(); });
    row(
            "status: empty list",
            [](ExportJobRequest &r) { (*r.filter->segments)[1].status = QStringList(); },
            u"filter.segments[1].status"_s, Rule::EmptyList, 1);
    valid("status: absent", [](ExportJobRequest &r) { (*r.filter->segments)[1].status.reset(); });
    valid("status: all three", [](ExportJobRequest &r) {
        (*r.filter->segments)[1].status = QStringList{u"realized"_s, u"existing"_s, u"exited"_s};
    });
    row(
            "status: unknown",
            [](ExportJobRequest &r) {
                (*r.filter->segments)[1].status = QStringList{u"exited"_s, u"qualified"_s};
            },
            u"filter.segments[1].status"_s, Rule::UnknownValue, 1, error, u"qualified"_s);
    row(
            "status: uppercase",
            [](ExportJobRequest &r) {
                (*r.filter->segments)[0].status = QStringList{u"REALIZED"_s};
            },
            u"filter.segments[0].status"_s, Rule::UnknownValue, 0, error, u"REALIZED"_s);
    row(
            "segment: duplicate",
            [](ExportJobRequest &r) {
                r.filter->segments->append(
                        segment(u"4edc8488-2c35-4f6d-b4c6-9075c68d2df4"_s, u"aam"_s));
            },
            u"filter.segments[2].segmentId"_s, Rule::Duplicate, 2, error,
            u"4edc8488-2c35-4f6d-b4c6-9075c68d2df4"_s);
    row(
            "segment: duplicate by default namespace",
            [](ExportJobRequest &r) {
                r.filter->segments->append(segment(u"s1"_s));
                r.filter->segments->append(segment(u"s1"_s, u"ups"_s));
            },
            u"filter.segments[3].segmentId"_s, Rule::Duplicate, 3, error, u"s1"_s);
    valid("segment: same id, other namespace", [](ExportJobRequest &r) {
        r.filter->segments->append(segment(u"4edc8488-2c35-4f6d-b4c6-9075c68d2df4"_s, u"UPS"_s));
    });
    row(
            "segment: number id in file",
            [](ExportJobRequest &r) {
                r = fromJson(
                        R"({"filter":{"segments":[{"segmentId":7}]},"destination":{"datasetId":"a"},"schema":{"name":"x"}})");
            },
            u"filter.segments[0].segmentId"_s, Rule::WrongType, 0);

    // Timestamps.
    row(
            "qualification start: not RFC 3339",
            [](ExportJobRequest &r) {
                r.filter->segmentQualificationTime->startTime = u"2019-09-01"_s;
            },
            u"filter.segmentQualificationTime.startTime"_s, Rule::NotRfc3339, -1, error,
            u"2019-09-01"_s);
    row(
            "qualification end: no offset",
            [](ExportJobRequest &r) {
                r.filter->segmentQualificationTime->endTime = u"2019-09-02T00:00:00"_s;
            },
            u"filter.segmentQualificationTime.endTime"_s, Rule::NotRfc3339, -1, error,
            u"2019-09-02T00:00:00"_s);
    row(
            "qualification: start after end",
            [](ExportJobRequest &r) {
                r.filter->segmentQualificationTime->startTime = u"2019-09-03T00:00:00Z"_s;
            },
            u"filter.segmentQualificationTime.endTime"_s, Rule::StartAfterEnd, -1, error,
            u"filter.segmentQualificationTime.startTime"_s);
    valid("qualification: offsets in order", [](ExportJobRequest &r) {
        // 08:00 at +09:00 is 23:00 UTC the day before, earlier than 23:30Z.
        r.filter->segmentQualificationTime->startTime = u"2019-09-02T08:00:00+09:00"_s;
        r.filter->segmentQualificationTime->endTime = u"2019-09-01T23:30:00Z"_s;
    });
    row(
            "qualification: offsets reversed",
            [](ExportJobRequest &r) {
                r.filter->segmentQualificationTime->startTime = u"2019-09-01T23:30:00Z"_s;
                r.filter->segmentQualificationTime->endTime = u"2019-09-02T08:00:00+09:00"_s;
            },
            u"filter.segmentQualificationTime.endTime"_s, Rule::StartAfterEnd, -1, error,
            u"filter.segmentQualificationTime.startTime"_s);
    valid("qualification: start equals end", [](ExportJobRequest &r) {
        r.filter->segmentQualificationTime->endTime = u"2019-09-01T09:00:00+09:00"_s;
    });
    row(
            "fromIngestTimestamp: not RFC 3339",
            [](ExportJobRequest &r) { r.filter->fromIngestTimestamp = u"yesterday"_s; },
            u"filter.fromIngestTimestamp"_s, Rule::NotRfc3339, -1, error, u"yesterday"_s);
    row(
            "fromIngestTimestamp: empty",
            [](ExportJobRequest &r) { r.filter->fromIngestTimestamp = u""_s; },
            u"filter.fromIngestTimestamp"_s, Rule::NotRfc3339);
    row(
            "event from: not RFC 3339",
            [](ExportJobRequest &r) {
                r.additionalFields->eventList->filter->fromIngestTimestamp = u"2018-10-25 13:22"_s;
            },
            u"additionalFields.eventList.filter.fromIngestTimestamp"_s, Rule::NotRfc3339, -1, error,
            u"2018-10-25 13:22"_s);
    row(
            "event to: not RFC 3339",
            [](ExportJobRequest &r) {
                r.additionalFields->eventList->filter->toIngestTimestamp
                        = u"2018-13-01T00:00:00Z"_s;
            },
            u"additionalFields.eventList.filter.toIngestTimestamp"_s, Rule::NotRfc3339, -1, error,
            u"2018-13-01T00:00:00Z"_s);
    row(
            "event: from after to",
            [](ExportJobRequest &r) {
                r.additionalFields->eventList->filter->toIngestTimestamp
                        = u"2018-10-25T20:00:00Z"_s;
            },
            u"additionalFields.eventList.filter.toIngestTimestamp"_s, Rule::StartAfterEnd, -1,
            error, u"additionalFields.eventList.filter.fromIngestTimestamp"_s);
    valid("event: to after from", [](ExportJobRequest &r) {
        r.additionalFields->eventList->filter->toIngestTimestamp = u"2018-10-25T20:22:05Z"_s;
    });

    // Field lists.
    row(
            "fields: empty entry",
            [](ExportJobRequest &r) { r.fields = u"identities.id,,personalEmail.address"_s; },
            u"fields"_s, Rule::NotFieldList, -1, error, QString());
    row(
            "fields: trailing comma", [](ExportJobRequest &r) { r.fields = u"identities.id,"_s; },
            u"fields"_s, Rule::NotFieldList, -1, error, QString());
    row(
            "fields: empty", [](ExportJobRequest &r) { r.fields = u""_s; }, u"fields"_s,
            Rule::NotFieldList, -1, error, QString());
    row(
            "fields: space after comma",
            [](ExportJobRequest &r) { r.fields = u"identities.id, personalEmail.address"_s; },
            u"fields"_s, Rule::NotFieldList, -1, error, u" personalEmail.address"_s);
    row(
            "fields: illegal character",
            [](ExportJobRequest &r) { r.fields = u"identities.id,person-Email"_s; }, u"fields"_s,
            Rule::NotFieldList, -1, error, u"person-Email"_s);
    row(
            "fields: empty path part", [](ExportJobRequest &r) { r.fields = u"identities..id"_s; },
            u"fields"_s, Rule::NotFieldList, -1, error, u"identities..id"_s);
    row(
            "fields: leading dot", [](ExportJobRequest &r) { r.fields = u".identities"_s; },
            u"fields"_s, Rule::NotFieldList, -1, error, u".identities"_s);
    valid("fields: tenant path", [](ExportJobRequest &r) {
        r.fields = u"_tenant.loyalty.tier,identities.id,person_1.name"_s;
    });
    row(
            "eventList.fields: bad",
            [](ExportJobRequest &r) {
                r.additionalFields->eventList->fields
                        = u"environment.browserDetails.name;version"_s;
            },
            u"additionalFields.eventList.fields"_s, Rule::NotFieldList, -1, error,
            u"environment.browserDetails.name;version"_s);

    // mergePolicy
    row(
            "mergePolicy.id: blank", [](ExportJobRequest &r) { r.mergePolicy->id = u" "_s; },
            u"mergePolicy.id"_s, Rule::Blank);
    row(
            "mergePolicy.id: missing", [](ExportJobRequest &r) { r.mergePolicy->id.reset(); },
            u"mergePolicy.id"_s, Rule::Missing);
    row(
            "mergePolicy.version: 0", [](ExportJobRequest &r) { r.mergePolicy->version = 0; },
            u"mergePolicy.version"_s, Rule::OutOfRange);
    row(
            "mergePolicy.version: negative",
            [](ExportJobRequest &r) { r.mergePolicy->version = -3; }, u"mergePolicy.version"_s,
            Rule::OutOfRange);
    valid("mergePolicy.version: absent",
          [](ExportJobRequest &r) { r.mergePolicy->version.reset(); });
    valid("mergePolicy: absent", [](ExportJobRequest &r) { r.mergePolicy.reset(); });
    row(
            "mergePolicy.version: text in file",
            [](ExportJobRequest &r) {
                r = fromJson(
                        R"({"mergePolicy":{"id":"m","version":"1"},"destination":{"datasetId":"a"},"schema":{"name":"x"}})");
            },
            u"mergePolicy.version"_s, Rule::WrongType);

    // A warning: legal, but one batch is all it can make.
    row(
            "segmentPerBatch without filter", [](ExportJobRequest &r) { r.filter.reset(); },
            u"destination.segmentPerBatch"_s, Rule::SegmentPerBatchWithoutSegments, -1,
            Severity::Warning);
    row(
            "segmentPerBatch with empty segments",
            [](ExportJobRequest &r) { r.filter->segments = QList<SegmentFilter>(); },
            u"destination.segmentPerBatch"_s, Rule::SegmentPerBatchWithoutSegments, -1,
            Severity::Warning);
    valid("no segments without segmentPerBatch", [](ExportJobRequest &r) {
        r.filter.reset();
        r.destination->segmentPerBatch = false;
    });

    row(
            "filter: string in file",
            [](ExportJobRequest &r) {
                r = fromJson(
                        R"({"filter":"all","destination":{"datasetId":"a"},"schema":{"name":"x"}})");
            },
            u"filter"_s, Rule::WrongType);
}

void tst_ExportJobRequest::validate()
{
    QFETCH(Edit, edit);
    QFETCH(QString, field);
    QFETCH(Rule, rule);
    QFETCH(int, index);
    QFETCH(Severity, severity);
    QFETCH(QString, value);

    ExportJobRequest request = tutorialRequest();
    edit(request);
    const QList<ValidationIssue> issues = request.validate();
    if (field.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        QVERIFY(request.isValid());
        return;
    }
    QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
    const ValidationIssue &issue = issues.first();
    QCOMPARE(issue.field, field);
    QCOMPARE(issue.rule, rule);
    QCOMPARE(issue.index, index);
    QCOMPARE(issue.severity, severity);
    QCOMPARE(issue.value, value);
    QCOMPARE(request.isValid(), severity == Severity::Warning);
    // The message names the field, and the value when there is one.
    const QString message = issue.message();
    QVERIFY2(message.contains(field), qPrintable(message));
    if (!value.isEmpty())
        QVERIFY2(message.contains(value), qPrintable(message));
    QVERIFY(message.size() > field.size() + 5);
}

void tst_ExportJobRequest::everythingWrongAtOnce()
{
    const ExportJobRequest request = fromJson(R"({
        "fields": "identities.id,,bad field",
        "mergePolicy": {"id": "", "version": 0},
        "filter": {
            "segments": [
                {"segmentId": "", "segmentNs": " ", "status": []},
                {"segmentId": "s1", "status": ["realized", "gone"]},
                {"segmentId": "s1", "segmentNs": "UPS"}
            ],
            "segmentQualificationTime": {"startTime": "2019-09-02T00:00:00Z", "endTime": "2019-09-01T00:00:00Z"},
            "fromIngestTimestamp": "2018-10-25"
        },
        "additionalFields": {"eventList": {"fields": "a b", "filter": {
            "fromIngestTimestamp": "2018-12-01T00:00:00Z", "toIngestTimestamp": "2018-11-01T00:00:00Z"}}},
        "destination": {"datasetId": "5b02 0a27", "segmentPerBatch": true},
        "schema": {}
    })");
    const QList<ValidationIssue> issues = request.validate();
    QList<std::pair<QString, Rule>> found;
    for (const ValidationIssue &issue : issues) {
        found.append({issue.field, issue.rule});
        QVERIFY2(issue.message().contains(issue.field), qPrintable(issue.message()));
    }
    const QList<std::pair<QString, Rule>> expected = {
            {u"fields"_s, Rule::NotFieldList},
            {u"mergePolicy.id"_s, Rule::Blank},
            {u"mergePolicy.version"_s, Rule::OutOfRange},
            {u"filter.segments[0].segmentId"_s, Rule::Blank},
            {u"filter.segments[0].segmentNs"_s, Rule::Blank},
            {u"filter.segments[0].status"_s, Rule::EmptyList},
            {u"filter.segments[1].status"_s, Rule::UnknownValue},
            {u"filter.segments[2].segmentId"_s, Rule::Duplicate},
            {u"filter.segmentQualificationTime.endTime"_s, Rule::StartAfterEnd},
            {u"filter.fromIngestTimestamp"_s, Rule::NotRfc3339},
            {u"additionalFields.eventList.fields"_s, Rule::NotFieldList},
            {u"additionalFields.eventList.filter.toIngestTimestamp"_s, Rule::StartAfterEnd},
            {u"destination.datasetId"_s, Rule::ContainsWhitespace},
            {u"schema.name"_s, Rule::Missing},
    };
    QCOMPARE(found, expected);
    QVERIFY(!request.isValid());
    // Every one of them is an error: there are segments, so no segmentPerBatch warning.
    for (const ValidationIssue &issue : issues)
        QCOMPARE(issue.severity, Severity::Error);
}

void tst_ExportJobRequest::messageIsTranslatedWhenAsked()
{
    ExportJobRequest request = tutorialRequest();
    request.destination->datasetId.reset();
    const ValidationIssue issue = request.validate().constFirst();
    const QString english = issue.message();
    QCOMPARE(english, u"destination.datasetId is required."_s);

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // The same issue, asked again, speaks the language now loaded: nothing was cached.
    QCOMPARE(issue.message(), u"[ja] destination.datasetId is required."_s);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(issue.message(), english);
}

QTEST_GUILESS_MAIN(tst_ExportJobRequest)
#include "tst_exportjobrequest.moc"
