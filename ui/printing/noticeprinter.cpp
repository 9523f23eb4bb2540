#include "noticeprinter.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>

#include "printing/noticerenderer.h"

using namespace Qt::StringLiterals;
using OneWindow::Printing::NoticeRenderer;
using OneWindow::Printing::PaperLayout;

namespace OneWindow::Ui {
namespace {

const QString paperKey = u"printing/paper"_s;
const QString receiptValue = u"receipt80mm"_s;

} // namespace

NoticePrinter::NoticePrinter(Printing::HallProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_layout(configuredLayout())
{
}

PaperLayout NoticePrinter::configuredLayout()
{
    return QSettings().value(paperKey).toString() == receiptValue ? PaperLayout::Receipt80mm : PaperLayout::A4;
}

void NoticePrinter::setConfiguredLayout(PaperLayout layout)
{
    QSettings().setValue(paperKey, layout == PaperLayout::Receipt80mm ? receiptValue : u"a4"_s);
}

Status NoticePrinter::print(const Printing::NoticeData &data, QPrinter *printer) const
{
    printer->setDocName(m_profile.wording(data.kind).text(u"title"_s) + u' ' + data.caseNumber);
    // The layout keeps its own margins; the page starts at the paper's corner.
    printer->setFullPage(true);
    return NoticeRenderer::render(data, m_profile, m_layout, printer);
}

bool NoticePrinter::printWithDialog(const Printing::NoticeData &data, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    const Result<QPageSize> size = NoticeRenderer::pageSize(data, m_profile, m_layout);
    if (size)
        printer.setPageSize(size.value());
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Status printed = print(data, &printer);
    if (!printed)
        showError(parent, printed.error().message);
    return printed.isOk();
}

QPrintPreviewDialog *NoticePrinter::createPreview(const Printing::NoticeData &data, QWidget *parent)
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print preview"));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, data, dialog](QPrinter *printer) {
        const Status printed = print(data, printer);
        if (!printed)
            showError(dialog, printed.error().message);
    });
    return dialog;
}

Status NoticePrinter::saveAsPdf(const Printing::NoticeData &data, const QString &path) const
{
    const Result<QByteArray> pdf = NoticeRenderer::renderPdf(data, m_profile, m_layout);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit())
        return makeError(
            u"ui.printing.save"_s,
            //: %1: the file path; %2: the system's reason
            tr("The PDF could not be saved to %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Done {};
}

bool NoticePrinter::saveAsPdfWithDialog(const Printing::NoticeData &data, QWidget *parent)
{
    const QString suggested = m_profile.wording(data.kind).text(u"title"_s) + u'-' + data.caseNumber + u".pdf"_s;
    const QString path
        = QFileDialog::getSaveFileName(parent, tr("Save notice as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const Status saved = saveAsPdf(data, path);
    if (!saved)
        showError(parent, saved.error().message);
    return saved.isOk();
}

void NoticePrinter::showError(QWidget *parent, const QString &message) const
{
    QMessageBox::warning(parent, tr("Printing"), message);
}

} // namespace OneWindow::Ui
