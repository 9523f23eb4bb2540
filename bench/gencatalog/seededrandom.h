#pragma once

#include <iterator>

#include <QRandomGenerator>

namespace OneWindow::GenCatalog {

/// What a generator is for; mixed into the seed so revising an item does not replay the draws that made it.
enum class RandomPurpose : quint32 { ItemContent = 1, Revision = 2, DeltaSelection = 3 };

/// A generator of its own for one (catalog seed, item index, purpose, extra): item i comes out the same
/// whether 10 or 100 000 items are generated, and a delta can rebuild any item without the ones before it.
QRandomGenerator seededRandom(quint64 seed, quint64 index, RandomPurpose purpose, quint32 extra = 0);

/// true with the given probability in percent
bool chance(QRandomGenerator &random, int percent);

/// uniform in [low, high], both included
int between(QRandomGenerator &random, int low, int high);

/// a uniformly chosen element of an array, std::array or span
template<typename Range> const auto &pick(QRandomGenerator &random, const Range &items)
{
    return items[random.bounded(int(std::size(items)))];
}

} // namespace OneWindow::GenCatalog
