#pragma once

#include <QPainter>
#include <QSizeF>

#include <memory>

#include "core/error.h"
#include "printing/hallprofile.h"
#include "printing/noticedata.h"
#include "printing/pagestyle.h"
#include "printing/paginator.h"
#include "printing/textblock.h"

namespace OneWindow::Printing::Internal {

/// One notice composed, measured and split into pages for one paper layout, ready to paint on
/// any device. Everything is in layout units, so the same object paints a PDF, a printer's pages
/// and preview images alike; building it touches no device (safe on any thread).
class LaidOutNotice
{
public:
    static Result<std::unique_ptr<LaidOutNotice>> build(const NoticeData &data, const HallProfile &profile,
                                                        PaperLayout layout);

    /// Page size in millimetres (210 × 297, or 80 × the receipt's length).
    QSizeF pageSizeMm() const;
    int pageCount() const { return int(m_pages.size()); }
    /// "受理通知书 SF01-…": the PDF's title.
    QString title() const { return m_title; }
    /// Every character the notice draws, and the fonts it draws them in (for ToUnicodeRepair).
    QString drawnText() const;
    QList<QFont> fonts() const;
    /// Paints one page; the painter's unit must be the layout unit, origin at the page's corner.
    void paintPage(QPainter &painter, int index) const;

private:
    explicit LaidOutNotice(PageStyle style);
    void addFooters(const HallProfile &profile, const QString &caseNumber);

    PageStyle m_style;
    BlockList m_blocks;
    QList<LaidPage> m_pages;
    std::unique_ptr<TextBlock> m_continuation;
    std::unique_ptr<TextBlock> m_footer;
    std::vector<std::unique_ptr<TextBlock>> m_pageLabels;
    qreal m_pageHeight = 0;
    qreal m_footerHeight = 0;
    qreal m_continuationHeight = 0;
    QString m_title;
};

} // namespace OneWindow::Printing::Internal
