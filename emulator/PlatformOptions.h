#pragma once

#include "Chaos.h"
#include "ParquetWriterOptions.h"

#include <QHostAddress>
#include <QString>

namespace Emulator {

// How a platform instance runs; the command line and the in-process API both fill it.
struct PlatformOptions
{
    // Where SQLite and the export files live; empty: a temporary folder removed at the end.
    QString dataDir;
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    // Profiles with a profile record in the demo org's "prod" sandbox; the other sandboxes
    // get a tenth of that. One in twenty extra profiles has only ExperienceEvents.
    int profiles = 2000;
    quint64 seed = 1;
    // Seconds each phase of an export lasts at least (queue wait, profile export, dataset
    // write); 0 adds no delay.
    double paceSeconds = 0;
    int tokenLifetimeSeconds = 86399;
    ChaosSettings chaos;
    bool demo = false;
    QString logFile;
    // An export's output is split into files of at most this many records.
    int recordsPerFile = 250000;
    // Row group, page and dictionary bounds of the Parquet parts.
    ParquetWriterOptions parquet;
    // Export jobs that run at the same time.
    int exportWorkers = 2;
};

// The profile count of a sandbox other than the demo org's "prod".
int secondaryProfileCount(int profiles);

} // namespace Emulator
