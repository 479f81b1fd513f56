#include "FuzzTarget.h"

#include <cstdio>
#include <cstdlib>

namespace Fuzz {

namespace {

QList<Target> &registry()
{
    static QList<Target> list;
    return list;
}

} // namespace

bool registerTarget(const char *name, Function function)
{
    registry().append(Target{name, function});
    return true;
}

QList<Target> targets()
{
    return registry();
}

void violated(const char *condition, const char *file, int line, const QByteArray &detail)
{
    std::fprintf(stderr, "\nFuzz invariant violated at %s:%d\n    %s\n", file, line, condition);
    if (!detail.isEmpty())
        std::fprintf(stderr, "    %s\n", detail.constData());
    std::fflush(stderr);
    std::abort();
}

QList<QByteArray> split(const QByteArray &input, int count)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype end = input.indexOf('\n', from);
        if (end < 0) {
            parts << input.mid(from);
            from = input.size();
            continue;
        }
        parts << input.mid(from, end - from);
        from = end + 1;
    }
    parts << input.mid(from);
    return parts;
}

} // namespace Fuzz
