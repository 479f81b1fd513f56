#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

// One fuzz target is one function of the raw input. Built with EXPORT_STUDIO_LIBFUZZER it
// becomes LLVMFuzzerTestOneInput of its own executable; otherwise it registers itself with the
// replay test, which feeds it every seed, corpus entry and finding as a normal CTest.
//
//     FUZZ_TARGET(exportjob)
//     {
//         const auto job = ExportJob::decode(input);
//         FUZZ_EXPECT(job || !job.error().isEmpty());
//     }
namespace Fuzz {

using Function = void (*)(const QByteArray &input);

struct Target
{
    const char *name;
    Function function;
};

bool registerTarget(const char *name, Function function);
QList<Target> targets();

// An invariant did not hold: prints it and aborts, so libFuzzer keeps the input as a crash
// and the replay test fails on it.
[[noreturn]] void violated(const char *condition, const char *file, int line,
                           const QByteArray &detail = {});

// The first `count` lines of `input` (without their '\n') and then the rest, so one input can
// carry several fields: a status line, a header, a body. Missing lines are empty.
QList<QByteArray> split(const QByteArray &input, int count);

} // namespace Fuzz

#define FUZZ_EXPECT(condition) \
    do { \
        if (!(condition)) \
            ::Fuzz::violated(#condition, __FILE__, __LINE__); \
    } while (false)

// As FUZZ_EXPECT, printing `detail` (a QByteArray or QString) with the violation.
#define FUZZ_EXPECT_DETAIL(condition, detail) \
    do { \
        if (!(condition)) \
            ::Fuzz::violated(#condition, __FILE__, __LINE__, ::Fuzz::bytesOf(detail)); \
    } while (false)

namespace Fuzz {
inline QByteArray bytesOf(const QByteArray &bytes)
{
    return bytes;
}
inline QByteArray bytesOf(const QString &text)
{
    return text.toUtf8();
}
} // namespace Fuzz

#if defined(EXPORT_STUDIO_LIBFUZZER)
#define FUZZ_TARGET(name) \
    static void fuzzOne(const QByteArray &input); \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) \
    { \
        /* A copy: Qt may read the terminating NUL that raw fuzzer data lacks. */ \
        fuzzOne(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))); \
        return 0; \
    } \
    static void fuzzOne(const QByteArray &input)
#else
#define FUZZ_TARGET(name) \
    static void fuzzOne(const QByteArray &input); \
    [[maybe_unused]] static const bool fuzzRegistered = ::Fuzz::registerTarget(#name, fuzzOne); \
    static void fuzzOne(const QByteArray &input)
#endif
