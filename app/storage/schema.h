#pragma once

#include <vector>

#include "migration.h"

namespace OneWindow::Storage {

/// The window PC's schema, every step since the first release, in order.
const std::vector<Migration> &schemaMigrations();

} // namespace OneWindow::Storage
