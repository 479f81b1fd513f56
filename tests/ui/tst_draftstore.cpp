#include "models/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// DraftStore keeps unsent form content on disk: written a moment after the last change, whole
// or not at all, readable by its owner only, found again by scope after a restart.
class tst_DraftStore : public QObject
{
    Q_OBJECT

private slots:
    void writesAfterAQuietMoment();
    void survivesARestart();
    void newestFirstPerScope();
    void discardRemovesFileAndPendingWrite();
    void destructionFlushes();
    void badIdsAndFilesAreRefused_data();
    void badIdsAndFilesAreRefused();
    void unwritableFolderIsReported();
    void fileIsPrivate();

private:
    static QString fileOf(const QTemporaryDir &dir, const QString &id)
    {
        return dir.filePath(u"drafts/"_s + id + u".json"_s);
    }
};

void tst_DraftStore::writesAfterAQuietMoment()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(u"drafts"_s));
    store.setDelay(std::chrono::milliseconds(100));
    const QString id = DraftStore::newId();
    store.saveLater(id, u"scope"_s, QJsonObject{{u"n"_s, 1}});
    store.saveLater(id, u"scope"_s, QJsonObject{{u"n"_s, 2}});
    QVERIFY(store.hasPending());
    QVERIFY(!QFile::exists(fileOf(dir, id)));
    // Pending content is already what drafts() and load() give.
    QCOMPARE(store.load(id)->content.value(u"n").toInt(), 2);
    QTRY_VERIFY(QFile::exists(fileOf(dir, id)));
    QVERIFY(!store.hasPending());
    QFile file(fileOf(dir, id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(saved.value(u"format").toString(), u"export-studio-draft"_s);
    QCOMPARE(saved.value(u"scope").toString(), u"scope"_s);
    QCOMPARE(saved.value(u"content").toObject().value(u"n").toInt(), 2);
}

void tst_DraftStore::survivesARestart()
{
    QTemporaryDir dir;
    const QString id = DraftStore::newId();
    {
        DraftStore store(dir.filePath(u"drafts"_s));
        QVERIFY(store.save(id, u"s"_s, QJsonObject{{u"fields"_s, u"identities.id"_s}}));
    }
    DraftStore again(dir.filePath(u"drafts"_s));
    const auto draft = again.load(id);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->id, id);
    QCOMPARE(draft->scope, u"s"_s);
    QVERIFY(draft->savedAt.isValid());
    QCOMPARE(draft->content.value(u"fields").toString(), u"identities.id"_s);
}

void tst_DraftStore::newestFirstPerScope()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(u"drafts"_s));
    QVERIFY(store.save(u"old"_s, u"a"_s, QJsonObject{{u"n"_s, 1}}));
    QTest::qWait(20);
    QVERIFY(store.save(u"other"_s, u"b"_s, QJsonObject{{u"n"_s, 2}}));
    QTest::qWait(20);
    QVERIFY(store.save(u"new"_s, u"a"_s, QJsonObject{{u"n"_s, 3}}));
    const auto drafts = store.drafts(u"a"_s);
    QCOMPARE(drafts.size(), 2);
    QCOMPARE(drafts[0].id, u"new"_s);
    QCOMPARE(drafts[1].id, u"old"_s);
    QCOMPARE(store.drafts(u"b"_s).size(), 1);
    QVERIFY(store.drafts(u"c"_s).isEmpty());
}

void tst_DraftStore::discardRemovesFileAndPendingWrite()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(u"drafts"_s));
    store.setDelay(std::chrono::milliseconds(50));
    QVERIFY(store.save(u"a"_s, u"s"_s, QJsonObject{{u"n"_s, 1}}));
    store.saveLater(u"a"_s, u"s"_s, QJsonObject{{u"n"_s, 2}});
    store.discard(u"a"_s);
    QVERIFY(!store.hasPending());
    QVERIFY(!QFile::exists(fileOf(dir, u"a"_s)));
    QTest::qWait(150);
    QVERIFY(!QFile::exists(fileOf(dir, u"a"_s)));
    QVERIFY(!store.load(u"a"_s));
}

void tst_DraftStore::destructionFlushes()
{
    QTemporaryDir dir;
    {
        DraftStore store(dir.filePath(u"drafts"_s));
        store.setDelay(std::chrono::hours(1));
        store.saveLater(u"a"_s, u"s"_s, QJsonObject{{u"n"_s, 7}});
    }
    DraftStore again(dir.filePath(u"drafts"_s));
    QCOMPARE(again.load(u"a"_s)->content.value(u"n").toInt(), 7);
}

void tst_DraftStore::badIdsAndFilesAreRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("path") << u"../escape"_s;
    QTest::newRow("slash") << u"a/b"_s;
    QTest::newRow("space") << u"a b"_s;
    QTest::newRow("too long") << QString(65, u'a');
}

void tst_DraftStore::badIdsAndFilesAreRefused()
{
    QFETCH(QString, id);
    QTemporaryDir dir;
    DraftStore store(dir.filePath(u"drafts"_s));
    QString error;
    QVERIFY(!store.save(id, u"s"_s, QJsonObject{{u"n"_s, 1}}, &error));
    QVERIFY(!error.isEmpty());
    store.saveLater(id, u"s"_s, QJsonObject{{u"n"_s, 1}});
    QVERIFY(!store.hasPending());
    QVERIFY(!store.load(id));
    // A file that is not a draft is skipped, not fatal.
    QVERIFY(QDir().mkpath(dir.filePath(u"drafts"_s)));
    QFile junk(fileOf(dir, u"junk"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{ not json");
    junk.close();
    QVERIFY(store.drafts(QString()).isEmpty());
    QVERIFY(!store.load(u"junk"_s));
}

void tst_DraftStore::unwritableFolderIsReported()
{
    QTemporaryDir dir;
    // A file where the folder should be.
    QFile blocker(dir.filePath(u"drafts"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DraftStore store(dir.filePath(u"drafts"_s));
    QSignalSpy failed(&store, &DraftStore::saveFailed);
    store.saveLater(u"a"_s, u"s"_s, QJsonObject{{u"n"_s, 1}});
    store.flush();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
}

void tst_DraftStore::fileIsPrivate()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(u"drafts"_s));
    QVERIFY(store.save(u"a"_s, u"s"_s, QJsonObject{{u"n"_s, 1}}));
    const QFile::Permissions permissions = QFile::permissions(fileOf(dir, u"a"_s));
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(!(permissions & QFileDevice::ReadGroup));
    QVERIFY(!(permissions & QFileDevice::ReadOther));
}

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_draftstore.moc"
