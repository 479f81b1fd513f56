#pragma once

#include <QtGlobal>

namespace Emulator {

// Where a serialiser's bytes go: an export's output file, or memory in a benchmark.
class ByteSink
{
public:
    virtual ~ByteSink() = default;
    // False when the bytes could not be written; the sink keeps the reason.
    virtual bool write(const char *data, qint64 size) = 0;
    // Bytes written so far.
    virtual qint64 position() const = 0;
};

} // namespace Emulator
