#pragma once

#include <QStringList>

#include <memory>

namespace OneWindow::Storage {
class Database;
}

namespace OneWindow::Cli {

/// Each subcommand takes its own arguments (after the subcommand's name) and returns the
/// process exit code: 0 done, 1 failed, 2 wrong usage.
/// This window's database in `dataDir`, or null after telling the user why on stderr.
std::shared_ptr<Storage::Database> openDatabase(const QString &dataDir);

int importCatalog(const QString &dataDir, const QStringList &arguments);
int searchCatalog(const QString &dataDir, const QStringList &arguments);

} // namespace OneWindow::Cli
