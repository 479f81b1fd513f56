#pragma once

#include "api/ExportJob.h"

#include <QPointer>
#include <QWidget>

class BatchFileDownload;
class FilePreviewLoader;
class FilePreviewModel;
class JobBatchesModel;
class PlatformClient;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;
struct JsonLinesPreview;

// What a job wrote: its batches with their files (records, size) and, for the selected file,
// a table of its first records read off the GUI thread. Save as writes the whole file to disk.
class JobOutputTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobOutputTab)

public:
    explicit JobOutputTab(PlatformClient *client, QWidget *parent = nullptr);
    ~JobOutputTab() override;

    // A refresh of the same job keeps the fetched batches and the selected file.
    void setJob(const ExportJob &job);
    void clear();
    void setSegmentNames(const QHash<QString, QString> &names);

    JobBatchesModel *batchesModel() const { return m_batches; }
    QTreeView *batchesView() const { return m_tree; }
    FilePreviewModel *previewModel() const { return m_previewModel; }
    QTableView *previewView() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }
    QString previewStatus() const;
    // The file shown in the preview, empty when none is.
    QString previewedFileId() const;
    // Saves the selected file to `path` without asking; Save as asks for the path first.
    void saveSelectedFileTo(const QString &path);

signals:
    void previewLoaded();
    void previewFailed(const QString &message);
    void saveFinished(bool saved, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onCurrentChanged();
    void onPreviewLoaded(const JsonLinesPreview &preview, qint64 bytesRead, qint64 fileSize);
    void askAndSave();
    QString selectedFileId() const;
    QString selectedFileName() const;
    void setStatus(const QString &text);

    bool m_hasJob = false;
    JobBatchesModel *m_batches = nullptr;
    FilePreviewLoader *m_loader = nullptr;
    FilePreviewModel *m_previewModel = nullptr;
    BatchFileDownload *m_download = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_preview = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    enum class State { NoFile, Loading, Loaded, Failed } m_state = State::NoFile;
    QString m_failure;
    qint64 m_bytesRead = 0;
    qint64 m_fileSize = -1;
};
