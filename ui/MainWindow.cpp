#include "MainWindow.h"

#include "AppIcon.h"
#include "ConnectionSwitcher.h"
#include "ConnectionsDialog.h"
#include "CsvExport.h"
#include "DatasetDialog.h"
#include "DetailPane.h"
#include "ExportJobDialog.h"
#include "JobFilterBar.h"
#include "JobHistoryChart.h"
#include "JobNames.h"
#include "JobNotifier.h"
#include "JobsTableView.h"
#include "SettingsDialog.h"
#include "api/CurlCommand.h"
#include "api/ExportJobRequest.h"
#include "api/PlatformClient.h"
#include "models/ConnectionStore.h"
#include "models/JobFilterModel.h"
#include "models/JobMonitor.h"
#include "models/JobTableModel.h"
#include "models/JobText.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kHeaderKey = QStringLiteral("jobsTable/header");
const QString kNotificationsKey = QStringLiteral("notifications/enabled");
const QString kCsvDirKey = QStringLiteral("csv/lastFolder");
constexpr int kMessageMs = 8000;

QIcon themed(const char *name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_client(services.client)
    , m_jobs(services.jobs)
    , m_monitor(services.monitor)
    , m_connections(services.connections)
    , m_settings(services.settings)
    , m_filter(new JobFilterModel(this))
    , m_names(new JobNames(services.client, services.jobs, this))
{
    setWindowIcon(AppIcon::icon());
    m_filter->setJobModel(m_jobs);

    createActions();
    createCentralArea();
    createToolBars();
    createMenus();

    m_status = new MonitorStatus(m_monitor, m_jobs, this);
    statusBar()->addPermanentWidget(m_status);
    m_notifier = new JobNotifier(m_monitor, m_jobs, statusBar(), this);
    m_notifier->setEnabled(m_settings->value(kNotificationsKey, true).toBool());
    connect(m_notifier, &JobNotifier::jobActivated, this, [this](qint64 id) {
        showNormal();
        raise();
        activateWindow();
        revealJob(id);
    });

    connect(m_view, &JobsTableView::currentJobChanged, this, &MainWindow::onCurrentJobChanged);
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, &MainWindow::onJobsChanged);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_jobs), static_cast<QAbstractItemModel *>(m_filter)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePlaceholder);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePlaceholder);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updatePlaceholder);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updatePlaceholder);
    }
    connect(m_jobs, &QAbstractItemModel::modelReset, this, [this] {
        m_cancelRequested.clear();
        updateActions();
    });

    connect(m_monitor, &JobMonitor::pollingStateChanged, this,
            [this](JobMonitor::PollingState state) {
                // Each (re)load of the list is a good moment to read the names again.
                if (state == JobMonitor::PollingState::Loading)
                    m_names->reload();
                updatePlaceholder();
            });
    connect(m_monitor, &JobMonitor::healthChanged, this, &MainWindow::updatePlaceholder);
    connect(m_monitor, &JobMonitor::cancelAccepted, this, [this](qint64 id) {
        m_cancelRequested.remove(id);
        statusBar()->showMessage(
                tr("The platform accepted the cancellation of export job %1.").arg(id), kMessageMs);
        updateActions();
    });
    connect(m_monitor, &JobMonitor::cancelFailed, this, &MainWindow::onCancelFailed);
    connect(m_monitor, &JobMonitor::jobCancelled, this, [this](const ExportJob &job) {
        m_cancelRequested.remove(job.id);
        statusBar()->showMessage(tr("Export job %1 was cancelled.").arg(job.id), kMessageMs);
    });
    connect(m_connections, &ConnectionStore::currentChanged, this,
            [this](const Connection &connection) {
                m_names->clear();
                m_detail->setContext(connection);
                updateTitle();
            });
    m_detail->setContext(m_connections->current());
    connect(m_names, &JobNames::changed, this, [this] {
        m_detail->setSegmentNames(m_names->segments());
        m_detail->setDatasetNames(m_names->datasets());
        m_detail->setMergePolicyNames(m_names->mergePolicies());
    });
    connect(m_switcher, &ConnectionSwitcher::sandboxRejected, this,
            [this](const QString &message) { statusBar()->showMessage(message, kMessageMs); });
    connect(&m_csvWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_csvWatcher.result();
        action(Action::ExportCsv)->setEnabled(true);
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Exported %n job(s) to %1.", "CSV export", m_csvRows)
                                             .arg(QDir::toNativeSeparators(m_csvPath)),
                                     kMessageMs);
        } else {
            auto *box
                    = new QMessageBox(QMessageBox::Warning, tr("Export list"),
                                      tr("The list could not be exported."), QMessageBox::Ok, this);
            box->setInformativeText(error);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit csvExportFinished(m_csvPath, error);
    });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::onTick);
    m_tick.start();

    resize(1280, 800);
    retranslateUi();
    restoreWindowState();
    updateActions();
    updatePlaceholder();
}

