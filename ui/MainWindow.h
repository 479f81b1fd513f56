#pragma once

#include "MonitorStatus.h"
#include "api/Connection.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <array>

class ApiError;
class ConnectionStore;
class ConnectionSwitcher;
class DetailPane;
class DraftStore;
class ExportJob;
class HistoryStore;
class JobFilterBar;
class JobFilterModel;
class JobHistoryChart;
class JobMonitor;
class JobNames;
class JobNotifier;
class JobTableModel;
class JobsTableView;
class PlatformClient;
class QLabel;
class QDockWidget;
class QMenu;
class QSettings;
class QSplitter;
class QToolBar;
class SecretStore;

// The jobs of one connection and sandbox: the toolbar and menus, the connection switcher,
// the filter bar over the jobs table, the selected job's details beside it, and the status
// bar. Everything it shows comes from the objects passed in; it owns none of them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // What the window works with; each must outlive it.
    struct Services
    {
        PlatformClient *client = nullptr;
        JobTableModel *jobs = nullptr;
        JobMonitor *monitor = nullptr;
        HistoryStore *history = nullptr;
        ConnectionStore *connections = nullptr;
        SecretStore *secrets = nullptr;
        DraftStore *drafts = nullptr;
        QSettings *settings = nullptr;
        // The embedded local platform's client secret, for testing its connection.
        QString localPlatformSecret;
    };

    enum class Action {
        NewDataset,
        NewExportJob,
        CloneJob,
        CancelJob,
        Refresh,
        CopyAsCurl,
        ExportCsv,
        Settings,
        Connections,
        Quit,
        Find,
        ResetFilters,
        About,
        Count
    };
    Q_ENUM(Action)

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *action(Action which) const { return m_actions[size_t(which)]; }
    QToolBar *jobsToolBar() const { return m_toolBar; }
    JobsTableView *jobsView() const { return m_view; }
    JobFilterModel *filterModel() const { return m_filter; }
    JobFilterBar *filterBar() const { return m_filterBar; }
    ConnectionSwitcher *connectionSwitcher() const { return m_switcher; }
    MonitorStatus *monitorStatus() const { return m_status; }
    JobNotifier *notifier() const { return m_notifier; }
    QSplitter *splitter() const { return m_splitter; }
    DetailPane *detailPane() const { return m_detail; }
    JobHistoryChart *historyChart() const { return m_historyChart; }
    QDockWidget *historyDock() const { return m_historyDock; }
    // The job whose details are shown, or 0.
    qint64 selectedJobId() const;

    // While the current connection waits for the embedded local platform.
    void setLocalPlatformState(MonitorStatus::PlatformState state, const QString &detail = {});
    // The language the interface is in ("ja", "en"; empty: the system's), for Settings.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    // Geometry, splitters, the table's columns and sort, and the filters, in the settings.
    void saveWindowState() const;
    void restoreWindowState();

signals:
    // Settings asked for another interface language ("ja", "en"; empty: the system's).
    void languageRequested(const QString &language);
    // A saved connection was written with its secret: the client should sign in again when it
    // is the one in use.
    void connectionSaved(const Connection &connection);
    // A CSV export ended; `error` is empty on success.
    void csvExportFinished(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createCentralArea();
    void onTick();
    void onCurrentJobChanged(qint64 jobId);
    void onJobsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateActions();
    void updatePlaceholder();
    void updateTitle();
    void showJob(qint64 jobId);
    // Asks before cancelling; the platform's answer arrives through the monitor.
    void confirmCancel(qint64 jobId);
    bool isCancelling(qint64 jobId) const;
    // Selects the job, clearing the filters when they hide it.
    void revealJob(qint64 jobId);
    void copyAsCurl();
    void openDatasetDialog();
    // A new export job, empty or filled with the request of `from`.
    void openJobForm(const ExportJob *from = nullptr);
    void onJobCreated(const ExportJob &job);
    void openConnections();
    void onCancelFailed(qint64 jobId, const ApiError &error);
    void refresh();
    void exportCsv();
    void writeCsv(const QString &path);
    void showSettings();
    void showAbout();
    void retranslateUi();

    Services m_services;
    PlatformClient *m_client;
    JobTableModel *m_jobs;
    JobMonitor *m_monitor;
    ConnectionStore *m_connections;
    QSettings *m_settings;

    JobFilterModel *m_filter;
    JobNames *m_names;
    JobNotifier *m_notifier = nullptr;
    std::array<QAction *, size_t(Action::Count)> m_actions{};
    std::array<QAction *, 5> m_statusActions{};
    QMenu *m_fileMenu = nullptr;
    QMenu *m_jobMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_connectionBar = nullptr;
    ConnectionSwitcher *m_switcher = nullptr;
    JobFilterBar *m_filterBar = nullptr;
    JobsTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailPane *m_detail = nullptr;
    JobHistoryChart *m_historyChart = nullptr;
    QDockWidget *m_historyDock = nullptr;
    MonitorStatus *m_status = nullptr;

    QTimer m_tick;
    MonitorStatus::PlatformState m_platformState = MonitorStatus::PlatformState::NotUsed;
    QString m_platformDetail;
    QString m_language;
    qint64 m_shownJob = 0;
    QSet<qint64> m_cancelRequested; // asked for, not yet accepted or refused
    QFutureWatcher<QString> m_csvWatcher;
    QString m_csvPath;
    int m_csvRows = 0;
};
