#include "Error.h"

#include <QCoreApplication>

#include <algorithm>

namespace Parquet {

ByteRange ByteRange::united(const ByteRange &other) const
{
    if (other.isEmpty())
        return *this;
    if (isEmpty())
        return other;
    const qint64 start = std::min(offset, other.offset);
    return ByteRange{start, std::max(end(), other.end()) - start};
}

Error Error::needData(ByteRange missing)
{
    return Error(Kind::NeedData,
                 QCoreApplication::translate("Parquet",
                                             "The file's bytes %1 to %2 have not been read yet.")
                         .arg(missing.offset)
                         .arg(missing.end() - 1),
                 missing);
}

Error Error::within(const QString &context) const
{
    if (!isError() || context.isEmpty())
        return *this;
    return Error(m_kind, context + u": "_qs + m_message, m_missing);
}

void fail(Error::Kind kind, QString message)
{
    throw Failure{Error(kind, std::move(message))};
}

} // namespace Parquet
