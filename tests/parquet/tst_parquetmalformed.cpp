#include "ParquetBuilder.h"
#include "parquet/FileReader.h"

#include <QTest>

using namespace Parquet;
namespace PB = ParquetBuilder;

// Malformed and unsupported files end in a clear error of the right kind, never in a crash, a
// hang or an allocation the file cannot justify: each row builds one such file byte by byte
// and names the words its error must say. The read limit is small (16 MB) so that a claim the
// reader trusted would show as a Limit error rather than pass unnoticed.
class tst_ParquetMalformed : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
};

namespace {

using Edit = std::function<void(PB::File &)>;

// One optional INT32 column "v" of ten values 0..9 in one v1 page.
PB::File base()
{
    PB::File f;
    f.schema = {{u"schema"_qs, {}, {}, 1}, {u"v"_qs, 1, 1}};
    PB::Chunk chunk;
    chunk.path = {u"v"_qs};
    QList<qint32> values;
    for (int i = 0; i < 10; ++i)
        values << i;
    PB::PageOptions o;
    o.numValues = 10;
    chunk.pages = PB::page(PB::levelsV1(QList<int>(10, 1), 1) + PB::plainInt32(values), o);
    chunk.numValues = 10;
    f.rowGroups = {{{chunk}, 10}};
    return f;
}

PB::Chunk &chunkOf(PB::File &f)
{
    return f.rowGroups[0].chunks[0];
}

// Replaces the column's pages with one page of `payload` and these options.
Edit onePage(const QByteArray &payload, const PB::PageOptions &options)
{
    return [=](PB::File &f) {
        chunkOf(f).pages = PB::page(payload, options);
    };
}

PB::PageOptions pageOf(qint64 values, int encoding = 0)
{
    PB::PageOptions o;
    o.numValues = values;
    o.encoding = encoding;
    return o;
}

// `levels` nested optional groups around one INT32.
PB::File nested(int levels)
{
    PB::File f = base();
    f.schema = {{u"schema"_qs, {}, {}, 1}};
    for (int i = 0; i < levels; ++i)
        f.schema << PB::Element(u"g"_qs + QString::number(i), {}, 1, 1);
    f.schema << PB::Element(u"v"_qs, 1, 1);
    return f;
}

} // namespace

