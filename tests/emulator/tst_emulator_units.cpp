#include "emulator/Chaos.h"
#include "emulator/FieldSelection.h"
#include "emulator/Rfc3339.h"

#include <QTest>

using namespace Emulator;

// The emulator's own parsers: RFC 3339 timestamps, the chaos spec and the fields list.
class TestEmulatorUnits : public QObject
{
    Q_OBJECT

private slots:
    void rfc3339_data();
    void rfc3339();
    void rfc3339RoundTrip();
    void chaosSpec_data();
    void chaosSpec();
    void chaosReproducible();
    void fieldSelection_data();
    void fieldSelection();
};

void TestEmulatorUnits::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("Z") << QStringLiteral("2019-09-01T00:00:00Z") << true << qint64(1567296000000);
    QTest::newRow("offset") << QStringLiteral("2018-10-25T13:22:04-07:00") << true
                            << qint64(1540498924000);
    QTest::newRow("positive offset")
            << QStringLiteral("2018-10-26T05:22:04+09:00") << true << qint64(1540498924000);
    QTest::newRow("millis") << QStringLiteral("2019-09-01T00:00:00.250Z") << true
                            << qint64(1567296000250);
    QTest::newRow("micros") << QStringLiteral("2019-09-01T00:00:00.123456Z") << true
                            << qint64(1567296000123);
    QTest::newRow("lowercase") << QStringLiteral("2019-09-01t00:00:00z") << true
                               << qint64(1567296000000);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T12:00:00Z") << true
                              << qint64(1709208000000);
    QTest::newRow("no zone") << QStringLiteral("2019-09-01T00:00:00") << false << qint64(0);
    QTest::newRow("date only") << QStringLiteral("2019-09-01") << false << qint64(0);
    QTest::newRow("space") << QStringLiteral("2019-09-01 00:00:00Z") << false << qint64(0);
    QTest::newRow("month 13") << QStringLiteral("2019-13-01T00:00:00Z") << false << qint64(0);
    QTest::newRow("feb 30") << QStringLiteral("2019-02-30T00:00:00Z") << false << qint64(0);
    QTest::newRow("not leap") << QStringLiteral("2023-02-29T00:00:00Z") << false << qint64(0);
    QTest::newRow("hour 24") << QStringLiteral("2019-09-01T24:00:00Z") << false << qint64(0);
    QTest::newRow("empty fraction")
            << QStringLiteral("2019-09-01T00:00:00.Z") << false << qint64(0);
    QTest::newRow("trailing") << QStringLiteral("2019-09-01T00:00:00Zx") << false << qint64(0);
    QTest::newRow("bad offset") << QStringLiteral("2019-09-01T00:00:00+0900") << false << qint64(0);
    QTest::newRow("epoch number") << QStringLiteral("1567296000000") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
}

void TestEmulatorUnits::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    const auto parsed = Rfc3339::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, ms);
}

void TestEmulatorUnits::rfc3339RoundTrip()
{
    for (qint64 ms : {qint64(0), qint64(1567296000250), qint64(-86400001), qint64(4102444799999)}) {
        const QByteArray text = Rfc3339::formatUtc(ms);
        QCOMPARE(Rfc3339::parse(QString::fromLatin1(text)).value_or(-1), ms);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1(),
                 text);
    }
}

void TestEmulatorUnits::chaosSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("every kind")
            << QStringLiteral("fail=0.2,429=0.1:2,5xx=0.05,slow=0.1:1500,drop=0.02,seed=7") << true
            << QStringLiteral("fail=0.2,429=0.1:2,5xx=0.05,slow=0.1:1500,drop=0.02,seed=7");
    QTest::newRow("percent") << QStringLiteral("429=50%") << true
                             << QStringLiteral("429=0.5:1,seed=0");
    QTest::newRow("spaces") << QStringLiteral(" drop = 1 ") << true
                            << QStringLiteral("drop=1,seed=0");
    QTest::newRow("rate above 1") << QStringLiteral("fail=1.5") << false << QString();
    QTest::newRow("negative") << QStringLiteral("5xx=-0.1") << false << QString();
    QTest::newRow("unknown kind") << QStringLiteral("explode=0.1") << false << QString();
    QTest::newRow("no rate") << QStringLiteral("429") << false << QString();
    QTest::newRow("bad seed") << QStringLiteral("seed=x") << false << QString();
    QTest::newRow("extra on drop") << QStringLiteral("drop=0.1:5") << false << QString();
    QTest::newRow("bad extra") << QStringLiteral("slow=0.1:abc") << false << QString();
    QTest::newRow("sum above 1") << QStringLiteral("429=0.6,5xx=0.6") << false << QString();
}

