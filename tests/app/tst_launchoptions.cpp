#include "app/LaunchOptions.h"
#include "models/ConnectionStore.h"
#include "translations/Translations.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The command line of export-studio: what it accepts, and how it refuses the rest.
class tst_LaunchOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void helpAndVersionAnswerOnTheConsole();
    void savedConnectionIsFound();
    void peekLanguage_data();
    void peekLanguage();

private:
    QStringList arguments(const QStringList &options) const;

    LanguageSwitcher m_language;
    QTemporaryDir m_dir;
};

void tst_LaunchOptions::initTestCase()
{
    QVERIFY(m_language.setLanguage(u"en"_qs));
    QVERIFY(m_dir.isValid());
}

QStringList tst_LaunchOptions::arguments(const QStringList &options) const
{
    // Every run gets a data folder of its own unless the row names one.
    QStringList list{u"export-studio"_qs};
    if (!options.join(u' ').contains(u"--data-dir"_qs))
        list << u"--data-dir"_qs << m_dir.path();
    return list + options;
}

void tst_LaunchOptions::accepted_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("sandbox");
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("pace");

    QTest::newRow("nothing") << QStringList() << QString() << QString()
                             << LaunchOptions::defaultDemoPace;
    QTest::newRow("sandbox") << QStringList{u"--sandbox"_qs, u"dev"_qs} << u"dev"_qs << QString()
                             << LaunchOptions::defaultDemoPace;
    QTest::newRow("sandbox, upper case and spaces")
            << QStringList{u"--sandbox= Dev-2 "_qs} << u"dev-2"_qs << QString()
            << LaunchOptions::defaultDemoPace;
    QTest::newRow("japanese") << QStringList{u"--lang"_qs, u"ja"_qs} << QString() << u"ja"_qs
                              << LaunchOptions::defaultDemoPace;
    QTest::newRow("english, = form") << QStringList{u"--lang=en"_qs} << QString() << u"en"_qs
                                     << LaunchOptions::defaultDemoPace;
    QTest::newRow("pace 0") << QStringList{u"--demo-pace"_qs, u"0"_qs} << QString() << QString()
                            << 0.0;
    QTest::newRow("pace 1.5") << QStringList{u"--demo-pace=1.5"_qs} << QString() << QString()
                              << 1.5;
    QTest::newRow("pace at the maximum")
            << QStringList{u"--demo-pace"_qs, u"600"_qs} << QString() << QString() << 600.0;
}

void tst_LaunchOptions::accepted()
{
    QFETCH(QStringList, options);
    QFETCH(QString, sandbox);
    QFETCH(QString, language);
    QFETCH(double, pace);

    const auto result = LaunchOptions::read(arguments(options));
    if (const auto *exit = std::get_if<LaunchOptions::Exit>(&result))
        QFAIL(qPrintable(exit->text));
    const LaunchOptions read = std::get<LaunchOptions>(result);
    QCOMPARE(read.sandbox, sandbox);
    QCOMPARE(read.language, language);
    QCOMPARE(read.demoPace, pace);
    QCOMPARE(read.dataDir, QDir::cleanPath(m_dir.path()));
    QCOMPARE(read.connection, QString());
}

void tst_LaunchOptions::refused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown option") << QStringList{u"--colour"_qs} << u"colour"_qs;
    QTest::newRow("positional") << QStringList{u"jobs.csv"_qs}
                                << u"Unexpected argument \"jobs.csv\""_qs;
    QTest::newRow("unknown language")
            << QStringList{u"--lang"_qs, u"fr"_qs} << u"Unknown language \"fr\". Available: "_qs;
    QTest::newRow("language missing") << QStringList{u"--lang"_qs} << u"lang"_qs;
    QTest::newRow("pace not a number")
            << QStringList{u"--demo-pace"_qs, u"fast"_qs} << u"\"fast\""_qs;
    QTest::newRow("pace negative") << QStringList{u"--demo-pace=-1"_qs} << u"\"-1\""_qs;
    QTest::newRow("pace too long") << QStringList{u"--demo-pace=601"_qs} << u"\"601\""_qs;
    QTest::newRow("pace infinite") << QStringList{u"--demo-pace=inf"_qs} << u"\"inf\""_qs;
    QTest::newRow("pace nan") << QStringList{u"--demo-pace=nan"_qs} << u"\"nan\""_qs;
    QTest::newRow("sandbox with a slash") << QStringList{u"--sandbox"_qs, u"prod/x"_qs}
                                          << u"The sandbox name \"prod/x\" is not valid"_qs;
    QTest::newRow("sandbox empty")
            << QStringList{u"--sandbox="_qs} << u"The sandbox name \"\" is not valid"_qs;
    QTest::newRow("data dir empty")
            << QStringList{u"--data-dir="_qs} << u"--data-dir needs a folder."_qs;
    QTest::newRow("unknown connection") << QStringList{u"--connection"_qs, u"Nope"_qs}
                                        << u"There is no connection called \"Nope\""_qs;
}

