#include "ThriftStruct.h"

// SchemaElement and its LogicalType union.
namespace Parquet::Thrift {

namespace {

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

} // namespace

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

} // namespace Parquet::Thrift
