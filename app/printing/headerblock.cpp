#include "headerblock.h"

#include "printing/pagestyle.h"

namespace OneWindow::Printing::Internal {
namespace {

constexpr qreal qrSize = mm(24);
// 0.22 mm bars (8.7 mil, above Code128's usual 7.5 mil minimum; 5 dots at 600 dpi): a case
// number is then 54 mm long and the hall's name and the title fit beside it.
constexpr qreal barModule = mm(0.22);
constexpr qreal barHeight = mm(8);
constexpr qreal captionGap = mm(1);
constexpr qreal gap = mm(2.5);

} // namespace

HeaderBlock::HeaderBlock(const HeaderContent &content, const QFont &hallFont, const QFont &titleFont,
                         const QFont &numberFont, const QFont &captionFont)
    : m_qr(content.qr)
    , m_barcode(content.barcode)
    , m_hall(content.hall, hallFont, Qt::AlignHCenter)
    , m_title(content.title, titleFont, Qt::AlignHCenter)
    , m_number(content.documentNumber, numberFont, Qt::AlignHCenter)
    , m_barcodeCaption(content.caseNumber, captionFont, Qt::AlignHCenter)
    , m_qrCaption(content.scanHint, captionFont, Qt::AlignHCenter)
{
}

qreal HeaderBlock::layout(qreal width)
{
    m_width = width;
    m_barcodeWidth = std::min(m_barcode.columns() * barModule, width / 2);
    const qreal barcodeBottom = barHeight + captionGap + m_barcodeCaption.layout(m_barcodeWidth);
    const qreal qrBottom = qrSize + captionGap + m_qrCaption.layout(qrSize + mm(6));
    // The text column keeps clear of the QR code on the right, and symmetrically on the left.
    m_textLeft = qrSize + mm(6) + gap;
    const qreal textWidth = width - 2 * m_textLeft;
    const qreal hallHeight = m_hall.layout(textWidth);
    const qreal titleHeight = m_title.layout(textWidth);
    // Hall and title sit beside the barcode when their centred lines clear it (the usual case),
    // else below it: a long hall name must not run into the bars.
    const qreal halfText = std::max(m_hall.naturalWidth(), m_title.naturalWidth()) / 2;
    m_hallTop = halfText + m_barcodeWidth + gap <= width / 2 ? 0 : barcodeBottom + gap;
    m_titleTop = m_hallTop + hallHeight + mm(1.5);
    m_numberTop = std::max(m_titleTop + titleHeight + mm(1.5), barcodeBottom + mm(1));
    const qreal numberBottom = m_numberTop + m_number.layout(textWidth);
    return std::max(numberBottom, qrBottom);
}

void HeaderBlock::paint(QPainter &painter, QPointF topLeft) const
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    const QRectF bars(topLeft.x(), topLeft.y(), m_barcodeWidth, barHeight);
    painter.drawPath(m_barcode.path(bars));
    const QRectF qr(topLeft.x() + m_width - qrSize - mm(3), topLeft.y(), qrSize, qrSize);
    painter.drawPath(m_qr.path(qr));
    painter.restore();
    m_barcodeCaption.paint(painter, QPointF(bars.left(), bars.bottom() + captionGap));
    m_qrCaption.paint(painter, QPointF(qr.left() - mm(3), qr.bottom() + captionGap));
    const qreal textX = topLeft.x() + m_textLeft;
    m_hall.paint(painter, QPointF(textX, topLeft.y() + m_hallTop));
    m_title.paint(painter, QPointF(textX, topLeft.y() + m_titleTop));
    m_number.paint(painter, QPointF(textX, topLeft.y() + m_numberTop));
}

void HeaderBlock::collectText(QString &out) const
{
    m_hall.collectText(out);
    m_title.collectText(out);
    m_number.collectText(out);
    m_barcodeCaption.collectText(out);
    m_qrCaption.collectText(out);
}

} // namespace OneWindow::Printing::Internal