MainWindow::~MainWindow()
{
    m_csvWatcher.waitForFinished();
}

void MainWindow::createActions()
{
    const QStyle *s = style();
    auto make = [this](Action which, const QIcon &icon, const QList<QKeySequence> &keys) {
        auto *action = new QAction(icon, QString(), this);
        action->setShortcuts(keys);
        action->setObjectName(
                QString::fromLatin1(QMetaEnum::fromType<Action>().valueToKey(int(which)))
                + u"Action");
        m_actions[size_t(which)] = action;
        addAction(action); // shortcuts work even while the menu bar is hidden
        return action;
    };
    make(Action::NewDataset, themed("folder-new", QStyle::SP_FileDialogNewFolder, s),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    make(Action::NewExportJob, themed("document-new", QStyle::SP_FileIcon, s), {QKeySequence::New});
    make(Action::CloneJob, themed("edit-copy", QStyle::SP_FileLinkIcon, s),
         {QKeySequence(Qt::CTRL | Qt::Key_D)});
    make(Action::CancelJob, themed("process-stop", QStyle::SP_BrowserStop, s),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)});
    make(Action::Refresh, themed("view-refresh", QStyle::SP_BrowserReload, s),
         {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    make(Action::CopyAsCurl, themed("utilities-terminal", QStyle::SP_ComputerIcon, s),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    make(Action::ExportCsv, themed("document-save-as", QStyle::SP_DialogSaveButton, s),
         {QKeySequence(Qt::CTRL | Qt::Key_E)});
    make(Action::Settings, themed("preferences-system", QStyle::SP_FileDialogInfoView, s),
         {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    make(Action::Connections, themed("network-server", QStyle::SP_DriveNetIcon, s),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    make(Action::Quit, themed("application-exit", QStyle::SP_DialogCloseButton, s),
         {QKeySequence::Quit});
    make(Action::Find, themed("edit-find", QStyle::SP_FileDialogContentsView, s),
         {QKeySequence::Find});
    make(Action::ResetFilters, themed("edit-clear", QStyle::SP_DialogResetButton, s),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    make(Action::About, themed("help-about", QStyle::SP_MessageBoxInformation, s),
         {QKeySequence(Qt::Key_F1)});
    action(Action::Quit)->setMenuRole(QAction::QuitRole);
    action(Action::About)->setMenuRole(QAction::AboutRole);
    action(Action::Settings)->setMenuRole(QAction::PreferencesRole);

    connect(action(Action::CancelJob), &QAction::triggered, this,
            [this] { confirmCancel(selectedJobId()); });
    connect(action(Action::CopyAsCurl), &QAction::triggered, this, &MainWindow::copyAsCurl);
    connect(action(Action::NewDataset), &QAction::triggered, this, &MainWindow::openDatasetDialog);
    connect(action(Action::NewExportJob), &QAction::triggered, this, [this] { openJobForm(); });
    connect(action(Action::CloneJob), &QAction::triggered, this, [this] {
        if (const ExportJob *job = m_jobs->job(selectedJobId()))
            openJobForm(job);
    });
    connect(action(Action::Connections), &QAction::triggered, this, &MainWindow::openConnections);
    connect(action(Action::Refresh), &QAction::triggered, this, &MainWindow::refresh);
    connect(action(Action::ExportCsv), &QAction::triggered, this, &MainWindow::exportCsv);
    connect(action(Action::Settings), &QAction::triggered, this, &MainWindow::showSettings);
    connect(action(Action::Quit), &QAction::triggered, this, &QWidget::close);
    connect(action(Action::About), &QAction::triggered, this, &MainWindow::showAbout);
    connect(action(Action::Find), &QAction::triggered, this, [this] {
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });
    connect(action(Action::ResetFilters), &QAction::triggered, this,
            [this] { m_filterBar->clear(); });

    // Ctrl+1..5 pick a status chip.
    auto *group = new QActionGroup(this);
    for (int i = 0; i < int(m_statusActions.size()); ++i) {
        auto *statusAction = new QAction(this);
        statusAction->setCheckable(true);
        statusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        group->addAction(statusAction);
        addAction(statusAction);
        m_statusActions[size_t(i)] = statusAction;
    }
}

void MainWindow::createCentralArea()
{
    m_filterBar = new JobFilterBar(m_filter, m_jobs, this);
    m_view = new JobsTableView(this);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_filter);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (Action which : {Action::CloneJob, Action::CancelJob, Action::CopyAsCurl})
        m_view->addAction(action(which));

    for (int i = 0; i < int(m_statusActions.size()); ++i) {
        QToolButton *chip = m_filterBar->chip(JobFilterModel::StatusFilter(i));
        QAction *statusAction = m_statusActions[size_t(i)];
        connect(statusAction, &QAction::triggered, chip, &QToolButton::click);
        connect(chip, &QToolButton::toggled, statusAction, &QAction::setChecked);
        statusAction->setChecked(chip->isChecked());
    }

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_view, 1);

    m_detail = new DetailPane(m_client, this);
    m_detail->setObjectName(QStringLiteral("detailPane"));
    m_detail->setMinimumWidth(320);
    connect(m_detail, &DetailPane::cancelRequested, this, &MainWindow::confirmCancel);
    connect(m_detail, &DetailPane::cloneRequested, this,
            [this](const ExportJob &job) { openJobForm(&job); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({620, 660});
    setCentralWidget(m_splitter);

    // Durations over time: a slowdown or a run of failures shows at a glance.
    m_historyChart = new JobHistoryChart(m_jobs, this);
    m_historyChart->setObjectName(QStringLiteral("historyChart"));
    connect(m_historyChart, &JobHistoryChart::jobActivated, this, &MainWindow::revealJob);
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyChart);
    m_historyDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    resizeDocks({m_historyDock}, {200}, Qt::Vertical);
}

void MainWindow::createToolBars()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("jobsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    for (Action which : {Action::NewExportJob, Action::NewDataset, Action::CloneJob,
                         Action::CancelJob, Action::Refresh, Action::CopyAsCurl, Action::ExportCsv})
        m_toolBar->addAction(action(which));

    m_connectionBar = addToolBar(QString());
    m_connectionBar->setObjectName(QStringLiteral("connectionToolBar"));
    m_switcher = new ConnectionSwitcher(m_connections, m_connectionBar);
    m_connectionBar->addWidget(m_switcher);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(action(Action::NewExportJob));
    m_fileMenu->addAction(action(Action::NewDataset));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(Action::ExportCsv));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(Action::Connections));
    m_fileMenu->addAction(action(Action::Settings));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(Action::Quit));

    m_jobMenu = menuBar()->addMenu(QString());
    m_jobMenu->addAction(action(Action::CloneJob));
    m_jobMenu->addAction(action(Action::CancelJob));
    m_jobMenu->addAction(action(Action::CopyAsCurl));
    m_jobMenu->addSeparator();
    m_jobMenu->addAction(action(Action::Refresh));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(action(Action::Find));
    m_viewMenu->addAction(action(Action::ResetFilters));
    m_viewMenu->addSeparator();
    for (QAction *statusAction : m_statusActions)
        m_viewMenu->addAction(statusAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_historyDock->toggleViewAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(action(Action::About));
}

qint64 MainWindow::selectedJobId() const
{
    return m_view->currentJobId();
}

void MainWindow::setLocalPlatformState(MonitorStatus::PlatformState state, const QString &detail)
{
    m_platformState = state;
    m_platformDetail = detail;
    m_status->setPlatformState(state, detail);
    updatePlaceholder();
}

void MainWindow::setLanguage(const QString &language)
{
    m_language = language;
}

void MainWindow::onTick()
{
    m_jobs->tick(QDateTime::currentMSecsSinceEpoch());
    m_status->refresh();
}

void MainWindow::onCurrentJobChanged(qint64 jobId)
{
    showJob(jobId);
    updateActions();
}

void MainWindow::onJobsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int row = m_shownJob != 0 ? m_jobs->rowOf(m_shownJob) : -1;
    if (row < topLeft.row() || row > bottomRight.row())
        return;
    // The running clock repaints durations each second; only real changes reach the details.
    const bool durationOnly = topLeft.column() == JobTableModel::Duration
            && bottomRight.column() == JobTableModel::Duration;
    if (!durationOnly) {
        showJob(m_shownJob);
        updateActions();
    }
}

