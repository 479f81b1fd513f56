#include "FormTestSupport.h"
#include "models/ConnectionStore.h"
#include "models/SecretStore.h"
#include "ui/ConnectionsDialog.h"
#include "ui/FieldMessage.h"

#include <QComboBox>
#include <QDirIterator>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Step = ConnectionTest::Step;

namespace {

// The local platform's real secret: a test that reads it back can also sign in with it.
const QString kSecretOnDisk = Emulator::Credentials::demo().clientSecret;

} // namespace

// The connections dialog against a real local platform: "Test connection" stops at the step
// that fails and says why, problems show beside their fields, the local platform cannot be
// changed, and a secret goes to SecretStore, never to the settings file.
class tst_ConnectionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wrongSecretFailsAtTheTokenStep();
    void rightSecretPassesEveryStep();
    void unknownSandboxFailsAtTheSandboxStep();
    void problemsShowBesideTheirFields_data();
    void problemsShowBesideTheirFields();
    void secretsNeverLandInTheSettingsFile();
    void renameMovesTheSecret();
    void localPlatformIsShownNotEditable();

private:
    // Adds a connection to the emulator through the form, with `secret` typed in.
    void fillPlatformConnection(ConnectionsDialog &dialog, const QString &secret,
                                const QString &sandbox = u"prod"_s);
    void runTest(ConnectionsDialog &dialog);
    QStringList gatewayRequests() const;
    QStringList filesContaining(const QString &needle) const;

    QTemporaryDir m_home;
    std::unique_ptr<EmulatorFixture> m_platform;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    int m_run = 0;
};

void tst_ConnectionsDialog::initTestCase()
{
    // Settings and any stray file land in the temporary home, where the tests look for secrets.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    m_platform = std::make_unique<EmulatorFixture>(EmulatorFixture::Options::withProfiles(20));
    QString error;
    QVERIFY2(m_platform->start(&error), qPrintable(error));
}

void tst_ConnectionsDialog::init()
{
    ++m_run;
    m_settings = std::make_unique<QSettings>(
            m_home.filePath(u"config/settings-%1.ini"_s.arg(m_run)), QSettings::IniFormat);
    m_store = std::make_unique<ConnectionStore>(m_settings.get());
    const auto credentials = m_platform->credentials();
    m_store->setLocalPlatform(m_platform->baseUrl(), credentials.orgId, credentials.clientId,
                              u"prod"_s);
    m_secrets = std::make_unique<SecretStore>(
            u"export-studio-test-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(m_run));
    m_platform->clearRequestLog();
}

void tst_ConnectionsDialog::cleanup()
{
    m_secrets.reset();
    m_store.reset();
    m_settings.reset();
}

void tst_ConnectionsDialog::fillPlatformConnection(ConnectionsDialog &dialog, const QString &secret,
                                                   const QString &sandbox)
{
    const auto credentials = m_platform->credentials();
    FormTest::click(dialog.addButton());
    QVERIFY(dialog.editingName().isEmpty());
    FormTest::retype(dialog.nameEdit(), u"Emulator"_s);
    FormTest::retype(dialog.baseUrlEdit(), m_platform->baseUrl().toString());
    FormTest::retype(dialog.orgIdEdit(), credentials.orgId);
    FormTest::retype(dialog.sandboxEdit(), sandbox);
    FormTest::retype(dialog.clientIdEdit(), credentials.clientId);
    QCOMPARE(dialog.authMethodBox()->currentIndex(), 0); // OAuth server-to-server
    FormTest::retype(dialog.imsUrlEdit(), m_platform->baseUrl().toString());
    FormTest::retype(dialog.secretEdit(), secret);
    FormTest::retype(dialog.scopesEdit(), credentials.scopes);
}

void tst_ConnectionsDialog::runTest(ConnectionsDialog &dialog)
{
    QVERIFY(dialog.testButton()->isEnabled());
    FormTest::click(dialog.testButton());
    QVERIFY(dialog.test()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.test()->isRunning(), 30000);
}

QStringList tst_ConnectionsDialog::gatewayRequests() const
{
    QStringList paths;
    for (const auto &entry : m_platform->requestLog()) {
        if (entry.path.startsWith(u"/data/"))
            paths << entry.path;
    }
    return paths;
}

QStringList tst_ConnectionsDialog::filesContaining(const QString &needle) const
{
    QStringList hits;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            hits << file.fileName();
    }
    return hits;
}

void tst_ConnectionsDialog::wrongSecretFailsAtTheTokenStep()
{
    ConnectionsDialog dialog(m_store.get(), m_secrets.get());
    dialog.show();
    fillPlatformConnection(dialog, u"not-the-secret"_s);
    runTest(dialog);

    QCOMPARE(dialog.test()->failedStep(), std::optional(Step::Token));
    QCOMPARE(dialog.stepText(Step::Token), u"Failed"_s);
    for (const Step later : {Step::Headers, Step::Permissions, Step::Sandbox})
        QCOMPARE(dialog.stepText(later), u"Not checked"_s);
    const QString error = dialog.testErrorText();
    QVERIFY2(error.startsWith(u"Access token failed:"_s), qPrintable(error));
    QVERIFY2(error.contains(u"No access token could be obtained."_s), qPrintable(error));
    QVERIFY2(error.contains(u"invalid client_id or client_secret"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"not-the-secret"_s), qPrintable(error));
    // The token service said no: no platform call was made.
    QVERIFY2(gatewayRequests().isEmpty(), qPrintable(gatewayRequests().join(u", "_s)));
}

