#include "codesymbol.h"

#include <exception>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Printing::Internal {
namespace {

// ZXing's 0–8 scale: 4 gives level M.
constexpr int qrEccLevel = 4;

} // namespace

Result<CodeSymbol> CodeSymbol::qrCode(const QString &text)
{
    CodeSymbol symbol;
    try {
        // Width and height 0: one pixel per module, so the matrix is the module grid itself. No
        // encoding is set: an ASCII URL then needs no ECI header, which some phone scanners mishandle.
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                            .setEccLevel(qrEccLevel)
                                            .setMargin(0)
                                            .encode(text.toStdWString(), 0, 0);
        symbol.m_columns = matrix.width();
        symbol.m_rows = matrix.height();
        symbol.m_dark.resize(std::size_t(symbol.m_columns * symbol.m_rows));
        for (int y = 0; y < symbol.m_rows; ++y)
            for (int x = 0; x < symbol.m_columns; ++x)
                symbol.m_dark[std::size_t(y * symbol.m_columns + x)] = matrix.get(x, y) ? 1 : 0;
    } catch (const std::exception &e) {
        return makeError(u"printing.qr"_s,
                         //: %1: the barcode library's own (English) reason
                         Text::tr("The QR code cannot be made: %1.").arg(QString::fromUtf8(e.what())));
    }
    return symbol;
}

Result<CodeSymbol> CodeSymbol::code128(const QString &text)
{
    CodeSymbol symbol;
    try {
        const ZXing::BitMatrix matrix
            = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128).setMargin(0).encode(text.toStdString(), 0, 0);
        symbol.m_columns = matrix.width();
        symbol.m_rows = 1;
        symbol.m_dark.resize(std::size_t(symbol.m_columns));
        for (int x = 0; x < symbol.m_columns; ++x)
            symbol.m_dark[std::size_t(x)] = matrix.get(x, 0) ? 1 : 0;
    } catch (const std::exception &e) {
        return makeError(u"printing.barcode"_s,
                         //: %1: the case number; %2: the barcode library's own (English) reason
                         Text::tr("The barcode for %1 cannot be made: %2.").arg(text, QString::fromUtf8(e.what())));
    }
    return symbol;
}

QPainterPath CodeSymbol::path(const QRectF &target) const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    if (m_columns == 0 || m_rows == 0)
        return path;
    const qreal moduleWidth = target.width() / m_columns;
    const qreal moduleHeight = target.height() / m_rows;
    // One rectangle per run of dark modules in a row: a few hundred per QR code instead of a thousand.
    for (int y = 0; y < m_rows; ++y) {
        int x = 0;
        while (x < m_columns) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_columns && isDark(x, y))
                ++x;
            path.addRect(QRectF(target.left() + start * moduleWidth, target.top() + y * moduleHeight,
                                (x - start) * moduleWidth, moduleHeight));
        }
    }
    return path;
}

} // namespace OneWindow::Printing::Internal
