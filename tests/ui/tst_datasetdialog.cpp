#include "FormTestSupport.h"
#include "ui/DatasetDialog.h"
#include "ui/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

// The new-dataset form against a real local platform: what is typed is what Catalog receives,
// the new dataset is announced with its id, and a form that would be refused sends nothing.
class tst_DatasetDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void createsTheDatasetAsTyped();
    void problemsBlockCreate_data();
    void problemsBlockCreate();
    void anotherSchemaIsAWarningOnly();
    void refusedCreateKeepsTheForm();

private:
    QList<Emulator::RequestLogEntry> datasetPosts() const
    {
        return FormTest::requests(*m_platform, u"POST"_s, u"/data/foundation/catalog/dataSets"_s);
    }

    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformClient> m_client;
};

void tst_DatasetDialog::initTestCase()
{
    m_platform = std::make_unique<EmulatorFixture>(EmulatorFixture::Options::withProfiles(20));
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_client = FormTest::makeClient(*m_platform);
}

void tst_DatasetDialog::init()
{
    m_platform->clearRequestLog();
}

void tst_DatasetDialog::createsTheDatasetAsTyped()
{
    DatasetDialog dialog(m_client.get());
    dialog.show();
    QSignalSpy created(&dialog, &DatasetDialog::datasetCreated);
    // Defaults: the profile union schema, persisted, parquet; only the name is missing.
    QCOMPARE(dialog.schemaBox()->currentText(), SchemaRef::profileUnionSchemaId());
    QVERIFY(dialog.persistedBox()->isChecked());
    QCOMPARE(dialog.formatBox()->currentText(), u"parquet"_s);
    QVERIFY(!dialog.createButton()->isEnabled());

    QTest::keyClicks(dialog.nameEdit(), u"Profile Data Export"_s);
    QTest::keyClicks(dialog.descriptionEdit(), u"Made by the form"_s);
    QVERIFY(dialog.createButton()->isEnabled());
    QVERIFY(dialog.statusText().isEmpty());
    FormTest::click(dialog.createButton());
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Dataset dataset = created.first().first().value<Dataset>();
    QVERIFY(!dataset.id.isEmpty());
    QCOMPARE(dataset.name, u"Profile Data Export"_s);
    QVERIFY(dataset.isOnProfileUnionSchema());

    const auto posts = datasetPosts();
    QCOMPARE(posts.size(), 1);
    const QJsonObject body = posts.first().body.toObject();
    QCOMPARE(body.value(u"name").toString(), u"Profile Data Export"_s);
    QCOMPARE(body.value(u"description").toString(), u"Made by the form"_s);
    QCOMPARE(body.value(u"schemaRef").toObject(),
             (QJsonObject{{u"id"_s, SchemaRef::profileUnionSchemaId()},
                          {u"contentType"_s, SchemaRef::xedContentType()}}));
    QCOMPARE(body.value(u"fileDescription").toObject(),
             (QJsonObject{{u"persisted"_s, true},
                          {u"containerFormat"_s, u"parquet"_s},
                          {u"format"_s, u"parquet"_s}}));

    // The platform has it, as typed.
    const auto fetched = FormTest::await<Dataset>(
            [&](auto done) { m_client->getDataset(dataset.id, this, done); });
    QVERIFY(fetched.isOk());
    QCOMPARE(fetched.value().name, u"Profile Data Export"_s);
    QVERIFY(fetched.value().isOnProfileUnionSchema());
}

void tst_DatasetDialog::problemsBlockCreate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Missing name") << QString() << SchemaRef::profileUnionSchemaId() << u"name"_s
                                  << u"name is required."_s;
    QTest::newRow("Blank name") << u"   "_s << SchemaRef::profileUnionSchemaId() << u"name"_s
                                << u"name is required."_s;
    QTest::newRow("Missing schema")
            << u"Export"_s << QString() << u"schemaRef.id"_s << u"schemaRef.id is required."_s;
    QTest::newRow("NotUri") << u"Export"_s << u"profile union"_s << u"schemaRef.id"_s
                            << u"is not a schema URI"_s;
}

void tst_DatasetDialog::problemsBlockCreate()
{
    QFETCH(QString, name);
    QFETCH(QString, schema);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    DatasetDialog dialog(m_client.get());
    dialog.show();
    FormTest::retype(dialog.nameEdit(), name);
    FormTest::retype(dialog.schemaBox()->lineEdit(), schema);
    const FieldMessage *message = dialog.messageFor(field);
    QVERIFY2(message->hasError() && message->text().contains(expected),
             qPrintable(message->text()));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY2(dialog.statusText().startsWith(u"Create is unavailable until this is fixed:"_s),
             qPrintable(dialog.statusText()));
    QVERIFY(dialog.statusText().contains(expected));
    // Neither a click nor Enter sends it.
    FormTest::click(dialog.createButton());
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    QTest::qWait(100);
    QVERIFY(datasetPosts().isEmpty());
}

void tst_DatasetDialog::anotherSchemaIsAWarningOnly()
{
    DatasetDialog dialog(m_client.get());
    dialog.show();
    QTest::keyClicks(dialog.nameEdit(), u"Events"_s);
    FormTest::retype(dialog.schemaBox()->lineEdit(),
                     u"https://ns.adobe.com/xdm/context/experienceevent"_s);
    const FieldMessage *message = dialog.messageFor(u"schemaRef.id"_s);
    QVERIFY(!message->hasError());
    QCOMPARE(message->warnings().size(), 1);
    QVERIFY(message->warnings().first().contains(u"exports into this dataset will fail"_s));
    QVERIFY(dialog.createButton()->isEnabled());
}

void tst_DatasetDialog::refusedCreateKeepsTheForm()
{
    // A client whose sandbox does not exist: the platform refuses, the form stays filled.
    auto client = FormTest::makeClient(*m_platform, u"no-such-box"_s);
    DatasetDialog dialog(client.get());
    dialog.show();
    QSignalSpy created(&dialog, &DatasetDialog::datasetCreated);
    QTest::keyClicks(dialog.nameEdit(), u"Kept"_s);
    FormTest::click(dialog.createButton());
    QTRY_VERIFY(dialog.statusText().startsWith(u"The dataset was not created."_s));
    QVERIFY(dialog.statusText().contains(u"403027"_s));
    QCOMPARE(created.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.nameEdit()->text(), u"Kept"_s);
    QVERIFY(dialog.createButton()->isEnabled());
}

QTEST_MAIN(tst_DatasetDialog)
#include "tst_datasetdialog.moc"
