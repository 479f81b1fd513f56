#include "FormTestSupport.h"
#include "ui/FieldListEdit.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// What is typed into the export job form is on disk moments later, survives closing the dialog
// and a restart (a new dialog over a new DraftStore on the same folder), is offered back to
// restore or discard, holds no secret, and is gone once the job is created.
class tst_FormDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void typedContentIsOnDiskWhileTheDialogIsOpen();
    void draftSurvivesCloseAndRestart();
    void discardedDraftIsGone();
    void olderDraftsAreOfferedInTurn();
    void submittingClearsTheDraft();
    void draftsOfAnotherSandboxAreNotOffered();

private:
    QString draftsDir() const { return m_dataDir.filePath(u"drafts-%1"_s.arg(m_run)); }
    QStringList draftFiles() const;
    // Types a recognisable export job: fields, a segment by ID, a qualification start.
    void typeSomething(ExportJobDialog &dialog);

    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformClient> m_client;
    QTemporaryDir m_dataDir;
    QString m_datasetId;
    QString m_segmentId;
    int m_run = 0;
};

void tst_FormDrafts::initTestCase()
{
    m_platform = std::make_unique<EmulatorFixture>(EmulatorFixture::Options::withProfiles(20));
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_client = FormTest::makeClient(*m_platform);
    m_datasetId = FormTest::createDataset(*m_client, u"Drafts"_s);
    QVERIFY(!m_datasetId.isEmpty());
    m_segmentId = FormTest::firstSegmentId(*m_client);
    QVERIFY(!m_segmentId.isEmpty());
}

void tst_FormDrafts::init()
{
    ++m_run;
    m_platform->clearRequestLog();
}

QStringList tst_FormDrafts::draftFiles() const
{
    QStringList files;
    QDirIterator it(draftsDir(), {u"*.json"_s}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    return files;
}

void tst_FormDrafts::typeSomething(ExportJobDialog &dialog)
{
    ExportJobForm *form = dialog.form();
    QTest::keyClicks(form->datasetBox()->lineEdit(), m_datasetId);
    QTest::keyClicks(form->fieldsEdit()->lineEdit(), u"identities.id,person.name.lastName"_s);
    FormTest::click(form->segments()->addByIdButton());
    QTest::keyClicks(form->segments()->idEdit(0), m_segmentId);
    FormTest::click(form->segments()->statusBox(0, u"exited"_s));
    FormTest::typeDateTime(form->qualificationStart(),
                           QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC), u"local"_s);
}

void tst_FormDrafts::typedContentIsOnDiskWhileTheDialogIsOpen()
{
    DraftStore drafts(draftsDir());
    ExportJobDialog dialog(m_client.get(), &drafts);
    dialog.show();
    QVERIFY(draftFiles().isEmpty());
    typeSomething(dialog);
    // No close, no flush: a crash now would find it on disk.
    QTRY_COMPARE(draftFiles().size(), 1);
    QTRY_VERIFY(!drafts.hasPending());
    QFile file(draftFiles().first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject request = saved.value(u"content").toObject().value(u"request").toObject();
    QCOMPARE(request, dialog.request().toJson());
    QCOMPARE(request.value(u"fields").toString(), u"identities.id,person.name.lastName"_s);
    QCOMPARE(saved.value(u"scope").toString(), ExportJobDialog::draftScope(m_client->connection()));
    // No secret of the connection is in any draft.
    file.seek(0);
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(m_platform->credentials().clientSecret.toUtf8()));
    QVERIFY(!bytes.contains("Bearer"));
}

