#include "models/ConnectionStore.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Connection platformConnection(const QString &name, const QString &sandbox = u"dev"_qs)
{
    Connection c;
    c.name = name;
    c.kind = Connection::Kind::Platform;
    c.baseUrl = QUrl(u"https://platform.adobe.io"_qs);
    c.imsUrl = QUrl(u"https://ims-na1.adobelogin.com"_qs);
    c.orgId = u"ABC123@AdobeOrg"_qs;
    c.sandbox = sandbox;
    c.clientId = u"client-id"_qs;
    c.scopes = {u"openid"_qs, u"AdobeID"_qs};
    return c;
}

} // namespace

class tst_ConnectionStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void localPlatformIsAlwaysFirst();
    void saveRenameRemove();
    void refusesWhatCannotBeSaved_data();
    void refusesWhatCannotBeSaved();
    void currentAndSandboxesSurviveRestart();
    void productionSandboxes_data();
    void productionSandboxes();
    void historyKeyIgnoresNameAndPort();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QSettings *settings()
    {
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_qs),
                                                 QSettings::IniFormat);
        return m_settings.get();
    }
};

void tst_ConnectionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void tst_ConnectionStore::localPlatformIsAlwaysFirst()
{
    ConnectionStore store(settings());
    QAbstractItemModelTester tester(&store, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(store.rowCount(), 1);
    QCOMPARE(store.currentName(), ConnectionStore::localPlatformName());
    QSignalSpy current(&store, &ConnectionStore::currentChanged);
    store.setLocalPlatform(QUrl(u"http://127.0.0.1:4567"_qs), u"ORG@AdobeOrg"_qs, u"id"_qs,
                           u"prod"_qs, {u"openid"_qs});
    QCOMPARE(current.count(), 1);
    const Connection local = store.current();
    QCOMPARE(local.kind, Connection::Kind::LocalPlatform);
    QCOMPARE(local.baseUrl, QUrl(u"http://127.0.0.1:4567"_qs));
    QCOMPARE(local.imsUrl, local.baseUrl);
    // Usable as it is: the client refuses an OAuth connection without scopes.
    QCOMPARE(local.validate(), QStringList());
    QCOMPARE(store.index(0).data(ConnectionStore::IsLocalRole).toBool(), true);
    QVERIFY(!store.remove(ConnectionStore::localPlatformName()));
}

void tst_ConnectionStore::saveRenameRemove()
{
    ConnectionStore store(settings());
    QAbstractItemModelTester tester(&store, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(store.save(platformConnection(u"Work"_qs)));
    QVERIFY(store.save(platformConnection(u"Staging"_qs)));
    QCOMPARE(store.rowCount(), 3);
    QCOMPARE(store.index(1).data().toString(), u"Work"_qs);

    store.setCurrentName(u"Work"_qs);
    QSignalSpy current(&store, &ConnectionStore::currentChanged);
    QVERIFY(store.save(platformConnection(u"Work EU"_qs), u"Work"_qs));
    QCOMPARE(store.rowCount(), 3);
    QCOMPARE(store.currentName(), u"Work EU"_qs);
    QCOMPARE(current.count(), 1);
    QVERIFY(!store.find(u"Work"_qs));

    QVERIFY(store.remove(u"Work EU"_qs));
    QCOMPARE(store.rowCount(), 2);
    QCOMPARE(store.currentName(), ConnectionStore::localPlatformName());
    QCOMPARE(current.count(), 2);

    ConnectionStore reopened(settings());
    QCOMPARE(reopened.rowCount(), 2);
    QCOMPARE(reopened.find(u"Staging"_qs), std::optional(platformConnection(u"Staging"_qs)));
}

void tst_ConnectionStore::refusesWhatCannotBeSaved_data()
{
    QTest::addColumn<Connection>("connection");
    QTest::addColumn<QString>("mentions");

    Connection insecure = platformConnection(u"Insecure"_qs);
    insecure.baseUrl = QUrl(u"http://platform.example.com"_qs);
    QTest::newRow("plain http to a remote host") << insecure << u"http"_qs;
    QTest::newRow("taken name") << platformConnection(u"Work"_qs) << u"Work"_qs;
    QTest::newRow("reserved name") << platformConnection(ConnectionStore::localPlatformName())
                                   << ConnectionStore::localPlatformName();
    Connection local = platformConnection(u"Local"_qs);
    local.kind = Connection::Kind::LocalPlatform;
    QTest::newRow("a second local platform") << local << u"local"_qs;
}

void tst_ConnectionStore::refusesWhatCannotBeSaved()
{
    QFETCH(Connection, connection);
    QFETCH(QString, mentions);
    ConnectionStore store(settings());
    QVERIFY(store.save(platformConnection(u"Work"_qs)));
    QString problem;
    QVERIFY(!store.save(connection, {}, &problem));
    QVERIFY2(problem.contains(mentions, Qt::CaseInsensitive), qPrintable(problem));
    QCOMPARE(store.rowCount(), 2);
}

void tst_ConnectionStore::currentAndSandboxesSurviveRestart()
{
    {
        ConnectionStore store(settings());
        QVERIFY(store.save(platformConnection(u"Work"_qs, u"dev"_qs)));
        store.setCurrentName(u"Work"_qs);
        QSignalSpy current(&store, &ConnectionStore::currentChanged);
        store.setCurrentSandbox(u" Prod "_qs);
        QCOMPARE(current.count(), 1);
        QCOMPARE(store.current().sandbox, u"prod"_qs);
        QVERIFY(store.index(1).data(ConnectionStore::IsProductionRole).toBool());
    }
    ConnectionStore store(settings());
    QCOMPARE(store.currentName(), u"Work"_qs);
    QCOMPARE(store.current().sandbox, u"prod"_qs);
    QCOMPARE(store.recentSandboxes(u"Work"_qs), (QStringList{u"prod"_qs, u"dev"_qs}));
}

void tst_ConnectionStore::productionSandboxes_data()
{
    QTest::addColumn<QString>("sandbox");
    QTest::addColumn<bool>("production");
    QTest::newRow("prod") << u"prod"_qs << true;
    QTest::newRow("PROD") << u"PROD"_qs << true;
    QTest::newRow("prod-eu") << u"prod-eu"_qs << true;
    QTest::newRow("emea-production") << u"emea-production"_qs << true;
    QTest::newRow("dev") << u"dev"_qs << false;
    QTest::newRow("product-team") << u"product-team"_qs << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_ConnectionStore::productionSandboxes()
{
    QFETCH(QString, sandbox);
    QFETCH(bool, production);
    QCOMPARE(ConnectionStore::isProductionSandbox(sandbox), production);
}

void tst_ConnectionStore::historyKeyIgnoresNameAndPort()
{
    Connection a = platformConnection(u"Work"_qs);
    Connection b = platformConnection(u"Renamed"_qs);
    QCOMPARE(ConnectionStore::historyKey(a), ConnectionStore::historyKey(b));
    b.orgId = u"OTHER@AdobeOrg"_qs;
    QVERIFY(ConnectionStore::historyKey(a) != ConnectionStore::historyKey(b));

    ConnectionStore store(settings());
    store.setLocalPlatform(QUrl(u"http://127.0.0.1:1111"_qs), u"ORG@AdobeOrg"_qs, u"id"_qs,
                           u"prod"_qs, {u"openid"_qs});
    const QString first = ConnectionStore::historyKey(store.localPlatform());
    store.setLocalPlatform(QUrl(u"http://127.0.0.1:2222"_qs), u"ORG@AdobeOrg"_qs, u"id"_qs,
                           u"prod"_qs, {u"openid"_qs});
    QCOMPARE(ConnectionStore::historyKey(store.localPlatform()), first);
}

QTEST_GUILESS_MAIN(tst_ConnectionStore)
#include "tst_connectionstore.moc"
