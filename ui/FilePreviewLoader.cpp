#include "FilePreviewLoader.h"

#include "BoundedBuffer.h"
#include "api/PlatformClient.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

FilePreviewLoader::FilePreviewLoader(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

FilePreviewLoader::~FilePreviewLoader()
{
    m_call.cancel();
}

void FilePreviewLoader::cancel()
{
    ++m_generation;
    m_call.cancel();
    m_loading = false;
}

void FilePreviewLoader::load(const QString &dataSetFileId)
{
    cancel();
    m_fileId = dataSetFileId;
    m_partName.clear();
    m_partCount = 0;
    if (!m_client || dataSetFileId.isEmpty()) {
        fail(m_generation, tr("There is no file to preview."));
        return;
    }
    m_loading = true;
    const quint64 generation = m_generation;
    m_call = m_client->listFile(
            dataSetFileId, this, [this, generation](ApiResult<FileListing> result) {
                if (generation != m_generation)
                    return;
                if (!result) {
                    fail(generation, result.error().message());
                    return;
                }
                const QList<FileEntry> &parts = result.value().files;
                m_partCount = int(parts.size());
                if (parts.isEmpty() || !parts.first().name) {
                    fail(generation, tr("The platform lists no readable part for this file."));
                    return;
                }
                m_partName = *parts.first().name;
                download(generation, m_partName, parts.first().length.value_or(-1));
            });
}

void FilePreviewLoader::download(quint64 generation, const QString &name, qint64 size)
{
    // The sink lives as long as the call's callback: the call writes into it until it ends.
    auto sink = std::make_shared<BoundedBuffer>(m_limit);
    sink->open(QIODevice::WriteOnly);
    // Enough for a preview: stop the transfer, from the event loop rather than inside a write.
    connect(
            sink.get(), &BoundedBuffer::filled, this,
            [this, generation] {
                if (generation == m_generation)
                    m_call.cancel();
            },
            Qt::QueuedConnection);
    m_call = m_client->downloadFile(
            m_fileId, name, sink.get(), 0, this, {},
            [this, generation, sink, size](ApiResult<DownloadResult> result) {
                if (generation != m_generation)
                    return;
                const bool stoppedWhenFull = !result
                        && result.error().kind() == ApiError::Kind::Cancelled && sink->isFull();
                if (!result && !stoppedWhenFull) {
                    fail(generation, result.error().message());
                    return;
                }
                const qint64 total = result ? result.value().totalSize : size;
                const bool complete
                        = !sink->isFull() || (total >= 0 && total <= qint64(sink->data().size()));
                parse(generation, sink->data(), complete, total >= 0 ? total : size);
            });
}

void FilePreviewLoader::parse(quint64 generation, const QByteArray &data, bool complete,
                              qint64 fileSize)
{
    auto *watcher = new QFutureWatcher<JsonLinesPreview>(this);
    const qint64 bytesRead = data.size();
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, bytesRead, fileSize] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_loading = false;
                emit loaded(watcher->result(), bytesRead, fileSize);
            });
    watcher->setFuture(QtConcurrent::run(
            [data, complete] { return JsonLinesPreview::parse(data, complete); }));
}

void FilePreviewLoader::fail(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    emit failed(message);
}
