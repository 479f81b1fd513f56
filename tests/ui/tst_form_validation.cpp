#include "FormTestSupport.h"
#include "models/DraftStore.h"
#include "translations/Translations.h"
#include "ui/FieldListEdit.h"
#include "ui/FieldMessage.h"
#include "ui/OptionalCheckBox.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// One row per rule of ExportJobRequest::validate() that a person can run into: the invalid
// input shows its message under its field (a segment's under its row), Submit is disabled and
// says why, and neither a click nor Ctrl+Enter sends anything (the platform's log proves it).
class tst_FormValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void invalidInputBlocksSubmit_data();
    void invalidInputBlocksSubmit();
    void warningDoesNotBlock();
    void fixingTheInputUnblocks();

private:
    // A dialog with everything valid: a dataset, choices loaded.
    std::unique_ptr<ExportJobDialog> validDialog();

    // English with its plural forms, as the product shows it.
    LanguageSwitcher m_language;
    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformClient> m_client;
    QTemporaryDir m_dataDir;
    std::unique_ptr<DraftStore> m_drafts;
    QString m_datasetId;
    QString m_segmentId;
    int m_run = 0;
};

void tst_FormValidation::initTestCase()
{
    QVERIFY(m_language.setLanguage(u"en"_s));
    m_platform = std::make_unique<EmulatorFixture>(EmulatorFixture::Options::withProfiles(20));
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_client = FormTest::makeClient(*m_platform);
    m_datasetId = FormTest::createDataset(*m_client, u"Validation"_s);
    QVERIFY(!m_datasetId.isEmpty());
    m_segmentId = FormTest::firstSegmentId(*m_client);
    QVERIFY(!m_segmentId.isEmpty());
}

void tst_FormValidation::init()
{
    m_drafts = std::make_unique<DraftStore>(m_dataDir.filePath(u"drafts-%1"_s.arg(++m_run)));
    m_platform->clearRequestLog();
}

std::unique_ptr<ExportJobDialog> tst_FormValidation::validDialog()
{
    auto dialog = std::make_unique<ExportJobDialog>(m_client.get(), m_drafts.get());
    dialog->show();
    if (!QTest::qWaitFor([&] { return FormTest::choicesLoaded(*dialog); }, 20000))
        return nullptr;
    QTest::keyClicks(dialog->form()->datasetBox()->lineEdit(), m_datasetId);
    return dialog;
}

void tst_FormValidation::invalidInputBlocksSubmit_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("field"); // where the message shows
    QTest::addColumn<int>("row"); // the segment row, or -1
    QTest::addColumn<QString>("expected");

    QTest::newRow("Missing: no dataset") << u"clear dataset"_s << u"destination.datasetId"_s << -1
                                         << u"destination.datasetId is required."_s;
    QTest::newRow("Missing: no schema name")
            << u"clear schema"_s << u"schema.name"_s << -1 << u"schema.name is required."_s;
    QTest::newRow("Blank: segment without an ID")
            << u"empty segment row"_s << u"filter.segments[0].segmentId"_s << 0
            << u"filter.segments[0].segmentId must not be blank."_s;
    QTest::newRow("ContainsWhitespace: dataset ID")
            << u"dataset with a space"_s << u"destination.datasetId"_s << -1
            << u"destination.datasetId must not contain spaces."_s;
    QTest::newRow("EmptyList: no status") << u"no status"_s << u"filter.segments[0].status"_s << 0
                                          << u"filter.segments[0].status lists no status"_s;
    QTest::newRow("UnknownValue: status") << u"unknown status"_s << u"filter.segments[0].status"_s
                                          << 0 << u"“sleeping” is not a segment status"_s;
    QTest::newRow("Duplicate: same segment twice")
            << u"duplicate segment"_s << u"filter.segments[1].segmentId"_s << 1
            << u"is already in the list"_s;
    QTest::newRow("NotRfc3339: ingest timestamp")
            << u"bad timestamp"_s << u"filter.fromIngestTimestamp"_s << -1
            << u"“yesterday” is not an RFC 3339 date and time"_s;
    QTest::newRow("StartAfterEnd: qualification")
            << u"qualification backwards"_s << u"filter.segmentQualificationTime.endTime"_s << -1
            << u"filter.segmentQualificationTime.endTime is earlier than "
               "filter.segmentQualificationTime.startTime."_s;
    QTest::newRow("StartAfterEnd: events")
            << u"events backwards"_s << u"additionalFields.eventList.filter.toIngestTimestamp"_s
            << -1 << u"toIngestTimestamp is earlier than"_s;
    QTest::newRow("NotFieldList: not a path") << u"fields with a space"_s << u"fields"_s << -1
                                              << u"fields: “person name” is not a field path"_s;
    QTest::newRow("NotFieldList: empty entry") << u"fields with an empty entry"_s << u"fields"_s
                                               << -1 << u"fields has an empty entry"_s;
    QTest::newRow("NotFieldList: event fields")
            << u"event fields bad"_s << u"additionalFields.eventList.fields"_s << -1
            << u"“web..URL” is not a field path"_s;
}

