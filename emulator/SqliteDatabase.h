#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace Emulator {

// One prepared statement. Text columns are read as views into SQLite's own buffers, so
// the export loop copies nothing it does not write.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, const QByteArray &value);
    SqliteStatement &bindNull(int index);

    // True while a row is available; false at the end or on an error (see failed()).
    bool step();
    // Runs a statement that returns no rows; false on an error.
    bool exec();
    void reset();
    bool failed() const { return m_failed; }
    QString errorString() const;

    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    // Valid until the next step() or reset().
    const char *data(int column, int *size) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

// A connection used from one thread only. WAL mode lets the export workers read the
// store while the server thread writes to it.
class SqliteDatabase
{
public:
    SqliteDatabase();
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    bool exec(const char *sql);
    QString lastError() const;
    qint64 lastInsertRowId() const;
    int changes() const;

    // A statement prepared once and kept for the life of the connection.
    SqliteStatement &cached(const char *sql);
    // Resets every cached statement. A statement left on a row holds a read snapshot: the
    // connection would see stale data and could not start writing.
    void resetAll();

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> m_cache;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeded: a failed request
// leaves nothing half-written.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    SqliteDatabase &m_db;
    bool m_active = false;
};

} // namespace Emulator
