#include <QDir>
#include <QTextStream>

#include "commands.h"
#include "core/datapaths.h"
#include "storage/database.h"

namespace OneWindow::Cli {

std::shared_ptr<Storage::Database> openDatabase(const QString &dataDir)
{
    auto database = Storage::Database::open(QDir(dataDir).filePath(databaseFileName()));
    if (!database) {
        QTextStream(stderr) << database.error().message << '\n';
        return nullptr;
    }
    return database.value();
}

} // namespace OneWindow::Cli
