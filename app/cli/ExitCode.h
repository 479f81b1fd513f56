#pragma once

// What export-studio-cli returns, for scripts to rely on.
enum ExitCode : int {
    ExitOk = 0,
    ExitLocalFailure = 1, // a local file could not be read or written
    ExitUsage = 2, // bad arguments, an unusable connection, an invalid request file
    ExitApiError = 3, // the platform or the network refused or failed the call
    ExitJobFailed = 4, // a watched job ended FAILED (or CANCELLED)
};
