#include "models/SecretStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSecret = u"s3cr3t-client-secret-Zq81"_qs;

std::optional<QString> readBack(SecretStore &store, const QString &key)
{
    std::optional<QString> result;
    bool finished = false;
    store.read(key, &store, [&](std::optional<QString> secret) {
        result = secret;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 20000))
        return u"<no answer>"_qs;
    return result;
}

SecretStore::Persistence writeSecret(SecretStore &store, const QString &key, const QString &secret)
{
    SecretStore::Persistence where = SecretStore::Persistence::Unknown;
    store.write(key, secret, &store, [&](SecretStore::Persistence p) { where = p; });
    if (!QTest::qWaitFor([&] { return where != SecretStore::Persistence::Unknown; }, 20000))
        qWarning("the keychain did not answer");
    return where;
}

// Every file under `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            hits << file.fileName();
    }
    return hits;
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeThenRead();
    void lateCallbackToDeletedContextIsDropped();
    void neverWrittenToSettingsOrDisk();

private:
    QTemporaryDir m_home;
    QString m_service = u"export-studio-test-%1"_qs.arg(QCoreApplication::applicationPid());
};

void tst_SecretStore::initTestCase()
{
    // Settings and data land in the temporary home, where the last test looks for the secret.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_qs).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_qs).toUtf8());
}

void tst_SecretStore::writeThenRead()
{
    SecretStore store(m_service);
    QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
    const auto where = writeSecret(store, u"work"_qs, kSecret);
    QVERIFY(where != SecretStore::Persistence::Unknown);
    QCOMPARE(persistence.count(), 1);
    QCOMPARE(readBack(store, u"work"_qs), std::optional(kSecret));
    QCOMPARE(readBack(store, u"never-written"_qs), std::nullopt);

    // What a restarted app sees: the keychain keeps the secret, session-only memory does not.
    SecretStore restarted(m_service);
    if (where == SecretStore::Persistence::Keychain) {
        QVERIFY(restarted.unavailableReason().isEmpty());
        QCOMPARE(readBack(restarted, u"work"_qs), std::optional(kSecret));
        restarted.remove(u"work"_qs);
    } else {
        QVERIFY(!store.unavailableReason().isEmpty());
        qInfo("no keychain service: %s", qPrintable(store.unavailableReason()));
        QCOMPARE(readBack(restarted, u"work"_qs), std::nullopt);
        QCOMPARE(restarted.persistence(), SecretStore::Persistence::SessionOnly);
    }

    store.remove(u"work"_qs);
    QCOMPARE(readBack(store, u"work"_qs), std::nullopt);
}

void tst_SecretStore::lateCallbackToDeletedContextIsDropped()
{
    SecretStore store(m_service);
    writeSecret(store, u"other"_qs, kSecret);
    bool called = false;
    {
        QObject context;
        store.read(u"other"_qs, &context, [&](std::optional<QString>) { called = true; });
    }
    // Give the read every chance to finish.
    QTest::qWait(200);
    QVERIFY(!called);
    store.remove(u"other"_qs);
}

void tst_SecretStore::neverWrittenToSettingsOrDisk()
{
    {
        SecretStore store(m_service);
        writeSecret(store, u"disk-check"_qs, kSecret);
        QSettings settings;
        settings.setValue(u"probe"_qs, 1); // the settings file exists, so it is searched
        settings.sync();
        store.remove(u"disk-check"_qs);
    }
    QVERIFY2(!filesContaining(m_home.path(), u"probe"_qs).isEmpty(),
             "the settings file is not where the search looks");
    QCOMPARE(filesContaining(m_home.path(), kSecret), QStringList());
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
