#include "api/Rfc3339.h"

#include <QTest>

class tst_Rfc3339 : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void roundTrip_data();
    void roundTrip();
};

void tst_Rfc3339::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("utcMsecs");
    QTest::addColumn<int>("offsetSeconds");

    // The tutorial's own values.
    QTest::newRow("seed Z") << u"2019-09-01T00:00:00Z"_qs << true << qint64(1567296000000) << 0;
    QTest::newRow("seed offset") << u"2018-10-25T13:22:04-07:00"_qs << true << qint64(1540498924000)
                                 << -7 * 3600;
    QTest::newRow("positive offset")
            << u"2019-09-02T09:00:00+09:00"_qs << true << qint64(1567382400000) << 9 * 3600;
    QTest::newRow("fraction") << u"2019-09-01T00:00:00.25Z"_qs << true << qint64(1567296000250)
                              << 0;
    QTest::newRow("long fraction")
            << u"2019-09-01T00:00:00.123456789Z"_qs << true << qint64(1567296000123) << 0;
    QTest::newRow("lowercase") << u"2019-09-01t00:00:00z"_qs << true << qint64(1567296000000) << 0;
    QTest::newRow("space separator")
            << u"2019-09-01 00:00:00Z"_qs << true << qint64(1567296000000) << 0;
    QTest::newRow("leap day") << u"2020-02-29T12:00:00Z"_qs << true << qint64(1582977600000) << 0;
    QTest::newRow("leap second") << u"2016-12-31T23:59:60Z"_qs << true << qint64(1483228799999)
                                 << 0;

    QTest::newRow("empty") << QString() << false << qint64(0) << 0;
    QTest::newRow("date only") << u"2019-09-01"_qs << false << qint64(0) << 0;
    QTest::newRow("no offset") << u"2019-09-01T00:00:00"_qs << false << qint64(0) << 0;
    QTest::newRow("no seconds") << u"2019-09-01T00:00Z"_qs << false << qint64(0) << 0;
    QTest::newRow("month 13") << u"2019-13-01T00:00:00Z"_qs << false << qint64(0) << 0;
    QTest::newRow("Feb 30") << u"2019-02-30T00:00:00Z"_qs << false << qint64(0) << 0;
    QTest::newRow("not leap year") << u"2019-02-29T00:00:00Z"_qs << false << qint64(0) << 0;
    QTest::newRow("hour 24") << u"2019-09-01T24:00:00Z"_qs << false << qint64(0) << 0;
    QTest::newRow("minute 60") << u"2019-09-01T00:60:00Z"_qs << false << qint64(0) << 0;
    QTest::newRow("misplaced leap second") << u"2019-09-01T00:00:60Z"_qs << false << qint64(0) << 0;
    QTest::newRow("offset without colon")
            << u"2019-09-01T00:00:00+0900"_qs << false << qint64(0) << 0;
    QTest::newRow("offset hour 24") << u"2019-09-01T00:00:00+24:00"_qs << false << qint64(0) << 0;
    QTest::newRow("empty fraction") << u"2019-09-01T00:00:00.Z"_qs << false << qint64(0) << 0;
    QTest::newRow("trailing text") << u"2019-09-01T00:00:00Zabc"_qs << false << qint64(0) << 0;
    QTest::newRow("slashes") << u"2019/09/01T00:00:00Z"_qs << false << qint64(0) << 0;
    QTest::newRow("epoch number") << u"1567296000000"_qs << false << qint64(0) << 0;
    QTest::newRow("full-width digits") << u"２０１９-09-01T00:00:00Z"_qs << false << qint64(0) << 0;
}

void tst_Rfc3339::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, utcMsecs);
    QFETCH(int, offsetSeconds);

    const auto parsed = Rfc3339::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    QCOMPARE(Rfc3339::isValid(text), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->toMSecsSinceEpoch(), utcMsecs);
    QCOMPARE(parsed->offsetFromUtc(), offsetSeconds);
}

void tst_Rfc3339::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Z") << u"2019-09-01T00:00:00Z"_qs;
    QTest::newRow("negative offset") << u"2018-10-25T13:22:04-07:00"_qs;
    QTest::newRow("positive offset") << u"2019-09-02T09:00:00+09:00"_qs;
    QTest::newRow("half-hour offset") << u"2019-09-02T09:00:00+05:30"_qs;
    QTest::newRow("milliseconds") << u"2019-09-01T00:00:00.250Z"_qs;
}

void tst_Rfc3339::roundTrip()
{
    QFETCH(QString, text);
    const auto parsed = Rfc3339::parse(text);
    QVERIFY(parsed);
    QCOMPARE(Rfc3339::format(*parsed), text);
}

QTEST_APPLESS_MAIN(tst_Rfc3339)
#include "tst_rfc3339.moc"