void tst_LaunchOptions::refused()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);

    const QStringList before
            = QDir(m_dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    const auto result = LaunchOptions::read(arguments(options));
    const auto *exit = std::get_if<LaunchOptions::Exit>(&result);
    QVERIFY(exit);
    QCOMPARE(exit->code, 2);
    QVERIFY(exit->toStderr);
    QVERIFY2(exit->text.contains(message), qPrintable(exit->text));
    // A refused command line leaves nothing behind.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), before);
}

void tst_LaunchOptions::helpAndVersionAnswerOnTheConsole()
{
    auto result = LaunchOptions::read(arguments({u"--help"_qs}));
    auto *exit = std::get_if<LaunchOptions::Exit>(&result);
    QVERIFY(exit);
    QCOMPARE(exit->code, 0);
    QVERIFY(!exit->toStderr);
    for (const char *option : {"--connection", "--sandbox", "--lang", "--data-dir", "--demo-pace",
                               "--help", "--version"})
        QVERIFY2(exit->text.contains(QLatin1String(option)), option);

    QCoreApplication::setApplicationVersion(u"9.8.7"_qs);
    result = LaunchOptions::read(arguments({u"--version"_qs}));
    exit = std::get_if<LaunchOptions::Exit>(&result);
    QVERIFY(exit);
    QCOMPARE(exit->code, 0);
    QVERIFY(exit->text.contains(u"9.8.7"_qs));

    // The help is in the language asked for.
    QVERIFY(m_language.setLanguage(u"ja"_qs));
    result = LaunchOptions::read(arguments({u"--help"_qs}));
    exit = std::get_if<LaunchOptions::Exit>(&result);
    QVERIFY(exit);
    QVERIFY2(exit->text.contains(u"書き出しジョブ"_qs), qPrintable(exit->text));
    // Every line of it: the help and version options too, and no Qt options left undocumented.
    QVERIFY2(exit->text.contains(u"このヘルプを表示します。"_qs), qPrintable(exit->text));
    QVERIFY(!exit->text.contains(u"Displays"_qs));
    QVERIFY(!exit->text.contains(u"--help-all"_qs));
    QVERIFY(m_language.setLanguage(u"en"_qs));
}

void tst_LaunchOptions::savedConnectionIsFound()
{
    QTemporaryDir dir;
    {
        QSettings settings(LaunchOptions::settingsFile(dir.path()), QSettings::IniFormat);
        ConnectionStore store(&settings);
        Connection connection;
        connection.name = u"Staging"_qs;
        connection.baseUrl = QUrl(u"https://platform.example.com"_qs);
        connection.imsUrl = QUrl(u"https://ims.example.com"_qs);
        connection.orgId = u"ORG@AdobeOrg"_qs;
        connection.clientId = u"client"_qs;
        connection.sandbox = u"prod"_qs;
        connection.scopes = {u"openid"_qs};
        QString problem;
        QVERIFY2(store.save(connection, {}, &problem), qPrintable(problem));
    }
    const auto result = LaunchOptions::read(
            {u"export-studio"_qs, u"--data-dir"_qs, dir.path(), u"--connection"_qs, u"Staging"_qs});
    if (const auto *exit = std::get_if<LaunchOptions::Exit>(&result))
        QFAIL(qPrintable(exit->text));
    QCOMPARE(std::get<LaunchOptions>(result).connection, u"Staging"_qs);
}

void tst_LaunchOptions::peekLanguage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("language");
    QTest::newRow("absent") << QStringList{u"--sandbox"_qs, u"dev"_qs} << QString();
    QTest::newRow("separate") << QStringList{u"--lang"_qs, u"ja"_qs} << u"ja"_qs;
    QTest::newRow("single dash") << QStringList{u"-lang"_qs, u"en"_qs} << u"en"_qs;
    QTest::newRow("equals") << QStringList{u"--help"_qs, u"--lang=ja"_qs} << u"ja"_qs;
    QTest::newRow("value missing") << QStringList{u"--lang"_qs} << QString();
}

void tst_LaunchOptions::peekLanguage()
{
    QFETCH(QStringList, options);
    QFETCH(QString, language);
    QCOMPARE(LaunchOptions::peekLanguage(QStringList{u"export-studio"_qs} + options), language);
}

QTEST_GUILESS_MAIN(tst_LaunchOptions)
#include "tst_launchoptions.moc"
