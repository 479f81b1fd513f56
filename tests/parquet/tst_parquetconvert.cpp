#include "ParquetBuilder.h"
#include "ParquetTestData.h"
#include "parquet/Converter.h"
#include "parquet/FormatSniffer.h"
#include "parquet/JsonLinesReader.h"
#include "parquet/ParquetRecordReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Parquet;
namespace PB = ParquetBuilder;

// Conversion to CSV and JSON Lines from either reader, progress and cancel, the JSON Lines
// reader's flattening, and the sniffer that tells the formats apart by content.
class tst_ParquetConvert : public QObject
{
    Q_OBJECT

private slots:
    void csvOfNestedParquet();
    void csvQuotesAndByteOrderMark();
    void jsonLinesOfParquetParse();
    void progressAndCancel();
    void conversionHoldsOneRowGroup();
    void jsonLinesReaderFlattens();
    void jsonLinesReaderNamesTheBadLine_data();
    void jsonLinesReaderNamesTheBadLine();
    void jsonLinesToCsv();
    void sniffer_data();
    void sniffer();
    void snifferOnDevice();
};

namespace {

std::shared_ptr<Source> dataSource(const QString &name)
{
    return std::make_shared<MemorySource>(
            ParquetTestData::bytesOf(ParquetTestData::dataFile(name)));
}

QByteArray convert(RecordReader &reader, const ConvertOptions &options,
                   ConvertResult *result = nullptr)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const ConvertResult r = Converter::convert(reader, out, options);
    if (result)
        *result = r;
    return out.data();
}

ConvertOptions csvOptions()
{
    ConvertOptions options;
    options.format = ConvertOptions::Format::Csv;
    return options;
}

// One optional string column "s" holding `values` (a null where the value is empty).
QByteArray stringFile(const QList<QByteArray> &values)
{
    PB::File f;
    f.schema = {{u"schema"_qs, {}, {}, 1}, {u"s"_qs, 6, 1, 0, 0}};
    PB::Chunk chunk;
    chunk.type = 6;
    chunk.path = {u"s"_qs};
    QList<int> defined;
    QList<QByteArray> present;
    for (const QByteArray &v : values) {
        defined << !v.isNull();
        if (!v.isNull())
            present << v;
    }
    PB::PageOptions o;
    o.numValues = values.size();
    chunk.pages = PB::page(PB::levelsV1(defined, 1) + PB::plainStrings(present), o);
    chunk.numValues = values.size();
    f.rowGroups = {{{chunk}, values.size()}};
    return PB::build(f);
}

} // namespace

void tst_ParquetConvert::csvOfNestedParquet()
{
    ParquetRecordReader reader(dataSource(u"nested_maps.snappy.parquet"_qs));
    QVERIFY(reader.open());
    ConvertResult result;
    const QByteArray csv = convert(reader, csvOptions(), &result);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.rows, 6);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines[0], "a,b,c\r");
    QCOMPARE(lines[1],
             R"("{""a"":{""1"":true,""2"":false}}",1,1)"
             "\r");
    QCOMPARE(lines[3],
             R"("{""c"":null}",1,1)"
             "\r");
    QCOMPARE(lines.size(), 8); // six rows, a header and what follows the last CRLF
}

void tst_ParquetConvert::csvQuotesAndByteOrderMark()
{
    const QByteArray file = stringFile({"plain", "with, comma", "a \"quote\"", "two\nlines",
                                        QByteArray(""), QByteArray(), "日本語"});
    ParquetRecordReader reader(std::make_shared<MemorySource>(file));
    QVERIFY(reader.open());
    ConvertOptions options = csvOptions();
    options.byteOrderMark = true;
    const QByteArray csv = convert(reader, options);
    QCOMPARE(csv,
             "\xEF\xBB\xBF"
             "s\r\n"
             "plain\r\n"
             "\"with, comma\"\r\n"
             "\"a \"\"quote\"\"\"\r\n"
             "\"two\nlines\"\r\n"
             "\"\"\r\n" // an empty string
             "\r\n" // null
             "日本語\r\n");
}

void tst_ParquetConvert::jsonLinesOfParquetParse()
{
    for (const QString &name : {u"nonnullable.impala.parquet"_qs, u"list_columns.parquet"_qs,
                                u"alltypes_plain.parquet"_qs}) {
        ParquetRecordReader reader(dataSource(name));
        QVERIFY(reader.open());
        ConvertOptions options;
        options.format = ConvertOptions::Format::JsonLines;
        ConvertResult result;
        const QByteArray text = convert(reader, options, &result);
        QVERIFY(result.ok());
        QVERIFY(text.endsWith('\n'));
        const QList<QByteArray> lines = text.chopped(1).split('\n');
        QCOMPARE(lines.size(), result.rows);
        FileReader objects(dataSource(name));
        QVERIFY(objects.open());
        const QList<QJsonObject> rows = objects.readRows(-1);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(lines[i], &error);
            QVERIFY2(error.error == QJsonParseError::NoError, lines[i].constData());
            QCOMPARE(document.object(), rows[i]);
        }
    }
}

