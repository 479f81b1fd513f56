#include "ExportSlice.h"

#include "ProfileCursor.h"
#include "SegmentFilter.h"

namespace Emulator {

ExportSlice::ExportSlice(const ExportPlan &plan, int index, qint64 fromId, qint64 toId,
                         const ExportFault &fault)
    : m_plan(plan)
    , m_index(index)
    , m_fromId(fromId)
    , m_toId(toId)
    , m_fault(fault.forSlice(index))
{
    for (const ExportPlan::Batch &batch : plan.batches) {
        const PartWriter::Naming naming{plan.stagingDir, batch.batchId, batch.writeId, index};
        m_outputs.push_back(std::make_unique<PartWriter>(
                naming, plan.recordsPerFile,
                RecordSerializer::create(plan.format, plan.serializerSetup())));
    }
}

bool ExportSlice::open(const QString &databasePath, QString *error)
{
    return m_db.open(databasePath, error);
}

bool ExportSlice::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool ExportSlice::send(const ProfileRecord &record, const SegmentFilter &filter)
{
    for (std::size_t b = 0; b < m_outputs.size(); ++b) {
        const int selector = m_plan.batches[b].selector;
        if (selector >= 0 && !filter.matched(selector))
            continue;
        if (!m_outputs[b]->write(record))
            return fail(m_outputs[b]->error());
    }
    return true;
}

bool ExportSlice::run(const std::function<bool()> &stopRequested)
{
    ProfileCursor cursor(m_db, m_plan.request, m_plan.tenant, m_plan.selectorSegment, m_fromId,
                         m_toId);
    SegmentFilter filter(m_plan.request, m_plan.selectorSegment);
    qint64 scanned = 0;
    while (cursor.next()) {
        if ((++scanned & 1023) == 0 && stopRequested())
            return false;
        const ProfileRecord &record = cursor.record();
        if (!filter.matches(record))
            continue;
        if (m_plan.request.hasEventList)
            cursor.readEvents();
        ++m_exported;
        m_withEmail += record.hasEmail ? 1 : 0;
        m_withCrm += record.hasCrm ? 1 : 0;
        if (!send(record, filter))
            return false;
        if (m_fault.strikesAfter(m_exported))
            return fail(ExportFault::message());
    }
    if (cursor.failed())
        return fail(m_db.lastError());
    if (m_fault.armed())
        return fail(ExportFault::message());
    for (const auto &out : m_outputs) {
        if (!out->finish())
            return fail(out->error());
    }
    return true;
}

void ExportSlice::discard()
{
    for (const auto &out : m_outputs)
        out->discard();
}

} // namespace Emulator
