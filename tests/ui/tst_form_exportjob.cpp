#include "FormTestSupport.h"
#include "models/DraftStore.h"
#include "ui/DatasetDialog.h"
#include "ui/FieldListEdit.h"
#include "ui/OptionalCheckBox.h"
#include "ui/RequestPreview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// An export job created through the form against a real local platform: two segments with
// their statuses, a qualification time range, an ingest filter, an event list and every other
// option, read back field by field from the body the platform received.
class tst_FormExportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void choicesLoadInTheBackground();
    void everyOptionReachesThePlatform();
    void newDatasetFromTheFormIsChosen();

private:
    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformClient> m_client;
    QTemporaryDir m_dataDir;
    std::unique_ptr<DraftStore> m_drafts;
    QString m_datasetId;
    int m_run = 0;
};

void tst_FormExportJob::initTestCase()
{
    m_platform = std::make_unique<EmulatorFixture>(EmulatorFixture::Options::withProfiles(40));
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_client = FormTest::makeClient(*m_platform);
    m_datasetId = FormTest::createDataset(*m_client, u"Profile Data Export"_s);
    QVERIFY(!m_datasetId.isEmpty());
}

void tst_FormExportJob::init()
{
    m_drafts = std::make_unique<DraftStore>(m_dataDir.filePath(u"drafts-%1"_s.arg(++m_run)));
    m_platform->clearRequestLog();
}

void tst_FormExportJob::choicesLoadInTheBackground()
{
    ExportJobDialog dialog(m_client.get(), m_drafts.get());
    dialog.show();
    // The form is there at once; the lists arrive later.
    QCOMPARE(dialog.form()->datasetLoadState()->state(), LoadState::State::Loading);
    QVERIFY(dialog.form()->datasetLoadState()->isVisible());
    QVERIFY(!dialog.form()->segments()->pickButton()->isEnabled());
    QVERIFY(dialog.form()->fieldsEdit()->isEnabled());
    QTRY_VERIFY(FormTest::choicesLoaded(dialog));
    QVERIFY(!dialog.form()->datasetLoadState()->isVisible());
    QVERIFY(dialog.form()->segments()->pickButton()->isEnabled());

    // The datasets, newest first; the default merge policy is marked.
    QComboBox *datasets = dialog.form()->datasetBox();
    QVERIFY(datasets->findData(m_datasetId) >= 0);
    QCOMPARE(datasets->itemText(datasets->findData(m_datasetId)),
             u"Profile Data Export (%1)"_s.arg(m_datasetId));
    QComboBox *policies = dialog.form()->mergePolicyBox();
    QCOMPARE(policies->currentIndex(), 0);
    QCOMPARE(policies->currentData().toString(), QString());
    int defaults = 0;
    for (int i = 1; i < policies->count(); ++i)
        defaults += policies->itemText(i).endsWith(u" (default)"_s) ? 1 : 0;
    QCOMPARE(defaults, 1);
    QVERIFY(!dialog.form()->mergePolicyVersionBox()->isEnabled());
    QCOMPARE(dialog.form()->mergePolicyVersionBox()->text(), u"Latest"_s);

    // Nothing chosen yet: Submit says why it is disabled.
    QVERIFY(!dialog.submitButton()->isEnabled());
    QCOMPARE(dialog.statusText(), u"Submit is unavailable: destination.datasetId is required."_s);
    QVERIFY(FormTest::jobPosts(*m_platform).isEmpty());
}

