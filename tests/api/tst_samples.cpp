#include "TestData.h"
#include "api/Batch.h"
#include "api/CancelJobReply.h"
#include "api/Dataset.h"
#include "api/DatasetRequest.h"
#include "api/ExportJob.h"
#include "api/ExportJobRequest.h"
#include "api/Pages.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Every JSON sample of tests/data decodes with the decoder its name says, and what decodes
// writes back exactly: toJson(fromJson(x)) == x. A new sample file must be listed here.
class tst_Samples : public QObject
{
    Q_OBJECT

private slots:
    void everySampleIsListed();
    void roundTrip_data();
    void roundTrip();

private:
    static QList<std::pair<QString, QString>> samples();
};

QList<std::pair<QString, QString>> tst_Samples::samples()
{
    return {
            // The tutorial's own samples.
            {u"seed/create-dataset-request.json"_s, u"dataset-request"_s},
            {u"seed/create-dataset-response.json"_s, u"dataset-created"_s},
            {u"seed/create-job-request.json"_s, u"job-request"_s},
            {u"seed/create-job-response.json"_s, u"job"_s},
            {u"seed/job-batch-single.json"_s, u"destination"_s},
            {u"seed/list-jobs-response.json"_s, u"job-page"_s},
            {u"seed/get-job-response.json"_s, u"job"_s},
            // Export jobs.
            {u"variants/job-dataSetId.json"_s, u"job"_s},
            {u"variants/job-batches-object.json"_s, u"job"_s},
            {u"variants/job-minimal.json"_s, u"job"_s},
            {u"variants/job-new.json"_s, u"job"_s},
            {u"variants/job-processing.json"_s, u"job"_s},
            {u"variants/job-status-queued.json"_s, u"job"_s},
            {u"variants/job-status-misspelled.json"_s, u"job"_s},
            {u"variants/job-status-lowercase.json"_s, u"job"_s},
            {u"variants/job-status-cancelled.json"_s, u"job"_s},
            {u"variants/job-status-canceled.json"_s, u"job"_s},
            {u"variants/job-id-string.json"_s, u"job"_s},
            {u"variants/job-id-leading-zeros.json"_s, u"job"_s},
            {u"variants/job-wrong-types.json"_s, u"job"_s},
            {u"variants/job-unknown-keys.json"_s, u"job"_s},
            {u"variants/job-both-dataset-keys.json"_s, u"job"_s},
            {u"variants/job-timestamps.json"_s, u"job"_s},
            {u"variants/job-streaming.json"_s, u"job"_s},
            {u"variants/job-succeeded-counters.json"_s, u"job"_s},
            {u"variants/job-errors-empty.json"_s, u"job"_s},
            {u"variants/job-number-forms.json"_s, u"job"_s},
            {u"variants/job-null-values.json"_s, u"job"_s},
            {u"variants/job-evaluation-info.json"_s, u"job"_s},
            {u"variants/job-reject-no-id.json"_s, u"job-rejected"_s},
            {u"variants/job-reject-id-fraction.json"_s, u"job-rejected"_s},
            {u"variants/job-reject-id-text.json"_s, u"job-rejected"_s},
            {u"variants/job-reject-id-null.json"_s, u"job-rejected"_s},
            {u"variants/job-reject-no-status.json"_s, u"job-rejected"_s},
            {u"variants/job-reject-status-number.json"_s, u"job-rejected"_s},
            // Export job pages.
            {u"variants/jobs-page-last-empty-next.json"_s, u"job-page"_s},
            {u"variants/jobs-page-no-link.json"_s, u"job-page"_s},
            {u"variants/jobs-page-plain-offset.json"_s, u"job-page"_s},
            {u"variants/jobs-page-malformed-records.json"_s, u"job-page"_s},
            {u"variants/jobs-page-empty.json"_s, u"job-page"_s},
            {u"variants/jobs-page-absolute-next.json"_s, u"job-page"_s},
            {u"variants/jobs-page-reject-no-records.json"_s, u"job-page-rejected"_s},
            {u"variants/jobs-page-reject-records-object.json"_s, u"job-page-rejected"_s},
            {u"variants/jobs-page-reject-bare-array.json"_s, u"job-page-rejected"_s},
            // Create requests.
            {u"variants/create-job-request-minimal.json"_s, u"job-request"_s},
            {u"variants/create-job-request-evaluation.json"_s, u"job-request"_s},
            {u"variants/create-job-request-unknown-keys.json"_s, u"job-request"_s},
            {u"variants/delete-job-response.json"_s, u"cancel-reply"_s},
            // Catalog and Data Access.
            {u"variants/create-dataset-response-uppercase.json"_s, u"dataset-created"_s},
            {u"variants/create-dataset-request-full.json"_s, u"dataset-request"_s},
            {u"variants/datasets-map.json"_s, u"dataset-map"_s},
            {u"variants/dataset-get.json"_s, u"dataset-map"_s},
            {u"variants/datasets-map-malformed.json"_s, u"dataset-map"_s},
            {u"variants/batch-get.json"_s, u"batch"_s},
            {u"variants/batch-files-page.json"_s, u"batch-file-page"_s},
            {u"variants/file-listing.json"_s, u"file-listing"_s},
            // Choices for the job form.
            {u"variants/segment-definitions-page.json"_s, u"segment-page"_s},
            {u"variants/merge-policies-page.json"_s, u"merge-policy-page"_s},
            {u"variants/audiences-page.json"_s, u"audience-page"_s},
    };
}

