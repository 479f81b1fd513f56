#include "FormTestSupport.h"
#include "emulator/Chaos.h"
#include "ui/FieldListEdit.h"
#include "ui/FieldMessage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// What the form does when a submit does not simply succeed: an answer that never came is an
// unknown outcome, and the form looks the job up instead of sending it twice; a refusal is shown
// in the form, which keeps everything that was entered.
class tst_FormOutcome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void lateAnswerIsFoundByLookingUp();
    void droppedCreateIsNotFoundAndCanBeSentAgain();
    void refusalIsShownBesideTheField();

private:
    std::unique_ptr<ExportJobDialog> filledDialog(const QString &datasetId);
    int jobCount();
    // A chaos seed under which only the second gateway request misbehaves (as `action`, and
    // slowly if `slow`): a submit first lists the newest jobs, then sends the create.
    static QString createOnly(const QString &spec, Emulator::Chaos::Action action,
                              bool slow = false);

    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformClient> m_client;
    QTemporaryDir m_dataDir;
    std::unique_ptr<DraftStore> m_drafts;
    QString m_datasetId;
    int m_run = 0;
};

void tst_FormOutcome::initTestCase()
{
    m_platform = std::make_unique<EmulatorFixture>(EmulatorFixture::Options::withProfiles(20));
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_client = FormTest::makeClient(*m_platform);
    m_datasetId = FormTest::createDataset(*m_client, u"Outcome"_s);
    QVERIFY(!m_datasetId.isEmpty());
}

