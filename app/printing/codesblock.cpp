#include "codesblock.h"

#include "printing/pagestyle.h"

namespace OneWindow::Printing::Internal {
namespace {

// 34 mm: about 0.9 mm a module for a 37-module code, easy for any phone at arm's length.
constexpr qreal qrSize = mm(34);
constexpr qreal barModule = mm(0.254);
constexpr qreal barHeight = mm(10);

} // namespace

CodesBlock::CodesBlock(const CodeSymbol &qr, const CodeSymbol &barcode, const QString &scanHint,
                       const QString &caseNumber, const QFont &captionFont)
    : m_qr(qr)
    , m_barcode(barcode)
    , m_scanHint(scanHint, captionFont, Qt::AlignHCenter)
    , m_caseNumber(caseNumber, captionFont, Qt::AlignHCenter)
{
}

qreal CodesBlock::layout(qreal width)
{
    m_width = width;
    m_hintTop = qrSize + mm(1);
    m_barsTop = m_hintTop + m_scanHint.layout(width) + mm(4);
    m_barsWidth = std::min(m_barcode.columns() * barModule, width);
    m_numberTop = m_barsTop + barHeight + mm(1);
    return m_numberTop + m_caseNumber.layout(width);
}

void CodesBlock::paint(QPainter &painter, QPointF topLeft) const
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(m_qr.path(QRectF(topLeft.x() + (m_width - qrSize) / 2, topLeft.y(), qrSize, qrSize)));
    painter.drawPath(m_barcode.path(
        QRectF(topLeft.x() + (m_width - m_barsWidth) / 2, topLeft.y() + m_barsTop, m_barsWidth, barHeight)));
    painter.restore();
    m_scanHint.paint(painter, topLeft + QPointF(0, m_hintTop));
    m_caseNumber.paint(painter, topLeft + QPointF(0, m_numberTop));
}

void CodesBlock::collectText(QString &out) const
{
    m_scanHint.collectText(out);
    m_caseNumber.collectText(out);
}

} // namespace OneWindow::Printing::Internal
