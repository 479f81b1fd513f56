#include "JobOutputTab.h"

#include "BatchFileDownload.h"
#include "FilePreviewLoader.h"
#include "FilePreviewModel.h"
#include "models/JobBatchesModel.h"
#include "models/JobText.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

JobOutputTab::JobOutputTab(PlatformClient *client, QWidget *parent)
    : QWidget(parent)
{
    m_batches = new JobBatchesModel(client, this);
    m_loader = new FilePreviewLoader(client, this);
    m_previewModel = new FilePreviewModel(this);
    m_download = new BatchFileDownload(client, this);

    m_tree = new QTreeView;
    m_tree->setModel(m_batches);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setExpandsOnDoubleClick(true);

    m_preview = new QTableView;
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(140);
    // Field paths are long and start with what tells them apart: show their beginning.
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_save = new QPushButton;

    auto *previewBox = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(m_title);
    previewHeader->addWidget(m_status, 1);
    previewHeader->addWidget(m_save);
    previewLayout->addLayout(previewHeader);
    previewLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(previewBox);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JobOutputTab::onCurrentChanged);
    // Files arrive after the batch: unfold each batch once its files are known.
    connect(m_batches, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid()) {
                    for (int row = first; row <= last; ++row)
                        m_tree->expand(m_batches->index(row, 0));
                } else {
                    m_tree->expand(parent);
                }
            });
    connect(m_batches, &JobBatchesModel::loaded, this, [this] {
        for (int row = 0; row < m_batches->rowCount(); ++row)
            m_tree->expand(m_batches->index(row, 0));
    });
    connect(m_loader, &FilePreviewLoader::loaded, this, &JobOutputTab::onPreviewLoaded);
    connect(m_loader, &FilePreviewLoader::failed, this, [this](const QString &message) {
        m_state = State::Failed;
        m_failure = message;
        m_previewModel->clear();
        retranslateUi();
        emit previewFailed(message);
    });
    connect(m_save, &QPushButton::clicked, this, &JobOutputTab::askAndSave);
    connect(m_download, &BatchFileDownload::finished, this,
            [this](BatchFileDownload::Outcome outcome, const QString &message) {
                m_save->setEnabled(!selectedFileId().isEmpty());
                switch (outcome) {
                case BatchFileDownload::Outcome::Saved:
                    setStatus(tr("Saved to %1.")
                                      .arg(QDir::toNativeSeparators(m_download->targetPath())));
                    break;
                case BatchFileDownload::Outcome::Cancelled:
                    setStatus(tr("Saving was cancelled."));
                    break;
                case BatchFileDownload::Outcome::Failed:
                    setStatus(tr("The file was not saved: %1").arg(message));
                    break;
                }
                emit saveFinished(outcome == BatchFileDownload::Outcome::Saved, message);
            });
    connect(m_download, &BatchFileDownload::progress, this, [this](qint64 received, qint64 total) {
        const QLocale locale;
        setStatus(total > 0 ? tr("Saving… %1 of %2")
                                      .arg(locale.formattedDataSize(received),
                                           locale.formattedDataSize(total))
                            : tr("Saving… %1").arg(locale.formattedDataSize(received)));
    });
    retranslateUi();
}

JobOutputTab::~JobOutputTab() = default;

void JobOutputTab::setJob(const ExportJob &job)
{
    if (!m_hasJob || job.id != m_batches->jobId()) {
        m_loader->cancel();
        m_previewModel->clear();
        m_state = State::NoFile;
    }
    m_hasJob = true;
    m_batches->setJob(job);
    retranslateUi();
}

void JobOutputTab::clear()
{
    m_hasJob = false;
    m_loader->cancel();
    m_batches->clear();
    m_previewModel->clear();
    m_state = State::NoFile;
    retranslateUi();
}

void JobOutputTab::setSegmentNames(const QHash<QString, QString> &names)
{
    m_batches->setSegmentNames(names);
}

QString JobOutputTab::previewStatus() const
{
    return m_status->text();
}

QString JobOutputTab::previewedFileId() const
{
    return m_state == State::NoFile ? QString() : m_loader->fileId();
}

QString JobOutputTab::selectedFileId() const
{
    return m_tree->currentIndex().data(JobBatchesModel::FileIdRole).toString();
}

QString JobOutputTab::selectedFileName() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.siblingAtColumn(0).data().toString();
}

void JobOutputTab::onCurrentChanged()
{
    const QString fileId = selectedFileId();
    m_save->setEnabled(!fileId.isEmpty() && !m_download->isRunning());
    if (fileId.isEmpty()
        || (fileId == m_loader->fileId() && m_state != State::Failed && m_state != State::NoFile))
        return;
    m_previewModel->clear();
    m_state = State::Loading;
    retranslateUi();
    m_loader->load(fileId);
}

void JobOutputTab::onPreviewLoaded(const JsonLinesPreview &preview, qint64 bytesRead,
                                   qint64 fileSize)
{
    m_state = State::Loaded;
    m_bytesRead = bytesRead;
    m_fileSize = fileSize;
    m_previewModel->setPreview(preview);
    retranslateUi();
    emit previewLoaded();
}

void JobOutputTab::askAndSave()
{
    const QString fileId = selectedFileId();
    if (fileId.isEmpty())
        return;
    QString name = m_loader->fileId() == fileId ? m_loader->partName() : QString();
    if (name.isEmpty())
        name = selectedFileName();
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Exported File"), QDir::home().filePath(name.section(u'/', -1)),
            tr("JSON Lines (*.json *.jsonl);;All files (*)"));
    if (!path.isEmpty())
        saveSelectedFileTo(path);
}

void JobOutputTab::saveSelectedFileTo(const QString &path)
{
    const QString fileId = selectedFileId();
    if (fileId.isEmpty())
        return;
    m_save->setEnabled(false);
    m_download->start(fileId, path);
}

void JobOutputTab::setStatus(const QString &text)
{
    m_status->setText(text);
}

void JobOutputTab::retranslateUi()
{
    m_title->setText(tr("Preview", "first records of an exported file"));
    m_save->setText(tr("Save As…", "save an exported file"));
    m_save->setToolTip(tr("Save the whole selected file to disk"));
    m_save->setEnabled(!selectedFileId().isEmpty() && !m_download->isRunning());
    const QLocale locale;
    switch (m_state) {
    case State::NoFile:
        setStatus(m_hasJob && m_batches->rowCount() == 0
                          ? tr("This job has not written any batch.")
                          : tr("Select a file to see its first records."));
        break;
    case State::Loading:
        setStatus(tr("Reading the beginning of the file…"));
        break;
    case State::Failed:
        setStatus(tr("The preview could not be read: %1").arg(m_failure));
        break;
    case State::Loaded: {
        const JsonLinesPreview &preview = m_previewModel->preview();
        QString text = m_fileSize >= 0
                ? tr("%n record(s) from the first %1 of %2.", nullptr, int(preview.rows.size()))
                          .arg(locale.formattedDataSize(m_bytesRead),
                               locale.formattedDataSize(m_fileSize))
                : tr("%n record(s) from the first %1.", nullptr, int(preview.rows.size()))
                          .arg(locale.formattedDataSize(m_bytesRead));
        if (preview.skippedLines > 0)
            text += u' '
                    + tr("%n line(s) that are not JSON objects were left out.", nullptr,
                         preview.skippedLines);
        setStatus(text);
        break;
    }
    }
}

void JobOutputTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
