#include "ParquetBuilder.h"
#include "ParquetTestData.h"
#include "parquet/FileReader.h"
#include "parquet/ParquetRecordReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Parquet;
namespace PB = ParquetBuilder;

// Record assembly and the row outputs on structures the shared test data lacks (legacy
// two-level lists, maps without values, repeated fields without annotation, written here
// byte by byte) and on nested files it has: JSON text, flattened cells, objects, the schema.
class tst_ParquetReader : public QObject
{
    Q_OBJECT

private slots:
    void twoLevelListOfLists();
    void mapWithoutValues();
    void repeatedPrimitiveWithoutAnnotation();
    void jsonTextKeepsSchemaOrder();
    void cellsFlattenStructsAndKeepListsWhole();
    void cellsOfNullStructAreNull();
    void schemaDescription();
    void rowsAcrossRowGroupsWithLimit();
};

namespace {

QList<QByteArray> jsonRows(const QByteArray &file, qint64 limit = -1)
{
    ParquetRecordReader reader(std::make_shared<MemorySource>(file), {}, limit);
    if (!reader.open())
        return {reader.error().message().toUtf8()};
    QList<QByteArray> rows;
    QByteArray line;
    while (reader.readJson(line)) {
        rows << line;
        line.clear();
    }
    if (reader.error().isError())
        rows << reader.error().message().toUtf8();
    return rows;
}

QByteArray dataFile(const QString &name)
{
    return ParquetTestData::bytesOf(ParquetTestData::dataFile(name));
}

// A v1 page of one INT32 leaf: repetition and definition levels, then PLAIN values.
QByteArray leafPage(const QList<int> &rep, int repWidth, const QList<int> &def, int defWidth,
                    const QList<qint32> &values)
{
    QByteArray payload;
    if (repWidth)
        payload += PB::levelsV1(rep, repWidth);
    if (defWidth)
        payload += PB::levelsV1(def, defWidth);
    payload += PB::plainInt32(values);
    PB::PageOptions o;
    o.numValues = qMax(rep.size(), def.size());
    return PB::page(payload, o);
}

} // namespace

// parquet-mr's Avro writer with its default old list structure (old_list_structure.md):
//   required group a (LIST) { repeated group array (LIST) { repeated int32 array; } }
void tst_ParquetReader::twoLevelListOfLists()
{
    PB::File f;
    f.schema = {{u"my_record"_qs, {}, {}, 1},
                {u"a"_qs, {}, 0, 1, 3},
                {u"array"_qs, {}, 2, 1, 3},
                {u"array"_qs, 1, 2}};
    PB::Chunk chunk;
    chunk.path = {u"a"_qs, u"array"_qs, u"array"_qs};
    chunk.pages = leafPage({0, 2, 1, 2}, 2, {2, 2, 2, 2}, 2, {1, 2, 3, 4});
    chunk.numValues = 4;
    f.rowGroups = {{{chunk}, 1}};
    QCOMPARE(jsonRows(PB::build(f)), QList<QByteArray>{R"({"a":[[1,2],[3,4]]})"});
}

// map_no_value.md: a MAP whose key_value group has a key and no value.
void tst_ParquetReader::mapWithoutValues()
{
    PB::File f;
    f.schema = {{u"schema"_qs, {}, {}, 1},
                {u"my_map_no_v"_qs, {}, 0, 1, 1},
                {u"key_value"_qs, {}, 2, 1},
                {u"key"_qs, 1, 0}};
    PB::Chunk chunk;
    chunk.path = {u"my_map_no_v"_qs, u"key_value"_qs, u"key"_qs};
    chunk.pages = leafPage({0, 1, 1, 0, 1, 1, 0, 1, 1}, 1, {1, 1, 1, 1, 1, 1, 1, 1, 1}, 1,
                           {1, 2, 3, 4, 5, 6, 7, 8, 9});
    chunk.numValues = 9;
    f.rowGroups = {{{chunk}, 3}};
    const QList<QByteArray> expected{R"({"my_map_no_v":{"1":null,"2":null,"3":null}})",
                                     R"({"my_map_no_v":{"4":null,"5":null,"6":null}})",
                                     R"({"my_map_no_v":{"7":null,"8":null,"9":null}})"};
    QCOMPARE(jsonRows(PB::build(f)), expected);
}