void tst_FormExportJob::everyOptionReachesThePlatform()
{
    ExportJobDialog dialog(m_client.get(), m_drafts.get());
    QSignalSpy created(&dialog, &ExportJobDialog::jobCreated);
    dialog.show();
    QTRY_VERIFY(FormTest::choicesLoaded(dialog));
    ExportJobForm *form = dialog.form();

    // Destination: the dataset chosen from the list with the keyboard.
    QComboBox *datasets = form->datasetBox();
    datasets->setFocus();
    while (datasets->currentData().toString() != m_datasetId
           && datasets->currentIndex() < datasets->count() - 1)
        QTest::keyClick(datasets, Qt::Key_Down);
    QCOMPARE(datasets->currentData().toString(), m_datasetId);
    FormTest::click(form->segmentPerBatchBox());
    QCOMPARE(form->schemaEdit()->text(), u"_xdm.context.profile"_s);

    // Two segments from the picker; the first also exports exited members, the second only
    // realized ones, under an explicit namespace.
    const QString first = FormTest::pickSegment(dialog, u"Japan"_s);
    QCOMPARE(first, u"Residents of Japan"_s);
    const QString second = FormTest::pickSegment(dialog, u"All profiles"_s);
    QCOMPARE(second, u"All profiles"_s);
    SegmentsEditor *segments = form->segments();
    QCOMPARE(segments->rowCount(), 2);
    const QString firstId = segments->idEdit(0)->text();
    const QString secondId = segments->idEdit(1)->text();
    QVERIFY(!firstId.isEmpty() && firstId != secondId);
    FormTest::click(segments->statusBox(0, u"exited"_s));
    FormTest::click(segments->statusBox(1, u"existing"_s));
    QTest::keyClicks(segments->namespaceEdit(1), u"ups"_s);

    FormTest::typeDateTime(form->qualificationStart(),
                           QDateTime(QDate(2019, 9, 1), QTime(0, 0), Qt::UTC), u"utc"_s);
    FormTest::typeDateTime(form->qualificationEnd(),
                           QDateTime(QDate(2030, 9, 2), QTime(8, 30, 15), Qt::UTC), u"+09:00"_s);

    // Profiles.
    QTest::keyClicks(form->fieldsEdit()->lineEdit(),
                     u"identities.id, personalEmail.address,person.name.firstName"_s);
    QComboBox *policies = form->mergePolicyBox();
    policies->setFocus();
    QTest::keyClick(policies, Qt::Key_Down);
    const QString policyId = policies->currentData().toString();
    QVERIFY(!policyId.isEmpty());
    QVERIFY(form->mergePolicyVersionBox()->isEnabled());
    form->mergePolicyVersionBox()->setFocus();
    form->mergePolicyVersionBox()->selectAll();
    QTest::keyClicks(form->mergePolicyVersionBox(), u"1"_s);
    FormTest::typeDateTime(form->updatedAfter(),
                           QDateTime(QDate(2018, 10, 25), QTime(13, 22, 4), Qt::UTC), u"-07:00"_s);
    FormTest::click(form->emptyProfilesBox());

    // Events.
    QVERIFY(!form->eventFieldsEdit()->isEnabled());
    FormTest::click(form->eventsBox());
    QVERIFY(form->eventFieldsEdit()->isEnabled());
    QTest::keyClicks(form->eventFieldsEdit()->lineEdit(),
                     u"environment.browserDetails.name,timestamp"_s);
    FormTest::typeDateTime(form->eventsFrom(),
                           QDateTime(QDate(2018, 10, 25), QTime(13, 22, 4), Qt::UTC), u"-07:00"_s);
    FormTest::typeDateTime(form->eventsTo(), QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC),
                           u"utc"_s);
    FormTest::click(form->segmentationBox());

    // The Request tab shows exactly what Submit sends.
    const QJsonObject expected{
            {u"fields"_s, u"identities.id,personalEmail.address,person.name.firstName"_s},
            {u"mergePolicy"_s, QJsonObject{{u"id"_s, policyId}, {u"version"_s, 1}}},
            {u"filter"_s,
             QJsonObject{{u"segments"_s,
                          QJsonArray{QJsonObject{{u"segmentId"_s, firstId},
                                                 {u"status"_s,
                                                  QJsonArray{u"realized"_s, u"existing"_s,
                                                             u"exited"_s}}},
                                     QJsonObject{{u"segmentId"_s, secondId},
                                                 {u"segmentNs"_s, u"ups"_s},
                                                 {u"status"_s, QJsonArray{u"realized"_s}}}}},
                         {u"segmentQualificationTime"_s,
                          QJsonObject{{u"startTime"_s, u"2019-09-01T00:00:00Z"_s},
                                      {u"endTime"_s, u"2030-09-02T08:30:15+09:00"_s}}},
                         {u"fromIngestTimestamp"_s, u"2018-10-25T13:22:04-07:00"_s},
                         {u"emptyProfiles"_s, true}}},
            {u"additionalFields"_s,
             QJsonObject{{u"eventList"_s,
                          QJsonObject{{u"fields"_s, u"environment.browserDetails.name,timestamp"_s},
                                      {u"filter"_s,
                                       QJsonObject{{u"fromIngestTimestamp"_s,
                                                    u"2018-10-25T13:22:04-07:00"_s},
                                                   {u"toIngestTimestamp"_s,
                                                    u"2031-01-01T00:00:00Z"_s}}}}}}},
            {u"destination"_s,
             QJsonObject{{u"datasetId"_s, m_datasetId}, {u"segmentPerBatch"_s, true}}},
            {u"schema"_s, QJsonObject{{u"name"_s, u"_xdm.context.profile"_s}}},
            {u"evaluationInfo"_s, QJsonObject{{u"segmentation"_s, true}}},
    };
    QCOMPARE(dialog.request().toJson(), expected);
    QCOMPARE(QJsonDocument::fromJson(dialog.preview()->json().toUtf8()).object(), expected);
    const QString curl = dialog.preview()->curl();
    QVERIFY(curl.contains(u"Bearer {ACCESS_TOKEN}"_s));
    QVERIFY(curl.contains(m_platform->baseUrl().toString() + u"/data/core/ups/export/jobs"_s));
    QVERIFY(!curl.contains(m_platform->credentials().clientSecret));
    QVERIFY2(dialog.submitButton()->isEnabled(), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.statusText(), u"Ready to submit."_s);

    FormTest::click(dialog.submitButton());
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ExportJob job = created.first().first().value<ExportJob>();
    QVERIFY(job.id > 0);

    // What the platform received, field by field.
    const auto posts = FormTest::jobPosts(*m_platform);
    QCOMPARE(posts.size(), 1);
    const QJsonObject body = posts.first().body.toObject();
    QCOMPARE(body.value(u"fields"), expected.value(u"fields"));
    QCOMPARE(body.value(u"mergePolicy"), expected.value(u"mergePolicy"));
    const QJsonObject filter = body.value(u"filter").toObject();
    const QJsonArray sentSegments = filter.value(u"segments").toArray();
    QCOMPARE(sentSegments.size(), 2);
    QCOMPARE(sentSegments[0].toObject().value(u"segmentId").toString(), firstId);
    QVERIFY(!sentSegments[0].toObject().contains(u"segmentNs"));
    QCOMPARE(sentSegments[0].toObject().value(u"status").toArray(),
             (QJsonArray{u"realized"_s, u"existing"_s, u"exited"_s}));
    QCOMPARE(sentSegments[1].toObject().value(u"segmentId").toString(), secondId);
    QCOMPARE(sentSegments[1].toObject().value(u"segmentNs").toString(), u"ups"_s);
    QCOMPARE(sentSegments[1].toObject().value(u"status").toArray(), QJsonArray{u"realized"_s});
    QCOMPARE(filter.value(u"segmentQualificationTime").toObject().value(u"startTime").toString(),
             u"2019-09-01T00:00:00Z"_s);
    QCOMPARE(filter.value(u"segmentQualificationTime").toObject().value(u"endTime").toString(),
             u"2030-09-02T08:30:15+09:00"_s);
    QCOMPARE(filter.value(u"fromIngestTimestamp").toString(), u"2018-10-25T13:22:04-07:00"_s);
    QCOMPARE(filter.value(u"emptyProfiles"), QJsonValue(true));
    const QJsonObject events
            = body.value(u"additionalFields").toObject().value(u"eventList").toObject();
    QCOMPARE(events.value(u"fields").toString(), u"environment.browserDetails.name,timestamp"_s);
    QCOMPARE(events.value(u"filter").toObject().value(u"fromIngestTimestamp").toString(),
             u"2018-10-25T13:22:04-07:00"_s);
    QCOMPARE(events.value(u"filter").toObject().value(u"toIngestTimestamp").toString(),
             u"2031-01-01T00:00:00Z"_s);
    QCOMPARE(body.value(u"destination").toObject().value(u"datasetId").toString(), m_datasetId);
    QCOMPARE(body.value(u"destination").toObject().value(u"segmentPerBatch"), QJsonValue(true));
    QCOMPARE(body.value(u"schema").toObject().value(u"name").toString(), u"_xdm.context.profile"_s);
    QCOMPARE(body.value(u"evaluationInfo").toObject().value(u"segmentation"), QJsonValue(true));
    QCOMPARE(body, expected);

    // The job the platform made is the one announced, and the draft is gone.
    const auto fetched = FormTest::await<ExportJob>(
            [&](auto done) { m_client->getExportJob(job.id, this, done); });
    QVERIFY(fetched.isOk());
    QCOMPARE(fetched.value().destination->datasetId, m_datasetId);
    QVERIFY(m_drafts->drafts(ExportJobDialog::draftScope(m_client->connection())).isEmpty());
}

