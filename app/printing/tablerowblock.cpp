#include "tablerowblock.h"

#include "printing/pagestyle.h"

namespace OneWindow::Printing::Internal {
namespace {

constexpr qreal paddingX = mm(1.6);
constexpr qreal paddingY = mm(1.1);
constexpr qreal ruleWidth = mm(0.2);
const QColor shade(236, 236, 236);

} // namespace

TableRowBlock::TableRowBlock(const QList<qreal> &columnFractions, const QList<TableCell> &cells, const QFont &valueFont,
                             const QFont &headerFont)
    : m_fractions(columnFractions)
{
    for (const TableCell &cell : cells) {
        LaidCell laid;
        laid.role = cell.role;
        laid.text = std::make_unique<TextBlock>(cell.text, cell.role == CellRole::Value ? valueFont : headerFont,
                                                cell.alignment);
        laid.span = std::max(1, cell.span);
        m_cells.push_back(std::move(laid));
    }
}

qreal TableRowBlock::layout(qreal width)
{
    qreal x = 0;
    int column = 0;
    m_height = 0;
    for (LaidCell &cell : m_cells) {
        qreal cellWidth = 0;
        for (int i = 0; i < cell.span && column < m_fractions.size(); ++i, ++column)
            cellWidth += m_fractions[column] * width;
        cell.left = x;
        cell.width = cellWidth;
        cell.textHeight = cell.text->layout(cellWidth - 2 * paddingX);
        m_height = std::max(m_height, cell.textHeight + 2 * paddingY);
        x += cellWidth;
    }
    return m_height;
}

void TableRowBlock::paint(QPainter &painter, QPointF topLeft) const
{
    painter.save();
    painter.setPen(QPen(Qt::black, ruleWidth));
    for (const LaidCell &cell : m_cells) {
        const QRectF box(topLeft.x() + cell.left, topLeft.y(), cell.width, m_height);
        if (cell.role != CellRole::Value)
            painter.fillRect(box, shade);
        painter.drawLine(box.topLeft(), box.bottomLeft());
        painter.drawLine(box.topRight(), box.bottomRight());
        painter.drawLine(box.bottomLeft(), box.bottomRight());
        if (m_ruleTop)
            painter.drawLine(box.topLeft(), box.topRight());
        // Vertically centred, so a one-line cell beside a three-line one does not float at the top.
        cell.text->paint(painter, QPointF(box.left() + paddingX, box.top() + (m_height - cell.textHeight) / 2));
    }
    painter.restore();
}

void TableRowBlock::collectText(QString &out) const
{
    for (const LaidCell &cell : m_cells)
        cell.text->collectText(out);
}

} // namespace OneWindow::Printing::Internal
