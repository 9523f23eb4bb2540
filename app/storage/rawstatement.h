#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace OneWindow::Storage {

/// A prepared statement on the connection's own SQLite handle, for bulk writes where
/// QSqlQuery's per-value cost dominates (binding through QVariant and named placeholders took
/// most of a 100k-guide import). It shares the connection, so QSqlDatabase transactions
/// include its writes. Parameters are numbered from 1, as in SQLite.
class RawStatement
{
public:
    RawStatement(const QSqlDatabase &db, const char *sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    void bind(int index, const QString &text);
    /// The bytes must stay unchanged until step() returns.
    void bindStatic(int index, const QByteArray &blob);
    void bind(int index, qint64 value);
    /// Runs the statement once and makes it ready for the next bindings.
    bool step();
    /// Runs a query once: whether it returned a row.
    bool stepHasRow();
    QString errorText() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace OneWindow::Storage
