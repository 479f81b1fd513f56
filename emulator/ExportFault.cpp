#include "ExportFault.h"

#include "Chaos.h"

namespace Emulator {

ExportFault ExportFault::decide(Chaos *chaos)
{
    ExportFault fault;
    fault.m_armed = chaos && chaos->decideJobFailure();
    return fault;
}

ExportFault ExportFault::forSlice(int slice) const
{
    ExportFault fault;
    fault.m_armed = m_armed && slice == 0;
    return fault;
}

QString ExportFault::message()
{
    return QStringLiteral("the connection to the data lake was reset");
}

} // namespace Emulator
