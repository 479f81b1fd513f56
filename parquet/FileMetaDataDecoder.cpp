#include "ThriftStruct.h"

// The footer: FileMetaData with its row groups, column chunks and key-value metadata.
namespace Parquet {

using namespace Thrift;

namespace {

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

} // namespace Parquet
