#pragma once

#include "ExportFault.h"
#include "ExportRequest.h"
#include "PartWriter.h"
#include "RecordSerializer.h"
#include "SqliteDatabase.h"

#include <functional>
#include <memory>
#include <vector>

namespace Emulator {

// What every slice of one export shares, read-only while they run.
struct ExportPlan
{
    struct Batch
    {
        QString batchId;
        int selector = -1; // index into request.segments; -1: every exported profile
        QString writeId; // the uuid in its part names
    };

    ExportRequest request;
    qint64 tenant = 0;
    std::vector<QByteArray> segmentIds; // by the tenant's segment index
    std::vector<int> selectorSegment; // request.segments[i] -> segment index, -1 unknown
    std::vector<Batch> batches;
    ExportFormat format = ExportFormat::Parquet;
    ParquetWriterOptions parquet;
    QString stagingDir;
    qint64 recordsPerFile = 0;

    SerializerSetup serializerSetup() const { return {&request, &segmentIds, parquet}; }
};

// One slice of the profile id range, read and written by its own thread with its own
// SQLite connection and its own part files: the profile cursor feeds the segment filter,
// whose verdict sends each record to its batches' part writers.
class ExportSlice
{
public:
    ExportSlice(const ExportPlan &plan, int index, qint64 fromId, qint64 toId,
                const ExportFault &fault);

    bool open(const QString &databasePath, QString *error);
    // False when stopped, failed or struck by the fault; error() says why (empty if stopped).
    bool run(const std::function<bool()> &stopRequested);
    // Closes the open files without making them durable.
    void discard();

    const std::vector<std::unique_ptr<PartWriter>> &outputs() const { return m_outputs; }
    qint64 exported() const { return m_exported; }
    qint64 withEmail() const { return m_withEmail; }
    qint64 withCrm() const { return m_withCrm; }
    QString error() const { return m_error; }

private:
    bool send(const ProfileRecord &record, const class SegmentFilter &filter);
    bool fail(const QString &error);

    const ExportPlan &m_plan;
    int m_index;
    qint64 m_fromId;
    qint64 m_toId;
    ExportFault m_fault;
    SqliteDatabase m_db;
    std::vector<std::unique_ptr<PartWriter>> m_outputs;
    qint64 m_exported = 0;
    qint64 m_withEmail = 0;
    qint64 m_withCrm = 0;
    QString m_error;
};

} // namespace Emulator