// repeated_primitive_no_list: a repeated INT32 without LIST annotation is a list of INT32.
void tst_ParquetReader::repeatedPrimitiveWithoutAnnotation()
{
    PB::File f;
    f.schema = {{u"schema"_qs, {}, {}, 1}, {u"n"_qs, 1, 2}};
    PB::Chunk chunk;
    chunk.path = {u"n"_qs};
    chunk.pages = leafPage({0, 1, 0, 0}, 1, {1, 1, 0, 1}, 1, {1, 2, 3});
    chunk.numValues = 4;
    f.rowGroups = {{{chunk}, 3}};
    const QList<QByteArray> expected{R"({"n":[1,2]})", R"({"n":[]})", R"({"n":[3]})"};
    QCOMPARE(jsonRows(PB::build(f)), expected);
}

void tst_ParquetReader::jsonTextKeepsSchemaOrder()
{
    const QList<QByteArray> rows = jsonRows(dataFile(u"nested_maps.snappy.parquet"_qs));
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[0], R"({"a":{"a":{"1":true,"2":false}},"b":1,"c":1})");
    QCOMPARE(rows[2], R"({"a":{"c":null},"b":1,"c":1})");
    QCOMPARE(rows[3], R"({"a":{"d":{}},"b":1,"c":1})");
    const QList<QByteArray> impala = jsonRows(dataFile(u"nonnullable.impala.parquet"_qs));
    QCOMPARE(impala.value(0),
             R"({"ID":8,"Int_Array":[-1],"int_array_array":[[-1,-2],[]],"Int_Map":{"k1":-1},)"
             R"("int_map_array":[{},{"k1":1},{},{}],"nested_Struct":{"a":-1,"B":[-1],)"
             R"("c":{"D":[[{"e":-1,"f":"nonnullable"}]]},"G":{}}})");
}

void tst_ParquetReader::cellsFlattenStructsAndKeepListsWhole()
{
    ParquetRecordReader reader(
            std::make_shared<MemorySource>(dataFile(u"nonnullable.impala.parquet"_qs)));
    QVERIFY(reader.open());
    const QStringList columns{u"ID"_qs,
                              u"Int_Array"_qs,
                              u"int_array_array"_qs,
                              u"Int_Map"_qs,
                              u"int_map_array"_qs,
                              u"nested_Struct.a"_qs,
                              u"nested_Struct.B"_qs,
                              u"nested_Struct.c.D"_qs,
                              u"nested_Struct.G"_qs};
    QCOMPARE(reader.columns(), columns);
    CellRow row;
    QVERIFY(reader.readCells(row));
    const QStringList cells{u"8"_qs,
                            u"[-1]"_qs,
                            u"[[-1,-2],[]]"_qs,
                            u"{\"k1\":-1}"_qs,
                            u"[{},{\"k1\":1},{},{}]"_qs,
                            u"-1"_qs,
                            u"[-1]"_qs,
                            u"[[{\"e\":-1,\"f\":\"nonnullable\"}]]"_qs,
                            u"{}"_qs};
    QCOMPARE(row.toStringList(), cells);
    QVERIFY(!reader.readCells(row));
    QVERIFY(!reader.error().isError());
}