void tst_FormDrafts::draftSurvivesCloseAndRestart()
{
    QJsonObject typed;
    QJsonObject typedUi;
    {
        DraftStore drafts(draftsDir());
        ExportJobDialog dialog(m_client.get(), &drafts);
        dialog.show();
        QVERIFY(!dialog.isOfferingDraft());
        typeSomething(dialog);
        typed = dialog.request().toJson();
        typedUi = dialog.form()->uiState();
        // Escape closes the form at once; what was typed stays.
        QTest::keyClick(dialog.form()->fieldsEdit()->lineEdit(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(draftFiles().size(), 1);
    }
    // "Restart": a new store and a new dialog on the same folder.
    DraftStore drafts(draftsDir());
    ExportJobDialog dialog(m_client.get(), &drafts);
    dialog.show();
    QVERIFY(dialog.isOfferingDraft());
    QCOMPARE(dialog.request().toJson(), ExportJobForm::defaultRequest().toJson());
    FormTest::click(dialog.restoreDraftButton());
    QVERIFY(!dialog.isOfferingDraft());
    QCOMPARE(dialog.request().toJson(), typed);
    QCOMPARE(dialog.form()->segments()->idEdit(0)->text(), m_segmentId);
    QVERIFY(dialog.form()->segments()->statusBox(0, u"exited"_s)->isChecked());
    // The zone chosen as "local" comes back as "local", not as the offset it was written with.
    QCOMPARE(dialog.form()->qualificationStart()->zoneBox()->currentData().toString(), u"local"_s);
    QCOMPARE(dialog.form()->uiState(), typedUi);
    // Editing goes on in the same draft, not in a second one.
    QTest::keyClicks(dialog.form()->fieldsEdit()->lineEdit(), u",personalEmail.address"_s);
    drafts.flush();
    QCOMPARE(draftFiles().size(), 1);
}

void tst_FormDrafts::discardedDraftIsGone()
{
    {
        DraftStore drafts(draftsDir());
        ExportJobDialog dialog(m_client.get(), &drafts);
        typeSomething(dialog);
    }
    QCOMPARE(draftFiles().size(), 1);
    DraftStore drafts(draftsDir());
    ExportJobDialog dialog(m_client.get(), &drafts);
    dialog.show();
    QVERIFY(dialog.isOfferingDraft());
    FormTest::click(dialog.discardDraftButton());
    QVERIFY(!dialog.isOfferingDraft());
    QVERIFY(draftFiles().isEmpty());
    QCOMPARE(dialog.request().toJson(), ExportJobForm::defaultRequest().toJson());
}

void tst_FormDrafts::olderDraftsAreOfferedInTurn()
{
    for (const QString &fields : {u"identities.id"_s, u"personalEmail.address"_s}) {
        DraftStore drafts(draftsDir());
        ExportJobDialog dialog(m_client.get(), &drafts);
        QTest::keyClicks(dialog.form()->fieldsEdit()->lineEdit(), fields);
        QTest::qWait(20); // distinct save times
    }
    QCOMPARE(draftFiles().size(), 2);
    DraftStore drafts(draftsDir());
    ExportJobDialog dialog(m_client.get(), &drafts);
    dialog.show();
    QVERIFY(dialog.isOfferingDraft());
    // Newest first; discarding it offers the older one, which can be restored.
    FormTest::click(dialog.discardDraftButton());
    QVERIFY(dialog.isOfferingDraft());
    FormTest::click(dialog.restoreDraftButton());
    QCOMPARE(dialog.request().fields, u"identities.id"_s);
    QCOMPARE(draftFiles().size(), 1);
}

void tst_FormDrafts::submittingClearsTheDraft()
{
    {
        DraftStore drafts(draftsDir());
        ExportJobDialog dialog(m_client.get(), &drafts);
        typeSomething(dialog);
    }
    DraftStore drafts(draftsDir());
    ExportJobDialog dialog(m_client.get(), &drafts);
    QSignalSpy created(&dialog, &ExportJobDialog::jobCreated);
    dialog.show();
    FormTest::click(dialog.restoreDraftButton());
    QVERIFY2(dialog.submitButton()->isEnabled(), qPrintable(dialog.statusText()));
    FormTest::click(dialog.submitButton());
    QTRY_COMPARE(created.count(), 1);
    drafts.flush();
    QVERIFY(draftFiles().isEmpty());
    QCOMPARE(FormTest::jobPosts(*m_platform).first().body.toObject().value(u"fields").toString(),
             u"identities.id,person.name.lastName"_s);
}

void tst_FormDrafts::draftsOfAnotherSandboxAreNotOffered()
{
    {
        DraftStore drafts(draftsDir());
        ExportJobDialog dialog(m_client.get(), &drafts);
        typeSomething(dialog);
    }
    auto dev = FormTest::makeClient(*m_platform, u"dev"_s);
    DraftStore drafts(draftsDir());
    ExportJobDialog dialog(dev.get(), &drafts);
    QVERIFY(!dialog.isOfferingDraft());
    ExportJobDialog prod(m_client.get(), &drafts);
    QVERIFY(prod.isOfferingDraft());
}

QTEST_MAIN(tst_FormDrafts)
#include "tst_form_drafts.moc"
