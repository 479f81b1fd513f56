#include "FormTestSupport.h"
#include "models/ConnectionStore.h"
#include "models/SecretStore.h"
#include "translations/Translations.h"
#include "ui/ConnectionsDialog.h"
#include "ui/DatasetDialog.h"
#include "ui/FieldListEdit.h"
#include "ui/FieldMessage.h"
#include "ui/OptionalCheckBox.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

// The controls a person operates, leaving out the parts of composite widgets (a combo box's
// line edit, a spin box's, a scroll bar).
QList<QWidget *> controls(QWidget *root)
{
    QList<QWidget *> found;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractSpinBox *>(widget)
                || qobject_cast<QPlainTextEdit *>(widget)
                || qobject_cast<QAbstractItemView *>(widget);
        if (!control || qobject_cast<QScrollBar *>(widget))
            continue;
        bool part = false;
        for (QWidget *up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
            if (qobject_cast<QComboBox *>(up) || qobject_cast<QAbstractSpinBox *>(up)
                || qobject_cast<QLineEdit *>(up) || qobject_cast<QTabBar *>(up)
                || qobject_cast<QCalendarWidget *>(up) || qobject_cast<QAbstractItemView *>(up))
                part = true;
        }
        if (!part)
            found << widget;
    }
    return found;
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return QString::fromLatin1(widget->metaObject()->className()) + u" “"_s + text + u"” "_s
            + widget->objectName();
}

} // namespace

// The forms are usable from the keyboard, every option explains itself in a tooltip, they
// retranslate when the language changes, and they fit a 1366×768 laptop screen.
class tst_FormErgonomics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyControlHasATooltip();
    void tabFollowsTheSections();
    void connectionsTabOrderReadsTheForm();
    void enterSubmitsAValidForm();
    void everythingRetranslates();
    void fitsALaptopScreen_data();
    void fitsALaptopScreen();

private:
    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<PlatformClient> m_client;
    QTemporaryDir m_dataDir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    LanguageSwitcher m_language;
    QString m_datasetId;
};

void tst_FormErgonomics::initTestCase()
{
    QVERIFY(m_language.setLanguage(u"en"_s));
    m_platform = std::make_unique<EmulatorFixture>(EmulatorFixture::Options::withProfiles(20));
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
    m_client = FormTest::makeClient(*m_platform);
    m_drafts = std::make_unique<DraftStore>(m_dataDir.filePath(u"drafts"_s));
    m_settings = std::make_unique<QSettings>(m_dataDir.filePath(u"settings.ini"_s),
                                             QSettings::IniFormat);
    m_store = std::make_unique<ConnectionStore>(m_settings.get());
    m_secrets = std::make_unique<SecretStore>(
            u"export-studio-test-%1"_s.arg(QCoreApplication::applicationPid()));
    m_datasetId = FormTest::createDataset(*m_client, u"Ergonomics"_s);
    QVERIFY(!m_datasetId.isEmpty());
}

void tst_FormErgonomics::cleanupTestCase()
{
    m_language.setLanguage(u"en"_s);
}

