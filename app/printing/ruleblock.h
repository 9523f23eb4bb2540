#pragma once

#include <QColor>

#include "printing/block.h"

namespace OneWindow::Printing::Internal {

/// A horizontal line across the width: the separator under an A4 notice's header (red, as
/// official documents have it) or between a receipt's sections (dashed, where it is torn).
class RuleBlock : public Block
{
public:
    RuleBlock(qreal thickness, const QColor &color, Qt::PenStyle style = Qt::SolidLine);

    qreal layout(qreal width) override;
    void paint(QPainter &painter, QPointF topLeft) const override;

private:
    qreal m_thickness;
    QColor m_color;
    Qt::PenStyle m_style;
    qreal m_width = 0;
};

} // namespace OneWindow::Printing::Internal