void tst_Samples::everySampleIsListed()
{
    QSet<QString> listed;
    for (const auto &[file, kind] : samples())
        listed.insert(file);
    const QStringList files = TestData::allSampleFiles();
    QVERIFY(files.size() > 40);
    for (const QString &file : files)
        QVERIFY2(listed.contains(file), qPrintable(file + u" has no row in tst_samples"_s));
    QCOMPARE(listed.size(), files.size());
}

void tst_Samples::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    for (const auto &[file, kind] : samples())
        QTest::newRow(qPrintable(file)) << file << kind;
}

namespace {

// Each element of `array` that `decode` accepts must write back as it came; returns how many.
template<typename Decode>
int roundTripEach(const QJsonArray &array, Decode decode)
{
    int accepted = 0;
    for (const QJsonValueConstRef element : array) {
        if (!element.isObject())
            continue;
        const QJsonObject original = element.toObject();
        const auto value = decode(original);
        if (!value)
            continue;
        ++accepted;
        const QJsonObject written = value->toJson();
        if (written != original) {
            qWarning().noquote() << "expected" << TestData::text(original) << "written"
                                 << TestData::text(written);
            return -1;
        }
    }
    return accepted;
}

} // namespace

void tst_Samples::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    const QByteArray body = TestData::read(file);
    const QJsonDocument document = TestData::document(file);
    const QJsonObject object = document.object();

    if (kind == "job"_L1) {
        const auto job = ExportJob::fromJson(object);
        QVERIFY(job);
        QCOMPARE(TestData::text(job->toJson()), TestData::text(object));
        QCOMPARE(job->toJson(), object);
        const auto decoded = ExportJob::decode(body);
        QVERIFY(decoded);
        QCOMPARE(decoded.value(), *job);
        // A job copied and compared is itself: value semantics.
        const ExportJob copy = *job;
        QCOMPARE(copy, *job);
        QCOMPARE(changedFields(copy, *job), JobFields());
    } else if (kind == "job-rejected"_L1) {
        QVERIFY(!ExportJob::fromJson(object));
        const auto decoded = ExportJob::decode(body);
        QVERIFY(!decoded);
        QVERIFY(!decoded.error().isEmpty());
    } else if (kind == "job-page"_L1) {
        const auto page = ExportJobPage::decode(body);
        QVERIFY2(page, qPrintable(page.error()));
        const QJsonArray records = object.value("records"_L1).toArray();
        const int accepted = roundTripEach(
                records, [](const QJsonObject &o) { return ExportJob::fromJson(o); });
        QCOMPARE(accepted, page->records.size());
        QCOMPARE(page->records.size() + page->skipped, records.size());
    } else if (kind == "job-page-rejected"_L1) {
        const auto page = ExportJobPage::decode(body);
        QVERIFY(!page);
        QVERIFY(!page.error().isEmpty());
    } else if (kind == "job-request"_L1) {
        const ExportJobRequest request = ExportJobRequest::fromJson(object);
        QCOMPARE(TestData::text(request.toJson()), TestData::text(object));
        QCOMPARE(request.toJson(), object);
        QCOMPARE(ExportJobRequest::decode(body).value(), request);
    } else if (kind == "destination"_L1) {
        const QJsonObject original = object.value("destination"_L1).toObject();
        QVERIFY(!original.isEmpty());
        QCOMPARE(Destination::fromJson(original).toJson(), original);
    } else if (kind == "dataset-request"_L1) {
        const DatasetRequest request = DatasetRequest::fromJson(object);
        QCOMPARE(request.toJson(), object);
        QCOMPARE(DatasetRequest::decode(body).value(), request);
    } else if (kind == "dataset-created"_L1) {
        QCOMPARE(Dataset::datasetIdFromCreateResponse(document), u"5b020a27e7040801dedba61b"_s);
    } else if (kind == "dataset-map"_L1) {
        const auto map = DatasetMap::decode(body);
        QVERIFY2(map, qPrintable(map.error()));
        QCOMPARE(map->entryCount, object.size());
        QCOMPARE(map->datasets.size() + map->skipped, object.size());
        for (const Dataset &dataset : map->datasets)
            QCOMPARE(dataset.toJson(), object.value(dataset.id).toObject());
    } else if (kind == "batch"_L1) {
        const auto batch = Batch::decode(body);
        QVERIFY2(batch, qPrintable(batch.error()));
        QCOMPARE(batch->toJson(), object.value(batch->id).toObject());
    } else if (kind == "batch-file-page"_L1) {
        const auto page = BatchFilePage::decode(body);
        QVERIFY2(page, qPrintable(page.error()));
        const QJsonArray data = object.value("data"_L1).toArray();
        QCOMPARE(roundTripEach(data, BatchFile::fromJson), page->files.size());
        QCOMPARE(page->files.size() + page->skipped, data.size());
    } else if (kind == "file-listing"_L1) {
        const auto listing = FileListing::decode(body);
        QVERIFY2(listing, qPrintable(listing.error()));
        const QJsonArray data = object.value("data"_L1).toArray();
        QCOMPARE(roundTripEach(data, FileEntry::fromJson), listing->files.size());
        QCOMPARE(listing->files.size() + listing->skipped, data.size());
    } else if (kind == "segment-page"_L1) {
        const auto page = SegmentDefinitionPage::decode(body);
        QVERIFY2(page, qPrintable(page.error()));
        const QJsonArray segments = object.value("segments"_L1).toArray();
        QCOMPARE(roundTripEach(segments, SegmentDefinition::fromJson), page->segments.size());
        QCOMPARE(page->segments.size() + page->skipped, segments.size());
    } else if (kind == "merge-policy-page"_L1) {
        const auto page = MergePolicyPage::decode(body);
        QVERIFY2(page, qPrintable(page.error()));
        const QJsonArray children = object.value("children"_L1).toArray();
        QCOMPARE(roundTripEach(children, MergePolicy::fromJson), page->children.size());
        QCOMPARE(page->children.size() + page->skipped, children.size());
    } else if (kind == "audience-page"_L1) {
        const auto page = AudiencePage::decode(body);
        QVERIFY2(page, qPrintable(page.error()));
        const QJsonArray children = object.value("children"_L1).toArray();
        QCOMPARE(roundTripEach(children, Audience::fromJson), page->children.size());
        QCOMPARE(page->children.size() + page->skipped, children.size());
    } else if (kind == "cancel-reply"_L1) {
        const auto reply = CancelJobReply::decode(body);
        QVERIFY2(reply, qPrintable(reply.error()));
        QCOMPARE(reply->toJson(), object);
    } else {
        QFAIL(qPrintable(u"unknown kind "_s + kind));
    }
}

QTEST_GUILESS_MAIN(tst_Samples)
#include "tst_samples.moc"
