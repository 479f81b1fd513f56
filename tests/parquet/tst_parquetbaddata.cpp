#include "ParquetTestData.h"
#include "parquet/FileReader.h"

#include <QJsonDocument>
#include <QTest>

using namespace Parquet;

// Every file of the test data's bad_data/ (files that crashed other readers) ends in a clear
// error or a correct read: which one, and the words of the error, are asserted per file.
class tst_ParquetBadData : public QObject
{
    Q_OBJECT

private slots:
    void everyFileIsListed();
    void eachFile_data();
    void eachFile();
};

namespace {

struct Expectation
{
    Error::Kind kind; // None: the file reads
    QString says; // part of the message, or the first row's JSON when it reads
    qint64 rows;
};

const QMap<QString, Expectation> kExpected = {
        // Columns of one row group disagree on their row count.
        {u"ARROW-GH-41317.parquet"_qs,
         {Error::Kind::Malformed, u"The column holds 0 rows; its row group has 3."_qs, 0}},
        // A page's levels are fewer than its header's value count.
        {u"ARROW-GH-41321.parquet"_qs,
         {Error::Kind::Malformed, u"levels or indices end early"_qs, 0}},
        // Dictionary indices with a bit width of 0 are all 0: a valid, if odd, page.
        {u"ARROW-GH-43605.parquet"_qs, {Error::Kind::None, u"{\"min_fl\":0}"_qs, 21186}},
        // A required column holding nulls: its values are fewer than its entries.
        {u"ARROW-GH-47662.parquet"_qs,
         {Error::Kind::Malformed, u"PLAIN data ends before its 100 values"_qs, 0}},
        // A negative dictionary size; its column chunk also points past the data.
        {u"ARROW-RS-GH-6229-DICTHEADER.parquet"_qs,
         {Error::Kind::Malformed, u"outside the file's data"_qs, 0}},
        // Too few repetition levels for the page.
        {u"ARROW-RS-GH-6229-LEVELS.parquet"_qs,
         {Error::Kind::Malformed, u"levels or indices end early"_qs, 0}},
};

} // namespace

void tst_ParquetBadData::everyFileIsListed()
{
    const QStringList files = ParquetTestData::parquetFiles(u"bad_data"_qs);
    QCOMPARE(files.size(), kExpected.size());
    for (const QString &name : files)
        QVERIFY2(kExpected.contains(name), qPrintable(name));
}

void tst_ParquetBadData::eachFile_data()
{
    QTest::addColumn<QString>("name");
    for (auto it = kExpected.cbegin(); it != kExpected.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void tst_ParquetBadData::eachFile()
{
    QFETCH(QString, name);
    const Expectation expected = kExpected.value(name);
    auto source = std::make_shared<MemorySource>(
            ParquetTestData::bytesOf(ParquetTestData::badDataFile(name)));
    FileReader reader(source);
    const bool opened = reader.open();
    const QList<QJsonObject> rows = opened ? reader.readRows(-1) : QList<QJsonObject>();
    qInfo("%s", qPrintable(reader.error().message()));
    QCOMPARE(reader.error().kind(), expected.kind);
    QCOMPARE(rows.size(), expected.rows);
    if (expected.kind == Error::Kind::None) {
        QCOMPARE(QString::fromUtf8(QJsonDocument(rows.first()).toJson(QJsonDocument::Compact)),
                 expected.says);
        return;
    }
    QVERIFY2(reader.error().message().contains(expected.says),
             qPrintable(reader.error().message()));
}

QTEST_GUILESS_MAIN(tst_ParquetBadData)
#include "tst_parquetbaddata.moc"
