#pragma once

#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <vector>

#include "core/error.h"

namespace OneWindow::Printing::Internal {

/// A barcode as a grid of modules (dark or light), made by ZXing-cpp: a QR code (square) or a
/// Code128 symbol (one row of bars). It is drawn as vector rectangles, one filled path, so the
/// edges stay sharp on any printer and at any zoom: an image would be resampled (and QPdfWriter
/// would store it as JPEG). The grid carries no quiet zone; the layout leaves white space around it.
class CodeSymbol
{
public:
    /// QR code, error correction level M (15 %: a smudge or a fold on a paper notice still reads).
    static Result<CodeSymbol> qrCode(const QString &text);
    /// Code128 of `text` (ASCII only: case numbers are).
    static Result<CodeSymbol> code128(const QString &text);

    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    bool isDark(int column, int row) const { return m_dark[std::size_t(row * m_columns + column)] != 0; }
    /// The dark modules as one path filling `target` (a Code128 row is stretched to the height).
    QPainterPath path(const QRectF &target) const;

private:
    int m_columns = 0;
    int m_rows = 0;
    std::vector<char> m_dark;
};

} // namespace OneWindow::Printing::Internal
