#include "FuzzTarget.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// Every fuzz target, compiled without libFuzzer, fed each input kept for it: the seeds, the
// minimised corpus and every finding. A finding that once crashed a target or broke one of
// its invariants stays a regression test here.
class tst_FuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyListedTargetIsBuilt();
    void everyTargetHasInputs();
    void replay_data();
    void replay();

private:
    struct Listed
    {
        QString name;
        QStringList folders; // relative to the source root
    };
    static QString sourcePath(const QString &relative);
    QStringList inputsOf(const Listed &target) const;

    QList<Listed> m_listed;
    QHash<QString, Fuzz::Function> m_functions;
};

QString tst_FuzzReplay::sourcePath(const QString &relative)
{
    return QStringLiteral(EXPORT_STUDIO_SOURCE_DIR "/") + relative;
}

void tst_FuzzReplay::initTestCase()
{
    QFile list(sourcePath(QStringLiteral("tests/fuzz/targets.txt")));
    QVERIFY2(list.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(list.fileName()));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList words = line.split(spaces, Qt::SkipEmptyParts);
        Listed target{words.takeFirst(), words};
        for (const QString &kind : {u"seeds"_qs, u"corpus"_qs, u"findings"_qs})
            target.folders << QStringLiteral("tests/fuzz/%1/%2").arg(kind, target.name);
        m_listed << target;
    }
    for (const Fuzz::Target &target : Fuzz::targets())
        m_functions.insert(QString::fromLatin1(target.name), target.function);
}

void tst_FuzzReplay::everyListedTargetIsBuilt()
{
    QSet<QString> listed;
    for (const Listed &target : std::as_const(m_listed)) {
        QVERIFY2(m_functions.contains(target.name), qPrintable(target.name));
        listed.insert(target.name);
    }
    for (auto it = m_functions.cbegin(); it != m_functions.cend(); ++it)
        QVERIFY2(listed.contains(it.key()), qPrintable(it.key() + u" is not in targets.txt"_qs));
    QCOMPARE(m_functions.size(), 16);
}

QStringList tst_FuzzReplay::inputsOf(const Listed &target) const
{
    QStringList inputs;
    for (const QString &folder : target.folders) {
        const QDir dir(sourcePath(folder));
        for (const QString &file : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
            if (file != u".gitkeep")
                inputs << folder + u'/' + file;
        }
    }
    return inputs;
}

void tst_FuzzReplay::everyTargetHasInputs()
{
    for (const Listed &target : std::as_const(m_listed)) {
        const QStringList inputs = inputsOf(target);
        QVERIFY2(inputs.size() >= 5, qPrintable(target.name));
        qInfo("%-18s %4lld inputs", qPrintable(target.name), qlonglong(inputs.size()));
    }
}

void tst_FuzzReplay::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const Listed &target : std::as_const(m_listed)) {
        for (const QString &path : inputsOf(target))
            QTest::newRow(qPrintable(target.name + u':' + path)) << target.name << path;
    }
}

void tst_FuzzReplay::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(sourcePath(path));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray input = file.readAll();
    const Fuzz::Function function = m_functions.value(target);
    QVERIFY(function);
    // An invariant that does not hold aborts with its condition printed: the row fails.
    function(input);
}

QTEST_GUILESS_MAIN(tst_FuzzReplay)
#include "tst_fuzzreplay.moc"
