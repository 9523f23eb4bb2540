#pragma once

#include "itemguide.h"

namespace OneWindow::GenCatalog {

/// Builds synthetic item guides from the name, material and department pools. Item i depends only on the
/// seed and i, so a catalog of N items is items 0..N-1 and a delta can rebuild just the items it touches.
///
/// Codes follow the national pattern: baseCode (12) = item type, object, action and qualifier numbers;
/// implCode (30) = the department's 统一社会信用代码 + baseCode; code (38) = implCode + the item number,
/// which is what makes codes unique.
class ItemGenerator
{
public:
    explicit ItemGenerator(quint64 seed);

    ItemGuide item(int index) const;
    /// item(index) as a delta on baseVersion publishes it: one version up and some fields changed
    ItemGuide revised(int index, int baseVersion) const;

    /// codes carry the item number in eight digits
    static constexpr int maxItems = 99'999'999;

private:
    quint64 m_seed;
};

} // namespace OneWindow::GenCatalog
