#include "RecordSerializer.h"

#include "JsonLinesSerializer.h"
#include "ParquetSerializer.h"

namespace Emulator {

std::unique_ptr<RecordSerializer> RecordSerializer::create(ExportFormat format,
                                                           const SerializerSetup &setup)
{
    if (format == ExportFormat::JsonLines)
        return std::make_unique<JsonLinesSerializer>(setup);
    return std::make_unique<ParquetSerializer>(setup);
}

QString RecordSerializer::problem(ExportFormat format, const SerializerSetup &setup)
{
    if (format == ExportFormat::JsonLines)
        return QString();
    return ProfileParquetLayout(setup).problem();
}

} // namespace Emulator
