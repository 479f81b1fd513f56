#include "Error.h"
#include "Metadata.h"
#include "ThriftReader.h"

#include <QCoreApplication>

// Field ids below are those of parquet.thrift; any other field is skipped, so files from newer
// writers still read.
namespace Parquet {

namespace {

using T = ThriftReader;

// Calls `onField(field)` for each field of the structure at the reader's position; a field
// the callback does not take (returns false) is skipped.
template<typename OnField>
void readStruct(T &in, OnField onField)
{
    in.beginStruct();
    for (T::Field field = in.readField(); !field.isStop(); field = in.readField()) {
        if (!onField(field))
            in.skip(field.type);
    }
    in.endStruct();
}

bool isInteger(const T::Field &field)
{
    return field.type == T::Byte || field.type == T::I16 || field.type == T::I32
            || field.type == T::I64;
}

int readInt(T &in, const T::Field &field)
{
    const qint64 value = in.readInteger(field.type);
    if (value < INT_MIN || value > INT_MAX)
        malformed(QCoreApplication::translate("Parquet",
                                              "The metadata field %1 holds %2, beyond 32 bits.")
                          .arg(field.id)
                          .arg(value));
    return int(value);
}

QString readString(T &in)
{
    return QString::fromUtf8(in.readBinary());
}

[[noreturn]] void missing(const char *structure, const char *field)
{
    malformed(QCoreApplication::translate("Parquet", "The metadata's %1 lacks its required %2.")
                      .arg(QLatin1String(structure), QLatin1String(field)));
}

template<typename Enum>
Enum checkedEnum(int value, int last, const char *what)
{
    if (value < 0 || value > last)
        malformed(QCoreApplication::translate("Parquet",
                                              "The metadata names %1 %2, which does "
                                              "not exist.")
                          .arg(QLatin1String(what))
                          .arg(value));
    return Enum(value);
}

TimeUnit readTimeUnit(T &in)
{
    TimeUnit unit = TimeUnit::Millis;
    readStruct(in, [&](const T::Field &f) {
        if (f.type != T::Struct)
            return false;
        if (f.id == 2)
            unit = TimeUnit::Micros;
        else if (f.id == 3)
            unit = TimeUnit::Nanos;
        in.skip(f.type);
        return true;
    });
    return unit;
}

LogicalType readLogicalType(T &in)
{
    LogicalType logical;
    using K = LogicalType::Kind;
    readStruct(in, [&](const T::Field &f) {
        if (f.type != T::Struct)
            return false;
        switch (f.id) {
        case 1:
            logical.kind = K::String;
            break;
        case 2:
            logical.kind = K::Map;
            break;
        case 3:
            logical.kind = K::List;
            break;
        case 4:
            logical.kind = K::Enum;
            break;
        case 5:
            logical.kind = K::Decimal;
            readStruct(in, [&](const T::Field &d) {
                if (!isInteger(d))
                    return false;
                if (d.id == 1)
                    logical.scale = readInt(in, d);
                else if (d.id == 2)
                    logical.precision = readInt(in, d);
                else
                    return false;
                return true;
            });
            return true;
        case 6:
            logical.kind = K::Date;
            break;
        case 7:
        case 8:
            logical.kind = f.id == 7 ? K::Time : K::Timestamp;
            readStruct(in, [&](const T::Field &t) {
                if (t.id == 1 && (t.type == T::BoolTrue || t.type == T::BoolFalse)) {
                    logical.adjustedToUtc = t.boolValue();
                    return true;
                }
                if (t.id == 2 && t.type == T::Struct) {
                    logical.unit = readTimeUnit(in);
                    return true;
                }
                return false;
            });
            return true;
        case 10:
            logical.kind = K::Integer;
            readStruct(in, [&](const T::Field &i) {
                if (i.id == 1 && isInteger(i)) {
                    logical.bitWidth = readInt(in, i);
                    return true;
                }
                if (i.id == 2 && (i.type == T::BoolTrue || i.type == T::BoolFalse)) {
                    logical.isSigned = i.boolValue();
                    return true;
                }
                return false;
            });
            return true;
        case 11:
            logical.kind = K::Null;
            break;
        case 12:
            logical.kind = K::Json;
            break;
        case 13:
            logical.kind = K::Bson;
            break;
        case 14:
            logical.kind = K::Uuid;
            break;
        case 15:
            logical.kind = K::Float16;
            break;
        case 16:
            logical.kind = K::Variant;
            break;
        case 17:
            logical.kind = K::Geometry;
            break;
        case 18:
            logical.kind = K::Geography;
            break;
        default:
            logical.kind = K::Unrecognized;
            logical.unrecognizedId = f.id;
            break;
        }
        in.skip(f.type);
        return true;
    });
    return logical;
}

SchemaElement readSchemaElement(T &in)
{
    SchemaElement element;
    bool hasName = false;
    readStruct(in, [&](const T::Field &f) {
        if (f.id == 4 && f.type == T::Binary) {
            element.name = readString(in);
            hasName = true;
            return true;
        }
        if (f.id == 10 && f.type == T::Struct) {
            element.logical = readLogicalType(in);
            return true;
        }
        if (!isInteger(f))
            return false;
        switch (f.id) {
        case 1:
            element.type = checkedEnum<PhysicalType>(readInt(in, f), 7, "physical type");
            break;
        case 2:
            element.typeLength = readInt(in, f);
            break;
        case 3:
            element.repetition = checkedEnum<Repetition>(readInt(in, f), 2, "repetition");
            break;
        case 5:
            element.numChildren = readInt(in, f);
            break;
        case 6: {
            const int converted = readInt(in, f);
            // An unknown converted type is ignored like an unknown logical type.
            element.converted = converted >= 0 && converted <= int(ConvertedType::Interval)
                    ? ConvertedType(converted)
                    : ConvertedType::None;
            break;
        }
        case 7:
            element.scale = readInt(in, f);
            break;
        case 8:
            element.precision = readInt(in, f);
            break;
        default:
            return false;
        }
        return true;
    });
    if (!hasName)
        missing("SchemaElement", "name");
    return element;
}

QStringList readStringList(T &in)
{
    const T::ListHeader list = in.readListHeader();
    QStringList strings;
    if (list.elementType != T::Binary) {
        for (qint64 i = 0; i < list.size; ++i)
            in.skip(list.elementType);
        return strings;
    }
    strings.reserve(list.size);
    for (qint64 i = 0; i < list.size; ++i)
        strings << readString(in);
    return strings;
}

ColumnMetaData readColumnMetaData(T &in)
{
    ColumnMetaData meta;
    int seen = 0;
    readStruct(in, [&](const T::Field &f) {
        if (f.id == 3 && f.type == T::List) {
            meta.pathInSchema = readStringList(in);
            return true;
        }
        if (!isInteger(f))
            return false;
        switch (f.id) {
        case 1:
            meta.type = checkedEnum<PhysicalType>(readInt(in, f), 7, "physical type");
            seen |= 1;
            break;
        case 4:
            meta.codec = readInt(in, f);
            seen |= 2;
            break;
        case 5:
            meta.numValues = in.readInteger(f.type);
            seen |= 4;
            break;
        case 6:
            meta.totalUncompressedSize = in.readInteger(f.type);
            break;
        case 7:
            meta.totalCompressedSize = in.readInteger(f.type);
            seen |= 8;
            break;
        case 9:
            meta.dataPageOffset = in.readInteger(f.type);
            seen |= 16;
            break;
        case 11:
            meta.dictionaryPageOffset = in.readInteger(f.type);
            break;
        default:
            return false;
        }
        return true;
    });
    if (!(seen & 1))
        missing("ColumnMetaData", "type");
    if (!(seen & 2))
        missing("ColumnMetaData", "codec");
    if (!(seen & 8))
        missing("ColumnMetaData", "total_compressed_size");
    if (!(seen & 16))
        missing("ColumnMetaData", "data_page_offset");
    return meta;
}

ColumnChunk readColumnChunk(T &in)
{
    ColumnChunk chunk;
    readStruct(in, [&](const T::Field &f) {
        if (f.id == 1 && f.type == T::Binary) {
            chunk.filePath = readString(in);
            return true;
        }
        if (f.id == 3 && f.type == T::Struct) {
            chunk.metaData = readColumnMetaData(in);
            return true;
        }
        if (f.id == 8 || f.id == 9)
            chunk.encrypted = true;
        return false;
    });
    return chunk;
}

RowGroup readRowGroup(T &in)
{
    RowGroup group;
    bool hasRows = false;
    readStruct(in, [&](const T::Field &f) {
        if (f.id == 1 && f.type == T::List) {
            const T::ListHeader list = in.readListHeader();
            if (list.elementType != T::Struct)
                malformed(QCoreApplication::translate("Parquet",
                                                      "A row group's columns are not structures."));
            group.columns.reserve(list.size);
            for (qint64 i = 0; i < list.size; ++i)
                group.columns << readColumnChunk(in);
            return true;
        }
        if (!isInteger(f))
            return false;
        if (f.id == 2)
            group.totalByteSize = in.readInteger(f.type);
        else if (f.id == 3) {
            group.numRows = in.readInteger(f.type);
            hasRows = true;
        } else
            return false;
        return true;
    });
    if (!hasRows)
        missing("RowGroup", "num_rows");
    if (group.numRows < 0)
        malformed(QCoreApplication::translate("Parquet", "A row group claims %1 rows.")
                          .arg(group.numRows));
    return group;
}

KeyValue readKeyValue(T &in)
{
    KeyValue kv;
    readStruct(in, [&](const T::Field &f) {
        if (f.type != T::Binary)
            return false;
        if (f.id == 1)
            kv.key = readString(in);
        else if (f.id == 2)
            kv.value = readString(in);
        else
            return false;
        return true;
    });
    return kv;
}

template<typename Read>
void readStructList(T &in, const char *what, Read read)
{
    const T::ListHeader list = in.readListHeader();
    if (list.elementType != T::Struct)
        malformed(QCoreApplication::translate("Parquet",
                                              "The metadata's %1 is not a list of "
                                              "structures.")
                          .arg(QLatin1String(what)));
    for (qint64 i = 0; i < list.size; ++i)
        read();
}

} // namespace

FileMetaData decodeFileMetaData(const char *data, qint64 size)
{
    T in(data, size);
    FileMetaData meta;
    bool hasSchema = false;
    bool hasRows = false;
    readStruct(in, [&](const T::Field &f) {
        switch (f.id) {
        case 1:
            if (!isInteger(f))
                return false;
            meta.version = readInt(in, f);
            return true;
        case 2:
            if (f.type != T::List)
                return false;
            readStructList(in, "schema", [&] { meta.schema << readSchemaElement(in); });
            hasSchema = true;
            return true;
        case 3:
            if (!isInteger(f))
                return false;
            meta.numRows = in.readInteger(f.type);
            hasRows = true;
            return true;
        case 4:
            if (f.type != T::List)
                return false;
            readStructList(in, "row_groups", [&] { meta.rowGroups << readRowGroup(in); });
            return true;
        case 5:
            if (f.type != T::List)
                return false;
            readStructList(in, "key_value_metadata",
                           [&] { meta.keyValueMetadata << readKeyValue(in); });
            return true;
        case 6:
            if (f.type != T::Binary)
                return false;
            meta.createdBy = readString(in);
            return true;
        case 8:
            meta.encryptedColumns = true;
            return false;
        default:
            return false;
        }
    });
    if (!hasSchema || meta.schema.isEmpty())
        missing("FileMetaData", "schema");
    if (!hasRows)
        missing("FileMetaData", "num_rows");
    return meta;
}

PageHeader decodePageHeader(const char *data, qint64 size, qint64 *headerLength)
{
    T in(data, size);
    PageHeader page;
    int seen = 0;
    readStruct(in, [&](const T::Field &f) {
        if (isInteger(f)) {
            switch (f.id) {
            case 1:
                page.type = readInt(in, f);
                seen |= 1;
                return true;
            case 2:
                page.uncompressedPageSize = readInt(in, f);
                seen |= 2;
                return true;
            case 3:
                page.compressedPageSize = readInt(in, f);
                seen |= 4;
                return true;
            default:
                return false;
            }
        }
        if (f.type != T::Struct)
            return false;
        if (f.id == 5) { // DataPageHeader
            page.hasDataHeader = true;
            readStruct(in, [&](const T::Field &d) {
                if (!isInteger(d))
                    return false;
                switch (d.id) {
                case 1:
                    page.numValues = readInt(in, d);
                    break;
                case 2:
                    page.encoding = readInt(in, d);
                    break;
                case 3:
                    page.definitionLevelEncoding = readInt(in, d);
                    break;
                case 4:
                    page.repetitionLevelEncoding = readInt(in, d);
                    break;
                default:
                    return false;
                }
                return true;
            });
            return true;
        }
        if (f.id == 7) { // DictionaryPageHeader
            page.hasDictionaryHeader = true;
            readStruct(in, [&](const T::Field &d) {
                if (!isInteger(d))
                    return false;
                if (d.id == 1)
                    page.numValues = readInt(in, d);
                else if (d.id == 2)
                    page.encoding = readInt(in, d);
                else
                    return false;
                return true;
            });
            return true;
        }
        if (f.id == 8) { // DataPageHeaderV2
            page.hasDataHeader = true;
            readStruct(in, [&](const T::Field &d) {
                if (d.id == 7 && (d.type == T::BoolTrue || d.type == T::BoolFalse)) {
                    page.isCompressed = d.boolValue();
                    return true;
                }
                if (!isInteger(d))
                    return false;
                switch (d.id) {
                case 1:
                    page.numValues = readInt(in, d);
                    break;
                case 2:
                    page.numNulls = readInt(in, d);
                    break;
                case 3:
                    page.numRows = readInt(in, d);
                    break;
                case 4:
                    page.encoding = readInt(in, d);
                    break;
                case 5:
                    page.definitionLevelsByteLength = readInt(in, d);
                    break;
                case 6:
                    page.repetitionLevelsByteLength = readInt(in, d);
                    break;
                default:
                    return false;
                }
                return true;
            });
            return true;
        }
        return false;
    });
    if ((seen & 7) != 7)
        missing("PageHeader", "type and sizes");
    *headerLength = in.position();
    return page;
}

} // namespace Parquet
