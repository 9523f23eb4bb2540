#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

#include "core/error.h"
#include "migration.h"

namespace OneWindow::Storage {

/// The window PC's SQLite database: one file, WAL, foreign keys on, migrated at open.
/// SQLite connections must stay in the thread that made them, so connection() hands each
/// thread its own; the GUI thread reads, the sync and import threads write in short transactions.
class Database
{
public:
    /// Opens (creating if needed) and migrates to the latest schema.
    static Result<std::shared_ptr<Database>> open(const QString &filePath);
    /// For migration tests: opens with the given steps only.
    static Result<std::shared_ptr<Database>> open(const QString &filePath, const std::vector<Migration> &steps);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString filePath() const { return m_filePath; }
    /// This thread's connection, opened and configured on first use.
    QSqlDatabase connection() const;
    int schemaVersion() const;

private:
    explicit Database(QString filePath);
    QSqlDatabase openConnection(const QString &name) const;

    QString m_filePath;
    quint64 m_id;
};

} // namespace OneWindow::Storage
