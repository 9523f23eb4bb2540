#pragma once

#include <QList>

namespace OneWindow::GenCatalog {

/// Which items of a full catalog a delta touches; the two lists are disjoint and sorted.
struct DeltaSelection
{
    QList<int> replaced;
    QList<int> removed;
};

/// Draws replacedCount + removedCount distinct item indexes out of itemCount, the same for the same seed and
/// base version. A sparse Fisher-Yates shuffle keeps it O(k) even for a catalog of millions.
DeltaSelection selectDelta(quint64 seed, int itemCount, int baseVersion, int replacedCount, int removedCount);

} // namespace OneWindow::GenCatalog
