#include "paginator.h"

#include <QHash>

#include "printing/printinglog.h"

namespace OneWindow::Printing::Internal {
namespace {

constexpr qreal continuationGap = mm(4);

} // namespace

Paginator::Paginator(const PageStyle &style, const Block *continuation, qreal continuationHeight)
    : m_style(style)
    , m_continuation(continuation)
    , m_continuationHeight(continuationHeight)
{
}

void Paginator::newPage()
{
    m_pages.append(LaidPage {});
    m_y = m_style.margins().top();
    m_atTop = true;
    if (m_pages.size() > 1 && m_continuation) {
        m_pages.last().blocks.append({ m_continuation, QPointF(m_style.margins().left(), m_y) });
        m_y += m_continuationHeight + continuationGap;
    }
}

// The height a block needs on this page: itself and every following block it is kept with.
qreal Paginator::keptHeight(const BlockList &blocks, const std::vector<qreal> &heights, std::size_t index) const
{
    qreal needed = heights[index];
    for (std::size_t i = index; i + 1 < blocks.size() && blocks[i]->flow.keepWithNext; ++i)
        needed += blocks[i + 1]->flow.spaceBefore + heights[i + 1];
    return needed;
}

QList<LaidPage> Paginator::paginate(const BlockList &blocks, const std::vector<qreal> &heights)
{
    m_pages.clear();
    newPage();
    const bool paged = m_style.pageHeight() > 0;
    const qreal bottom = m_style.pageHeight() - m_style.margins().bottom() - m_style.footerHeight();
    const qreal left = m_style.margins().left();
    QHash<const Block *, qreal> heightOf;
    for (std::size_t i = 0; i < blocks.size(); ++i)
        heightOf.insert(blocks[i].get(), heights[i]);

    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block *block = blocks[i].get();
        const qreal height = heights[i];
        qreal gap = m_atTop ? 0 : block->flow.spaceBefore;
        if (paged && block->flow.anchorBottom) {
            if (m_y + gap + height > bottom)
                newPage();
            m_pages.last().blocks.append({ block, QPointF(left, bottom - height) });
            m_y = bottom;
            m_atTop = false;
            continue;
        }
        if (paged && !m_atTop && m_y + gap + keptHeight(blocks, heights, i) > bottom) {
            newPage();
            gap = 0;
            if (const Block *header = block->flow.repeatAfterBreak) {
                m_pages.last().blocks.append({ header, QPointF(left, m_y) });
                m_y += heightOf.value(header);
            }
        }
        if (paged && m_y + gap + height > bottom)
            qCWarning(lcPrinting) << "a block taller than the page is cut off at its foot";
        m_pages.last().blocks.append({ block, QPointF(left, m_y + gap) });
        m_y += gap + height;
        m_atTop = false;
    }
    m_height = m_y + m_style.margins().bottom();
    return m_pages;
}

} // namespace OneWindow::Printing::Internal