void MainWindow::showJob(qint64 jobId)
{
    m_shownJob = jobId;
    const ExportJob *job = jobId != 0 ? m_jobs->job(jobId) : nullptr;
    if (!job) {
        m_detail->clear();
        return;
    }
    // The same job again keeps the pane's tab, scroll and unfolded rows.
    m_detail->setJob(*job);
    m_detail->setCancelling(isCancelling(jobId));
}

bool MainWindow::isCancelling(qint64 jobId) const
{
    return m_jobs->isCancelling(jobId) || m_cancelRequested.contains(jobId);
}

void MainWindow::revealJob(qint64 jobId)
{
    if (m_view->selectJob(jobId))
        return;
    // Hidden by a filter: show every job rather than nothing.
    m_filterBar->clear();
    m_view->selectJob(jobId);
}

void MainWindow::copyAsCurl()
{
    const ExportJob *job = m_jobs->job(selectedJobId());
    if (!job)
        return;
    CurlCommand curl(m_connections->current(), "POST", u"/data/core/ups/export/jobs");
    curl.setJsonBody(ExportJobRequest::fromJob(*job).toJson());
    QGuiApplication::clipboard()->setText(curl.toString());
    statusBar()->showMessage(
            tr("Copied the curl command that creates export job %1 again.").arg(job->id),
            kMessageMs);
}