void tst_ParquetConvert::progressAndCancel()
{
    QList<qint32> values;
    for (int i = 0; i < 300000; ++i)
        values << i;
    const QByteArray file = PB::build(PB::int32Column(values, 10000, 3));

    ParquetRecordReader reader(std::make_shared<MemorySource>(file));
    QVERIFY(reader.open());
    QList<double> fractions;
    ConvertOptions options = csvOptions();
    options.progress = [&](qint64, double fraction) {
        fractions << fraction;
    };
    ConvertResult result;
    convert(reader, options, &result);
    QVERIFY(result.ok());
    QCOMPARE(result.rows, 300000);
    QVERIFY(!fractions.isEmpty());
    QCOMPARE(fractions.last(), 1.0);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));

    ParquetRecordReader again(std::make_shared<MemorySource>(file));
    QVERIFY(again.open());
    int polls = 0;
    options.progress = {};
    options.cancelled = [&] {
        return ++polls >= 1;
    };
    const QByteArray partial = convert(again, options, &result);
    QCOMPARE(result.error.kind(), Error::Kind::Cancelled);
    QVERIFY(result.rows < 300000);
    QVERIFY(partial.size() < 300000 * 6);
}

// Each row group fits the read limit; the file as a whole does not: conversion decodes one
// row group at a time.
void tst_ParquetConvert::conversionHoldsOneRowGroup()
{
    QList<qint32> values;
    for (int i = 0; i < 400000; ++i)
        values << i;
    const QByteArray file = PB::build(PB::int32Column(values, 20000, 4));
    ReadOptions limited;
    limited.maxRowGroupMemory = 1 << 20; // a row group takes 800 KB decoded
    ParquetRecordReader reader(std::make_shared<MemorySource>(file), limited);
    QVERIFY(reader.open());
    ConvertResult result;
    convert(reader, csvOptions(), &result);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.rows, 400000);

    const QByteArray oneGroup = PB::build(PB::int32Column(values, 20000, 1));
    ParquetRecordReader whole(std::make_shared<MemorySource>(oneGroup), limited);
    QVERIFY(whole.open());
    convert(whole, csvOptions(), &result);
    QCOMPARE(result.error.kind(), Error::Kind::Limit);
}

void tst_ParquetConvert::jsonLinesReaderFlattens()
{
    QByteArray text
            = "{\"id\":1,\"person\":{\"name\":{\"first\":\"Ann\"}},\"tags\":[\"a\",\"b\"]}\n"
              "\n"
              "{\"id\":9007199254740993,\"score\":0.5,\"person\":{\"age\":30},\"ok\":true}\r\n"
              "{\"id\":3,\"person\":null,\"empty\":{}}";
    QBuffer device(&text);
    QVERIFY(device.open(QIODevice::ReadOnly));
    JsonLinesReader reader(&device);
    QVERIFY(reader.open());
    QVERIFY(reader.scanColumns(-1, {}));
    QCOMPARE(reader.rowCount(), 3);
    QCOMPARE(reader.columns(),
             QStringList({u"id"_qs, u"person.name.first"_qs, u"tags"_qs, u"ok"_qs, u"person.age"_qs,
                          u"score"_qs, u"empty"_qs, u"person"_qs}));
    CellRow row;
    QVERIFY(reader.readCells(row));
    QCOMPARE(row.toStringList(),
             QStringList({u"1"_qs, u"Ann"_qs, u"[\"a\",\"b\"]"_qs, u""_qs, u""_qs, u""_qs, u""_qs,
                          u""_qs}));
    QVERIFY(row.isNull(3));
    QVERIFY(reader.readCells(row));
    QCOMPARE(row.cell(0), QByteArrayView("9007199254740993"));
    QCOMPARE(row.cell(3), QByteArrayView("true"));
    QCOMPARE(row.cell(4), QByteArrayView("30"));
    QCOMPARE(row.cell(5), QByteArrayView("0.5"));
    QVERIFY(reader.readCells(row));
    QCOMPARE(row.cell(6), QByteArrayView("{}"));
    QVERIFY(row.isNull(7)); // "person": null
    QVERIFY(!reader.readCells(row));
    QVERIFY(!reader.error().isError());
    QCOMPARE(reader.progress(), 1.0);
}