void tst_FormValidation::invalidInputBlocksSubmit()
{
    QFETCH(QString, input);
    QFETCH(QString, field);
    QFETCH(int, row);
    QFETCH(QString, expected);
    auto dialog = validDialog();
    QVERIFY(dialog);
    QVERIFY2(dialog->submitButton()->isEnabled(), qPrintable(dialog->statusText()));
    ExportJobForm *form = dialog->form();
    SegmentsEditor *segments = form->segments();

    auto loadRequest = [&](const QJsonObject &extra) {
        QJsonObject json = dialog->request().toJson();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            json.insert(it.key(), it.value());
        dialog->fillFrom(ExportJobRequest::fromJson(json));
    };
    if (input == u"clear dataset") {
        FormTest::retype(form->datasetBox()->lineEdit(), QString());
    } else if (input == u"clear schema") {
        FormTest::retype(form->schemaEdit(), QString());
    } else if (input == u"empty segment row") {
        FormTest::click(segments->addByIdButton());
    } else if (input == u"dataset with a space") {
        FormTest::retype(form->datasetBox()->lineEdit(), u"ds 1"_s);
    } else if (input == u"no status") {
        FormTest::click(segments->addByIdButton());
        QTest::keyClicks(segments->idEdit(0), m_segmentId);
        FormTest::click(segments->statusBox(0, u"realized"_s));
        FormTest::click(segments->statusBox(0, u"existing"_s));
    } else if (input == u"unknown status") {
        // Only a loaded request can hold a status the form does not offer.
        loadRequest({{u"filter"_s,
                      QJsonObject{{u"segments"_s,
                                   QJsonArray{QJsonObject{
                                           {u"segmentId"_s, m_segmentId},
                                           {u"status"_s,
                                            QJsonArray{u"realized"_s, u"sleeping"_s}}}}}}}});
        QVERIFY(segments->statusBox(0, u"sleeping"_s));
        QVERIFY(segments->statusBox(0, u"sleeping"_s)->isChecked());
    } else if (input == u"duplicate segment") {
        FormTest::click(segments->addByIdButton());
        QTest::keyClicks(segments->idEdit(0), m_segmentId);
        FormTest::click(segments->addByIdButton());
        QTest::keyClicks(segments->idEdit(1), m_segmentId);
    } else if (input == u"bad timestamp") {
        loadRequest({{u"filter"_s, QJsonObject{{u"fromIngestTimestamp"_s, u"yesterday"_s}}}});
        QVERIFY(form->updatedAfter()->enableBox()->isChecked());
    } else if (input == u"qualification backwards") {
        FormTest::typeDateTime(form->qualificationStart(),
                               QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC), u"utc"_s);
        FormTest::typeDateTime(form->qualificationEnd(),
                               QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC), u"utc"_s);
    } else if (input == u"events backwards") {
        FormTest::click(form->eventsBox());
        // The same instant written in two zones is not "backwards"; one hour later is.
        FormTest::typeDateTime(form->eventsFrom(),
                               QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC), u"+09:00"_s);
        FormTest::typeDateTime(form->eventsTo(),
                               QDateTime(QDate(2024, 5, 1), QTime(0, 59), Qt::UTC), u"utc"_s);
    } else if (input == u"fields with a space") {
        QTest::keyClicks(form->fieldsEdit()->lineEdit(), u"identities.id,person name"_s);
    } else if (input == u"fields with an empty entry") {
        QTest::keyClicks(form->fieldsEdit()->lineEdit(), u"identities.id,,person.name"_s);
    } else if (input == u"event fields bad") {
        FormTest::click(form->eventsBox());
        QTest::keyClicks(form->eventFieldsEdit()->lineEdit(), u"timestamp,web..URL"_s);
    } else {
        QFAIL("unknown input");
    }

    // The message is under its field, and nowhere else.
    const FieldMessage *message = row >= 0 ? segments->rowMessage(row) : form->messageFor(field);
    QVERIFY(message);
    QVERIFY2(message->hasError(), qPrintable(dialog->statusText()));
    QVERIFY2(message->errors().join(u'\n').contains(expected),
             qPrintable(message->errors().join(u'\n')));
    QVERIFY(message->isVisibleTo(dialog.get()));
    QVERIFY2(form->generalMessage()->text().isEmpty(), qPrintable(form->generalMessage()->text()));

    // Submit is disabled and says why; nothing is sent, whatever is pressed.
    QVERIFY(!dialog->submitButton()->isEnabled());
    QVERIFY2(dialog->statusText().startsWith(u"Submit is unavailable: "_s),
             qPrintable(dialog->statusText()));
    FormTest::click(dialog->submitButton());
    QTest::keyClick(form->schemaEdit(), Qt::Key_Return);
    QTest::keyClick(form->schemaEdit(), Qt::Key_Return, Qt::ControlModifier);
    dialog->submit();
    QTest::qWait(200);
    QVERIFY(dialog->isVisible());
    QVERIFY(FormTest::jobPosts(*m_platform).isEmpty());
}

