#include "SqliteDatabase.h"

#include <QDebug>

#include <sqlite3.h>

namespace Emulator {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        qWarning("SQLite: cannot prepare \"%s\": %s", sql, sqlite3_errmsg(db));
        m_stmt = nullptr;
        m_failed = true;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    return bind(index, value.toUtf8());
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &value)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool SqliteStatement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        qWarning("SQLite: %s", sqlite3_errmsg(m_db));
    }
    return false;
}

bool SqliteStatement::exec()
{
    if (!m_stmt)
        return false;
    m_failed = false;
    const int rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok) {
        m_failed = true;
        qWarning("SQLite: %s", sqlite3_errmsg(m_db));
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return ok;
}

void SqliteStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
}

QString SqliteStatement::errorString() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    int size = 0;
    const char *p = data(column, &size);
    return QString::fromUtf8(p, size);
}

QByteArray SqliteStatement::bytes(int column) const
{
    int size = 0;
    const char *p = data(column, &size);
    return QByteArray(p, size);
}

const char *SqliteStatement::data(int column, int *size) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    *size = sqlite3_column_bytes(m_stmt, column);
    return p ? p : "";
}

SqliteDatabase::SqliteDatabase() = default;

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString &path, QString *error)
{
    close();
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, 10000);
    if (!exec("PRAGMA journal_mode=WAL") || !exec("PRAGMA synchronous=NORMAL")
        || !exec("PRAGMA foreign_keys=ON")) {
        if (error)
            *error = lastError();
        close();
        return false;
    }
    return true;
}

void SqliteDatabase::close()
{
    m_cache.clear();
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
}

bool SqliteDatabase::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qWarning("SQLite: %s (%s)", message ? message : "?", sql);
        sqlite3_free(message);
        return false;
    }
    return true;
}

QString SqliteDatabase::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

SqliteStatement &SqliteDatabase::cached(const char *sql)
{
    auto &slot = m_cache[sql];
    if (!slot)
        slot = std::make_unique<SqliteStatement>(m_db, sql);
    slot->reset();
    return *slot;
}

void SqliteDatabase::resetAll()
{
    for (auto &entry : m_cache)
        entry.second->reset();
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db)
    : m_db(db)
{
    db.resetAll();
    m_active = db.exec("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active)
        m_db.exec("ROLLBACK");
}

bool SqliteTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.exec("COMMIT"))
        return true;
    m_db.exec("ROLLBACK");
    return false;
}

} // namespace Emulator
