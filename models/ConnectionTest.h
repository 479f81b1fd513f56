#pragma once

#include "api/ApiError.h"
#include "api/Connection.h"

#include <QCoreApplication>
#include <QObject>

#include <array>
#include <chrono>
#include <memory>
#include <optional>

class PlatformClient;

// "Test connection": checks a connection step by step, in order, and says which step failed
// with the platform's own error. It talks through a client of its own, so the application's
// calls are never disturbed, and holds the secret only while it runs.
//
//   Token        an access token from IMS (OAuth) or the pasted one
//   Headers      a cheap authenticated GET: bearer token, x-api-key and organization accepted
//   Permissions  the export API answers rather than refusing with 403
//   Sandbox      a sandbox-scoped GET in the connection's sandbox (403027: no such sandbox)
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    enum class Step { Token, Headers, Permissions, Sandbox };
    Q_ENUM(Step)
    enum class State {
        Pending,
        Running,
        Passed,
        Failed,
        NotChecked, // an earlier step failed, or a later one already showed the cause
    };
    Q_ENUM(State)
    static constexpr int StepCount = 4;

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Starts over for `connection` with its client secret or pasted token; a run still going
    // is dropped. A connection that validate() refuses fails at once, before any request.
    void start(const Connection &connection, const QString &secret);
    void cancel();
    bool isRunning() const { return m_running; }

    State state(Step step) const { return m_states[index(step)]; }
    std::optional<ApiError> error(Step step) const { return m_errors[index(step)]; }
    // The step that failed, if one did.
    std::optional<Step> failedStep() const;

    static QString stepName(Step step);
    // What the step checks, in one sentence.
    static QString stepDescription(Step step);

    // Shortens every wait (tests); the defaults suit a person waiting for an answer.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

signals:
    void stepChanged(ConnectionTest::Step step, ConnectionTest::State state);
    void finished(bool passed);

private:
    static int index(Step step) { return int(step); }
    void set(Step step, State state, std::optional<ApiError> error = std::nullopt);
    void runHeaders();
    void runPermissions();
    void runSandbox();
    // A failure of a gateway call: decides which step it belongs to and ends the run.
    void failAt(Step current, const ApiError &error);
    void finish(bool passed);

    std::unique_ptr<PlatformClient> m_client;
    // The context of the current run's callbacks: replaced on each start, so a late answer of
    // an earlier run never lands.
    std::unique_ptr<QObject> m_run;
    std::array<State, StepCount> m_states{};
    std::array<std::optional<ApiError>, StepCount> m_errors{};
    bool m_running = false;
    std::chrono::milliseconds m_timeout{15000};
};
