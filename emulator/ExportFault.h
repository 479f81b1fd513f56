#pragma once

#include <QString>
#include <QtGlobal>

namespace Emulator {

class Chaos;

// The failure chaos injects into an export: decided once per job, it strikes the first
// slice once a profile has been written (or at its end, for a slice with none), as a
// data lake connection lost mid-write would.
class ExportFault
{
public:
    // Rolls the dice of `chaos` (nullptr: never fails).
    static ExportFault decide(Chaos *chaos);
    // The fault as one slice sees it: only the first carries it.
    ExportFault forSlice(int slice) const;

    bool armed() const { return m_armed; }
    bool strikesAfter(qint64 exported) const { return m_armed && exported >= 1; }
    static QString message();

private:
    bool m_armed = false;
};

} // namespace Emulator
