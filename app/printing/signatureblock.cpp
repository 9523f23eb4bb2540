#include "signatureblock.h"

#include "printing/pagestyle.h"

namespace OneWindow::Printing::Internal {
namespace {

constexpr qreal signingSpace = mm(9); // room under the label for a handwritten name

} // namespace

SignatureBlock::SignatureBlock(const SignatureContent &content, bool stacked, const QFont &font, const QFont &lineFont,
                               const QFont &smallFont)
    : m_stacked(stacked)
    , m_seal(content.seal)
    , m_applicant(content.applicantLabel, font)
    , m_signTime(content.signTime, lineFont)
    , m_staff(content.staffLine, smallFont)
    , m_office(content.office, font, Qt::AlignHCenter)
    , m_date(content.date, font, Qt::AlignHCenter)
    , m_sealHint(content.sealHint, smallFont, Qt::AlignHCenter)
{
}

qreal SignatureBlock::layout(qreal width)
{
    m_width = width;
    const qreal diameter = m_stacked ? mm(34) : mm(40);
    const qreal leftWidth = m_stacked ? width : width * 0.56;
    const qreal applicantHeight = m_applicant.layout(leftWidth);
    m_lineY = applicantHeight + signingSpace;
    m_signTimeTop = m_lineY + mm(2.5);
    m_staffTop = m_signTimeTop + m_signTime.layout(leftWidth) + mm(2.5);
    const qreal leftBottom = m_staffTop + m_staff.layout(leftWidth);

    m_sealColumnLeft = m_stacked ? 0 : leftWidth;
    m_sealColumnWidth = m_stacked ? width : width - leftWidth;
    const qreal sealTop = m_stacked ? leftBottom + mm(4) : 0;
    const qreal officeHeight = m_office.layout(m_sealColumnWidth);
    const qreal dateHeight = m_date.layout(m_sealColumnWidth);
    m_sealHint.layout(diameter);
    // The office's name and the date sit across the middle of the circle, where a seal covers them.
    const qreal textHeight = officeHeight + mm(1) + dateHeight;
    const qreal centreY = sealTop + std::max(diameter, textHeight) / 2;
    m_officeTop = centreY - textHeight / 2;
    m_dateTop = m_officeTop + officeHeight + mm(1);
    m_circle
        = QRectF(m_sealColumnLeft + (m_sealColumnWidth - diameter) / 2, centreY - diameter / 2, diameter, diameter);
    return std::max(leftBottom, std::max(m_circle.bottom(), m_dateTop + dateHeight));
}

void SignatureBlock::paint(QPainter &painter, QPointF topLeft) const
{
    m_applicant.paint(painter, topLeft);
    painter.save();
    painter.setPen(QPen(Qt::black, mm(0.2)));
    const qreal lineEnd = m_stacked ? m_width : m_width * 0.5;
    painter.drawLine(topLeft + QPointF(0, m_lineY), topLeft + QPointF(lineEnd, m_lineY));
    painter.restore();
    m_signTime.paint(painter, topLeft + QPointF(0, m_signTimeTop));
    m_staff.paint(painter, topLeft + QPointF(0, m_staffTop));
    m_office.paint(painter, topLeft + QPointF(m_sealColumnLeft, m_officeTop));
    m_date.paint(painter, topLeft + QPointF(m_sealColumnLeft, m_dateTop));
    paintSeal(painter, m_circle.translated(topLeft));
}

void SignatureBlock::paintSeal(QPainter &painter, const QRectF &circle) const
{
    if (!m_seal.isNull()) {
        // Lossless: QPdfWriter would otherwise store the seal as JPEG and blur its red lines.
        painter.save();
        painter.setRenderHint(QPainter::LosslessImageRendering);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QSizeF fitted = QSizeF(m_seal.size()).scaled(circle.size(), Qt::KeepAspectRatio);
        const QRectF target(circle.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
        painter.drawImage(target, m_seal);
        painter.restore();
        return;
    }
    painter.save();
    painter.setPen(QPen(QColor(120, 120, 120), mm(0.3), Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(circle);
    painter.setPen(QColor(120, 120, 120));
    m_sealHint.paint(painter, QPointF(circle.left(), circle.top() + circle.height() * 0.14));
    painter.restore();
}

void SignatureBlock::collectText(QString &out) const
{
    m_applicant.collectText(out);
    m_signTime.collectText(out);
    m_staff.collectText(out);
    m_office.collectText(out);
    m_date.collectText(out);
    m_sealHint.collectText(out);
}

} // namespace OneWindow::Printing::Internal