void TestEmulatorUnits::chaosSpec()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    ChaosSettings settings;
    const QString problem = ChaosSettings::parse(spec, &settings);
    QCOMPARE(problem.isEmpty(), valid);
    if (valid)
        QCOMPARE(settings.toString(), normalized);
}

void TestEmulatorUnits::chaosReproducible()
{
    ChaosSettings settings;
    QVERIFY(ChaosSettings::parse(QStringLiteral("429=0.3,5xx=0.3,drop=0.1,slow=0.5:10,seed=42"),
                                 &settings)
                    .isEmpty());
    auto roll = [&] {
        Chaos chaos;
        chaos.setSettings(settings);
        QList<int> outcome;
        for (int i = 0; i < 200; ++i) {
            const Chaos::Decision d = chaos.decideRequest();
            outcome << int(d.action) * 1000 + d.status + d.delayMs;
        }
        return outcome;
    };
    const QList<int> first = roll();
    QCOMPARE(roll(), first);
    QVERIFY(first.contains(int(Chaos::Action::Drop) * 1000));
    QVERIFY(first.contains(int(Chaos::Action::TooManyRequests) * 1000 + 429));
    QVERIFY(first.contains(int(Chaos::Action::None) * 1000));
}

void TestEmulatorUnits::fieldSelection_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QStringList>("notSelected");
    QTest::newRow("tutorial") << QStringLiteral("identities.id,personalEmail.address") << true
                              << QStringList{QStringLiteral("identities.id"),
                                             QStringLiteral("personalEmail.address")}
                              << QStringList{QStringLiteral("identities.namespace"),
                                             QStringLiteral("person"),
                                             QStringLiteral("personalEmail.type")};
    QTest::newRow("whole subtree wins") << QStringLiteral("person.name.firstName, person") << true
                                        << QStringList{QStringLiteral("person.name.lastName")}
                                        << QStringList{QStringLiteral("identities")};
    QTest::newRow("spaces") << QStringLiteral(" identities , homeAddress.city ") << true
                            << QStringList{QStringLiteral("identities.namespace.code"),
                                           QStringLiteral("homeAddress.city")}
                            << QStringList{QStringLiteral("homeAddress.street1")};
    QTest::newRow("empty") << QString() << false << QStringList() << QStringList();
    QTest::newRow("empty path") << QStringLiteral("identities,,person") << false << QStringList()
                                << QStringList();
    QTest::newRow("empty segment")
            << QStringLiteral("person..name") << false << QStringList() << QStringList();
    QTest::newRow("bad character")
            << QStringLiteral("person.name[0]") << false << QStringList() << QStringList();
}

void TestEmulatorUnits::fieldSelection()
{
    QFETCH(QString, fields);
    QFETCH(bool, valid);
    QFETCH(QStringList, selected);
    QFETCH(QStringList, notSelected);
    FieldSelection selection;
    const QString problem = FieldSelection::parse(fields, &selection);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid) {
        QVERIFY(problem.contains(u"fields"));
        return;
    }
    auto isSelected = [&](const QString &path) {
        const FieldSelection::Node *node = selection.root();
        for (const QString &part : path.split(u'.')) {
            const QByteArray name = part.toUtf8();
            node = node->child(std::string_view(name.constData(), size_t(name.size())));
            if (!node)
                return false;
        }
        return true;
    };
    for (const QString &path : selected)
        QVERIFY2(isSelected(path), qPrintable(path));
    for (const QString &path : notSelected)
        QVERIFY2(!isSelected(path), qPrintable(path));
}

QTEST_GUILESS_MAIN(TestEmulatorUnits)
#include "tst_emulator_units.moc"
