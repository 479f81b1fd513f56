#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace Emulator {
class EmbeddedPlatform;
}

// The embedded local platform of the application: the emulator on a thread of its own, on a
// free loopback port, its data kept in a folder that survives restarts. Starting returns at
// once; started() or failed() follow.
class LocalPlatform final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalPlatform)

public:
    enum class State {
        NotStarted,
        Starting,
        Running,
        Failed,
    };
    Q_ENUM(State)

    // `dataDir` holds the platform's SQLite database and export files.
    LocalPlatform(const QString &dataDir, double paceSeconds, QObject *parent = nullptr);
    // Stops the platform and waits for its thread.
    ~LocalPlatform() override;

    void start();
    void stop();

    State state() const { return m_state; }
    // Why the last start failed, as the platform said it (English: it comes from the emulator).
    QString error() const { return m_error; }
    QUrl baseUrl() const;
    QString dataDir() const { return m_dataDir; }
    // Whether the data folder was empty when the platform last started: a first run.
    bool isFresh() const { return m_fresh; }
    Emulator::EmbeddedPlatform *platform() const { return m_platform.get(); }

signals:
    void stateChanged(LocalPlatform::State state);
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void setState(State state);

    QString m_dataDir;
    double m_pace;
    std::unique_ptr<Emulator::EmbeddedPlatform> m_platform;
    State m_state = State::NotStarted;
    QString m_error;
    bool m_fresh = false;
};
