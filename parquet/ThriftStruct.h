#pragma once

#include "Error.h"
#include "Metadata.h"
#include "ThriftReader.h"

#include <QCoreApplication>

// What the metadata decoders share: reading a Thrift structure field by field, integers and
// strings of any width a writer chose, and the errors for what is missing or out of range.
// Field ids are those of parquet.thrift; any other field is skipped, so files from newer
// writers still read.
namespace Parquet::Thrift {

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

inline bool isInteger(const T::Field &field)
{
    return field.type == T::Byte || field.type == T::I16 || field.type == T::I32
            || field.type == T::I64;
}

inline int readInt(T &in, const T::Field &field)
{
    const qint64 value = in.readInteger(field.type);
    if (value < INT_MIN || value > INT_MAX)
        malformed(QCoreApplication::translate("Parquet",
                                              "The metadata field %1 holds %2, beyond 32 bits.")
                          .arg(field.id)
                          .arg(value));
    return int(value);
}

inline QString readString(T &in)
{
    return QString::fromUtf8(in.readBinary());
}

[[noreturn]] inline void missing(const char *structure, const char *field)
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

SchemaElement readSchemaElement(T &in);

} // namespace Parquet::Thrift
