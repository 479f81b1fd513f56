#include "api/RetryPolicy.h"

#include <QTest>

using std::chrono::milliseconds;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoff_data();
    void backoff();
    void jitterIsFull();
    void retryAfterWins();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void httpDate_data();
    void httpDate();
};

void tst_RetryPolicy::backoff_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");

    // Defaults: 500 ms base, doubling, capped at 10 s.
    QTest::newRow("first, top of range") << 1 << 0.999999 << qint64(499);
    QTest::newRow("first, bottom") << 1 << 0.0 << qint64(0);
    QTest::newRow("second, middle") << 2 << 0.5 << qint64(500);
    QTest::newRow("third, top") << 3 << 0.999999 << qint64(1999);
    QTest::newRow("fifth, top") << 5 << 0.999999 << qint64(7999);
    QTest::newRow("sixth is capped") << 6 << 0.999999 << qint64(9999);
    QTest::newRow("fortieth does not overflow") << 40 << 0.5 << qint64(5000);
    QTest::newRow("random above range clamps") << 2 << 7.0 << qint64(1000);
    QTest::newRow("retry 0 waits nothing") << 0 << 0.9 << qint64(0);
}

void tst_RetryPolicy::backoff()
{
    QFETCH(int, retry);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    QCOMPARE(RetryPolicy().backoff(retry, random).count(), expectedMs);
}

void tst_RetryPolicy::jitterIsFull()
{
    // Every wait lies in [0, cap): clients failing together spread out.
    const RetryPolicy policy;
    for (int retry = 1; retry <= 8; ++retry) {
        const qint64 cap = std::min<qint64>(10'000, 500LL << (retry - 1));
        for (double r = 0; r < 1.0; r += 0.05) {
            const qint64 wait = policy.backoff(retry, r).count();
            QVERIFY(wait >= 0);
            QVERIFY(wait < cap);
        }
    }
}

void tst_RetryPolicy::retryAfterWins()
{
    const RetryPolicy policy;
    QCOMPARE(policy.delay(1, 0.9, milliseconds(3000)).count(), 3000);
    // A shorter Retry-After than the backoff still gets the backoff.
    QCOMPARE(policy.delay(3, 0.5, milliseconds(10)).count(), 1000);
    QCOMPARE(policy.delay(2, 0.5, std::nullopt).count(), 500);
}

void tst_RetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: not a Retry-After value

    QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
    QTest::newRow("padded seconds") << QByteArray("  3 ") << qint64(3000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:10 GMT") << qint64(10'000);
    QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:28:05 GMT") << qint64(5000);
    QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:02 2015") << qint64(2000);
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("word") << QByteArray("later") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("date without zone") << QByteArray("Wed, 21 Oct 2015 07:28:10") << qint64(-1);
    QTest::newRow("huge") << QByteArray("99999999999") << qint64(10LL * 365 * 24 * 3600 * 1000);
}

void tst_RetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
    const auto parsed = HttpHeaders::parseRetryAfter(value, now);
    if (expectedMs < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), expectedMs);
    }
}

void tst_RetryPolicy::httpDate_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime sample(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << sample;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << sample;
    QTest::newRow("asctime, two spaces") << QByteArray("Sun Nov  6 08:49:37 1994") << sample;
    QTest::newRow("invalid day") << QByteArray("Sun, 31 Nov 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("nonsense") << QByteArray("tomorrow") << QDateTime();
}

void tst_RetryPolicy::httpDate()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = HttpHeaders::parseHttpDate(value);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
