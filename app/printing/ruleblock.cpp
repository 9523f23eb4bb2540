#include "ruleblock.h"

#include <QPen>

namespace OneWindow::Printing::Internal {

RuleBlock::RuleBlock(qreal thickness, const QColor &color, Qt::PenStyle style)
    : m_thickness(thickness)
    , m_color(color)
    , m_style(style)
{
}

qreal RuleBlock::layout(qreal width)
{
    m_width = width;
    return m_thickness;
}

void RuleBlock::paint(QPainter &painter, QPointF topLeft) const
{
    painter.save();
    QPen pen(m_color, m_thickness, m_style, Qt::FlatCap);
    painter.setPen(pen);
    const qreal y = topLeft.y() + m_thickness / 2;
    painter.drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + m_width, y));
    painter.restore();
}

} // namespace OneWindow::Printing::Internal
