#include <QDir>
#include <QTextStream>

#include "catalog/catalogstore.h"
#include "catalog/importer.h"
#include "commands.h"
#include "core/datapaths.h"
#include "storage/database.h"

namespace OneWindow::Cli {

int importCatalog(const QString &dataDir, const QStringList &arguments)
{
    QTextStream err(stderr);
    if (arguments.size() != 1) {
        err << "usage: onewindowctl import-catalog FILE\n";
        return 2;
    }
    auto database = Storage::Database::open(QDir(dataDir).filePath(databaseFileName()));
    if (!database) {
        err << database.error().message << '\n';
        return 1;
    }
    const Catalog::CatalogStore store(database.value());
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
