#pragma once

#include "Chaos.h"
#include "Credentials.h"
#include "PlatformOptions.h"
#include "RequestLog.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QThread;

namespace Emulator {

class PlatformCore;

// The local platform in-process, on a thread of its own: the application's embedded
// default and the server of every integration test. Starting and stopping return at
// once; the work (opening SQLite, generating profiles, stopping exports) happens on the
// platform's thread and is reported by signals.
class EmbeddedPlatform final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedPlatform)

public:
    explicit EmbeddedPlatform(const PlatformOptions &options = PlatformOptions(),
                              QObject *parent = nullptr);
    ~EmbeddedPlatform() override;

    // Asynchronous: emits started(baseUrl) or failed(message).
    void start();
    // For tests and the command line: runs an event loop until started or failed.
    bool startAndWait(int timeoutMs = 120000, QString *error = nullptr);
    // Asynchronous: emits stopped(). Running exports stop where they are.
    void stop();
    void stopAndWait();

    bool isRunning() const { return m_running; }
    // "http://127.0.0.1:PORT": both the gateway base and the IMS base.
    QUrl baseUrl() const { return m_baseUrl; }
    QString dataDir() const { return m_dataDir; }
    PlatformOptions options() const { return m_options; }

    // The demo organisation's client: org id, client id, client secret, sandboxes.
    static Credentials credentials() { return Credentials::demo(); }
    static Credentials otherOrgCredentials() { return Credentials::otherOrg(); }

    // Thread-safe, callable at any time.
    QList<RequestLogEntry> requestLog() const;
    void clearRequestLog();
    void setChaos(const ChaosSettings &settings);
    ChaosSettings chaos() const;
    void setPace(double seconds);

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    void stopped();

private:
    void onReady(const QUrl &baseUrl, const QString &dataDir);
    void onStartFailed(const QString &message);
    void onThreadFinished();

    PlatformOptions m_options;
    std::shared_ptr<RequestLog> m_log;
    std::shared_ptr<Chaos> m_chaos;
    QThread *m_thread = nullptr;
    PlatformCore *m_core = nullptr;
    bool m_running = false;
    QUrl m_baseUrl;
    QString m_dataDir;
};

} // namespace Emulator
