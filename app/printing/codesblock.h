#pragma once

#include "printing/block.h"
#include "printing/codesymbol.h"
#include "printing/textblock.h"

namespace OneWindow::Printing::Internal {

/// The codes of a receipt, one under the other and centred: the progress QR code with its hint,
/// then the case number's Code128 barcode with the number in figures. Bars shrink only if the
/// symbol would not fit the 72 mm line (a case number never needs it).
class CodesBlock : public Block
{
public:
    CodesBlock(const CodeSymbol &qr, const CodeSymbol &barcode, const QString &scanHint, const QString &caseNumber,
               const QFont &captionFont);

    qreal layout(qreal width) override;
    void paint(QPainter &painter, QPointF topLeft) const override;
    void collectText(QString &out) const override;

private:
    CodeSymbol m_qr;
    CodeSymbol m_barcode;
    TextBlock m_scanHint;
    TextBlock m_caseNumber;
    qreal m_width = 0;
    qreal m_hintTop = 0;
    qreal m_barsTop = 0;
    qreal m_barsWidth = 0;
    qreal m_numberTop = 0;
};

} // namespace OneWindow::Printing::Internal
