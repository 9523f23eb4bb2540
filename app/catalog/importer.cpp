#include "importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include "packagereader.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Catalog {

Result<ImportSummary> importPackageData(const CatalogStore &store, const QByteArray &json)
{
    Result<Package> package = readPackage(json);
    if (!package)
        return package.error();
    return store.apply(package.value());
}

Result<ImportSummary> importPackageFile(const CatalogStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"catalog.file"_s,
                         QCoreApplication::translate("OneWindow::Catalog", "Cannot open the catalog package %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return importPackageData(store, file.readAll());
}

} // namespace OneWindow::Catalog
