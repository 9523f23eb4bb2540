#pragma once

#include "itemguide.h"
#include "jsonwriter.h"

namespace OneWindow::GenCatalog {

/// Writes one item guide as a JSON object, keys in the order docs/catalog-package.md lists them; optional
/// fields that are empty are left out, as a publisher would.
void writeItem(JsonWriter &json, const ItemGuide &item);

} // namespace OneWindow::GenCatalog