void tst_FormErgonomics::everyControlHasATooltip()
{
    ExportJobDialog jobDialog(m_client.get(), m_drafts.get());
    jobDialog.show();
    QTRY_VERIFY(FormTest::choicesLoaded(jobDialog));
    // Rows and optional parts present too: a segment row, an unknown status, the look-up.
    jobDialog.fillFrom(ExportJobRequest::fromJson(QJsonObject{
            {u"filter"_s,
             QJsonObject{{u"segments"_s,
                          QJsonArray{QJsonObject{{u"segmentId"_s, u"s"_s},
                                                 {u"status"_s, QJsonArray{u"odd"_s}}}}}}}}));
    DatasetDialog datasetDialog(m_client.get());
    ConnectionsDialog connectionsDialog(m_store.get(), m_secrets.get());
    connectionsDialog.addConnection();
    SegmentPickerDialog picker(jobDialog.form()->segments()->definitions(), {});

    QStringList missing;
    for (QWidget *root :
         QList<QWidget *>{&jobDialog, &datasetDialog, &connectionsDialog, &picker}) {
        for (QWidget *control : controls(root)) {
            if (control->toolTip().trimmed().isEmpty())
                missing << QString::fromLatin1(root->metaObject()->className()) + u": "_s
                                + describe(control);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void tst_FormErgonomics::tabFollowsTheSections()
{
    ExportJobDialog dialog(m_client.get(), m_drafts.get());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_VERIFY(FormTest::choicesLoaded(dialog));
    ExportJobForm *form = dialog.form();
    FormTest::click(form->eventsBox()); // so the event fields take part
    FormTest::click(form->segments()->addByIdButton());
    QTest::keyClicks(form->segments()->idEdit(0), u"segment"_s);
    QTest::keyClicks(form->datasetBox()->lineEdit(), m_datasetId); // so Submit is enabled
    QVERIFY(dialog.submitButton()->isEnabled());

    form->datasetBox()->setFocus();
    QList<QWidget *> visited;
    for (int i = 0; i < 60 && visited.size() < 60; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        // A combo box's line edit stands for the combo box.
        if (auto *combo = qobject_cast<QComboBox *>(focus->parentWidget()))
            focus = combo;
        if (visited.isEmpty() || visited.last() != focus)
            visited << focus;
        if (qobject_cast<QTabBar *>(focus))
            break; // round the dialog once
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    const QList<QWidget *> expected{
            form->datasetBox(),
            form->createDatasetButton(),
            form->schemaEdit(),
            form->segmentPerBatchBox(),
            form->segments()->pickButton(),
            form->segments()->addByIdButton(),
            form->segments()->idEdit(0),
            form->segments()->namespaceEdit(0),
            form->qualificationStart()->enableBox(),
            form->qualificationEnd()->enableBox(),
            form->fieldsEdit()->lineEdit(),
            form->mergePolicyBox(),
            form->updatedAfter()->enableBox(),
            form->emptyProfilesBox(),
            form->eventsBox(),
            form->eventFieldsEdit()->lineEdit(),
            form->eventsFrom()->enableBox(),
            form->eventsTo()->enableBox(),
            form->segmentationBox(),
            dialog.submitButton(),
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)};
    qsizetype at = 0;
    QStringList order;
    for (QWidget *widget : visited)
        order << describe(widget);
    for (QWidget *widget : expected) {
        const qsizetype found = visited.indexOf(widget, at);
        QVERIFY2(found >= 0,
                 qPrintable(u"not reached in order: "_s + describe(widget) + u"\nvisited:\n"_s
                            + order.join(u'\n')));
        at = found + 1;
    }
}

// The focus widgets Tab visits from `start`, once round the window.
static QList<QWidget *> tabRound(QWidget *start)
{
    start->setFocus();
    QList<QWidget *> visited;
    for (int i = 0; i < 80; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || (!visited.isEmpty() && focus == visited.first()))
            break;
        if (auto *combo = qobject_cast<QComboBox *>(focus->parentWidget()))
            focus = combo;
        if (visited.isEmpty() || visited.last() != focus)
            visited << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return visited;
}

void tst_FormErgonomics::connectionsTabOrderReadsTheForm()
{
    ConnectionsDialog dialog(m_store.get(), m_secrets.get());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.addConnection();
    const QList<QWidget *> visited = tabRound(dialog.list());
    const QList<QWidget *> expected{
            dialog.list(),         dialog.addButton(),     dialog.nameEdit(),
            dialog.baseUrlEdit(),  dialog.orgIdEdit(),     dialog.sandboxEdit(),
            dialog.clientIdEdit(), dialog.authMethodBox(), dialog.imsUrlEdit(),
            dialog.secretEdit(),   dialog.scopesEdit(),    dialog.testButton()};
    QStringList order;
    for (QWidget *widget : visited)
        order << describe(widget);
    qsizetype at = 0;
    for (QWidget *widget : expected) {
        const qsizetype found = visited.indexOf(widget, at);
        QVERIFY2(found >= 0,
                 qPrintable(u"not reached in order: "_s + describe(widget) + u"\nvisited:\n"_s
                            + order.join(u'\n')));
        at = found + 1;
    }
}

void tst_FormErgonomics::enterSubmitsAValidForm()
{
    ExportJobDialog dialog(m_client.get(), m_drafts.get());
    QSignalSpy created(&dialog, &ExportJobDialog::jobCreated);
    dialog.show();
    QTRY_VERIFY(FormTest::choicesLoaded(dialog));
    QTest::keyClicks(dialog.form()->datasetBox()->lineEdit(), m_datasetId);
    QVERIFY(dialog.submitButton()->isDefault());
    QTest::keyClick(dialog.form()->schemaEdit(), Qt::Key_Return);
    QTRY_COMPARE(created.count(), 1);
}

void tst_FormErgonomics::everythingRetranslates()
{
    ExportJobDialog dialog(m_client.get(), m_drafts.get());
    dialog.show();
    const QString title = dialog.windowTitle();
    const QString status = dialog.statusText();
    const QString tab = dialog.tabs()->tabText(0);
    const QString group = dialog.form()->findChild<QGroupBox *>()->title();
    const QString message = dialog.form()->messageFor(u"destination.datasetId"_s)->text();
    QCOMPARE(message, u"destination.datasetId is required."_s);

    QVERIFY(m_language.setLanguage(u"ja"_s));
    QCoreApplication::processEvents();
    auto isJapanese = [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.unicode() >= 0x3040 && c.unicode() <= 0x9fff; });
    };
    QVERIFY2(dialog.windowTitle() != title && isJapanese(dialog.windowTitle()),
             qPrintable(dialog.windowTitle()));
    QVERIFY2(isJapanese(dialog.statusText()) && dialog.statusText() != status,
             qPrintable(dialog.statusText()));
    QVERIFY2(isJapanese(dialog.tabs()->tabText(0)) && dialog.tabs()->tabText(0) != tab,
             qPrintable(dialog.tabs()->tabText(0)));
    QVERIFY(isJapanese(dialog.form()->findChild<QGroupBox *>()->title()));
    QCOMPARE(dialog.form()->messageFor(u"destination.datasetId"_s)->text(),
             u"destination.datasetId は必須です。"_s);
    QVERIFY(isJapanese(dialog.form()->mergePolicyVersionBox()->specialValueText()));

    QVERIFY(m_language.setLanguage(u"en"_s));
    QCoreApplication::processEvents();
    QCOMPARE(dialog.windowTitle(), title);
    QCOMPARE(dialog.statusText(), status);
    QCOMPARE(dialog.form()->findChild<QGroupBox *>()->title(), group);
}

void tst_FormErgonomics::fitsALaptopScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ja") << u"ja"_s;
}