void tst_FormOutcome::init()
{
    m_drafts = std::make_unique<DraftStore>(m_dataDir.filePath(u"drafts-%1"_s.arg(++m_run)));
    m_client->setTimeout(std::chrono::milliseconds(10'000));
    m_platform->clearRequestLog();
}

void tst_FormOutcome::cleanup()
{
    m_platform->setChaos(QString());
}

QString tst_FormOutcome::createOnly(const QString &spec, Emulator::Chaos::Action action, bool slow)
{
    auto quiet = [](const Emulator::Chaos::Decision &d) {
        return d.action == Emulator::Chaos::Action::None && d.delayMs == 0;
    };
    for (int seed = 1; seed < 100000; ++seed) {
        const QString seeded = spec + u",seed="_s + QString::number(seed);
        Emulator::ChaosSettings settings;
        if (!Emulator::ChaosSettings::parse(seeded, &settings).isEmpty())
            return {};
        Emulator::Chaos chaos;
        chaos.setSettings(settings);
        if (!quiet(chaos.decideRequest()))
            continue;
        const auto create = chaos.decideRequest();
        if (create.action != action || slow != (create.delayMs > 0))
            continue;
        bool rest = true;
        for (int i = 0; i < 6 && rest; ++i)
            rest = quiet(chaos.decideRequest());
        if (rest)
            return seeded;
    }
    return {};
}

std::unique_ptr<ExportJobDialog> tst_FormOutcome::filledDialog(const QString &datasetId)
{
    auto dialog = std::make_unique<ExportJobDialog>(m_client.get(), m_drafts.get());
    dialog->show();
    if (!QTest::qWaitFor([&] { return FormTest::choicesLoaded(*dialog); }, 20000))
        return nullptr;
    QTest::keyClicks(dialog->form()->datasetBox()->lineEdit(), datasetId);
    QTest::keyClicks(dialog->form()->fieldsEdit()->lineEdit(), u"identities.id"_s);
    return dialog;
}

int tst_FormOutcome::jobCount()
{
    const auto jobs = FormTest::await<Collected<ExportJob>>(
            [&](auto done) { m_client->listAllExportJobs({}, this, done); });
    return jobs.isOk() ? int(jobs.value().items.size()) : -1;
}

void tst_FormOutcome::lateAnswerIsFoundByLookingUp()
{
    auto dialog = filledDialog(m_datasetId);
    QVERIFY(dialog);
    QSignalSpy created(dialog.get(), &ExportJobDialog::jobCreated);
    const int before = jobCount();
    QVERIFY(before >= 0);
    // The platform creates the job but answers after the client stopped waiting.
    const QString chaos = createOnly(u"slow=0.5:2500"_s, Emulator::Chaos::Action::None, true);
    QVERIFY(!chaos.isEmpty());
    m_client->setTimeout(std::chrono::milliseconds(800));
    QVERIFY(m_platform->setChaos(chaos).isEmpty());
    FormTest::click(dialog->submitButton());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lookUpButton()->isVisible(), 15000);
    m_platform->setChaos(QString());
    m_client->setTimeout(std::chrono::milliseconds(10'000));

    QVERIFY2(dialog->outcomeText().startsWith(u"The platform did not confirm the export job"_s),
             qPrintable(dialog->outcomeText()));
    QVERIFY(dialog->outcomeText().contains(u"The platform did not answer in time."_s));
    QVERIFY(!dialog->submitButton()->isEnabled());
    QCOMPARE(dialog->statusText(), u"Submit waits until the job has been looked for."_s);
    QCOMPARE(created.count(), 0);
    // Submit stays unavailable, whatever is pressed: the job must not be created twice.
    dialog->submit();
    QTest::keyClick(dialog->form()->schemaEdit(), Qt::Key_Return);

    FormTest::click(dialog->lookUpButton());
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const ExportJob found = created.first().first().value<ExportJob>();
    QCOMPARE(found.fields, u"identities.id"_s);
    QCOMPARE(found.destination->datasetId, m_datasetId);
    // Created once: the platform holds exactly one job more, the one found.
    QCOMPARE(jobCount(), before + 1);
    const auto fetched = FormTest::await<ExportJob>(
            [&](auto done) { m_client->getExportJob(found.id, this, done); });
    QVERIFY(fetched.isOk());
    QVERIFY(m_drafts->drafts(ExportJobDialog::draftScope(m_client->connection())).isEmpty());
}

void tst_FormOutcome::droppedCreateIsNotFoundAndCanBeSentAgain()
{
    auto dialog = filledDialog(m_datasetId);
    QVERIFY(dialog);
    QSignalSpy created(dialog.get(), &ExportJobDialog::jobCreated);
    const QString chaos = createOnly(u"drop=0.5"_s, Emulator::Chaos::Action::Drop);
    QVERIFY(!chaos.isEmpty());
    QVERIFY(m_platform->setChaos(chaos).isEmpty());
    FormTest::click(dialog->submitButton());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->lookUpButton()->isVisible(), 15000);
    m_platform->setChaos(QString());
    QCOMPARE(FormTest::jobPosts(*m_platform).size(), 1);
    QCOMPARE(FormTest::jobPosts(*m_platform).first().status, 0);

    FormTest::click(dialog->lookUpButton());
    QTRY_VERIFY2(dialog->outcomeText().startsWith(u"No export job matching this request"_s),
                 qPrintable(dialog->outcomeText()));
    QVERIFY(!dialog->lookUpButton()->isVisible());
    QVERIFY(dialog->submitButton()->isEnabled());
    QCOMPARE(created.count(), 0);
    FormTest::click(dialog->submitButton());
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(FormTest::jobPosts(*m_platform).size(), 2);
}

void tst_FormOutcome::refusalIsShownBesideTheField()
{
    auto dialog = filledDialog(u"no-such-dataset"_s);
    QVERIFY(dialog);
    QSignalSpy created(dialog.get(), &ExportJobDialog::jobCreated);
    FormTest::click(dialog->submitButton());
    QTRY_VERIFY(dialog->outcomeText().startsWith(u"The export job was not created."_s));
    QVERIFY(dialog->outcomeText().contains(u"HTTP 400"_s));
    const FieldMessage *message = dialog->form()->messageFor(u"destination.datasetId"_s);
    QVERIFY2(message->errors().join(u' ').contains(u"destination.datasetId 'no-such-dataset'"_s),
             qPrintable(message->text()));
    // Everything stays as typed, and the corrected form goes through.
    QCOMPARE(dialog->request().fields, u"identities.id"_s);
    QVERIFY(dialog->submitButton()->isEnabled());
    QVERIFY(!dialog->lookUpButton()->isVisible());
    QCOMPARE(created.count(), 0);
    FormTest::retype(dialog->form()->datasetBox()->lineEdit(), m_datasetId);
    QVERIFY(message->errors().isEmpty());
    FormTest::click(dialog->submitButton());
    QTRY_COMPARE(created.count(), 1);
}

QTEST_MAIN(tst_FormOutcome)
#include "tst_form_outcome.moc"
