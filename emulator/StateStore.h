#pragma once

#include "SqliteDatabase.h"

#include <QList>
#include <QString>

#include <optional>

namespace Emulator {

// One (org, sandbox): every resource belongs to exactly one.
struct Tenant
{
    qint64 id = 0;
    QString org;
    QString sandbox;
};

// The emulator's state in SQLite: datasets, batches, files, jobs with their JSON, segment
// definitions, merge policies, audiences, tokens and the generated profile store. Each
// thread opens its own StateStore on the same file.
class StateStore
{
public:
    StateStore() = default;
    StateStore(const StateStore &) = delete;
    StateStore &operator=(const StateStore &) = delete;

    // Opens (and on first use creates) dataDir/state.sqlite.
    bool open(const QString &dataDir, QString *error);
    SqliteDatabase &db() { return m_db; }
    QString dataDir() const { return m_dataDir; }
    static QString databasePath(const QString &dataDir);

    qint64 ensureTenant(const QString &org, const QString &sandbox);
    std::optional<Tenant> tenant(const QString &org, const QString &sandbox);
    QList<Tenant> tenants();

    QString meta(const char *key);
    void setMeta(const char *key, const QString &value);

    // Jobs left NEW or PROCESSING by a process that ended become FAILED. Returns how many.
    int failInterruptedJobs(qint64 nowMs);

private:
    bool createSchema();

    SqliteDatabase m_db;
    QString m_dataDir;
};

} // namespace Emulator
