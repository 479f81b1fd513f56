#pragma once

#include "PlatformOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Emulator {

// The platform-emulator command line: options, help with examples, the start banner.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(PlatformEmulator)

public:
    // Fills options; returns an exit code when the process should stop at once (--help,
    // --version, a usage error).
    static std::optional<int> parse(const QStringList &arguments, PlatformOptions *options);
    static QString banner(const QUrl &baseUrl, const QString &dataDir,
                          const PlatformOptions &options);
};

} // namespace Emulator
