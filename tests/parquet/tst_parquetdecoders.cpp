#include "ParquetBuilder.h"
#include "parquet/Budget.h"
#include "parquet/Codec.h"
#include "parquet/DeltaDecoder.h"
#include "parquet/Error.h"
#include "parquet/Metadata.h"
#include "parquet/NumberFormat.h"
#include "parquet/RleDecoder.h"
#include "parquet/TimeFormat.h"
#include "parquet/ValueFormat.h"

#include <QJsonValue>
#include <QRandomGenerator>
#include <QTest>

#include <brotli/encode.h>
#include <cstring>
#include <lz4.h>
#include <lz4frame.h>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

using namespace Parquet;
namespace PB = ParquetBuilder;

// The building blocks on their own: every codec (and its framings), the RLE/bit-packed
// hybrid and DELTA_BINARY_PACKED against encoders written here, the Thrift reader skipping
// what it does not know, and how values render.
class tst_ParquetDecoders : public QObject
{
    Q_OBJECT

private slots:
    void codecs_data();
    void codecs();
    void codecRefusesWrongSize_data();
    void codecRefusesWrongSize();
    void rleHybrid_data();
    void rleHybrid();
    void deltaBinaryPacked_data();
    void deltaBinaryPacked();
    void deltaLastMiniblockCutShort();
    void thriftSkipsUnknownFields();
    void decimals_data();
    void decimals();
    void timestamps();
    void values();
};

namespace {

const QByteArray kText = [] {
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "row " + QByteArray::number(i) + " of the sample text, ";
    return text;
}();

QByteArray snappyOf(const QByteArray &data)
{
    size_t length = snappy_max_compressed_length(size_t(data.size()));
    QByteArray out(qsizetype(length), '\0');
    snappy_compress(data.constData(), size_t(data.size()), out.data(), &length);
    out.truncate(qsizetype(length));
    return out;
}

QByteArray zstdOf(const QByteArray &data)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), '\0');
    out.truncate(qsizetype(ZSTD_compress(out.data(), size_t(out.size()), data.constData(),
                                         size_t(data.size()), 3)));
    return out;
}

QByteArray lz4Of(const QByteArray &data)
{
    QByteArray out(LZ4_compressBound(int(data.size())), '\0');
    out.truncate(
            LZ4_compress_default(data.constData(), out.data(), int(data.size()), int(out.size())));
    return out;
}

QByteArray bigEndian(quint32 v)
{
    const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    return QByteArray(bytes, 4);
}

QByteArray hadoopLz4(const QByteArray &data, qsizetype block)
{
    QByteArray out;
    for (qsizetype i = 0; i < data.size(); i += block) {
        const QByteArray part = data.mid(i, block);
        const QByteArray compressed = lz4Of(part);
        out += bigEndian(quint32(part.size())) + bigEndian(quint32(compressed.size())) + compressed;
    }
    return out;
}

QByteArray lz4FrameOf(const QByteArray &data)
{
    QByteArray out(qsizetype(LZ4F_compressFrameBound(size_t(data.size()), nullptr)), '\0');
    out.truncate(qsizetype(LZ4F_compressFrame(out.data(), size_t(out.size()), data.constData(),
                                              size_t(data.size()), nullptr)));
    return out;
}

QByteArray brotliOf(const QByteArray &data)
{
    size_t length = BrotliEncoderMaxCompressedSize(size_t(data.size()));
    QByteArray out(qsizetype(length), '\0');
    BrotliEncoderCompress(5, 22, BROTLI_MODE_GENERIC, size_t(data.size()),
                          reinterpret_cast<const uint8_t *>(data.constData()), &length,
                          reinterpret_cast<uint8_t *>(out.data()));
    out.truncate(qsizetype(length));
    return out;
}

