#pragma once

#include "ByteSink.h"
#include "RecordSerializer.h"

#include <QFile>
#include <QString>

#include <memory>
#include <vector>

namespace Emulator {

class StateStore;

// Writes the part files of one batch for one export slice (a Spark task): named as Spark
// names them, part-<task>-<write uuid>-c<file>.<suffix>, staged in the job's staging folder,
// a new file every `recordsPerFile` records, each made durable when it ends. commit() moves
// a batch's staged files into place and lists them; the caller holds the transaction.
class PartWriter final : public ByteSink
{
public:
    struct File
    {
        QString stagingPath;
        QString name;
        qint64 records = 0;
        qint64 size = 0;
    };
    struct Naming
    {
        QString stagingDir;
        QString batchId;
        QString writeId; // one uuid per batch, shared by its tasks' files
        int task = 0;
    };

    PartWriter(const Naming &naming, qint64 recordsPerFile,
               std::unique_ptr<RecordSerializer> serializer);
    ~PartWriter() override;

    bool write(const ProfileRecord &record);
    // Ends the current file, if any.
    bool finish();
    // Closes without making anything durable: the job is abandoned.
    void discard();

    const QString &batchId() const { return m_naming.batchId; }
    const std::vector<File> &files() const { return m_files; }
    qint64 records() const { return m_records; }
    QString error() const { return m_error; }

    // ByteSink: the current file.
    bool write(const char *data, qint64 size) override;
    qint64 position() const override { return m_files.empty() ? 0 : m_files.back().size; }

    // Moves `files` into the batch's folder under dataDir and lists them in the store.
    static bool commit(StateStore &store, qint64 tenant, const QString &batchId,
                       const std::vector<File> &files, QString *error);

private:
    bool open();

    Naming m_naming;
    qint64 m_recordsPerFile;
    std::unique_ptr<RecordSerializer> m_serializer;
    QFile m_file;
    std::vector<File> m_files;
    qint64 m_records = 0;
    QString m_error;
};

} // namespace Emulator