void tst_ConnectionsDialog::rightSecretPassesEveryStep()
{
    ConnectionsDialog dialog(m_store.get(), m_secrets.get());
    dialog.show();
    fillPlatformConnection(dialog, m_platform->credentials().clientSecret);
    runTest(dialog);

    QCOMPARE(dialog.test()->failedStep(), std::nullopt);
    for (const Step step : {Step::Token, Step::Headers, Step::Permissions, Step::Sandbox})
        QCOMPARE(dialog.stepText(step), u"Passed"_s);
    QCOMPARE(dialog.testErrorText(), u"The connection works."_s);
    // One call per gateway step, in order; nothing was saved by testing.
    QCOMPARE(gatewayRequests(),
             (QStringList{u"/data/core/ups/config/mergePolicies"_s, u"/data/core/ups/export/jobs"_s,
                          u"/data/foundation/catalog/dataSets"_s}));
    QVERIFY(!m_store->find(u"Emulator"_s));
}

void tst_ConnectionsDialog::unknownSandboxFailsAtTheSandboxStep()
{
    ConnectionsDialog dialog(m_store.get(), m_secrets.get());
    dialog.show();
    fillPlatformConnection(dialog, m_platform->credentials().clientSecret, u"no-such-box"_s);
    runTest(dialog);

    QCOMPARE(dialog.test()->failedStep(), std::optional(Step::Sandbox));
    QCOMPARE(dialog.stepText(Step::Token), u"Passed"_s);
    QCOMPARE(dialog.stepText(Step::Headers), u"Passed"_s);
    QCOMPARE(dialog.stepText(Step::Permissions), u"Not checked"_s);
    QCOMPARE(dialog.stepText(Step::Sandbox), u"Failed"_s);
    const QString error = dialog.testErrorText();
    QVERIFY2(error.startsWith(u"Sandbox failed:"_s), qPrintable(error));
    QVERIFY2(error.contains(u"403027"_s), qPrintable(error));
    QVERIFY2(error.contains(u"no-such-box"_s), qPrintable(error));
}

void tst_ConnectionsDialog::problemsShowBesideTheirFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name empty") << u"name"_s << QString() << u"needs a name"_s;
    QTest::newRow("base url plain http") << u"baseUrl"_s << u"http://platform.example.com"_s
                                         << u"uses plain http:// towards platform.example.com"_s;
    QTest::newRow("base url not a url")
            << u"baseUrl"_s << u"platform.adobe.io"_s << u"Base URL is not a valid URL"_s;
    QTest::newRow("base url ftp") << u"baseUrl"_s << u"ftp://platform.example.com"_s
                                  << u"must start with https://"_s;
    QTest::newRow("ims url plain http")
            << u"imsUrl"_s << u"http://ims.example.com"_s << u"IMS URL uses plain http://"_s;
    QTest::newRow("org missing") << u"orgId"_s << QString() << u"organization ID is missing"_s;
    QTest::newRow("org with space")
            << u"orgId"_s << u"A B@AdobeOrg"_s << u"must not contain spaces"_s;
    QTest::newRow("sandbox upper case")
            << u"sandbox"_s << u"Prod"_s << u"use lowercase letters, digits and hyphens"_s;
    QTest::newRow("sandbox missing") << u"sandbox"_s << QString() << u"sandbox name is missing"_s;
    QTest::newRow("client id missing") << u"clientId"_s << QString() << u"client ID is missing"_s;
    QTest::newRow("no scopes") << u"scopes"_s << QString() << u"at least one scope"_s;
}

void tst_ConnectionsDialog::problemsShowBesideTheirFields()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    ConnectionsDialog dialog(m_store.get(), m_secrets.get());
    dialog.show();
    fillPlatformConnection(dialog, u"secret"_s);
    QVERIFY(dialog.saveButton()->isEnabled());
    const QHash<QString, QLineEdit *> edits{
            {u"name"_s, dialog.nameEdit()},       {u"baseUrl"_s, dialog.baseUrlEdit()},
            {u"imsUrl"_s, dialog.imsUrlEdit()},   {u"orgId"_s, dialog.orgIdEdit()},
            {u"sandbox"_s, dialog.sandboxEdit()}, {u"clientId"_s, dialog.clientIdEdit()},
            {u"scopes"_s, dialog.scopesEdit()}};
    FormTest::retype(edits.value(field), input);

    const FieldMessage *message = dialog.messageFor(field);
    QVERIFY2(message->hasError() && message->text().contains(expected),
             qPrintable(message->text()));
    QVERIFY(message->isVisibleTo(&dialog));
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        if (it.key() != field)
            QVERIFY2(dialog.messageFor(it.key())->text().isEmpty(), qPrintable(it.key()));
    }
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.save());
    QVERIFY(!m_store->find(u"Emulator"_s));
}

