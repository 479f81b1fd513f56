#pragma once

#include "CliOptions.h"
#include "CliOutput.h"
#include "api/ApiCall.h"
#include "api/ExportJob.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class PlatformClient;
class QFile;

// Runs one command of export-studio-cli over PlatformClient, the same client the app uses,
// and reports how it ended with finished(exitCode).
class CliCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommands)

public:
    explicit CliCommands(const CliOptions &options, QObject *parent = nullptr);
    ~CliCommands() override;

    // Begins the command; finished() follows from the event loop.
    void start();

signals:
    void finished(int exitCode);

private:
    void dispatch();
    void done(int exitCode);
    void usage(const QString &problem);
    void apiFailed(const ApiError &error);
    bool prepareClient();
    // The job id argument at `index`, or nothing after reporting a usage error.
    std::optional<qint64> jobIdArgument(qsizetype index);
    QString textArgument(qsizetype index, const QString &what);

    void connections();
    void datasetsList();
    void datasetsCreate();
    void jobsList();
    void jobsGet();
    void jobsCreate();
    void jobsWatch();
    void pollJob();
    void jobsCancel();
    void batchesFiles();
    void filesGet();
    void download(const QString &fileId);

    void printJob(const ExportJob &job);

    CliOptions m_options;
    CliOutput m_out;
    std::unique_ptr<PlatformClient> m_client;
    bool m_finished = false;

    // jobs watch
    qint64 m_watchedJob = 0;
    std::optional<ExportJob> m_lastSeen;
    QTimer m_pollTimer;
    int m_failedPolls = 0;

    // files get
    std::unique_ptr<QFile> m_download;
};
