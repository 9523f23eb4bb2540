#pragma once

#include <QHash>
#include <QMultiHash>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace OneWindow::Test {

/// Reads printed PDFs back with the tools a person would use: poppler-utils (pdftotext,
/// pdftoppm, pdfinfo) and zbar-tools (zbarimg). Tests skip, naming the package, when one is missing.
class PdfReadback
{
public:
    /// Empty when every tool is installed, else which package to install.
    static QString missingTools();

    /// `text` as text() gives it: NFKC, no white space. Expected strings go through this too.
    static QString readable(const QString &text);
    /// The PDF's text, NFKC-normalized (pdftotext gives some CJK characters as compatibility forms,
    /// 一 as ⼀) and without white space (a table cell may wrap anywhere). Pages 1-based; 0 = all.
    static QString text(const QString &pdfPath, int firstPage = 0, int lastPage = 0);
    /// The text exactly as the PDF's text layer gives it (no normalization), without white space.
    static QString rawText(const QString &pdfPath);
    /// pdfinfo's "Key: value" lines.
    static QHash<QString, QString> info(const QString &pdfPath);
    /// Page size in points from pdfinfo (first page).
    static QSizeF pageSizePoints(const QString &pdfPath);
    /// Renders one page at `dpi` and decodes every barcode on it: symbology (QR-Code, CODE-128) → data.
    static QMultiHash<QString, QString> decodeCodes(const QString &pdfPath, int page, int dpi = 300);
    /// Renders one page to PNG at `dpi`; returns the PNG's path.
    static QString renderPng(const QString &pdfPath, int page, int dpi, const QString &outputStem);

private:
    static QString run(const QString &program, const QStringList &arguments);
};

} // namespace OneWindow::Test
