#pragma once

#include <QMutex>
#include <QRandomGenerator64>
#include <QString>

#include <optional>

namespace Emulator {

// What misbehaviour to inject, each kind at its own rate (0..1). Parsed from the
// --chaos spec, e.g. "fail=0.2,429=0.1:2,5xx=0.05,slow=0.1:1500,drop=0.02,seed=7".
struct ChaosSettings
{
    double jobFailureRate = 0;
    double tooManyRequestsRate = 0;
    double serverErrorRate = 0;
    double slowRate = 0;
    double dropRate = 0;
    int retryAfterSeconds = 1;
    int slowMs = 1500;
    quint64 seed = 0;

    // Empty on success, else what is wrong with the spec.
    static QString parse(const QString &spec, ChaosSettings *settings);
    QString toString() const;
    bool isQuiet() const;
};

// Rolls the dice for every request and job, reproducibly for a given seed. Used from the
// server thread and the export workers at once.
class Chaos
{
public:
    enum class Action { None, Drop, TooManyRequests, ServerError };
    struct Decision
    {
        Action action = Action::None;
        int status = 0;
        int retryAfterSeconds = 0;
        int delayMs = 0;
    };

    Chaos();
    void setSettings(const ChaosSettings &settings);
    ChaosSettings settings() const;

    Decision decideRequest();
    bool decideJobFailure();

private:
    mutable QMutex m_mutex;
    ChaosSettings m_settings;
    QRandomGenerator64 m_random;
};

} // namespace Emulator
