#pragma once

#include <QString>

#include "catalogstore.h"
#include "core/error.h"

namespace OneWindow::Catalog {

/// Reads a package file and applies it; on any error the stored catalog is unchanged.
/// Blocking: call from a worker thread (the client) or a command-line tool.
Result<ImportSummary> importPackageFile(const CatalogStore &store, const QString &path);
Result<ImportSummary> importPackageData(const CatalogStore &store, const QByteArray &json);

} // namespace OneWindow::Catalog