void tst_FormValidation::warningDoesNotBlock()
{
    auto dialog = validDialog();
    QVERIFY(dialog);
    FormTest::click(dialog->form()->segmentPerBatchBox());
    const FieldMessage *message = dialog->form()->messageFor(u"destination.segmentPerBatch"_s);
    QVERIFY(!message->hasError());
    QCOMPARE(message->warnings().size(), 1);
    QVERIFY(message->warnings().first().contains(u"no segments are listed"_s));
    QVERIFY(message->isVisibleTo(dialog.get()));
    QCOMPARE(dialog->statusText(), u"Ready to submit; 1 warning to look at."_s);
    QVERIFY(dialog->submitButton()->isEnabled());

    // A warning does not hold the request back: Submit sends it, and the platform writes
    // every profile into one batch.
    const ExportJobRequest entered = dialog->request();
    QSignalSpy created(dialog.get(), &ExportJobDialog::jobCreated);
    FormTest::click(dialog->submitButton());
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(FormTest::jobPosts(*m_platform).size(), 1);
    const auto job = created.first().first().value<ExportJob>();
    QVERIFY(job.destination.has_value());
    QCOMPARE(job.destination->datasetId, entered.destination->datasetId);
}

void tst_FormValidation::fixingTheInputUnblocks()
{
    auto dialog = validDialog();
    QVERIFY(dialog);
    QLineEdit *fields = dialog->form()->fieldsEdit()->lineEdit();
    QTest::keyClicks(fields, u"identities.id,"_s);
    QVERIFY(!dialog->submitButton()->isEnabled());
    QVERIFY(dialog->form()->messageFor(u"fields"_s)->hasError());
    QTest::keyClicks(fields, u"personalEmail.address"_s);
    QVERIFY(dialog->submitButton()->isEnabled());
    QVERIFY(!dialog->form()->messageFor(u"fields"_s)->isVisibleTo(dialog.get()));
    QCOMPARE(dialog->statusText(), u"Ready to submit."_s);
}

QTEST_MAIN(tst_FormValidation)
#include "tst_form_validation.moc"
