#pragma once

#include "ParquetWriterOptions.h"
#include "ProfileRecord.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace Emulator {

class ByteSink;
struct ExportRequest;

// The file format of an export's parts, from the dataset's fileDescription.format.
enum class ExportFormat { Parquet, JsonLines };

// What shapes a serialised record: the request's fields and events, and the tenant's
// segment ids (segmentMembership is keyed by them).
struct SerializerSetup
{
    const ExportRequest *request = nullptr;
    const std::vector<QByteArray> *segmentIds = nullptr;
    ParquetWriterOptions parquet;
};

// Turns profile records into the bytes of one part file after another. One instance per
// output and thread; a part writer decides when a file starts and ends.
class RecordSerializer
{
public:
    virtual ~RecordSerializer() = default;

    // What a part's name ends with after "part-00000-<uuid>-c000.".
    virtual const char *suffix() const = 0;
    virtual bool beginFile(ByteSink &sink) = 0;
    virtual bool write(const ProfileRecord &record) = 0;
    // Writes what is still buffered; the file is complete afterwards.
    virtual bool finishFile() = 0;

    static std::unique_ptr<RecordSerializer> create(ExportFormat format,
                                                    const SerializerSetup &setup);
    // Empty when the format can hold what the request selects, else why it cannot.
    static QString problem(ExportFormat format, const SerializerSetup &setup);
};

} // namespace Emulator
