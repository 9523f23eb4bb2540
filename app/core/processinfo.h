#pragma once

#include <QtGlobal>

namespace OneWindow {

/// This process's resident memory in KiB, from the kernel's own accounting; 0 where the
/// platform does not say (the start-up probe and the benchmarks report it).
qint64 residentMemoryKiB();

} // namespace OneWindow
