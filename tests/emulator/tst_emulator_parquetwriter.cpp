#include "emulator/ByteSink.h"
#include "emulator/ParquetColumnWriter.h"
#include "emulator/ParquetEncoding.h"
#include "emulator/ParquetSchema.h"
#include "emulator/StringDictionary.h"
#include "emulator/ThriftCompactWriter.h"

#include <QTest>

using namespace Emulator;

namespace {

QByteArray hex(std::string_view bytes)
{
    return QByteArray(bytes.data(), qsizetype(bytes.size())).toHex(' ');
}

class MemorySink final : public ByteSink
{
public:
    bool write(const char *data, qint64 size) override
    {
        bytes.append(data, std::size_t(size));
        return true;
    }
    qint64 position() const override { return qint64(bytes.size()); }
    std::string bytes;
};

// One chunk of `values` through a column writer: what its footer entry would say.
ColumnChunkInfo writeStrings(const std::vector<std::string> &values,
                             const ParquetWriterOptions &options)
{
    ParquetColumnWriter column(ParquetSchema::Physical::ByteArray, 1, 0, options);
    for (std::size_t i = 0; i < values.size(); ++i) {
        column.string(values[i], 0);
        if (column.pageFull())
            column.flushPage();
    }
    MemorySink sink;
    ColumnChunkInfo info;
    column.writeChunk(sink, &info);
    return info;
}

} // namespace

// The Parquet writer's encoders, byte for byte against the format's own examples
// (Encodings.md, the Thrift compact protocol) and parquet-mr's dictionary rules.
// tst_emulator_parquet reads whole files back with an independent reader.
class TestEmulatorParquetWriter : public QObject
{
    Q_OBJECT

private slots:
    void bitWidth();
    void rleHybrid_data();
    void rleHybrid();
    void lengthPrefix();
    void int96_data();
    void int96();
    void thriftCompact();
    void dictionary();
    void dictionaryDecision();
    void levels();
    void sparkRowMetadata();
};

void TestEmulatorParquetWriter::bitWidth()
{
    QCOMPARE(ParquetEncoding::bitWidth(0), 0);
    QCOMPARE(ParquetEncoding::bitWidth(1), 1);
    QCOMPARE(ParquetEncoding::bitWidth(2), 2);
    QCOMPARE(ParquetEncoding::bitWidth(3), 2);
    QCOMPARE(ParquetEncoding::bitWidth(7), 3);
    QCOMPARE(ParquetEncoding::bitWidth(8), 4);
    QCOMPARE(ParquetEncoding::bitWidth(0xffffffffu), 32);
}

void TestEmulatorParquetWriter::rleHybrid_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<int>("width");
    QTest::addColumn<QByteArray>("expected");
    // Encodings.md's example: 0 to 7 bit-packed on 3 bits.
    QTest::newRow("bit-packed 0..7")
            << QList<int>{0, 1, 2, 3, 4, 5, 6, 7} << 3 << QByteArray("03 88 c6 fa");
    QTest::newRow("run of 10") << QList<int>(10, 5) << 3 << QByteArray("14 05");
    // Three literals borrow five of the run to fill their group of 8; five stay a run.
    QTest::newRow("literals then run")
            << (QList<int>{1, 2, 3} + QList<int>(13, 4)) << 3 << QByteArray("03 d1 48 92 10 04");
    // A run too short once it has lent its values: everything bit-packed, padded to 16.
    QTest::newRow("short run") << QList<int>{1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4} << 3
                               << QByteArray("05 d1 48 92 24 01 00");
    QTest::newRow("two-byte run value") << QList<int>(300, 1000) << 10 << QByteArray("d8 04 e8 03");
    QTest::newRow("width 0") << QList<int>(3, 0) << 0 << QByteArray("03");
    QTest::newRow("empty") << QList<int>() << 1 << QByteArray("");
}

void TestEmulatorParquetWriter::rleHybrid()
{
    QFETCH(QList<int>, values);
    QFETCH(int, width);
    QFETCH(QByteArray, expected);
    std::vector<std::uint32_t> ids(values.begin(), values.end());
    ByteBuffer out;
    ParquetEncoding::appendRleHybrid(out, ids.data(), ids.size(), width);
    QCOMPARE(hex(out.view()), expected);
    if (width <= 8) {
        const std::vector<std::uint8_t> levels(values.begin(), values.end());
        ByteBuffer same;
        ParquetEncoding::appendRleHybrid(same, levels.data(), levels.size(), width);
        QCOMPARE(hex(same.view()), expected);
    }
}

