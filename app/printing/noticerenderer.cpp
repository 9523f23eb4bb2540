#include "noticerenderer.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include "printing/laidoutnotice.h"
#include "printing/tounicoderepair.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Printing {
namespace {

using Internal::LaidOutNotice;
using Internal::unitsPerMm;

QPageSize pageSizeOf(const LaidOutNotice &notice, PaperLayout layout)
{
    if (layout == PaperLayout::A4)
        return QPageSize(QPageSize::A4);
    // ExactMatch: a fuzzy match would snap a 80 × 148 mm receipt to A5's neighbour and the like.
    return QPageSize(notice.pageSizeMm(), QPageSize::Millimeter, u"Receipt 80 mm"_s, QPageSize::ExactMatch);
}

void setUpPainter(QPainter &painter, qreal dpiX, qreal dpiY)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(dpiX / 25.4 / unitsPerMm, dpiY / 25.4 / unitsPerMm);
}

Status paint(const LaidOutNotice &notice, PaperLayout layout, QPagedPaintDevice *device)
{
    const QPageSize size = pageSizeOf(notice, layout);
    // A printer with hardware margins refuses zero margins; the page size alone is then enough,
    // since the layout's own margins (20 mm, 4 mm) are wider than any printer's.
    if (!device->setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF())))
        device->setPageSize(size);
    QPainter painter;
    if (!painter.begin(device))
        return makeError(u"printing.device"_s, Text::tr("The printer or the PDF file could not be opened."));
    // The painter's origin is the printable area's corner; the layout counts from the paper's.
    const QRect printable = device->pageLayout().paintRectPixels(device->logicalDpiX());
    for (int page = 0; page < notice.pageCount(); ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return makeError(u"printing.device"_s, Text::tr("The printer or the PDF file could not be opened."));
        }
        painter.save();
        painter.translate(-printable.topLeft());
        setUpPainter(painter, device->logicalDpiX(), device->logicalDpiY());
        notice.paintPage(painter, page);
        painter.restore();
    }
    if (!painter.end())
        return makeError(u"printing.device"_s, Text::tr("The notice could not be written to the printer or file."));
    return Done {};
}

} // namespace

Status NoticeRenderer::render(const NoticeData &data, const HallProfile &profile, PaperLayout layout,
                              QPagedPaintDevice *device)
{
    Result<std::unique_ptr<LaidOutNotice>> notice = LaidOutNotice::build(data, profile, layout);
    if (!notice)
        return notice.error();
    return paint(*notice.value(), layout, device);
}

Result<QByteArray> NoticeRenderer::renderPdf(const NoticeData &data, const HallProfile &profile, PaperLayout layout)
{
    Result<std::unique_ptr<LaidOutNotice>> notice = LaidOutNotice::build(data, profile, layout);
    if (!notice)
        return notice.error();
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(u"OneWindow 一窗通"_s);
        writer.setTitle(notice.value()->title());
        const Status painted = paint(*notice.value(), layout, &writer);
        if (!painted)
            return painted.error();
    }
    buffer.close();
    Internal::ToUnicodeRepair(notice.value()->drawnText(), notice.value()->fonts()).apply(pdf);
    return pdf;
}

Result<QList<QImage>> NoticeRenderer::renderImages(const NoticeData &data, const HallProfile &profile,
                                                   PaperLayout layout, int dpi)
{
    Result<std::unique_ptr<LaidOutNotice>> notice = LaidOutNotice::build(data, profile, layout);
    if (!notice)
        return notice.error();
    const QSizeF sizeMm = notice.value()->pageSizeMm();
    const QSize pixels(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi));
    QList<QImage> pages;
    for (int page = 0; page < notice.value()->pageCount(); ++page) {
        QImage image(pixels, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        QPainter painter(&image);
        setUpPainter(painter, dpi, dpi);
        notice.value()->paintPage(painter, page);
        pages.append(image);
    }
    return pages;
}

Result<QPageSize> NoticeRenderer::pageSize(const NoticeData &data, const HallProfile &profile, PaperLayout layout)
{
    Result<std::unique_ptr<LaidOutNotice>> notice = LaidOutNotice::build(data, profile, layout);
    if (!notice)
        return notice.error();
    return pageSizeOf(*notice.value(), layout);
}

} // namespace OneWindow::Printing
