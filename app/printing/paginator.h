#pragma once

#include <QList>
#include <QPointF>

#include "printing/block.h"
#include "printing/pagestyle.h"

namespace OneWindow::Printing::Internal {

struct PlacedBlock
{
    const Block *block = nullptr;
    QPointF topLeft; ///< on the page, in layout units from its top-left corner
};

struct LaidPage
{
    QList<PlacedBlock> blocks;
};

/// Places laid-out blocks on pages. A4: fixed pages; a block that does not fit starts the next
/// page, together with the blocks it must stay with (a heading with its table's first rows); a
/// table row that starts a page brings its header row along; the signature area goes to the foot
/// of the last page. Receipt: one page as long as the content (height() afterwards).
class Paginator
{
public:
    /// `continuation`: the small head of pages after the first (A4), or null.
    Paginator(const PageStyle &style, const Block *continuation, qreal continuationHeight);

    QList<LaidPage> paginate(const BlockList &blocks, const std::vector<qreal> &heights);
    /// The receipt's page height: content plus margins.
    qreal height() const { return m_height; }

private:
    void newPage();
    qreal keptHeight(const BlockList &blocks, const std::vector<qreal> &heights, std::size_t index) const;

    const PageStyle &m_style;
    const Block *m_continuation;
    qreal m_continuationHeight;
    QList<LaidPage> m_pages;
    qreal m_y = 0;
    bool m_atTop = true;
    qreal m_height = 0;
};

} // namespace OneWindow::Printing::Internal