void tst_ConnectionsDialog::secretsNeverLandInTheSettingsFile()
{
    {
        ConnectionsDialog dialog(m_store.get(), m_secrets.get());
        dialog.show();
        fillPlatformConnection(dialog, kSecretOnDisk);
        QSignalSpy saved(&dialog, &ConnectionsDialog::connectionSaved);
        QVERIFY(dialog.saveButton()->isEnabled());
        FormTest::click(dialog.saveButton());
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().value<Connection>().name, u"Emulator"_s);
        QCOMPARE(dialog.editingName(), u"Emulator"_s);
        QVERIFY(!dialog.isModified());
        QVERIFY(!dialog.saveButton()->isEnabled());
        if (m_secrets->persistence() == SecretStore::Persistence::SessionOnly) {
            QCOMPARE(dialog.keychainText(), m_secrets->unavailableReason());
            QVERIFY(!dialog.keychainText().isEmpty());
        }
    }
    m_settings->sync();
    const auto stored = m_store->find(u"Emulator"_s);
    QVERIFY(stored);
    QCOMPARE(stored->baseUrl, m_platform->baseUrl());
    QVERIFY2(filesContaining(kSecretOnDisk).isEmpty(),
             qPrintable(filesContaining(kSecretOnDisk).join(u", "_s)));
    QFile settingsFile(m_settings->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settings = settingsFile.readAll();
    QVERIFY(settings.contains("Emulator"));
    QVERIFY(!settings.contains(kSecretOnDisk.toUtf8()));

    // Opened again, the dialog reads the secret back from SecretStore, not from settings.
    ConnectionsDialog again(m_store.get(), m_secrets.get());
    again.show();
    again.selectConnection(u"Emulator"_s);
    QTRY_COMPARE(again.secretEdit()->text(), kSecretOnDisk);
    QCOMPARE(again.secretEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!again.isModified());
    runTest(again);
    QVERIFY2(!again.test()->failedStep(), qPrintable(again.testErrorText()));
}

void tst_ConnectionsDialog::renameMovesTheSecret()
{
    ConnectionsDialog dialog(m_store.get(), m_secrets.get());
    dialog.show();
    fillPlatformConnection(dialog, kSecretOnDisk);
    QSignalSpy saved(&dialog, &ConnectionsDialog::connectionSaved);
    QVERIFY(dialog.save());
    QTRY_COMPARE(saved.count(), 1);
    FormTest::retype(dialog.nameEdit(), u"Emulator (renamed)"_s);
    QVERIFY(dialog.isModified());
    FormTest::click(dialog.saveButton());
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(saved.last().first().value<Connection>().name, u"Emulator (renamed)"_s);
    QVERIFY(!m_store->find(u"Emulator"_s));
    QVERIFY(m_store->find(u"Emulator (renamed)"_s));

    auto read = [this](const QString &key) {
        std::optional<QString> secret;
        bool done = false;
        m_secrets->read(key, this, [&](std::optional<QString> s) {
            secret = s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return std::optional<QString>(u"<no answer>"_s);
        return secret;
    };
    QCOMPARE(read(u"Emulator (renamed)"_s), std::optional(kSecretOnDisk));
    QCOMPARE(read(u"Emulator"_s), std::nullopt);
}

void tst_ConnectionsDialog::localPlatformIsShownNotEditable()
{
    ConnectionsDialog dialog(m_store.get(), m_secrets.get());
    dialog.setLocalPlatformSecret(m_platform->credentials().clientSecret);
    dialog.show();
    QCOMPARE(dialog.list()->currentIndex().row(), 0);
    QCOMPARE(dialog.editingName(), ConnectionStore::localPlatformName());
    QVERIFY(dialog.nameEdit()->isReadOnly());
    QVERIFY(dialog.baseUrlEdit()->isReadOnly());
    QCOMPARE(dialog.baseUrlEdit()->text(), m_platform->baseUrl().toString());
    QVERIFY(!dialog.authMethodBox()->isEnabled());
    QVERIFY(!dialog.secretEdit()->isVisibleTo(&dialog));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.removeButton()->isEnabled());
    QTest::keyClicks(dialog.baseUrlEdit(), u"x"_s);
    QCOMPARE(dialog.baseUrlEdit()->text(), m_platform->baseUrl().toString());
    QVERIFY(!dialog.isModified());

    runTest(dialog);
    QVERIFY2(!dialog.test()->failedStep(), qPrintable(dialog.testErrorText()));
    QCOMPARE(dialog.stepText(Step::Sandbox), u"Passed"_s);
}

QTEST_MAIN(tst_ConnectionsDialog)
#include "tst_connectionsdialog.moc"
