#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPageSize>

#include "core/error.h"
#include "printing/hallprofile.h"
#include "printing/noticedata.h"

class QPagedPaintDevice;

namespace OneWindow::Printing {

/// Renders a case's notices (受理通知书, 一次性告知书, 不予受理通知书, 材料接收凭证) with
/// QPainter in one of two layouts: A4 pages, or an 80 mm receipt as long as its content.
/// Qt Gui only (no widgets, no QPixmap): every function may run on a worker thread, so the
/// window never waits for a notice. The wording comes from the hall's template (HallProfile).
class NoticeRenderer
{
public:
    /// The notice as a PDF in memory (title and creator set), via QPdfWriter, with its text layer
    /// corrected (see ToUnicodeRepair): prefer it to render() on a PDF-format QPrinter.
    static Result<QByteArray> renderPdf(const NoticeData &data, const HallProfile &profile, PaperLayout layout);

    /// Paints the notice on `device` (a QPdfWriter, or a QPrinter from ui/printing): sets the
    /// device's page to the layout's size (A4, or 80 mm × the receipt's length; no margins, the
    /// layout keeps its own), then paints each page. The device must not be painting yet.
    static Status render(const NoticeData &data, const HallProfile &profile, PaperLayout layout,
                         QPagedPaintDevice *device);

    /// Each page as an image at `dpi` (previews, the citizen screen, tests).
    static Result<QList<QImage>> renderImages(const NoticeData &data, const HallProfile &profile, PaperLayout layout,
                                              int dpi);

    /// The page the notice needs: A4, or the receipt's 80 mm × its length. A printer is set to
    /// this before printing (the length depends on the content: compute it per notice).
    static Result<QPageSize> pageSize(const NoticeData &data, const HallProfile &profile, PaperLayout layout);
};

} // namespace OneWindow::Printing