void tst_FormErgonomics::fitsALaptopScreen()
{
    QFETCH(QString, language);
    QVERIFY(m_language.setLanguage(language));
    // A 1366×768 screen less a panel: every dialog can be made that small without clipping.
    const QSize laptop(1366, 768 - 40);
    ExportJobDialog jobDialog(m_client.get(), m_drafts.get());
    jobDialog.fillFrom(ExportJobRequest::fromJson(
            QJsonObject{{u"filter"_s,
                         QJsonObject{{u"segments"_s,
                                      QJsonArray{QJsonObject{{u"segmentId"_s, u"a"_s}},
                                                 QJsonObject{{u"segmentId"_s, u"b"_s}}}}}}}));
    DatasetDialog datasetDialog(m_client.get());
    ConnectionsDialog connectionsDialog(m_store.get(), m_secrets.get());
    for (QWidget *dialog : QList<QWidget *>{&jobDialog, &datasetDialog, &connectionsDialog}) {
        dialog->show();
        const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        QVERIFY2(minimum.width() <= laptop.width() && minimum.height() <= laptop.height(),
                 qPrintable(u"%1 needs %2×%3"_s
                                    .arg(QString::fromLatin1(dialog->metaObject()->className()))
                                    .arg(minimum.width())
                                    .arg(minimum.height())));
        const QRect screen = dialog->screen()->availableGeometry();
        QVERIFY(dialog->width() <= std::max(screen.width(), laptop.width()));
        QVERIFY(dialog->height() <= std::max(screen.height(), laptop.height()));
    }
    m_language.setLanguage(u"en"_s);
}

QTEST_MAIN(tst_FormErgonomics)
#include "tst_form_ergonomics.moc"