void tst_ParquetConvert::jsonLinesReaderNamesTheBadLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("array") << QByteArray("{\"a\":1}\n[1,2]\n")
                           << u"Line 2 is not a JSON object."_qs;
    QTest::newRow("broken") << QByteArray("{\"a\":1}\n\n{\"a\":\n")
                            << u"Line 3 is not valid JSON"_qs;
    QTest::newRow("text") << QByteArray("hello\n") << u"Line 1 is not valid JSON"_qs;
}

void tst_ParquetConvert::jsonLinesReaderNamesTheBadLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, says);
    QBuffer device(&text);
    QVERIFY(device.open(QIODevice::ReadOnly));
    JsonLinesReader reader(&device);
    QVERIFY(reader.open());
    QByteArray line;
    while (reader.readJson(line))
        line.clear();
    QCOMPARE(reader.error().kind(), Error::Kind::Malformed);
    QVERIFY2(reader.error().message().contains(says), qPrintable(reader.error().message()));
}

void tst_ParquetConvert::jsonLinesToCsv()
{
    QByteArray text = "{\"b\":\"x,y\",\"a\":{\"c\":1}}\n{\"a\":{\"c\":2},\"d\":[1]}\n";
    QBuffer device(&text);
    QVERIFY(device.open(QIODevice::ReadOnly));
    JsonLinesReader reader(&device);
    QVERIFY(reader.open());
    ConvertResult result;
    const QByteArray csv = convert(reader, csvOptions(), &result);
    QVERIFY(result.ok());
    QCOMPARE(csv, "a.c,b,d\r\n1,\"x,y\",\r\n2,,[1]\r\n");

    QVERIFY(device.seek(0));
    JsonLinesReader lines(&device);
    QVERIFY(lines.open());
    ConvertOptions options;
    options.format = ConvertOptions::Format::JsonLines;
    QCOMPARE(convert(lines, options), text);
}

void tst_ParquetConvert::sniffer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("description");
    const int unknown = int(SniffResult::Format::Unknown);
    const QByteArray parquet
            = ParquetTestData::bytesOf(ParquetTestData::dataFile(u"binary.parquet"_qs));
    QTest::newRow("parquet") << parquet << int(SniffResult::Format::Parquet) << u"Parquet"_qs;
    QTest::newRow("json lines") << QByteArray("\n  \n{\"a\":1}\n{\"a\":2}\n")
                                << int(SniffResult::Format::JsonLines) << u"JSON Lines"_qs;
    QTest::newRow("json lines with BOM, one line")
            << QByteArray("\xEF\xBB\xBF{\"a\":1}") << int(SniffResult::Format::JsonLines)
            << u"JSON Lines"_qs;
    QTest::newRow("empty") << QByteArray() << unknown << u"an empty file"_qs;
    QTest::newRow("truncated parquet")
            << parquet.left(100) << unknown << u"a truncated Parquet file"_qs;
    QTest::newRow("zip") << QByteArray("PK\x03\x04rest") << unknown << u"a ZIP archive"_qs;
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\0\0\0", 6) << unknown
                          << u"a gzip-compressed file"_qs;
    QTest::newRow("pdf") << QByteArray("%PDF-1.7") << unknown << u"a PDF document"_qs;
    QTest::newRow("json array") << QByteArray("[{\"a\":1}]") << unknown
                                << u"a JSON array, not one object per line"_qs;
    QTest::newRow("pretty json") << QByteArray("{\n  \"a\": 1\n}\n") << unknown
                                 << u"text whose first line is not a valid JSON object"_qs;
    QTest::newRow("csv") << QByteArray("a,b\n1,2\n") << unknown << u"text that looks like CSV"_qs;
    QTest::newRow("binary") << QByteArray("\x01\x02\0\x03", 4) << unknown << u"binary data"_qs;
    QTest::newRow("html") << QByteArray("<html></html>") << unknown
                          << u"an XML or HTML document"_qs;
}

void tst_ParquetConvert::sniffer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QString, description);
    const SniffResult result = FormatSniffer::sniff(bytes, bytes.right(4), bytes.size());
    QCOMPARE(int(result.format), format);
    QCOMPARE(result.description, description);
}

void tst_ParquetConvert::snifferOnDevice()
{
    // A first line longer than the first read still tells JSON Lines.
    QByteArray text = "{\"a\":\"" + QByteArray(300000, 'x') + "\"}\n{\"a\":1}\n";
    QBuffer device(&text);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QVERIFY(device.seek(10));
    QCOMPARE(FormatSniffer::sniff(&device).format, SniffResult::Format::JsonLines);
    QCOMPARE(device.pos(), 10);
    QByteArray parquet = ParquetTestData::bytesOf(ParquetTestData::dataFile(u"binary.parquet"_qs));
    QBuffer file(&parquet);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(FormatSniffer::sniff(&file).format, SniffResult::Format::Parquet);
}

QTEST_GUILESS_MAIN(tst_ParquetConvert)
#include "tst_parquetconvert.moc"