// Runs alternate: an RLE run, then a bit-packed run, as writers mix them.
QByteArray hybridOf(const QList<quint32> &values, int width)
{
    QByteArray out;
    qsizetype i = 0;
    bool rle = true;
    while (i < values.size()) {
        if (rle) {
            qsizetype n = 1;
            while (i + n < values.size() && values[i + n] == values[i])
                ++n;
            PB::Thrift t;
            t.varint(quint64(n) << 1);
            out += t.bytes;
            for (int b = 0; b < (width + 7) / 8; ++b)
                out += char(values[i] >> (8 * b));
            i += n;
        } else {
            const QList<quint32> chunk = values.mid(i, 24);
            QList<int> asInt;
            for (quint32 v : chunk)
                asInt << int(v);
            if (width <= 31) {
                out += PB::hybrid(asInt, width);
            } else { // PB::hybrid packs ints; pack 32-bit values by hand
                PB::Thrift t;
                const qint64 groups = (chunk.size() + 7) / 8;
                t.varint(quint64(groups << 1 | 1));
                QByteArray packed(groups * 32, '\0');
                std::memcpy(packed.data(), chunk.constData(), size_t(chunk.size()) * 4);
                out += t.bytes + packed;
            }
            i += chunk.size();
        }
        rle = !rle;
    }
    return out;
}

QByteArray deltaOf(const QList<qint64> &values, int blockSize = 128, int miniblocks = 4)
{
    PB::Thrift t;
    t.varint(quint64(blockSize));
    t.varint(quint64(miniblocks));
    t.varint(quint64(values.size()));
    t.zigzag(values.isEmpty() ? 0 : values[0]);
    const int perMini = blockSize / miniblocks;
    for (qsizetype start = 1; start < values.size(); start += blockSize) {
        QList<qint64> deltas;
        for (qsizetype i = start; i < qMin(values.size(), start + blockSize); ++i)
            deltas << qint64(quint64(values[i]) - quint64(values[i - 1]));
        const qint64 minDelta = *std::min_element(deltas.begin(), deltas.end());
        t.zigzag(minDelta);
        QList<int> widths;
        for (int m = 0; m < miniblocks; ++m) {
            quint64 highest = 0;
            for (qsizetype i = m * perMini; i < qMin(deltas.size(), qsizetype(m + 1) * perMini);
                 ++i)
                highest = qMax(highest, quint64(deltas[i]) - quint64(minDelta));
            widths << (highest ? 64 - qCountLeadingZeroBits(highest) : 0);
            t.bytes += char(widths.last());
        }
        for (int m = 0; m < miniblocks && m * perMini < deltas.size(); ++m) {
            QByteArray packed(perMini * widths[m] / 8, '\0');
            for (int i = 0; i < perMini && m * perMini + i < deltas.size(); ++i) {
                const quint64 v = quint64(deltas[m * perMini + i]) - quint64(minDelta);
                for (int b = 0; b < widths[m]; ++b) {
                    const qint64 bit = qint64(i) * widths[m] + b;
                    if (v >> b & 1)
                        packed[bit / 8] = char(packed[bit / 8] | 1 << (bit % 8));
                }
            }
            t.bytes += packed;
        }
    }
    return t.bytes;
}

struct Column
{
    SchemaNode node;
    ColumnData data;
    Budget budget{1 << 20};

    Column(PhysicalType type, ValueKind kind, int width)
    {
        node.kind = SchemaNode::Kind::Primitive;
        node.physical = type;
        node.valueKind = kind;
        node.typeLength = width;
        data.leaf = &node;
        data.values.width = width;
    }
    template<typename T>
    void add(T value)
    {
        std::memcpy(data.values.fixed.grow(sizeof(T), budget), &value, sizeof(T));
    }
    void addBytes(const QByteArray &bytes)
    {
        std::memcpy(data.values.fixed.grow(bytes.size(), budget), bytes.constData(),
                    size_t(bytes.size()));
    }
    QByteArray json(qint64 i) const
    {
        TextBuffer out;
        ValueFormat::appendJson(out, data, i, {});
        return out.toByteArray();
    }
    QByteArray text(qint64 i) const
    {
        TextBuffer out;
        ValueFormat::appendText(out, data, i, {});
        return out.toByteArray();
    }
};

} // namespace