void TestEmulatorParquetWriter::lengthPrefix()
{
    const std::vector<std::uint8_t> levels(10, 1);
    ByteBuffer out;
    out.push('x');
    ParquetEncoding::appendLengthPrefixedRleHybrid(out, levels.data(), levels.size(), 1);
    QCOMPARE(hex(out.view()), QByteArray("78 02 00 00 00 14 01"));
}

void TestEmulatorParquetWriter::int96_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QByteArray>("expected");
    // Nanoseconds of the day, then the Julian day (2440588 is 1970-01-01).
    QTest::newRow("epoch") << qint64(0) << QByteArray("00 00 00 00 00 00 00 00 8c 3d 25 00");
    QTest::newRow("just before") << qint64(-1) << QByteArray("c0 bd 3f 91 94 4e 00 00 8b 3d 25 00");
    QTest::newRow("2024-01-01T12:00:00.250Z")
            << qint64(1704110400250) << QByteArray("80 32 8e 57 4a 27 00 00 97 8a 25 00");
}

void TestEmulatorParquetWriter::int96()
{
    QFETCH(qint64, ms);
    QFETCH(QByteArray, expected);
    ByteBuffer out;
    ParquetEncoding::appendInt96(out, ms);
    QCOMPARE(hex(out.view()), expected);
}

void TestEmulatorParquetWriter::thriftCompact()
{
    std::string out;
    ThriftCompactWriter w(out);
    w.i32(1, 4); // delta 1, type 5, zigzag 8
    w.binary(4, "ab"); // delta 3, type 8
    w.beginStruct(5); // delta 1, type 12; ids restart inside
    w.i64(1, -1);
    w.boolean(2, true);
    w.endStruct();
    w.beginList(6, ThriftCompactWriter::I32, 2);
    w.elementI32(1);
    w.elementI32(-2);
    w.i32(40, 300); // a jump beyond 15: type byte, then the id as a zigzag varint
    w.emptyStruct(41);
    w.end();
    QCOMPARE(hex(out),
             QByteArray("15 08 38 02 61 62 1c 16 01 11 00 19 25 02 03 05 50 d8 04 1c "
                        "00 00"));
}

void TestEmulatorParquetWriter::dictionary()
{
    StringDictionary d;
    QCOMPARE(d.insert("ECID"), 0u);
    QCOMPARE(d.insert("Email"), 1u);
    QCOMPARE(d.insert("ECID"), 0u);
    QCOMPARE(d.insert(""), 2u);
    QCOMPARE(hex(d.plain()),
             QByteArray("04 00 00 00 45 43 49 44 05 00 00 00 45 6d 61 69 6c 00 00 "
                        "00 00"));
    QCOMPARE(d.plainEntry(1), std::string_view("\x05\0\0\0Email", 9));
    // Past the first table's size, ids stay where they were.
    for (int i = 0; i < 5000; ++i)
        QCOMPARE(d.insert(std::to_string(i)), std::uint32_t(i + 3));
    for (int i = 0; i < 5000; i += 7)
        QCOMPARE(d.insert(std::to_string(i)), std::uint32_t(i + 3));
    QCOMPARE(d.insert("Email"), 1u);
    QCOMPARE(d.entry(4003), std::string_view("4000"));
    d.clear();
    QCOMPARE(d.size(), 0u);
    QCOMPARE(d.insert("Email"), 0u);
}

