#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The parts of the Parquet metadata (parquet.thrift) this reader uses, as plain values.
// Fields a reader can do without (statistics, indexes, bloom filters) are skipped on decode.
namespace Parquet {

enum class PhysicalType : qint8 {
    Boolean = 0,
    Int32 = 1,
    Int64 = 2,
    Int96 = 3,
    Float = 4,
    Double = 5,
    ByteArray = 6,
    FixedLenByteArray = 7,
};

enum class Repetition : qint8 { Required = 0, Optional = 1, Repeated = 2 };

enum class ConvertedType : qint8 {
    None = -1,
    Utf8 = 0,
    Map = 1,
    MapKeyValue = 2,
    List = 3,
    Enum = 4,
    Decimal = 5,
    Date = 6,
    TimeMillis = 7,
    TimeMicros = 8,
    TimestampMillis = 9,
    TimestampMicros = 10,
    Uint8 = 11,
    Uint16 = 12,
    Uint32 = 13,
    Uint64 = 14,
    Int8 = 15,
    Int16 = 16,
    Int32 = 17,
    Int64 = 18,
    Json = 19,
    Bson = 20,
    Interval = 21,
};

enum class TimeUnit : qint8 { Millis, Micros, Nanos };

// The LogicalType union; `Unrecognized` keeps a writer's newer annotation readable as its
// physical type.
struct LogicalType
{
    enum class Kind : qint8 {
        None,
        String,
        Map,
        List,
        Enum,
        Decimal,
        Date,
        Time,
        Timestamp,
        Integer,
        Null,
        Json,
        Bson,
        Uuid,
        Float16,
        Variant,
        Geometry,
        Geography,
        Unrecognized,
    };
    Kind kind = Kind::None;
    int scale = 0;
    int precision = 0;
    bool adjustedToUtc = false;
    TimeUnit unit = TimeUnit::Millis;
    int bitWidth = 0;
    bool isSigned = true;
    int unrecognizedId = 0;
};

struct SchemaElement
{
    std::optional<PhysicalType> type;
    int typeLength = 0;
    std::optional<Repetition> repetition;
    QString name;
    int numChildren = 0;
    ConvertedType converted = ConvertedType::None;
    int scale = 0;
    int precision = 0;
    LogicalType logical;
};

enum class Encoding : qint8 {
    Plain = 0,
    PlainDictionary = 2,
    Rle = 3,
    BitPacked = 4,
    DeltaBinaryPacked = 5,
    DeltaLengthByteArray = 6,
    DeltaByteArray = 7,
    RleDictionary = 8,
    ByteStreamSplit = 9,
};

enum class Codec : qint8 {
    Uncompressed = 0,
    Snappy = 1,
    Gzip = 2,
    Lzo = 3,
    Brotli = 4,
    Lz4 = 5,
    Zstd = 6,
    Lz4Raw = 7,
};

struct ColumnMetaData
{
    PhysicalType type = PhysicalType::Boolean;
    QStringList pathInSchema;
    int codec = 0; // kept raw: an unknown codec must be named, not coerced
    qint64 numValues = 0;
    qint64 totalUncompressedSize = 0;
    qint64 totalCompressedSize = 0;
    qint64 dataPageOffset = 0;
    std::optional<qint64> dictionaryPageOffset;
};

struct ColumnChunk
{
    QString filePath; // data in another file: not supported
    bool encrypted = false; // crypto_metadata or encrypted_column_metadata present
    std::optional<ColumnMetaData> metaData;
};

struct RowGroup
{
    QList<ColumnChunk> columns;
    qint64 totalByteSize = 0;
    qint64 numRows = 0;
};

struct KeyValue
{
    QString key;
    std::optional<QString> value;
};

struct FileMetaData
{
    int version = 0;
    QList<SchemaElement> schema;
    qint64 numRows = 0;
    QList<RowGroup> rowGroups;
    QList<KeyValue> keyValueMetadata;
    QString createdBy;
    bool encryptedColumns = false; // encryption_algorithm set on a plaintext footer
};

enum class PageType : qint8 { DataPage = 0, IndexPage = 1, DictionaryPage = 2, DataPageV2 = 3 };

struct PageHeader
{
    int type = -1;
    qint32 uncompressedPageSize = 0;
    qint32 compressedPageSize = 0;
    // DATA_PAGE and DATA_PAGE_V2
    qint32 numValues = 0;
    int encoding = 0;
    int definitionLevelEncoding = int(Encoding::Rle);
    int repetitionLevelEncoding = int(Encoding::Rle);
    // DATA_PAGE_V2
    qint32 numNulls = 0;
    qint32 numRows = 0;
    qint32 definitionLevelsByteLength = 0;
    qint32 repetitionLevelsByteLength = 0;
    bool isCompressed = true;
    bool hasDataHeader = false;
    bool hasDictionaryHeader = false;
};

// Decoders; both throw Failure (Malformed) on bytes that are not what they claim.
FileMetaData decodeFileMetaData(const char *data, qint64 size);
// Returns the header and sets `headerLength` to the bytes it took.
PageHeader decodePageHeader(const char *data, qint64 size, qint64 *headerLength);

} // namespace Parquet
