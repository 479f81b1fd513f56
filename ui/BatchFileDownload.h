#pragma once

#include "api/ApiCall.h"
#include "api/FileEntry.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QString>

class PlatformClient;

// Saves one exported file to disk: lists its parts and streams them one after the other into
// "TARGET.part", which becomes TARGET only once every byte has arrived. A failed or cancelled
// download leaves no file behind, and never a half-written TARGET.
class BatchFileDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchFileDownload)

public:
    enum class Outcome { Saved, Cancelled, Failed };
    Q_ENUM(Outcome)

    explicit BatchFileDownload(PlatformClient *client, QObject *parent = nullptr);
    // Cancels a download still running.
    ~BatchFileDownload() override;

    // Starts saving `dataSetFileId` to `targetPath`, which is replaced when it exists.
    void start(const QString &dataSetFileId, const QString &targetPath);
    void cancel();
    bool isRunning() const { return m_running; }
    QString targetPath() const { return m_target; }
    static QString partPath(const QString &targetPath);

signals:
    // `total` is -1 until the platform tells the size.
    void progress(qint64 received, qint64 total);
    // `message` says what went wrong when the outcome is Failed.
    void finished(BatchFileDownload::Outcome outcome, const QString &message);

private:
    void downloadPart(int index);
    void finish(Outcome outcome, const QString &message = {});

    PlatformClient *m_client;
    QString m_fileId;
    QString m_target;
    QFile m_file;
    QList<FileEntry> m_parts;
    ApiCall m_call;
    qint64 m_done = 0; // bytes of the parts already complete
    qint64 m_total = -1;
    quint64 m_generation = 0;
    bool m_running = false;
};
