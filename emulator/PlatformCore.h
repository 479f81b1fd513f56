#pragma once

#include "PlatformOptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace Emulator {

class Chaos;
class ExportEngine;
class PlatformServer;
class RequestLog;
class StateStore;

// Everything of a running platform that lives on its thread: the store, the export engine
// and the HTTP server. EmbeddedPlatform and the command line drive it.
class PlatformCore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformCore)

public:
    PlatformCore(const PlatformOptions &options, std::shared_ptr<RequestLog> log,
                 std::shared_ptr<Chaos> chaos, QObject *parent = nullptr);
    ~PlatformCore() override;

    // Opens the store, generates what is missing, fails interrupted jobs and listens.
    // Emits ready() or startFailed().
    void start();
    // Stops listening and stops every export where it is; no status is written, so a
    // job cut short comes back FAILED (interrupted) on the next start.
    void shutdown();
    void setPace(double seconds);

    QUrl baseUrl() const { return m_baseUrl; }
    QString dataDir() const { return m_dataDir; }

signals:
    void ready(const QUrl &baseUrl, const QString &dataDir);
    void startFailed(const QString &message);

private:
    bool open(QString *error);

    PlatformOptions m_options;
    std::shared_ptr<RequestLog> m_log;
    std::shared_ptr<Chaos> m_chaos;
    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<ExportEngine> m_engine;
    std::unique_ptr<PlatformServer> m_server;
    QString m_dataDir;
    QUrl m_baseUrl;
};

} // namespace Emulator
