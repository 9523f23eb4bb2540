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
        return makeError(
            u"catalog.file"_s,
            Text::tr("Cannot open the catalog package %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Mapped, not read: a 270 MB package is then paged in from the file cache instead of
    // being copied into fresh memory first (about 0.1 s instead of 0.8 s here). The package's
    // item bodies point into the mapping, so it stays until the import is written.
    const qint64 size = file.size();
    if (uchar *mapped = size > 0 ? file.map(0, size) : nullptr) {
        const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size);
        Result<ImportSummary> result = importPackageData(store, json);
        file.unmap(mapped);
        return result;
    }
    return importPackageData(store, file.readAll());
}

} // namespace OneWindow::Catalog
