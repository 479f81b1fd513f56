#include "PartWriter.h"

#include "StateStore.h"

#include <QDateTime>
#include <QDir>

#include <unistd.h>

namespace Emulator {

PartWriter::PartWriter(const Naming &naming, qint64 recordsPerFile,
                       std::unique_ptr<RecordSerializer> serializer)
    : m_naming(naming)
    , m_recordsPerFile(recordsPerFile)
    , m_serializer(std::move(serializer))
{ }

PartWriter::~PartWriter()
{
    discard();
}

bool PartWriter::open()
{
    File f;
    f.name = QStringLiteral("part-%1-%2-c%3.%4")
                     .arg(m_naming.task, 5, 10, QLatin1Char('0'))
                     .arg(m_naming.writeId)
                     .arg(int(m_files.size()), 3, 10, QLatin1Char('0'))
                     .arg(QLatin1String(m_serializer->suffix()));
    f.stagingPath = QDir(m_naming.stagingDir)
                            .filePath(QStringLiteral("%1-%2").arg(m_naming.batchId, f.name));
    m_file.setFileName(f.stagingPath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_error = m_file.errorString();
        return false;
    }
    m_files.push_back(f);
    return m_serializer->beginFile(*this);
}

bool PartWriter::write(const char *data, qint64 size)
{
    if (size == 0)
        return true;
    if (m_file.write(data, size) != size) {
        m_error = m_file.errorString();
        return false;
    }
    m_files.back().size += size;
    return true;
}

bool PartWriter::write(const ProfileRecord &record)
{
    if (!m_file.isOpen() && !open())
        return false;
    if (!m_serializer->write(record))
        return false;
    ++m_files.back().records;
    ++m_records;
    return m_files.back().records < m_recordsPerFile || finish();
}

bool PartWriter::finish()
{
    if (!m_file.isOpen())
        return true;
    if (!m_serializer->finishFile())
        return false;
    // A batch marked success must survive a power cut.
    ::fdatasync(m_file.handle());
    m_file.close();
    return true;
}

void PartWriter::discard()
{
    if (m_file.isOpen())
        m_file.close();
}

bool PartWriter::commit(StateStore &store, qint64 tenant, const QString &batchId,
                        const std::vector<File> &files, QString *error)
{
    const QDir dataDir(store.dataDir());
    const qint64 created = QDateTime::currentMSecsSinceEpoch();
    QDir().mkpath(dataDir.filePath(QStringLiteral("files/%1").arg(batchId)));
    int seq = 0;
    for (const File &f : files) {
        const QString relative = QStringLiteral("files/%1/%2").arg(batchId, f.name);
        if (!QFile::rename(f.stagingPath, dataDir.filePath(relative))) {
            *error = QStringLiteral("cannot move %1 into the batch").arg(f.name);
            return false;
        }
        store.db()
                .cached("INSERT INTO files(id, batch, tenant, seq, name, path, records, size, "
                        "created) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, QStringLiteral("%1-%2").arg(batchId).arg(seq + 1))
                .bind(2, batchId)
                .bind(3, tenant)
                .bind(4, seq)
                .bind(5, f.name)
                .bind(6, relative)
                .bind(7, f.records)
                .bind(8, f.size)
                .bind(9, created)
                .exec();
        ++seq;
    }
    return true;
}

} // namespace Emulator