void tst_FormExportJob::newDatasetFromTheFormIsChosen()
{
    ExportJobDialog dialog(m_client.get(), m_drafts.get());
    QSignalSpy announced(&dialog, &ExportJobDialog::datasetCreated);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_VERIFY(FormTest::choicesLoaded(dialog));
    FormTest::click(dialog.form()->createDatasetButton());
    auto *datasetDialog = dialog.findChild<DatasetDialog *>();
    QVERIFY(datasetDialog);
    QTRY_VERIFY(datasetDialog->isVisible());
    QTest::keyClicks(datasetDialog->nameEdit(), u"Made from the job form"_s);
    FormTest::click(datasetDialog->createButton());
    QTRY_COMPARE(announced.count(), 1);
    const Dataset dataset = announced.first().first().value<Dataset>();
    QTRY_VERIFY(!dialog.findChild<DatasetDialog *>());

    // Offered and chosen: the form now writes to it.
    QCOMPARE(dialog.form()->datasetBox()->currentData().toString(), dataset.id);
    QCOMPARE(dialog.request().destination->datasetId, dataset.id);
    QVERIFY(dialog.submitButton()->isEnabled());
    QApplication::setActiveWindow(&dialog);
    QTRY_VERIFY(dialog.isActiveWindow());
    QTest::keyClick(dialog.form()->fieldsEdit()->lineEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(FormTest::jobPosts(*m_platform).size(), 1);
    QCOMPARE(FormTest::jobPosts(*m_platform)
                     .first()
                     .body.toObject()
                     .value(u"destination")
                     .toObject()
                     .value(u"datasetId")
                     .toString(),
             dataset.id);
}

QTEST_MAIN(tst_FormExportJob)
#include "tst_form_exportjob.moc"
