#include "ThriftStruct.h"

// A page's header: its type and sizes, and the header of its kind (v1 or v2 data, dictionary).
namespace Parquet {

using namespace Thrift;

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
