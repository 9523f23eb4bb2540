#pragma once

#include <QPainter>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

namespace OneWindow::Printing::Internal {

/// How a block sits in the flow of pages.
struct BlockFlow
{
    qreal spaceBefore = 0; ///< gap above, in layout units; dropped at the top of a page
    bool keepWithNext = false; ///< a heading: never left alone at the bottom of a page
    bool anchorBottom = false; ///< the signature area: at the foot of the last page when there is room
    const class Block *repeatAfterBreak = nullptr; ///< a table's header row, repeated on a new page
};

/// One piece of a notice's layout: measured for a width, then painted at a place. Sizes are
/// in layout units (0.01 mm, see pagestyle.h). A block never splits: a table is one block per
/// row, so a long list breaks between rows and repeats its header row.
class Block
{
public:
    virtual ~Block() = default;
    /// Lays the block out `width` units wide and returns its height.
    virtual qreal layout(qreal width) = 0;
    virtual void paint(QPainter &painter, QPointF topLeft) const = 0;
    /// Appends every character the block draws (the PDF's text layer is checked against them).
    virtual void collectText(QString &out) const { Q_UNUSED(out) }

    BlockFlow flow;
};

using BlockList = std::vector<std::unique_ptr<Block>>;

} // namespace OneWindow::Printing::Internal