void TestEmulatorParquetWriter::dictionaryDecision()
{
    ParquetWriterOptions options;
    options.pageRows = 100;
    // Few distinct values: every page refers to the dictionary.
    std::vector<std::string> countries;
    for (int i = 0; i < 1000; ++i)
        countries.push_back(i % 3 == 0 ? "JP" : i % 3 == 1 ? "US" : "DE");
    ColumnChunkInfo info = writeStrings(countries, options);
    QCOMPARE(info.dictionaryDataPages, 10);
    QCOMPARE(info.plainDataPages, 0);
    QVERIFY(info.dictionaryPageOffset >= 0);
    QCOMPARE(info.min, std::string("DE"));
    QCOMPARE(info.max, std::string("US"));

    // All distinct: after the first page ids plus dictionary are no smaller than PLAIN.
    std::vector<std::string> ids;
    for (int i = 0; i < 1000; ++i)
        ids.push_back("id-" + std::to_string(100000 + i));
    info = writeStrings(ids, options);
    QCOMPARE(info.dictionaryDataPages, 0);
    QCOMPARE(info.plainDataPages, 10);
    QCOMPARE(info.dictionaryPageOffset, qint64(-1));
    QCOMPARE(info.min, std::string("id-100000"));
    QCOMPARE(info.max, std::string("id-100999"));

    // A dictionary that pays at first and then outgrows its limit: PLAIN from then on.
    std::vector<std::string> growing;
    for (int i = 0; i < 1000; ++i)
        growing.push_back(std::to_string(i < 200 ? i % 5 : i));
    options.dictionaryBytes = 400;
    info = writeStrings(growing, options);
    QCOMPARE(info.dictionaryDataPages, 2);
    QCOMPARE(info.plainDataPages, 8);
    QVERIFY(info.dictionaryPageOffset >= 0);
    QCOMPARE(info.numValues, qint64(1000));
    QCOMPARE(info.nullCount, qint64(0));
}

void TestEmulatorParquetWriter::levels()
{
    // identityMap: MAP of namespace to a LIST of structs.
    ParquetSchema s;
    const int map = s.addGroup(0, "identityMap", ParquetSchema::Repetition::Optional,
                               ParquetSchema::Annotation::Map);
    const int kv = s.addGroup(map, "key_value", ParquetSchema::Repetition::Repeated);
    const int key
            = s.addLeaf(kv, "key", ParquetSchema::Repetition::Required,
                        ParquetSchema::Physical::ByteArray, ParquetSchema::Annotation::String);
    const int value = s.addGroup(kv, "value", ParquetSchema::Repetition::Optional,
                                 ParquetSchema::Annotation::List);
    const int list = s.addGroup(value, "list", ParquetSchema::Repetition::Repeated);
    const int element = s.addGroup(list, "element", ParquetSchema::Repetition::Optional);
    const int id = s.addLeaf(element, "id", ParquetSchema::Repetition::Optional,
                             ParquetSchema::Physical::ByteArray, ParquetSchema::Annotation::String);
    QCOMPARE(s.node(key).definitionLevel, 2);
    QCOMPARE(s.node(key).repetitionLevel, 1);
    QCOMPARE(s.node(id).definitionLevel, 6);
    QCOMPARE(s.node(id).repetitionLevel, 2);
    QCOMPARE(s.columns().size(), std::size_t(2));
    QCOMPARE(s.path(1),
             (std::vector<QByteArray>{"identityMap", "key_value", "value", "list", "element",
                                      "id"}));
    // An empty group is taken back with what it held.
    const int mark = s.nodeCount();
    const int empty = s.addGroup(0, "person", ParquetSchema::Repetition::Optional);
    s.addLeaf(empty, "x", ParquetSchema::Repetition::Optional, ParquetSchema::Physical::Int64);
    s.truncate(mark);
    QCOMPARE(s.nodeCount(), mark);
    QCOMPARE(s.columns().size(), std::size_t(2));
    QCOMPARE(s.node(0).children, std::vector<int>{map});
}

void TestEmulatorParquetWriter::sparkRowMetadata()
{
    ParquetSchema s;
    const int list = s.addGroup(0, "eventList", ParquetSchema::Repetition::Optional,
                                ParquetSchema::Annotation::List);
    const int repeated = s.addGroup(list, "list", ParquetSchema::Repetition::Repeated);
    const int element = s.addGroup(repeated, "element", ParquetSchema::Repetition::Optional);
    s.addLeaf(element, "timestamp", ParquetSchema::Repetition::Optional,
              ParquetSchema::Physical::Int96);
    s.addLeaf(element, "ingestTime", ParquetSchema::Repetition::Optional,
              ParquetSchema::Physical::Int64);
    QCOMPARE(QByteArray::fromStdString(s.sparkRowMetadata()),
             QByteArray(R"({"type":"struct","fields":[{"name":"eventList","type":{"type":"array",)"
                        R"("elementType":{"type":"struct","fields":[{"name":"timestamp","type":)"
                        R"("timestamp","nullable":true,"metadata":{}},{"name":"ingestTime",)"
                        R"("type":"long","nullable":true,"metadata":{}}]},"containsNull":true},)"
                        R"("nullable":true,"metadata":{}}]})"));
}

QTEST_GUILESS_MAIN(TestEmulatorParquetWriter)
#include "tst_emulator_parquetwriter.moc"