void tst_ParquetReader::cellsOfNullStructAreNull()
{
    ParquetRecordReader reader(
            std::make_shared<MemorySource>(dataFile(u"list_columns.parquet"_qs)));
    QVERIFY(reader.open());
    QCOMPARE(reader.columns(), QStringList({u"int64_list"_qs, u"utf8_list"_qs}));
    CellRow row;
    QVERIFY(reader.readCells(row));
    QCOMPARE(row.toStringList(), QStringList({u"[1,2,3]"_qs, u"[\"abc\",\"efg\",\"hij\"]"_qs}));
    QVERIFY(reader.readCells(row));
    QCOMPARE(row.cell(0), QByteArrayView("[null,1]"));
    QVERIFY(row.isNull(1)); // a null list is an empty cell, not "[]"
    QVERIFY(!row.isNull(0));

    ParquetRecordReader nulls(std::make_shared<MemorySource>(dataFile(u"nulls.snappy.parquet"_qs)));
    QVERIFY(nulls.open());
    QCOMPARE(nulls.columns(), QStringList{u"b_struct.b_c_int"_qs});
    QVERIFY(nulls.readCells(row));
    QCOMPARE(row.count(), 1);
    QVERIFY(row.isNull(0));
}

void tst_ParquetReader::schemaDescription()
{
    FileReader reader(std::make_shared<MemorySource>(dataFile(u"list_columns.parquet"_qs)));
    QVERIFY(reader.open());
    const QList<ColumnDescription> rows = reader.describeSchema();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[0].path, u"int64_list"_qs);
    QVERIFY(rows[0].isGroup);
    QCOMPARE(rows[0].logicalType, u"LIST"_qs);
    QCOMPARE(rows[0].repetition, u"optional"_qs);
    QCOMPARE(rows[1].path, u"int64_list.list"_qs);
    QCOMPARE(rows[1].repetition, u"repeated"_qs);
    QCOMPARE(rows[1].depth, 1);
    QCOMPARE(rows[2].path, u"int64_list.list.item"_qs);
    QCOMPARE(rows[2].physicalType, u"INT64"_qs);
    QCOMPARE(rows[2].depth, 2);
    QVERIFY(!rows[2].isGroup);
    QCOMPARE(rows[5].logicalType, u"STRING"_qs);

    FileReader decimals(std::make_shared<MemorySource>(
            dataFile(u"byte_stream_split_extended.gzip.parquet"_qs)));
    QVERIFY(decimals.open());
    const QList<ColumnDescription> more = decimals.describeSchema();
    QCOMPARE(more[0].physicalType, u"FIXED_LEN_BYTE_ARRAY(2)"_qs);
    QCOMPARE(more[0].logicalType, u"FLOAT16"_qs);
    QCOMPARE(more[12].logicalType, u"DECIMAL(7, 3)"_qs);

    FileReader timestamps(std::make_shared<MemorySource>(
            ParquetTestData::bytesOf(ParquetTestData::badDataFile(u"ARROW-GH-41317.parquet"_qs))));
    QVERIFY(timestamps.open());
    QStringList logical;
    for (const ColumnDescription &row : timestamps.describeSchema())
        logical << row.logicalType;
    QVERIFY2(logical.contains(u"TIMESTAMP(MICROS, local)"_qs), qPrintable(logical.join(u", ")));
    QVERIFY(logical.contains(u"INT(8, unsigned)"_qs));
}

void tst_ParquetReader::rowsAcrossRowGroupsWithLimit()
{
    QList<qint32> values;
    for (int i = 0; i < 300; ++i)
        values << i;
    const QByteArray file = PB::build(PB::int32Column(values, 40, 3));
    const QList<QByteArray> all = jsonRows(file);
    QCOMPARE(all.size(), 300);
    QCOMPARE(all[299], R"({"id":299})");
    const QList<QByteArray> some = jsonRows(file, 150);
    QCOMPARE(some.size(), 150);
    QCOMPARE(some[149], R"({"id":149})");
    QCOMPARE(jsonRows(file, 0).size(), 0);
}

QTEST_GUILESS_MAIN(tst_ParquetReader)
#include "tst_parquetreader.moc"
