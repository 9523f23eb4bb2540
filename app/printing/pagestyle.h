#pragma once

#include <QFont>
#include <QMarginsF>

#include <array>

#include "printing/hallprofile.h"
#include "printing/noticedata.h"

namespace OneWindow::Printing::Internal {

/// Layout unit: 1 = 0.01 mm. Every layout is computed in these units, independent of the device;
/// the painter is scaled to the device at the end. Fonts are sized in the same units (a pixel
/// size of 423 is 12 pt), so text wraps the same on a 1200 dpi PDF, a 203 dpi receipt printer and
/// a screen preview, and the receipt's height is known before any device exists.
constexpr qreal unitsPerMm = 100.0;
constexpr qreal mm(qreal millimetres)
{
    return millimetres * unitsPerMm;
}

enum class FontRole { Hall, Title, Number, Body, Strong, TableHeader, Table, Small, SmallStrong };
constexpr int fontRoleCount = 9;

/// The geometry and type of one paper layout. A4: portrait, 20 mm side margins, serif throughout
/// (as official documents are set). 80 mm receipt: 72 mm printable, sans throughout
/// (thermal heads print thin serifs badly), text large relative to the width, height open.
class PageStyle
{
public:
    static PageStyle forLayout(PaperLayout layout, const HallProfile &profile);

    PaperLayout layout() const { return m_layout; }
    bool isReceipt() const { return m_layout == PaperLayout::Receipt80mm; }
    qreal pageWidth() const { return m_pageWidth; }
    /// 0 for the receipt: its height follows the content.
    qreal pageHeight() const { return m_pageHeight; }
    QMarginsF margins() const { return m_margins; }
    qreal contentWidth() const { return m_pageWidth - m_margins.left() - m_margins.right(); }
    /// Room kept at the bottom of each A4 page for the footer line.
    qreal footerHeight() const { return m_footerHeight; }
    const QFont &font(FontRole role) const { return m_fonts[std::size_t(role)]; }
    /// Line height as a multiple of the font's natural line height.
    qreal lineSpacing(FontRole role) const;
    /// Vertical gap between paragraphs and sections.
    qreal paragraphGap() const { return m_paragraphGap; }
    qreal sectionGap() const { return m_sectionGap; }

private:
    PaperLayout m_layout = PaperLayout::A4;
    qreal m_pageWidth = 0;
    qreal m_pageHeight = 0;
    QMarginsF m_margins;
    qreal m_footerHeight = 0;
    qreal m_paragraphGap = 0;
    qreal m_sectionGap = 0;
    std::array<QFont, fontRoleCount> m_fonts;
};

/// The first installed family of `preferred`, else the system's default. Cached per list.
QString installedFamily(const QStringList &preferred);

} // namespace OneWindow::Printing::Internal
