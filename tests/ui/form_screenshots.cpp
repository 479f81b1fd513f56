// Renders each configuring dialog in English and Japanese, light and dark, into PNG files, so a
// person can look at them: form_screenshots <folder>. Runs a local platform of its own.

#include "FormTestSupport.h"
#include "models/ConnectionStore.h"
#include "models/DraftStore.h"
#include "models/SecretStore.h"
#include "translations/Translations.h"
#include "ui/ConnectionsDialog.h"
#include "ui/DatasetDialog.h"
#include "ui/FieldListEdit.h"
#include "ui/OptionalCheckBox.h"
#include "ui/SegmentPickerDialog.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QScrollArea>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

void save(QWidget *widget, const QString &folder, const QString &name)
{
    widget->show();
    QTest::qWait(150);
    const QString path = QDir(folder).filePath(name + u".png"_s);
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"/tmp/form-shots"_s;
    QDir().mkpath(folder);

    EmulatorFixture platform(EmulatorFixture::Options::withProfiles(30));
    QString error;
    if (!platform.start(&error)) {
        std::fprintf(stderr, "the local platform did not start: %s\n", qPrintable(error));
        return 1;
    }
    auto client = FormTest::makeClient(platform);
    const QString dataset = FormTest::createDataset(*client, u"Profile Data Export"_s);
    QTemporaryDir data;
    DraftStore drafts(data.filePath(u"drafts"_s));
    QSettings settings(data.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ConnectionStore store(&settings);
    const auto credentials = platform.credentials();
    store.setLocalPlatform(platform.baseUrl(), credentials.orgId, credentials.clientId, u"prod"_s);
    SecretStore secrets(u"export-studio-screenshots"_s);
    LanguageSwitcher language;
    const QPalette light = QApplication::palette();

    for (const QString &lang : {u"en"_s, u"ja"_s}) {
        language.setLanguage(lang);
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : light);
            const QString suffix = u"-"_s + lang + (dark ? u"-dark"_s : QString());

            ExportJobDialog job(client.get(), &drafts);
            job.resize(1000, 728);
            if (!QTest::qWaitFor([&] { return FormTest::choicesLoaded(job); }, 20000))
                std::fprintf(stderr, "The form's choices did not load; the picture shows why.\n");
            save(&job, folder, u"export-job-empty"_s + suffix);

            QTest::keyClicks(job.form()->datasetBox()->lineEdit(), dataset);
            const auto definitions = job.form()->segments()->definitions();
            job.form()->segments()->addDefinitions(definitions.mid(0, 2));
            FormTest::click(job.form()->segments()->statusBox(0, u"exited"_s));
            FormTest::click(job.form()->segments()->addByIdButton());
            QTest::keyClicks(job.form()->fieldsEdit()->lineEdit(),
                             u"identities.id,personalEmail.address,person name"_s);
            FormTest::typeDateTime(job.form()->qualificationStart(),
                                   QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC), u"utc"_s);
            FormTest::typeDateTime(job.form()->qualificationEnd(),
                                   QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC), u"+09:00"_s);
            FormTest::click(job.form()->segmentPerBatchBox());
            save(&job, folder, u"export-job-problems"_s + suffix);
            auto *scroll = job.findChild<QScrollArea *>();
            scroll->ensureWidgetVisible(job.form()->segments(), 0, 0);
            save(&job, folder, u"export-job-segments"_s + suffix);
            scroll->ensureWidgetVisible(job.form()->segmentationBox());
            save(&job, folder, u"export-job-bottom"_s + suffix);
            job.tabs()->setCurrentIndex(1);
            save(&job, folder, u"export-job-request"_s + suffix);
            job.hide();

            DatasetDialog datasetDialog(client.get());
            save(&datasetDialog, folder, u"dataset-empty"_s + suffix);
            QTest::keyClicks(datasetDialog.nameEdit(), u"Profile export"_s);
            FormTest::retype(datasetDialog.schemaBox()->lineEdit(),
                             u"https://ns.adobe.com/xdm/context/experienceevent"_s);
            save(&datasetDialog, folder, u"dataset-warning"_s + suffix);
            datasetDialog.hide();

            ConnectionsDialog connections(&store, &secrets);
            save(&connections, folder, u"connections-local"_s + suffix);
            connections.addConnection();
            FormTest::retype(connections.baseUrlEdit(), platform.baseUrl().toString());
            FormTest::retype(connections.imsUrlEdit(), platform.baseUrl().toString());
            FormTest::retype(connections.orgIdEdit(), credentials.orgId);
            FormTest::retype(connections.clientIdEdit(), credentials.clientId);
            FormTest::retype(connections.secretEdit(), u"wrong-secret"_s);
            connections.testConnection();
            if (!QTest::qWaitFor([&] { return !connections.test()->isRunning(); }, 20000))
                std::fprintf(stderr, "The connection test did not finish in time.\n");
            save(&connections, folder, u"connections-failed-test"_s + suffix);
            FormTest::retype(connections.baseUrlEdit(), u"http://platform.example.com"_s);
            FormTest::retype(connections.sandboxEdit(), u"Prod"_s);
            save(&connections, folder, u"connections-problems"_s + suffix);
            connections.hide();

            SegmentPickerDialog picker(definitions, {definitions.value(0).id});
            save(&picker, folder, u"segment-picker"_s + suffix);
        }
    }
    return 0;
}