void tst_ParquetDecoders::codecs_data()
{
    QTest::addColumn<int>("codec");
    QTest::addColumn<QByteArray>("compressed");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray half = kText.left(kText.size() / 2);
    const QByteArray rest = kText.mid(kText.size() / 2);
    QTest::newRow("UNCOMPRESSED") << 0 << kText << kText;
    QTest::newRow("SNAPPY") << 1 << snappyOf(kText) << kText;
    QTest::newRow("GZIP") << 2 << PB::gzipOf(kText) << kText;
    QTest::newRow("GZIP, two members") << 2 << PB::gzipOf(half) + PB::gzipOf(rest) << kText;
    QTest::newRow("GZIP, zlib header") << 2 << QByteArray(qCompress(kText).mid(4)) << kText;
    QTest::newRow("BROTLI") << 4 << brotliOf(kText) << kText;
    QTest::newRow("ZSTD") << 6 << zstdOf(kText) << kText;
    QTest::newRow("ZSTD, two frames") << 6 << zstdOf(half) + zstdOf(rest) << kText;
    QTest::newRow("LZ4_RAW") << 7 << lz4Of(kText) << kText;
    QTest::newRow("LZ4, Hadoop framing") << 5 << hadoopLz4(kText, 4096) << kText;
    QTest::newRow("LZ4, a raw block") << 5 << lz4Of(kText) << kText;
    QTest::newRow("LZ4, frame format") << 5 << lz4FrameOf(kText) << kText;
    QTest::newRow("empty, no bytes") << 1 << QByteArray() << QByteArray();
    QTest::newRow("ZSTD of nothing") << 6 << zstdOf(QByteArray()) << QByteArray();
}

void tst_ParquetDecoders::codecs()
{
    QFETCH(int, codec);
    QFETCH(QByteArray, compressed);
    QFETCH(QByteArray, expected);
    Budget budget(64 << 20);
    try {
        const QByteArray out = decompress(codec, compressed.constData(), compressed.size(),
                                          expected.size(), budget);
        QCOMPARE(out, expected);
    } catch (const Failure &failure) {
        QFAIL(qPrintable(failure.error.message()));
    }
}

void tst_ParquetDecoders::codecRefusesWrongSize_data()
{
    QTest::addColumn<int>("codec");
    QTest::addColumn<QByteArray>("compressed");
    QTest::addColumn<qint64>("declared");
    QTest::addColumn<QString>("says");
    for (const qint64 off : {-1, 1}) {
        const QByteArray tag = off < 0 ? " short" : " long";
        const qint64 declared = kText.size() + off;
        QTest::newRow(QByteArray("SNAPPY" + tag).constData())
                << 1 << snappyOf(kText) << declared << u"holds"_qs;
        QTest::newRow(QByteArray("GZIP" + tag).constData())
                << 2 << PB::gzipOf(kText) << declared << u"holds"_qs;
        QTest::newRow(QByteArray("BROTLI" + tag).constData())
                << 4 << brotliOf(kText) << declared << u"holds"_qs;
        QTest::newRow(QByteArray("ZSTD" + tag).constData())
                << 6 << zstdOf(kText) << declared << u"holds"_qs;
        QTest::newRow(QByteArray("LZ4_RAW" + tag).constData())
                << 7 << lz4Of(kText) << declared << u"LZ4_RAW"_qs;
        QTest::newRow(QByteArray("LZ4" + tag).constData())
                << 5 << hadoopLz4(kText, 4096) << declared << u"LZ4"_qs;
    }
    QTest::newRow("GZIP truncated")
            << 2 << PB::gzipOf(kText).chopped(20) << qint64(kText.size()) << u"GZIP"_qs;
    QTest::newRow("ZSTD truncated")
            << 6 << zstdOf(kText).chopped(5) << qint64(kText.size()) << u"ZSTD"_qs;
    QTest::newRow("BROTLI truncated")
            << 4 << brotliOf(kText).chopped(5) << qint64(kText.size()) << u"BROTLI"_qs;
    QTest::newRow("SNAPPY garbage") << 1 << QByteArray(100, '\xff') << qint64(100) << u"SNAPPY"_qs;
}

