#pragma once

#include <QByteArray>

#include "core/error.h"
#include "package.h"

namespace OneWindow::Catalog {

/// Parses a catalog package and checks its structure: types, required fields, widths,
/// duplicate codes. Fast at catalog scale (simdjson: 100k guides in well under a second);
/// the first problem ends the read with an error naming the item and the field.
Result<Package> readPackage(const QByteArray &json);

} // namespace OneWindow::Catalog
