#include <QTextStream>

#include "catalog/catalogstore.h"
#include "catalog/searchindex.h"
#include "commands.h"

namespace OneWindow::Cli {

int searchCatalog(const QString &dataDir, const QStringList &arguments)
{
    QTextStream err(stderr);
    if (arguments.size() != 1) {
        err << "usage: onewindowctl search QUERY\n";
        return 2;
    }
    const std::shared_ptr<Storage::Database> database = openDatabase(dataDir);
    if (!database)
        return 1;
    const Catalog::CatalogStore store(database);
    const Catalog::SearchIndex index(store.items(), store.departments());
    const Catalog::SearchResult result = index.search(arguments.first(), {}, {}, 20);
    QTextStream out(stdout);
    for (const Catalog::SearchHit &hit : result.hits) {
        const Catalog::ItemSummary &item = index.items()[hit.item];
        out << item.code << '\t' << item.name << '\t' << index.departmentName(int(hit.item)) << '\n';
    }
    out << result.total << " match(es)\n";
    return result.total > 0 ? 0 : 1;
}

} // namespace OneWindow::Cli