void MainWindow::updateActions()
{
    const qint64 id = selectedJobId();
    const ExportJob *job = id != 0 ? m_jobs->job(id) : nullptr;
    const bool cancellable = job && !job->isTerminal() && !isCancelling(id);
    action(Action::CancelJob)->setEnabled(cancellable);
    // The forms create in the client's connection: there must be one.
    const bool connected = m_monitor->pollingState() != JobMonitor::PollingState::Stopped;
    action(Action::CloneJob)->setEnabled(job != nullptr && connected);
    action(Action::CopyAsCurl)->setEnabled(job != nullptr);
    action(Action::NewDataset)->setEnabled(connected);
    action(Action::NewExportJob)->setEnabled(connected);
    action(Action::Refresh)->setEnabled(connected);
}

void MainWindow::updatePlaceholder()
{
    QString text;
    if (m_platformState == MonitorStatus::PlatformState::Starting) {
        text = tr("Starting the local platform…\nIts jobs appear here in a moment.");
    } else if (m_platformState == MonitorStatus::PlatformState::Failed) {
        text = tr("The local platform could not start.\n%1").arg(m_platformDetail);
    } else if (m_jobs->jobCount() == 0) {
        const JobMonitor::PollingState state = m_monitor->pollingState();
        if (m_monitor->health().state == ConnectionHealth::State::Down)
            text = tr("The platform cannot be reached. Its jobs appear here as soon as it "
                      "answers.");
        else if (state == JobMonitor::PollingState::Loading
                 || state == JobMonitor::PollingState::Stopped)
            text = tr("Loading export jobs…");
        else
            text = tr("No export jobs in this sandbox yet.\nCreate one with New export job.");
    } else if (m_filter->rowCount() == 0) {
        text = tr("No job matches the filters.");
    }
    m_view->setPlaceholderText(text);
    updateActions();
}

void MainWindow::updateTitle()
{
    const Connection current = m_connections->current();
    setWindowTitle(tr("%1 · %2", "window title: connection · sandbox")
                           .arg(ConnectionStore::displayName(current), current.sandbox));
}

