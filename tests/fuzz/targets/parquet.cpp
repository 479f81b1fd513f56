#include "parquet/Converter.h"
#include "parquet/FileReader.h"
#include "parquet/FormatSniffer.h"
#include "parquet/JsonLinesReader.h"
#include "parquet/ParquetRecordReader.h"
#include "tests/fuzz/FuzzChecks.h"

#include <QBuffer>

using namespace Parquet;

namespace {

// Small enough that no input can make an execution slow or large; big enough for every seed.
ReadOptions fuzzOptions()
{
    ReadOptions options;
    options.maxRowGroupMemory = qint64(8) << 20;
    return options;
}

constexpr int kMaxRowsChecked = 600;

// Every row group decoded whole and its rows assembled three ways: each JSON row parses as an
// object, each flattened row has one cell per column.
void readEverything(const QByteArray &input)
{
    ParquetRecordReader reader(std::make_shared<MemorySource>(input), fuzzOptions());
    if (!reader.open()) {
        FUZZ_EXPECT(!reader.error().message().isEmpty());
        FUZZ_EXPECT(reader.error().kind() != Error::Kind::NeedData);
        return;
    }
    const QStringList columns = reader.columns();
    (void)reader.file().describeSchema();
    CellRow row;
    QByteArray json;
    QJsonObject object;
    for (int i = 0; i < kMaxRowsChecked; ++i) {
        bool more = false;
        switch (i % 3) {
        case 0:
            json.clear();
            more = reader.readJson(json);
            if (more) {
                const std::optional<QJsonObject> parsed = Fuzz::objectOf(json);
                FUZZ_EXPECT_DETAIL(parsed.has_value(), json.left(500));
            }
            break;
        case 1:
            more = reader.readCells(row);
            if (more)
                FUZZ_EXPECT(row.count() == columns.size());
            break;
        default:
            more = reader.readObject(object);
            break;
        }
        if (!more)
            break;
    }
    if (reader.error().isError())
        FUZZ_EXPECT(!reader.error().message().isEmpty());
}

// The preview's way: the footer from a partial source first, then the first row group's
// first rows. A missing range is reported exactly, and lies inside the file.
void readLikeAPreview(const QByteArray &input)
{
    auto source = std::make_shared<SparseSource>(input.size());
    const ByteRange tail = FileReader::tailRange(input.size());
    source->add(tail.offset, input.mid(tail.offset, tail.length));
    FileReader reader(source, fuzzOptions());
    for (int attempt = 0; attempt < 4 && !reader.open(); ++attempt) {
        if (reader.error().kind() != Error::Kind::NeedData)
            return;
        const ByteRange missing = reader.error().missing();
        FUZZ_EXPECT(!missing.isEmpty() && missing.offset >= 0 && missing.end() <= input.size());
        FUZZ_EXPECT(!source->missing(missing).isEmpty());
        source->add(missing.offset, input.mid(missing.offset, missing.length));
    }
    if (!reader.isOpen() || reader.rowGroupCount() == 0)
        return;
    const ByteRange group = reader.rowGroupRange(0);
    if (!group.isEmpty()) {
        FUZZ_EXPECT(group.offset >= 0 && group.end() <= input.size());
        source->add(group.offset, input.mid(group.offset, group.length));
    }
    RowGroupData data;
    if (reader.readRowGroup(0, &data, 3))
        FUZZ_EXPECT(data.rows <= 3 && data.rows <= reader.rowGroupRows(0));
    else
        FUZZ_EXPECT(!reader.error().message().isEmpty());
}

} // namespace

// The Parquet reader on any bytes: open, every row group, assembled rows, the lazy partial
// read of a preview, the sniffer and the JSON Lines reader with its CSV conversion. Never a
// crash, a hang or an unbounded allocation; every failure has a message.
FUZZ_TARGET(parquet)
{
    const SniffResult sniffed = FormatSniffer::sniff(input, input.right(4), input.size());
    FUZZ_EXPECT(!sniffed.description.isEmpty());
    readEverything(input);
    readLikeAPreview(input);

    QBuffer in;
    in.setData(input.left(1 << 16));
    in.open(QIODevice::ReadOnly);
    JsonLinesReader lines(&in);
    if (lines.open()) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ConvertOptions options;
        options.rowLimit = 200;
        const ConvertResult result = Converter::convert(lines, out, options);
        FUZZ_EXPECT(result.ok() || !result.error.message().isEmpty());
    }
}
