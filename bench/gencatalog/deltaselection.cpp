#include "deltaselection.h"

#include <algorithm>

#include <QHash>

#include "seededrandom.h"

namespace OneWindow::GenCatalog {

DeltaSelection selectDelta(quint64 seed, int itemCount, int baseVersion, int replacedCount, int removedCount)
{
    Q_ASSERT(replacedCount >= 0 && removedCount >= 0 && replacedCount + removedCount <= itemCount);
    QRandomGenerator random = seededRandom(seed, 0, RandomPurpose::DeltaSelection, quint32(baseVersion));

    // position -> index currently there, for the positions a swap has touched; all others hold themselves
    QHash<int, int> moved;
    const int wanted = replacedCount + removedCount;
    QList<int> chosen;
    chosen.reserve(wanted);
    for (int position = 0; position < wanted; ++position) {
        const int other = position + random.bounded(itemCount - position);
        chosen.append(moved.value(other, other));
        moved.insert(other, moved.value(position, position));
    }

    DeltaSelection selection;
    selection.replaced = chosen.first(replacedCount);
    selection.removed = chosen.sliced(replacedCount);
    std::sort(selection.replaced.begin(), selection.replaced.end());
    std::sort(selection.removed.begin(), selection.removed.end());
    return selection;
}

} // namespace OneWindow::GenCatalog