void tst_ParquetMalformed::refused_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::addColumn<qint64>("limit");
    qint64 limit = 16 << 20;
    auto row = [&](const char *name, const Edit &edit, Error::Kind kind, const QString &says) {
        PB::File f = base();
        edit(f);
        QTest::newRow(name) << PB::build(f) << int(kind) << says << limit;
    };
    const auto M = Error::Kind::Malformed;
    const auto U = Error::Kind::Unsupported;

    // Sizes that claim more than there is.
    PB::PageOptions huge = pageOf(10);
    huge.compressedSize = 0x7fffffff;
    row("page claims 2 GB", onePage(QByteArray(48, 'x'), huge), M,
        u"A page header claims 2147483647 bytes; only 48 remain"_qs);
    PB::PageOptions negative = pageOf(10);
    negative.compressedSize = -5;
    row("negative page size", onePage(QByteArray(48, 'x'), negative), M, u"negative size"_qs);
    // With no memory limit to stop them, the codecs themselves refuse sizes their input cannot
    // produce: gzip's output grows only as it is produced, snappy's preamble is checked.
    limit = qint64(1) << 40;
    PB::PageOptions gzipClaim = pageOf(10);
    const QByteArray gz = PB::gzipOf(PB::levelsV1(QList<int>(10, 1), 1) + QByteArray(40, '\1'));
    gzipClaim.uncompressedSize = 2000000000;
    row(
            "gzip page claims 2 GB uncompressed",
            [&](PB::File &f) {
                chunkOf(f).codec = 2;
                chunkOf(f).pages = PB::page(gz, gzipClaim);
            },
            M, u"GZIP data holds 47 bytes; its header says 2000000000"_qs);
    PB::PageOptions snappyClaim = pageOf(10);
    snappyClaim.uncompressedSize = 1 << 30;
    row(
            "snappy page claims 1 GB",
            [&](PB::File &f) {
                chunkOf(f).codec = 1;
                // A snappy stream whose preamble says 3 bytes.
                chunkOf(f).pages = PB::page(QByteArray("\x03\x08"
                                                       "abc",
                                                       5),
                                            snappyClaim);
            },
            M, u"holds 3 bytes; its header says 1073741824"_qs);
    limit = 16 << 20;
    row(
            "page larger than the limit",
            [&](PB::File &f) {
                chunkOf(f).codec = 2;
                chunkOf(f).pages = PB::page(gz, gzipClaim);
            },
            Error::Kind::Limit, u"Decoding this row group needs more than 16 MB"_qs);
    row("values claim more than the page",
        onePage(PB::levelsV1(QList<int>(10, 1), 1) + PB::plainInt32({1, 2}), pageOf(10)), M,
        u"PLAIN data ends before its 10 values"_qs);
    row("levels claim more than the page",
        onePage(QByteArray("\xff\xff\x00\x00\x03", 5), pageOf(10)), M,
        u"levels claim 65535 bytes"_qs);
    row(
            "byte array longer than the page",
            [](PB::File &f) {
                f.schema[1].type = 6;
                chunkOf(f).type = 6;
                chunkOf(f).pages = PB::page(PB::levelsV1({1}, 1)
                                                    + QByteArray("\x00\x00\x00\x7f"
                                                                 "ab",
                                                                 6),
                                            pageOf(1));
                chunkOf(f).numValues = 1;
                f.rowGroups[0].numRows = 1;
            },
            M, u"PLAIN data ends before its 1 values"_qs);
    row(
            "chunk beyond the file", [](PB::File &f) { chunkOf(f).totalCompressedSize = 1 << 20; },
            M, u"outside the file's data"_qs);
    row(
            "chunk at a negative offset", [](PB::File &f) { chunkOf(f).dataPageOffset = -100; }, M,
            u"outside the file's data"_qs);

    // Counts that no bytes back: a run of 2^31 nulls, a dictionary index repeated.
    PB::Thrift run;
    run.varint(quint64(0x7fffffff) << 1);
    run.bytes.append('\0');
    QByteArray nullRun(4, '\0');
    const quint32 runLength = quint32(run.bytes.size());
    std::memcpy(nullRun.data(), &runLength, 4);
    nullRun += run.bytes;
    row("run of 2^31 nulls", onePage(nullRun, pageOf(0x7fffffff)), Error::Kind::Limit,
        u"more than 16 MB of memory"_qs);
    row(
            "level above the maximum",
            [](PB::File &f) {
                f = nested(1);
                chunkOf(f).pages = PB::page(PB::levelsV1(QList<int>(10, 3), 2), pageOf(10));
            },
            M, u"holds level 3; the column's highest is 2"_qs);
    row("levels end early", onePage(PB::levelsV1(QList<int>(3, 1), 1), pageOf(20)), M,
        u"levels or indices end early"_qs);
    row(
            "rows fewer than the row group says", [](PB::File &f) { f.rowGroups[0].numRows = 11; },
            M, u"The column holds 10 rows; its row group has 11."_qs);

    // Dictionaries.
    PB::PageOptions dictionary;
    dictionary.type = 2;
    dictionary.numValues = 2;
    const QByteArray dictPage = PB::page(PB::plainInt32({7, 8}), dictionary);
    QByteArray indices = PB::levelsV1(QList<int>(10, 1), 1);
    indices += char(4); // bit width 4
    indices += PB::hybrid(QList<int>(10, 9), 4); // entry 9 of 2
    row(
            "dictionary index out of range",
            [&](PB::File &f) { chunkOf(f).pages = dictPage + PB::page(indices, pageOf(10, 8)); }, M,
            u"refers to dictionary entry 9 of 2"_qs);
    row("dictionary page missing", onePage(indices, pageOf(10, 8)), M,
        u"has no dictionary page"_qs);
    row(
            "second dictionary page", [&](PB::File &f) { chunkOf(f).pages = dictPage + dictPage; },
            M, u"second dictionary page"_qs);
    QByteArray wideIndices = PB::levelsV1(QList<int>(10, 1), 1);
    wideIndices += char(40);
    row(
            "dictionary indices of 40 bits",
            [&](PB::File &f) {
                chunkOf(f).pages = dictPage + PB::page(wideIndices, pageOf(10, 8));
            },
            M, u"packs dictionary indices in 40 bits"_qs);

    // Delta encodings.
    PB::Thrift delta;
    delta.varint(100); // a block size that is no multiple of 128
    delta.varint(4);
    delta.varint(10);
    delta.zigzag(0);
    row("delta block size",
        onePage(PB::levelsV1(QList<int>(10, 1), 1) + delta.bytes, pageOf(10, 5)), M,
        u"DELTA_BINARY_PACKED data is corrupt"_qs);
    PB::Thrift fewer;
    fewer.varint(128);
    fewer.varint(4);
    fewer.varint(3); // three values for ten entries
    fewer.zigzag(0);
    row("delta with fewer values",
        onePage(PB::levelsV1(QList<int>(10, 1), 1) + fewer.bytes, pageOf(10, 5)), M,
        u"ends before its 10 values"_qs);

    // The metadata itself.
    row(
            "schema nests too deep", [](PB::File &f) { f = nested(150); }, M,
            u"nests deeper than 100 levels"_qs);
    row(
            "schema claims more children", [](PB::File &f) { f.schema[0].children = 5; }, M,
            u"claims 5 children"_qs);
    // Found by fuzzing: a group's children counted before a child took the rest.
    row(
            "schema children run out",
            [](PB::File &f) {
                f.schema = {{u"schema"_qs, {}, {}, 2}, {u"g"_qs, {}, 1, 1}, {u"v"_qs, 1, 1}};
            },
            M, u"The schema element \"schema\" claims 2 children; the schema ends after 1."_qs);
    row(
            "schema lists more elements",
            [](PB::File &f) { f.schema << PB::Element(u"extra"_qs, 1, 1); }, M,
            u"lists 3 elements but its tree holds only 2"_qs);
    row(
            "fixed length of 0",
            [](PB::File &f) {
                f.schema[1].type = 7;
                chunkOf(f).type = 7;
            },
            M, u"declares a length of 0 bytes"_qs);
    row(
            "chunk type differs from schema", [](PB::File &f) { chunkOf(f).type = 2; }, M,
            u"The column chunk is INT64; the schema says INT32."_qs);
    row(
            "footer cut short",
            [](PB::File &f) {
                f.editFooter = [](QByteArray &footer) {
                    footer.chop(footer.size() / 2);
                };
            },
            M, u"ends in the middle of a value"_qs);
    row(
            "footer lists a million row groups",
            [](PB::File &f) {
                f.editFooter = [](QByteArray &footer) {
                    // Replace the row group list's header by one claiming a million structures.
                    PB::Thrift t;
                    t.bytes.append(char(0xfc));
                    t.varint(1000000);
                    const qsizetype at = footer.indexOf(QByteArray("\x1c\x19\x1c", 3));
                    footer = footer.left(at) + t.bytes;
                };
            },
            M, u"ends in the middle of a value"_qs);
    row(
            "footer nests unknown structures",
            [](PB::File &f) {
                f.editFooter = [](QByteArray &footer) {
                    // Field 20, a structure holding a structure... 40 deep, before the rest.
                    QByteArray deep;
                    deep.append(char(0x0c));
                    deep.append(char(40));
                    for (int i = 0; i < 39; ++i)
                        deep.append(char(0x1c));
                    deep.append(QByteArray(40, '\0'));
                    footer = deep + footer;
                };
            },
            M, u"nests deeper than 32 levels"_qs);
    row(
            "footer length beyond the file", [](PB::File &f) { f.footerLength = 1000000; }, M,
            u"The footer claims 1000000 bytes"_qs);
    row(
            "footer empty",
            [](PB::File &f) {
                f.editFooter = [](QByteArray &footer) {
                    footer = QByteArray(1, '\0');
                };
            },
            M, u"lacks its required schema"_qs);

    // Features this reader does not implement are named.
    row(
            "encrypted footer", [](PB::File &f) { f.tailMagic = "PARE"; }, U,
            u"The file is encrypted (its footer is)"_qs);
    row(
            "encrypted column", [](PB::File &f) { chunkOf(f).encrypted = true; }, U,
            u"Column \"v\" is encrypted"_qs);
    row(
            "column in another file",
            [](PB::File &f) { chunkOf(f).filePath = u"other.parquet"_qs; }, U,
            u"keeps its data in another file (other.parquet)"_qs);
    row(
            "LZO", [](PB::File &f) { chunkOf(f).codec = 3; }, U,
            u"LZO compression is not supported."_qs);
    row(
            "unknown codec", [](PB::File &f) { chunkOf(f).codec = 42; }, U,
            u"Unknown compression codec 42."_qs);
    row("unknown encoding",
        onePage(PB::levelsV1(QList<int>(10, 1), 1) + PB::plainInt32({1}), pageOf(10, 77)), U,
        u"The 77 encoding of column \"v\" is not supported."_qs);
    row("delta lengths on INT32",
        onePage(PB::levelsV1(QList<int>(10, 1), 1) + PB::plainInt32({1}), pageOf(10, 6)), U,
        u"The DELTA_LENGTH_BYTE_ARRAY encoding does not apply to the INT32 column \"v\"."_qs);
}

void tst_ParquetMalformed::refused()
{
    QFETCH(QByteArray, file);
    QFETCH(int, kind);
    QFETCH(QString, says);
    QFETCH(qint64, limit);
    ReadOptions options;
    options.maxRowGroupMemory = limit;
    FileReader reader(std::make_shared<MemorySource>(file), options);
    if (reader.open())
        QVERIFY(reader.readRows(-1).isEmpty());
    QVERIFY2(reader.error().message().contains(says), qPrintable(reader.error().message()));
    QCOMPARE(int(reader.error().kind()), kind);
}

QTEST_GUILESS_MAIN(tst_ParquetMalformed)
#include "tst_parquetmalformed.moc"
