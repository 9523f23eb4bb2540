#include <QTextStream>

#include "catalog/catalogstore.h"
#include "catalog/importer.h"
#include "commands.h"

namespace OneWindow::Cli {

int importCatalog(const QString &dataDir, const QStringList &arguments)
{
    QTextStream err(stderr);
    if (arguments.size() != 1) {
        err << "usage: onewindowctl import-catalog FILE\n";
        return 2;
    }
    const std::shared_ptr<Storage::Database> database = openDatabase(dataDir);
    if (!database)
        return 1;
    const Catalog::CatalogStore store(database);
    const auto summary = Catalog::importPackageFile(store, arguments.first());
    if (!summary) {
        err << summary.error().message << '\n';
        return 1;
    }
    QTextStream(stdout) << "catalog version " << summary->fromVersion << " -> " << summary->version << ": "
                        << summary->added << " added, " << summary->replaced << " replaced, " << summary->removed
                        << " removed, " << summary->total << " items\n";
    return 0;
}

} // namespace OneWindow::Cli
