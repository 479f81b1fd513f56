#include "ParquetBuilder.h"
#include "parquet/FileReader.h"
#include "parquet/ParquetRecordReader.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

using namespace Parquet;
namespace PB = ParquetBuilder;

// Lazy and partial reads, as the preview does them over HTTP Range requests: the footer from
// the file's tail, then only the first row group, and within it only the pages its first rows
// need. What is missing is reported exactly; a truncated file fails clearly.
class tst_ParquetPartial : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void footerThenFirstRowGroupOnly();
    void missingRangeIsExact();
    void firstRowsStopAfterTheirPages();
    void recordReaderWithLimitReadsOneRowGroup();
    void truncatedFileFailsClearly_data();
    void truncatedFileFailsClearly();
    void deviceSourceReadsLocalFile();

private:
    QByteArray m_file;
    qint64 m_footerStart = 0;
    qint64 m_footerLength = 0;
};

namespace {

QByteArray range(const QByteArray &file, ByteRange r)
{
    return file.mid(r.offset, r.length);
}

// Three row groups of 1,000 rows: an INT32 "id" and a string "name", pages of 100 rows.
PB::File threeRowGroups()
{
    PB::File f;
    f.schema = {{u"schema"_qs, {}, {}, 2}, {u"id"_qs, 1, 0}, {u"name"_qs, 6, 1, 0, 0}};
    for (int g = 0; g < 3; ++g) {
        PB::Chunk ids;
        ids.path = {u"id"_qs};
        ids.type = 1;
        PB::Chunk names;
        names.path = {u"name"_qs};
        names.type = 6;
        for (int p = 0; p < 10; ++p) {
            QList<qint32> values;
            QList<QByteArray> strings;
            QList<int> defined;
            for (int i = 0; i < 100; ++i) {
                const int row = g * 1000 + p * 100 + i;
                values << row;
                defined << (row % 7 != 0);
                if (row % 7 != 0)
                    strings << "name " + QByteArray::number(row);
            }
            PB::PageOptions o;
            o.numValues = 100;
            ids.pages += PB::page(PB::plainInt32(values), o);
            names.pages += PB::page(PB::levelsV1(defined, 1) + PB::plainStrings(strings), o);
        }
        ids.numValues = names.numValues = 1000;
        f.rowGroups << PB::RowGroup{{ids, names}, 1000};
    }
    return f;
}

} // namespace

void tst_ParquetPartial::initTestCase()
{
    m_file = PB::build(threeRowGroups());
    quint32 length;
    std::memcpy(&length, m_file.constData() + m_file.size() - 8, 4);
    m_footerLength = length;
    m_footerStart = m_file.size() - 8 - length;
}

void tst_ParquetPartial::footerThenFirstRowGroupOnly()
{
    auto source = std::make_shared<SparseSource>(m_file.size());
    const ByteRange tail = FileReader::tailRange(m_file.size());
    QCOMPARE(tail, (ByteRange{m_file.size() - 8, 8}));
    source->add(tail.offset, range(m_file, tail));
    FileReader reader(source);
    QVERIFY(!reader.open());
    QCOMPARE(reader.error().kind(), Error::Kind::NeedData);
    QCOMPARE(reader.error().missing(), (ByteRange{m_footerStart, m_footerLength}));
    QCOMPARE(reader.footerRange(), reader.error().missing());
    source->add(m_footerStart, range(m_file, reader.error().missing()));
    QVERIFY2(reader.open(), qPrintable(reader.error().message()));
    QCOMPARE(reader.rowCount(), 3000);
    QCOMPARE(reader.rowGroupCount(), 3);

    const ByteRange first = reader.rowGroupRange(0);
    QCOMPARE(first.offset, 4);
    QCOMPARE(first.end(), reader.rowGroupRange(1).offset);
    QCOMPARE(reader.rowGroupRange(0, {1}), reader.columnChunkRange(0, 1));
    QCOMPARE(reader.rowGroupRange(0, {0, 1}), first);
    QCOMPARE(reader.columnChunkRange(0, 0).end(), reader.columnChunkRange(0, 1).offset);
    source->add(first.offset, range(m_file, first));
    const QList<QJsonObject> rows = reader.readRows(100);
    QVERIFY2(!reader.error().isError(), qPrintable(reader.error().message()));
    QCOMPARE(rows.size(), 100);
    QCOMPARE(rows[1].value(u"id").toInteger(), 1);
    QCOMPARE(rows[1].value(u"name").toString(), u"name 1"_qs);
    QVERIFY(rows[7].value(u"name").isNull());
    // Footer, tail and the first row group: less than half of the file.
    QCOMPARE(source->bytesHeld(), first.length + m_footerLength + 8);
    QVERIFY(source->bytesHeld() < m_file.size() / 2);
}