void tst_ParquetDecoders::codecRefusesWrongSize()
{
    QFETCH(int, codec);
    QFETCH(QByteArray, compressed);
    QFETCH(qint64, declared);
    QFETCH(QString, says);
    Budget budget(64 << 20);
    try {
        decompress(codec, compressed.constData(), compressed.size(), declared, budget);
        QFAIL("decompressed");
    } catch (const Failure &failure) {
        QCOMPARE(failure.error.kind(), Error::Kind::Malformed);
        QVERIFY2(failure.error.message().contains(says), qPrintable(failure.error.message()));
    }
}

void tst_ParquetDecoders::rleHybrid_data()
{
    QTest::addColumn<int>("width");
    for (const int width : {1, 2, 3, 5, 7, 8, 9, 13, 16, 20, 24, 31, 32})
        QTest::newRow(qPrintable(QString::number(width))) << width;
}

void tst_ParquetDecoders::rleHybrid()
{
    QFETCH(int, width);
    QRandomGenerator random{quint32(width)};
    const quint32 mask = width == 32 ? ~0u : (1u << width) - 1;
    QList<quint32> values;
    while (values.size() < 5000) {
        const quint32 v = random.generate() & mask;
        const int repeat = random.bounded(3) == 0 ? random.bounded(1, 40) : 1;
        for (int r = 0; r < repeat; ++r)
            values << v;
    }
    const QByteArray encoded = hybridOf(values, width);
    RleDecoder rle(reinterpret_cast<const uint8_t *>(encoded.constData()), encoded.size(), width);
    QList<quint32> decoded(values.size());
    // In uneven slices, so runs and bit-packed groups straddle calls.
    qsizetype done = 0;
    for (int slice = 1; done < values.size(); slice = slice * 3 % 37 + 1) {
        const qsizetype n = qMin<qsizetype>(slice, values.size() - done);
        rle.decode(decoded.data() + done, n);
        done += n;
    }
    QCOMPARE(decoded, values);
    if (width <= 8) {
        std::vector<quint8> levels(size_t(values.size()));
        RleDecoder bytes(reinterpret_cast<const uint8_t *>(encoded.constData()), encoded.size(),
                         width);
        bytes.decode(levels.data(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(quint32(levels[size_t(i)]), values[i]);
    }
    // Asking for more than the runs hold (beyond the last group's padding) is an error, not a
    // read past the end.
    QVERIFY_THROWS_EXCEPTION(Failure, rle.decode(decoded.data(), 9));
}

void tst_ParquetDecoders::deltaBinaryPacked_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<int>("miniblocks");
    QRandomGenerator random{7};
    QList<qint64> ramp;
    QList<qint64> noise;
    QList<qint64> extremes;
    for (int i = 0; i < 1000; ++i) {
        ramp << 1000 + i * 3;
        noise << qint64(random.generate64());
        extremes << (i % 2 ? std::numeric_limits<qint64>::max()
                           : std::numeric_limits<qint64>::min());
    }
    QTest::newRow("one value") << QList<qint64>{42} << 128 << 4;
    QTest::newRow("empty") << QList<qint64>() << 128 << 4;
    QTest::newRow("ramp") << ramp << 128 << 4;
    QTest::newRow("64-bit noise") << noise << 128 << 4;
    QTest::newRow("min and max: deltas wrap") << extremes << 256 << 8;
    QTest::newRow("a partial last miniblock") << ramp.mid(0, 150) << 128 << 4;
    QTest::newRow("one miniblock per block") << noise.mid(0, 300) << 128 << 1;
}

void tst_ParquetDecoders::deltaBinaryPacked()
{
    QFETCH(QList<qint64>, values);
    QFETCH(int, blockSize);
    QFETCH(int, miniblocks);
    QByteArray encoded = deltaOf(values, blockSize, miniblocks);
    const qsizetype size = encoded.size();
    encoded += "trailing data";
    DeltaBinaryPackedDecoder delta(reinterpret_cast<const uint8_t *>(encoded.constData()),
                                   encoded.size());
    QCOMPARE(delta.totalValues(), values.size());
    QList<qint64> decoded(values.size());
    const qsizetype half = values.size() / 2;
    delta.decode(decoded.data(), half);
    delta.decode(decoded.data() + half, values.size() - half);
    QCOMPARE(decoded, values);
    // What follows the values (DELTA_LENGTH_BYTE_ARRAY's data) starts where they end.
    QCOMPARE(delta.position(), size);
    QVERIFY_THROWS_EXCEPTION(Failure, delta.decode(decoded.data(), 1));
}

// Found by fuzzing: a last miniblock that holds only the bits of the values it has (no
// padding) decodes those values, and its missing groups are never read from past the end.
void tst_ParquetDecoders::deltaLastMiniblockCutShort()
{
    QRandomGenerator random{11};
    QList<qint64> values;
    for (int i = 0; i < 150; ++i)
        values << qint64(random.generate64());
    // 149 deltas: a full block of 128, then 21 in the first miniblock of the next, which
    // takes 32 * 64 bits written whole but needs only 21 * 64 of them.
    const QByteArray whole = deltaOf(values);
    const QByteArray cut = whole.chopped((32 - 21) * 64 / 8);
    for (const QByteArray &encoded : {whole, cut}) {
        const QByteArray copy(encoded.constData(), encoded.size()); // exactly its size
        DeltaBinaryPackedDecoder delta(reinterpret_cast<const uint8_t *>(copy.constData()),
                                       copy.size());
        QList<qint64> decoded(values.size());
        delta.decode(decoded.data(), values.size());
        QCOMPARE(decoded, values);
    }
    // One byte fewer than the values need is an error.
    const QByteArray tooShort = cut.chopped(1);
    DeltaBinaryPackedDecoder delta(reinterpret_cast<const uint8_t *>(tooShort.constData()),
                                   tooShort.size());
    QList<qint64> decoded(values.size());
    QVERIFY_THROWS_EXCEPTION(Failure, delta.decode(decoded.data(), values.size()));
}

void tst_ParquetDecoders::thriftSkipsUnknownFields()
{
    // A footer from a future writer: unknown fields of every type around the known ones.
    PB::Thrift t;
    t.header(20, PB::Thrift::Double);
    t.bytes += QByteArray(8, '\1');
    t.i32(1, 2);
    t.listHeader(2, PB::Thrift::Struct, 2);
    PB::writeElement(t, PB::Element(u"schema"_qs, {}, {}, 1));
    PB::writeElement(t, PB::Element(u"v"_qs, 1, 0));
    t.i64(3, 0);
    t.listHeader(4, PB::Thrift::Struct, 0);
    t.header(30, PB::Thrift::Map);
    t.varint(2);
    t.bytes += char(PB::Thrift::Binary << 4 | PB::Thrift::BoolTrue);
    for (int i = 0; i < 2; ++i) {
        t.varint(1);
        t.bytes += 'k';
        t.bytes += char(1);
    }
    t.header(31, PB::Thrift::Set);
    t.bytes += char(2 << 4 | PB::Thrift::I64);
    t.zigzag(-5);
    t.zigzag(1LL << 40);
    t.beginStruct(32);
    t.boolean(1, true);
    t.listHeader(2, PB::Thrift::List, 1);
    t.bytes += char(1 << 4 | PB::Thrift::Byte);
    t.bytes += char(9);
    t.endStruct();
    t.binary(6, "writer of the future");
    t.bytes += char(0);
    try {
        const FileMetaData meta = decodeFileMetaData(t.bytes.constData(), t.bytes.size());
        QCOMPARE(meta.version, 2);
        QCOMPARE(meta.schema.size(), 2);
        QCOMPARE(meta.schema[1].name, u"v"_qs);
        QCOMPARE(meta.createdBy, u"writer of the future"_qs);
    } catch (const Failure &failure) {
        QFAIL(qPrintable(failure.error.message()));
    }
    // A field of type 13, which the protocol does not have.
    QByteArray bad = t.bytes;
    bad.prepend(char(0x1d));
    QVERIFY_THROWS_EXCEPTION(Failure, decodeFileMetaData(bad.constData(), bad.size()));
}

void tst_ParquetDecoders::decimals_data()
{
    QTest::addColumn<QByteArray>("bigEndian");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("12345, scale 2") << QByteArray::fromHex("3039") << 2 << QByteArray("123.45");
    QTest::newRow("-1, scale 0") << QByteArray::fromHex("ff") << 0 << QByteArray("-1");
    QTest::newRow("-1, scale 3") << QByteArray::fromHex("ffff") << 3 << QByteArray("-0.001");
    QTest::newRow("0, scale 2") << QByteArray::fromHex("0000") << 2 << QByteArray("0.00");
    QTest::newRow("5, scale 4") << QByteArray::fromHex("05") << 4 << QByteArray("0.0005");
    QTest::newRow("int64 min") << QByteArray::fromHex("8000000000000000") << 0
                               << QByteArray("-9223372036854775808");
    QTest::newRow("38 digits") << QByteArray::fromHex("4b3b4ca85a86c47a098a223fffffffff") << 10
                               << QByteArray("9999999999999999999999999999.9999999999");
    QTest::newRow("-(2^159), 20 bytes")
            << QByteArray::fromHex("8000000000000000000000000000000000000000") << 5
            << QByteArray("-7307508186654514591018424163581415098279"
                          "662.71488");
    QTest::newRow("no bytes") << QByteArray() << 0 << QByteArray("0");
}

void tst_ParquetDecoders::decimals()
{
    QFETCH(QByteArray, bigEndian);
    QFETCH(int, scale);
    QFETCH(QByteArray, text);
    TextBuffer out;
    NumberFormat::appendDecimal(out, reinterpret_cast<const uint8_t *>(bigEndian.constData()),
                               bigEndian.size(), scale);
    QCOMPARE(out.toByteArray(), text);
}

void tst_ParquetDecoders::timestamps()
{
    auto timestamp = [](qint64 value, TimeUnit unit, bool utc) {
        TextBuffer out;
        TimeFormat::appendTimestamp(out, value, unit, utc);
        return out.toByteArray();
    };
    QCOMPARE(timestamp(0, TimeUnit::Millis, true), "1970-01-01T00:00:00.000Z");
    QCOMPARE(timestamp(-1, TimeUnit::Millis, true), "1969-12-31T23:59:59.999Z");
    QCOMPARE(timestamp(1704141296123456, TimeUnit::Micros, true), "2024-01-01T20:34:56.123456Z");
    QCOMPARE(timestamp(1704141296123456789, TimeUnit::Nanos, false),
             "2024-01-01T20:34:56.123456789");
    QCOMPARE(timestamp(std::numeric_limits<qint64>::min(), TimeUnit::Nanos, true),
             "1677-09-21T00:12:43.145224192Z");
    QCOMPARE(timestamp(253402300799999, TimeUnit::Millis, true), "9999-12-31T23:59:59.999Z");
    QCOMPARE(timestamp(253402300800000, TimeUnit::Millis, true), "+010000-01-01T00:00:00.000Z");
    TextBuffer date;
    TimeFormat::appendDate(date, -719528);
    QCOMPARE(date.toByteArray(), "0000-01-01");
    date.clear();
    TimeFormat::appendDate(date, -719529);
    QCOMPARE(date.toByteArray(), "-000001-12-31");
    TextBuffer int96;
    const qint64 nanos = 45296789000000; // 12:34:56.789
    const qint32 julian = 2440589; // 1970-01-02
    QByteArray bytes(12, '\0');
    std::memcpy(bytes.data(), &nanos, 8);
    std::memcpy(bytes.data() + 8, &julian, 4);
    TimeFormat::appendInt96(int96, bytes.constData());
    QCOMPARE(int96.toByteArray(), "1970-01-02T12:34:56.789000000Z");
}

void tst_ParquetDecoders::values()
{
    Column int64(PhysicalType::Int64, ValueKind::Int64, 8);
    int64.add(std::numeric_limits<qint64>::max());
    int64.add(qint64(-9007199254740993));
    QCOMPARE(int64.json(0), "9223372036854775807");
    QCOMPARE(int64.json(1), "-9007199254740993");
    QCOMPARE(ValueFormat::toJson(int64.data, 1, {}).toInteger(), -9007199254740993);

    Column uint64(PhysicalType::Int64, ValueKind::UInt64, 8);
    uint64.add(std::numeric_limits<quint64>::max());
    QCOMPARE(uint64.json(0), "18446744073709551615");
    QCOMPARE(ValueFormat::toJson(uint64.data, 0, {}).toString(), u"18446744073709551615"_qs);

    Column uint32(PhysicalType::Int32, ValueKind::UInt32, 4);
    uint32.add(qint32(-1));
    QCOMPARE(uint32.json(0), "4294967295");

    Column floats(PhysicalType::Float, ValueKind::Float, 4);
    floats.add(0.1f);
    floats.add(std::numeric_limits<float>::quiet_NaN());
    floats.add(-std::numeric_limits<float>::infinity());
    QCOMPARE(floats.json(0), "0.1");
    QCOMPARE(ValueFormat::toJson(floats.data, 0, {}).toDouble(), 0.1);
    QCOMPARE(floats.json(1), "\"NaN\"");
    QCOMPARE(floats.text(1), "NaN");
    QCOMPARE(floats.json(2), "\"-Infinity\"");

    Column halves(PhysicalType::FixedLenByteArray, ValueKind::Float16, 2);
    for (const quint16 bits : {quint16(0x3c00), quint16(0x2e66), quint16(0x7bff), quint16(0x8000),
                               quint16(0x0001), quint16(0x7e00)})
        halves.add(bits);
    QCOMPARE(halves.json(0), "1");
    QCOMPARE(halves.json(1), "0.1");
    QCOMPARE(halves.json(2), "65504");
    QCOMPARE(halves.json(3), "-0");
    QCOMPARE(halves.json(4), "6e-08");
    QCOMPARE(halves.json(5), "\"NaN\"");

    Column uuid(PhysicalType::FixedLenByteArray, ValueKind::Uuid, 16);
    uuid.addBytes(QByteArray::fromHex("00112233445566778899aabbccddeeff"));
    QCOMPARE(uuid.json(0), "\"00112233-4455-6677-8899-aabbccddeeff\"");

    Column bytes(PhysicalType::FixedLenByteArray, ValueKind::Bytes, 4);
    bytes.addBytes(QByteArray("\x00\xff\x10z", 4));
    QCOMPARE(bytes.json(0), "\"AP8Qeg==\"");
    QCOMPARE(bytes.text(0), "AP8Qeg==");

    Column strings(PhysicalType::FixedLenByteArray, ValueKind::String, 6);
    strings.addBytes(QByteArray("a\"\n\x01\xff", 6));
    QCOMPARE(strings.json(0), "\"a\\\"\\n\\u0001\xEF\xBF\xBD\\u0000\"");
    QCOMPARE(strings.text(0), QByteArray("a\"\n\x01\xEF\xBF\xBD\0", 8));

    Column interval(PhysicalType::FixedLenByteArray, ValueKind::Interval, 12);
    interval.add(quint32(1));
    interval.add(quint32(2));
    interval.add(quint32(3000));
    QCOMPARE(interval.json(0), R"({"months":1,"days":2,"milliseconds":3000})");
}

QTEST_GUILESS_MAIN(tst_ParquetDecoders)
#include "tst_parquetdecoders.moc"
