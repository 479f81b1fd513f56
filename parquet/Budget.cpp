#include "Budget.h"

#include "Error.h"

#include <QCoreApplication>

namespace Parquet {

void Budget::charge(qint64 bytes)
{
    if (bytes < 0 || bytes > m_limit - m_used)
        fail(Error::Kind::Limit,
             QCoreApplication::translate("Parquet",
                                         "Decoding this row group needs more than "
                                         "%1 MB of memory, the reader's limit.")
                     .arg(m_limit / (1024 * 1024)));
    m_used += bytes;
}

} // namespace Parquet