void tst_ParquetPartial::missingRangeIsExact()
{
    auto source = std::make_shared<SparseSource>(m_file.size());
    source->add(m_footerStart, m_file.mid(m_footerStart));
    FileReader reader(source);
    QVERIFY(reader.open());
    source->add(reader.rowGroupRange(0).offset, range(m_file, reader.rowGroupRange(0)));

    RowGroupData data;
    QVERIFY(!reader.readRowGroup(1, &data));
    QCOMPARE(reader.error().kind(), Error::Kind::NeedData);
    QCOMPARE(reader.error().missing(), reader.columnChunkRange(1, 0));

    // Half of the first chunk of group 1 present: the gap after it is what is missing.
    const ByteRange chunk = reader.columnChunkRange(1, 0);
    source->add(chunk.offset, m_file.mid(chunk.offset, chunk.length / 2));
    QVERIFY(!reader.readRowGroup(1, &data));
    const ByteRange rest{chunk.offset + chunk.length / 2, chunk.length - chunk.length / 2};
    QCOMPARE(reader.error().missing(), rest);
    QCOMPARE(source->missing(chunk), QList<ByteRange>{rest});
    QVERIFY(reader.error().message().contains(QString::number(rest.offset)));

    source->add(reader.rowGroupRange(1).offset, range(m_file, reader.rowGroupRange(1)));
    QVERIFY2(reader.readRowGroup(1, &data), qPrintable(reader.error().message()));
    QCOMPARE(data.rows, 1000);
}

// The pages after the first rows are garbage: a lazy read never looks at them.
void tst_ParquetPartial::firstRowsStopAfterTheirPages()
{
    QList<qint32> values;
    for (int i = 0; i < 1000; ++i)
        values << i;
    PB::File f = PB::int32Column(values, 100);
    QByteArray &pages = f.rowGroups[0].chunks[0].pages;
    const qsizetype firstPage = pages.size() / 10;
    for (qsizetype i = firstPage; i < pages.size(); ++i)
        pages[i] = char(0xA5);
    FileReader reader(std::make_shared<MemorySource>(PB::build(f)));
    QVERIFY(reader.open());
    RowGroupData data;
    QVERIFY2(reader.readRowGroup(0, &data, 100), qPrintable(reader.error().message()));
    QCOMPARE(data.rows, 100);
    QCOMPARE(data.columns[0].entries, 100);
    QVERIFY(!reader.readRowGroup(0, &data, 101));
    QCOMPARE(reader.error().kind(), Error::Kind::Malformed);
    QVERIFY(!reader.readRowGroup(0, &data));
}

void tst_ParquetPartial::recordReaderWithLimitReadsOneRowGroup()
{
    auto source = std::make_shared<SparseSource>(m_file.size());
    source->add(m_footerStart, m_file.mid(m_footerStart));
    ParquetRecordReader probe(source);
    QVERIFY(probe.open());
    const ByteRange first = probe.file().rowGroupRange(0);
    source->add(first.offset, range(m_file, first));

    ParquetRecordReader reader(source, {}, 100);
    QVERIFY(reader.open());
    QCOMPARE(reader.rowCount(), 100);
    QByteArray json;
    int rows = 0;
    while (reader.readJson(json))
        ++rows;
    QVERIFY2(!reader.error().isError(), qPrintable(reader.error().message()));
    QCOMPARE(rows, 100);
    QCOMPARE(reader.progress(), 1.0);
}

void tst_ParquetPartial::truncatedFileFailsClearly_data()
{
    QTest::addColumn<qint64>("keep");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << qint64(0) << u"The file is empty."_qs;
    QTest::newRow("magic only") << qint64(4) << u"too short for a Parquet file"_qs;
    QTest::newRow("half") << qint64(m_file.size() / 2) << u"does not end with the Parquet magic"_qs;
    QTest::newRow("tail cut") << qint64(m_file.size() - 1)
                              << u"does not end with the Parquet magic"_qs;
}

void tst_ParquetPartial::truncatedFileFailsClearly()
{
    QFETCH(qint64, keep);
    QFETCH(QString, says);
    FileReader reader(std::make_shared<MemorySource>(m_file.left(keep)));
    QVERIFY(!reader.open());
    QCOMPARE(reader.error().kind(), Error::Kind::Malformed);
    QVERIFY2(reader.error().message().contains(says), qPrintable(reader.error().message()));

    // The footer intact, the data cut short: the chunks are outside what the file holds.
    QByteArray cut = m_file;
    cut.remove(m_footerStart - 2000, 2000);
    FileReader shortData(std::make_shared<MemorySource>(cut));
    QVERIFY(shortData.open());
    QVERIFY(shortData.readRows(-1).isEmpty());
    QVERIFY2(shortData.error().message().contains(u"outside the file's data"_qs),
             qPrintable(shortData.error().message()));
}

void tst_ParquetPartial::deviceSourceReadsLocalFile()
{
    QBuffer device(&m_file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    FileReader reader(std::make_shared<DeviceSource>(&device));
    QVERIFY(reader.open());
    QCOMPARE(reader.readRows(-1).size(), 3000);
}

QTEST_GUILESS_MAIN(tst_ParquetPartial)
#include "tst_parquetpartial.moc"
