#include "seededrandom.h"

#include <array>

namespace OneWindow::GenCatalog {

QRandomGenerator seededRandom(quint64 seed, quint64 index, RandomPurpose purpose, quint32 extra)
{
    // QRandomGenerator feeds the words through std::seed_seq, which spreads neighbouring indexes well apart.
    const std::array<quint32, 6> words { quint32(seed),        quint32(seed >> 32), quint32(index),
                                         quint32(index >> 32), quint32(purpose),    extra };
    return QRandomGenerator(words.data(), words.data() + words.size());
}

bool chance(QRandomGenerator &random, int percent)
{
    return random.bounded(100) < percent;
}

int between(QRandomGenerator &random, int low, int high)
{
    return low + random.bounded(high - low + 1);
}

} // namespace OneWindow::GenCatalog
