#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

#include "core/error.h"

namespace OneWindow::Storage {

/// One forward-only step of the schema. Versions start at 1 and have no gaps; a step never
/// changes once released (a fix is a new step), so every database in the field upgrades the same way.
struct Migration
{
    int version = 0;
    const char *name = nullptr;
    QStringList statements;
};

/// Brings `db` from its PRAGMA user_version to the last step, each step in its own transaction.
/// Refuses a database newer than `steps` (written by a later OneWindow) instead of guessing.
Status migrate(QSqlDatabase &db, const std::vector<Migration> &steps);

int schemaVersion(QSqlDatabase &db);

} // namespace OneWindow::Storage
