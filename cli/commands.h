#pragma once

#include <QStringList>

namespace OneWindow::Cli {

/// Each subcommand takes its own arguments (after the subcommand's name) and returns the
/// process exit code: 0 done, 1 failed, 2 wrong usage.
int importCatalog(const QString &dataDir, const QStringList &arguments);
int searchCatalog(const QString &dataDir, const QStringList &arguments);

} // namespace OneWindow::Cli
