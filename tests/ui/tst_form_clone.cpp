#include "FormTestSupport.h"
#include "models/DraftStore.h"
#include "ui/FieldMessage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QJsonDocument seed(const QString &name)
{
    QFile file(QStringLiteral(EXPORT_STUDIO_TEST_DATA "/seed/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace

// Cloning fills the form with the request that made a job, whatever became of the job (the
// tutorial's FAILED job included), and the form sends exactly that request again.
class tst_FormClone : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void tutorialJobs_data();
    void tutorialJobs();
    void tutorialRequestRoundTrips();
    void cloneOfARealJobIsSentAgain();
    void valuesTheFormCannotHoldAreNamed();

private:
    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformClient> m_client;
    QTemporaryDir m_dataDir;
    std::unique_ptr<DraftStore> m_drafts;
    int m_run = 0;
};

void tst_FormClone::initTestCase()
{
    m_platform = std::make_unique<EmulatorFixture>(EmulatorFixture::Options::withProfiles(20));
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_client = FormTest::makeClient(*m_platform);
}

void tst_FormClone::init()
{
    m_drafts = std::make_unique<DraftStore>(m_dataDir.filePath(u"drafts-%1"_s.arg(++m_run)));
    m_platform->clearRequestLog();
}

void tst_FormClone::tutorialJobs_data()
{
    QTest::addColumn<QJsonObject>("job");
    const QJsonArray records
            = seed(u"list-jobs-response.json"_s).object().value(u"records").toArray();
    for (const QJsonValue &record : records) {
        const QJsonObject job = record.toObject();
        QTest::addRow("list: job %d, %s", job.value(u"id").toInt(),
                      qPrintable(job.value(u"status").toString()))
                << job;
    }
    QTest::newRow("create answer, segment per batch")
            << seed(u"create-job-response.json"_s).object();
    QTest::newRow("get answer") << seed(u"get-job-response.json"_s).object();
}

void tst_FormClone::tutorialJobs()
{
    QFETCH(QJsonObject, job);
    const auto decoded = ExportJob::fromJson(job);
    QVERIFY(decoded);
    ExportJobDialog dialog(m_client.get(), m_drafts.get());
    dialog.show();
    dialog.fillFrom(*decoded);

    const ExportJobRequest expected = ExportJobRequest::fromJob(*decoded);
    QCOMPARE(dialog.request().toJson(), expected.toJson());
    QCOMPARE(dialog.request(), expected);
    // The form shows what the job had, row by row.
    const auto segments = expected.filter ? expected.filter->segments : std::nullopt;
    QCOMPARE(dialog.form()->segments()->rowCount(), segments ? int(segments->size()) : 0);
    for (int i = 0; segments && i < segments->size(); ++i)
        QCOMPARE(dialog.form()->segments()->idEdit(i)->text(), *segments->at(i).segmentId);
    QVERIFY(dialog.windowTitle().contains(u"Job %1"_s.arg(decoded->id)));
    QVERIFY(dialog.noticeText().contains(u"Copied from export job %1"_s.arg(decoded->id)));
    // A clone is not a draft until it is edited.
    QTest::qWait(50);
    m_drafts->flush();
    QVERIFY(m_drafts->drafts(ExportJobDialog::draftScope(m_client->connection())).isEmpty());
}

void tst_FormClone::tutorialRequestRoundTrips()
{
    const ExportJobRequest request
            = ExportJobRequest::fromJson(seed(u"create-job-request.json"_s).object());
    ExportJobDialog dialog(m_client.get(), m_drafts.get());
    dialog.show();
    dialog.fillFrom(request);
    QCOMPARE(dialog.request().toJson(), request.toJson());
    QVERIFY(dialog.noticeText().isEmpty());
    // Shown as the tutorial wrote it: offsets kept, the AAM namespace, statuses per row.
    QCOMPARE(dialog.form()->updatedAfter()->zoneBox()->currentData().toString(), u"-07:00"_s);
    QCOMPARE(dialog.form()->segments()->namespaceEdit(0)->text(), u"AAM"_s);
    QVERIFY(dialog.form()->segments()->statusBox(1, u"exited"_s)->isChecked());
    QVERIFY(!dialog.form()->segments()->statusBox(1, u"realized"_s)->isChecked());
    QVERIFY(dialog.form()->eventsBox()->isChecked());
}

void tst_FormClone::cloneOfARealJobIsSentAgain()
{
    const QString dataset = FormTest::createDataset(*m_client, u"Clone"_s);
    QVERIFY(!dataset.isEmpty());
    const auto definitions = FormTest::await<Collected<SegmentDefinition>>(
            [&](auto done) { m_client->listAllSegmentDefinitions({}, this, done); });
    QVERIFY(definitions.isOk() && definitions.value().items.size() >= 2);
    QJsonObject original = seed(u"create-job-request.json"_s).object();
    original.remove(u"mergePolicy"_s);
    QJsonObject filter = original.value(u"filter").toObject();
    filter.insert(u"segments"_s,
                  QJsonArray{QJsonObject{{u"segmentId"_s, definitions.value().items[0].id},
                                         {u"status"_s, QJsonArray{u"realized"_s}}},
                             QJsonObject{{u"segmentId"_s, definitions.value().items[1].id},
                                         {u"segmentNs"_s, u"ups"_s}}});
    original.insert(u"filter"_s, filter);
    original.insert(u"destination"_s,
                    QJsonObject{{u"datasetId"_s, dataset}, {u"segmentPerBatch"_s, true}});
    const auto created = FormTest::await<ExportJob>([&](auto done) {
        m_client->createExportJob(ExportJobRequest::fromJson(original), this, done);
    });
    QVERIFY2(created.isOk(), qPrintable(created.isOk() ? QString() : created.error().message()));
    const auto job = FormTest::await<ExportJob>(
            [&](auto done) { m_client->getExportJob(created.value().id, this, done); });
    QVERIFY(job.isOk());

    ExportJobDialog dialog(m_client.get(), m_drafts.get());
    QSignalSpy jobs(&dialog, &ExportJobDialog::jobCreated);
    dialog.show();
    QTRY_VERIFY(FormTest::choicesLoaded(dialog));
    dialog.fillFrom(job.value());
    QVERIFY2(dialog.submitButton()->isEnabled(), qPrintable(dialog.statusText()));
    m_platform->clearRequestLog();
    FormTest::click(dialog.submitButton());
    QTRY_COMPARE(jobs.count(), 1);
    QVERIFY(jobs.first().first().value<ExportJob>().id != job.value().id);
    const auto posts = FormTest::jobPosts(*m_platform);
    QCOMPARE(posts.size(), 1);
    // The request the platform echoes, with the merge policy it chose filled in.
    QCOMPARE(posts.first().body.toObject(), ExportJobRequest::fromJob(job.value()).toJson());
    QJsonObject sentWithoutPolicy = posts.first().body.toObject();
    sentWithoutPolicy.remove(u"mergePolicy"_s);
    QCOMPARE(sentWithoutPolicy, original);
}

void tst_FormClone::valuesTheFormCannotHoldAreNamed()
{
    QJsonObject job = seed(u"list-jobs-response.json"_s)
                              .object()
                              .value(u"records")
                              .toArray()
                              .at(1)
                              .toObject(); // the FAILED one
    QJsonObject filter = job.value(u"filter").toObject();
    filter.insert(u"emptyProfiles"_s, u"yes"_s);
    job.insert(u"filter"_s, filter);
    job.insert(u"mergePolicy"_s, QJsonObject{{u"id"_s, u"mp"_s}, {u"version"_s, 0}});
    const auto decoded = ExportJob::fromJson(job);
    QVERIFY(decoded);
    ExportJobDialog dialog(m_client.get(), m_drafts.get());
    dialog.show();
    dialog.fillFrom(*decoded);
    const QString notice = dialog.noticeText();
    QVERIFY2(notice.contains(u"Left out because the form cannot hold their values: "_s)
                     && notice.contains(u"mergePolicy.version"_s)
                     && notice.contains(u"filter.emptyProfiles"_s),
             qPrintable(notice));
    const ExportJobRequest request = dialog.request();
    QVERIFY(!request.filter->emptyProfiles);
    QVERIFY(!request.filter->extra.contains(u"emptyProfiles"_s));
    QCOMPARE(request.mergePolicy->id, u"mp"_s);
    QVERIFY(!request.mergePolicy->version);
    QVERIFY(request.isValid());
}

QTEST_MAIN(tst_FormClone)
#include "tst_form_clone.moc"
