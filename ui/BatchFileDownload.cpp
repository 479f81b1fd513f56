#include "BatchFileDownload.h"

#include "api/PlatformClient.h"

#include <QFileInfo>

BatchFileDownload::BatchFileDownload(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

BatchFileDownload::~BatchFileDownload()
{
    if (m_running) {
        ++m_generation;
        m_call.cancel();
        m_file.remove();
    }
}

QString BatchFileDownload::partPath(const QString &targetPath)
{
    return targetPath + QStringLiteral(".part");
}

void BatchFileDownload::start(const QString &dataSetFileId, const QString &targetPath)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_fileId = dataSetFileId;
    m_target = targetPath;
    m_parts.clear();
    m_done = 0;
    m_total = -1;
    m_running = true;
    if (!m_client || dataSetFileId.isEmpty()) {
        finish(Outcome::Failed, tr("There is no file to save."));
        return;
    }
    m_file.setFileName(partPath(targetPath));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        finish(Outcome::Failed,
               tr("Cannot write %1: %2").arg(QFileInfo(m_file).fileName(), m_file.errorString()));
        return;
    }
    const quint64 generation = m_generation;
    m_call = m_client->listFile(
            dataSetFileId, this, [this, generation](ApiResult<FileListing> result) {
                if (generation != m_generation)
                    return;
                if (!result) {
                    finish(Outcome::Failed, result.error().message());
                    return;
                }
                for (const FileEntry &entry : result.value().files) {
                    if (entry.name)
                        m_parts.append(entry);
                }
                if (m_parts.isEmpty()) {
                    finish(Outcome::Failed,
                           tr("The platform lists no readable part for this file."));
                    return;
                }
                m_total = 0;
                for (const FileEntry &part : std::as_const(m_parts)) {
                    if (!part.length) {
                        m_total = -1;
                        break;
                    }
                    m_total += *part.length;
                }
                emit progress(0, m_total);
                downloadPart(0);
            });
}

void BatchFileDownload::downloadPart(int index)
{
    if (index >= m_parts.size()) {
        finish(Outcome::Saved);
        return;
    }
    const quint64 generation = m_generation;
    m_call = m_client->downloadFile(
            m_fileId, *m_parts[index].name, &m_file, 0, this,
            [this, generation](qint64 received, qint64) {
                if (generation == m_generation)
                    emit progress(m_done + received, m_total);
            },
            [this, generation, index](ApiResult<DownloadResult> result) {
                if (generation != m_generation)
                    return;
                if (!result) {
                    finish(result.error().kind() == ApiError::Kind::Cancelled ? Outcome::Cancelled
                                                                              : Outcome::Failed,
                           result.error().message());
                    return;
                }
                m_done += result.value().bytesWritten;
                downloadPart(index + 1);
            });
}

void BatchFileDownload::cancel()
{
    if (!m_running)
        return;
    m_call.cancel();
    finish(Outcome::Cancelled);
}

void BatchFileDownload::finish(Outcome outcome, const QString &message)
{
    ++m_generation;
    m_running = false;
    QString problem = message;
    if (outcome == Outcome::Saved) {
        if (!m_file.flush()) {
            outcome = Outcome::Failed;
            problem = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        }
        m_file.close();
        // The user chose to replace the target when picking it.
        if (outcome == Outcome::Saved && QFile::exists(m_target) && !QFile::remove(m_target)) {
            outcome = Outcome::Failed;
            problem = tr("Cannot replace %1.").arg(m_target);
        }
        if (outcome == Outcome::Saved && !m_file.rename(m_target)) {
            outcome = Outcome::Failed;
            problem = tr("Cannot rename %1 to %2: %3")
                              .arg(m_file.fileName(), m_target, m_file.errorString());
        }
    }
    if (outcome != Outcome::Saved) {
        m_file.close();
        if (!m_file.fileName().isEmpty() && m_file.fileName() == partPath(m_target))
            m_file.remove();
    }
    emit finished(outcome, outcome == Outcome::Failed ? problem : QString());
}