void MainWindow::confirmCancel(qint64 id)
{
    const ExportJob *job = id != 0 ? m_jobs->job(id) : nullptr;
    if (!job || job->isTerminal() || isCancelling(id))
        return;
    QStringList segments;
    for (const QString &segment : job->segmentIds())
        segments << JobText::nameOrId(m_jobs->segmentName(segment), segment);

    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel export job"),
                                tr("Cancel export job %1?").arg(id), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelConfirmation"));
    box->setInformativeText(
            (segments.isEmpty() ? tr("It exports every profile (no segment filter).")
                                : tr("It exports: %1.").arg(segments.join(tr(", "))))
            + u"\n\n"_qs
            + tr("The platform stops the export. A cancelled job cannot be resumed; to export "
                 "the same profiles later, clone it."));
    QPushButton *confirm = box->addButton(tr("Cancel job"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmCancelButton"));
    QPushButton *keep = box->addButton(tr("Keep running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, id](QAbstractButton *button) {
        if (button != confirm)
            return;
        const ExportJob *current = m_jobs->job(id);
        if (!current || current->isTerminal())
            return; // it ended while the question was open
        m_cancelRequested.insert(id);
        m_jobs->setCancelling(id, true);
        m_monitor->cancelJob(id);
        statusBar()->showMessage(tr("Cancelling export job %1…").arg(id), kMessageMs);
        updateActions();
    });
    box->open();
}

void MainWindow::onCancelFailed(qint64 jobId, const ApiError &error)
{
    m_cancelRequested.remove(jobId);
    m_jobs->setCancelling(jobId, false);
    updateActions();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel export job"),
                                tr("Export job %1 could not be cancelled.").arg(jobId),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("cancelFailed"));
    box->setInformativeText(error.message());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    // Its real state, which may be why the platform refused.
    m_monitor->refreshNow();
}

void MainWindow::openDatasetDialog()
{
    auto *dialog = new DatasetDialog(m_client, this);
    dialog->setObjectName(QStringLiteral("datasetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DatasetDialog::datasetCreated, this, [this](const Dataset &dataset) {
        statusBar()->showMessage(tr("Created the dataset %1.").arg(dataset.id), kMessageMs);
        m_names->reload();
    });
    dialog->open();
}

void MainWindow::openJobForm(const ExportJob *from)
{
    auto *dialog = new ExportJobDialog(m_client, m_services.drafts, this);
    dialog->setObjectName(QStringLiteral("exportJobDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (from)
        dialog->fillFrom(*from);
    connect(dialog, &ExportJobDialog::jobCreated, this, &MainWindow::onJobCreated);
    connect(dialog, &ExportJobDialog::datasetCreated, m_names, &JobNames::reload);
    dialog->open();
}

void MainWindow::onJobCreated(const ExportJob &job)
{
    // Shown and selected at once, without waiting for the next poll to find it.
    m_jobs->upsertJobs({job});
    revealJob(job.id);
    m_monitor->refreshNow();
    statusBar()->showMessage(tr("Created export job %1.").arg(job.id), kMessageMs);
}

void MainWindow::openConnections()
{
    auto *dialog = new ConnectionsDialog(m_connections, m_services.secrets, this);
    dialog->setObjectName(QStringLiteral("connectionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocalPlatformSecret(m_services.localPlatformSecret);
    dialog->selectConnection(m_connections->currentName());
    connect(dialog, &ConnectionsDialog::connectionSaved, this, &MainWindow::connectionSaved);
    dialog->open();
}

void MainWindow::refresh()
{
    m_monitor->refreshNow();
    m_names->reload();
    statusBar()->showMessage(tr("Refreshing…"), 2000);
}

void MainWindow::exportCsv()
{
    const Connection current = m_connections->current();
    const QString folder
            = m_settings
                      ->value(kCsvDirKey,
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .toString();
    const QString name = QStringLiteral("export-jobs-%1-%2.csv")
                                 .arg(current.sandbox,
                                      QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    auto *dialog = new QFileDialog(this, tr("Export list as CSV"), QDir(folder).filePath(name),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::writeCsv);
    dialog->open();
}

void MainWindow::writeCsv(const QString &path)
{
    if (path.isEmpty() || m_csvWatcher.isRunning())
        return;
    m_settings->setValue(kCsvDirKey, QFileInfo(path).absolutePath());
    CsvExport::Rows rows = CsvExport::snapshot(m_filter, m_view->header());
    m_csvRows = int(rows.size()) - 1;
    m_csvPath = path;
    action(Action::ExportCsv)->setEnabled(false);
    m_csvWatcher.setFuture(CsvExport::write(path, std::move(rows)));
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setLanguage(m_language);
    dialog->setNotificationsEnabled(m_notifier->isEnabled());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::connectionsRequested, action(Action::Connections),
            &QAction::trigger);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_notifier->setEnabled(dialog->notificationsEnabled());
        m_settings->setValue(kNotificationsKey, dialog->notificationsEnabled());
        if (dialog->language() != m_language) {
            m_language = dialog->language();
            emit languageRequested(m_language);
        }
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Export Studio"),
                       tr("Export Studio %1\n\nCreate, monitor and cancel customer-profile "
                          "export jobs.")
                               .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::saveWindowState() const
{
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kStateKey, saveState());
    m_settings->setValue(kSplitterKey, m_splitter->saveState());
    m_settings->setValue(kHeaderKey, m_view->header()->saveState());
    m_filterBar->saveState(m_settings);
    m_settings->sync();
}

void MainWindow::restoreWindowState()
{
    if (const QByteArray geometry = m_settings->value(kGeometryKey).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(m_settings->value(kStateKey).toByteArray());
    m_splitter->restoreState(m_settings->value(kSplitterKey).toByteArray());
    if (const QByteArray header = m_settings->value(kHeaderKey).toByteArray(); !header.isEmpty())
        m_view->header()->restoreState(header);
    m_filterBar->restoreState(m_settings);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    updateTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_jobMenu->setTitle(tr("&Job"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Jobs", "toolbar"));
    m_connectionBar->setWindowTitle(tr("Connection", "toolbar"));
    m_historyDock->setWindowTitle(tr("Job history", "dock: durations of recent jobs"));

    struct Text
    {
        Action action;
        QString text;
        QString tip;
        QString label = {}; // shorter, for the toolbar; empty: the text
    };
    const Text texts[] = {
            {Action::NewDataset, tr("New &dataset…"), tr("Create a dataset to export into"),
             tr("Dataset", "toolbar: new dataset")},
            {Action::NewExportJob, tr("&New export job…"), tr("Create an export job"),
             tr("New job", "toolbar: new export job")},
            {Action::CloneJob, tr("C&lone job…"),
             tr("Open a new export job with the selected job's request"),
             tr("Clone", "toolbar: clone job")},
            {Action::CancelJob, tr("&Cancel job…"), tr("Cancel the selected job"),
             tr("Cancel", "toolbar: cancel job")},
            {Action::Refresh, tr("&Refresh"), tr("Ask the platform for the latest state now"),
             tr("Refresh", "toolbar: refresh")},
            {Action::CopyAsCurl, tr("Copy as c&url"),
             tr("Copy the selected job's create request as a curl command"),
             tr("curl", "toolbar: copy as curl")},
            {Action::ExportCsv, tr("&Export list (CSV)…"),
             tr("Save the jobs shown, as shown, in a CSV file"), tr("CSV", "toolbar: export list")},
            {Action::Settings, tr("&Settings…"), tr("Language, notifications and connections")},
            {Action::Connections, tr("C&onnections…"), tr("Add or edit platform connections")},
            {Action::Quit, tr("&Quit"), tr("Quit Export Studio")},
            {Action::Find, tr("&Find…"), tr("Search the jobs")},
            {Action::ResetFilters, tr("Show &all jobs"), tr("Clear every filter")},
            {Action::About, tr("&About Export Studio"), QString()},
    };
    for (const Text &t : texts) {
        QAction *a = action(t.action);
        a->setText(t.text);
        a->setIconText(t.label);
        const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
        QString tip = t.tip.isEmpty() ? a->iconText() : t.tip;
        if (!shortcut.isEmpty())
            tip = tr("%1 (%2)", "tooltip: what an action does (its shortcut)").arg(tip, shortcut);
        a->setToolTip(tip);
        a->setStatusTip(t.tip);
    }
    m_statusActions[0]->setText(tr("All jobs"));
    m_statusActions[1]->setText(tr("Active jobs"));
    m_statusActions[2]->setText(tr("Succeeded jobs"));
    m_statusActions[3]->setText(tr("Failed jobs"));
    m_statusActions[4]->setText(tr("Cancelled jobs"));

    // The models keep no translated text: the views ask again when they repaint.
    m_view->header()->viewport()->update();
    m_view->viewport()->update();
    showJob(m_shownJob);
    updatePlaceholder();
}
