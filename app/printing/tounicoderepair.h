#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QSet>
#include <QString>

namespace OneWindow::Printing::Internal {

/// Corrects the text layer of a PDF written by QPdfWriter. Qt's ToUnicode map gives each glyph
/// the LOWEST code point that the font maps to it, and Noto CJK shares glyphs between an
/// ideograph and its radical form: 食 comes back as the radical ⻝ (U+2EDD), 民 as ⺠, 户 as 戶,
/// a space as a tab. NFKC folds only some of these (the Kangxi radicals), so search, copy and
/// screen readers would get the wrong characters. Knowing what the notice drew, each wrong
/// code point is replaced by the drawn character that shares its glyph. Values keep their
/// four hex digits, so the file's byte offsets (its xref table) stay valid.
class ToUnicodeRepair
{
public:
    /// `drawn`: every character the document draws; `fonts`: the fonts it draws them in.
    ToUnicodeRepair(const QString &drawn, const QList<QFont> &fonts);

    /// The character `codePoint` should read as: itself if drawn, else the drawn one with its glyph.
    char16_t corrected(char16_t codePoint) const;
    /// Rewrites the values of every ToUnicode CMap in `pdf`; returns how many were corrected.
    int apply(QByteArray &pdf) const;

private:
    int repairSection(QByteArray &pdf, qsizetype begin, qsizetype end, bool ranges) const;

    QSet<char16_t> m_drawn;
    QList<QRawFont> m_fonts;
    QList<QHash<quint32, char16_t>> m_drawnByGlyph; ///< per font: glyph index → the drawn character
};

} // namespace OneWindow::Printing::Internal
