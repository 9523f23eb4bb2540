#pragma once

#include "printing/block.h"
#include "printing/codesymbol.h"
#include "printing/textblock.h"

namespace OneWindow::Printing::Internal {

/// What heads every notice: hall, title, document number, and the two codes.
struct HeaderContent
{
    QString hall;
    QString title;
    QString documentNumber;
    QString caseNumber; ///< printed under the barcode
    QString scanHint; ///< printed under the QR code
    CodeSymbol qr;
    CodeSymbol barcode;
};

/// The head of an A4 notice's first page: the case number's barcode at the top left (for the
/// department's scanner), the progress QR code at the top right (for the citizen's phone), and
/// between them, centred, the hall's name, the title and the document number.
class HeaderBlock : public Block
{
public:
    HeaderBlock(const HeaderContent &content, const QFont &hallFont, const QFont &titleFont, const QFont &numberFont,
                const QFont &captionFont);

    qreal layout(qreal width) override;
    void paint(QPainter &painter, QPointF topLeft) const override;
    void collectText(QString &out) const override;

private:
    CodeSymbol m_qr;
    CodeSymbol m_barcode;
    TextBlock m_hall;
    TextBlock m_title;
    TextBlock m_number;
    TextBlock m_barcodeCaption;
    TextBlock m_qrCaption;
    qreal m_width = 0;
    qreal m_textLeft = 0;
    qreal m_hallTop = 0;
    qreal m_titleTop = 0;
    qreal m_numberTop = 0;
    qreal m_barcodeWidth = 0;
};

} // namespace OneWindow::Printing::Internal
