#pragma once

#include "JsonLinesPreview.h"
#include "api/ApiCall.h"

#include <QObject>
#include <QString>

#include <memory>

class BoundedBuffer;
class PlatformClient;

// Reads the beginning of an exported file for a preview: lists the file's parts, downloads the
// first one into a bounded buffer, stops the download once the buffer is full, and parses the
// JSON Lines on a worker thread. A new load() drops whatever the previous one was doing.
class FilePreviewLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePreviewLoader)

public:
    static constexpr qint64 DefaultLimit = 64 * 1024;

    explicit FilePreviewLoader(PlatformClient *client, QObject *parent = nullptr);
    ~FilePreviewLoader() override;

    void load(const QString &dataSetFileId);
    void cancel();
    void setLimit(qint64 bytes) { m_limit = bytes; }
    qint64 limit() const { return m_limit; }
    bool isLoading() const { return m_loading; }
    QString fileId() const { return m_fileId; }
    // The name of the file's first part, once listed; what Save as suggests.
    QString partName() const { return m_partName; }
    int partCount() const { return m_partCount; }

signals:
    // `bytesRead` of `fileSize` (-1 when unknown) were read for the preview.
    void loaded(const JsonLinesPreview &preview, qint64 bytesRead, qint64 fileSize);
    void failed(const QString &message);

private:
    void download(quint64 generation, const QString &name, qint64 size);
    void parse(quint64 generation, const QByteArray &data, bool complete, qint64 fileSize);
    void fail(quint64 generation, const QString &message);

    PlatformClient *m_client;
    qint64 m_limit = DefaultLimit;
    quint64 m_generation = 0;
    ApiCall m_call;
    QString m_fileId;
    QString m_partName;
    int m_partCount = 0;
    bool m_loading = false;
};
