#pragma once

#include <QObject>

#include "core/error.h"
#include "printing/hallprofile.h"
#include "printing/noticedata.h"

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace OneWindow::Ui {

/// Prints a case's notices on the window's printer: A4, or the 80 mm receipt printer, as the
/// setting "printing/paper" says. A thin layer: app/printing lays the notice out and paints it;
/// this class only brings the QPrinter, the print and preview dialogs and "save as PDF".
/// A receipt's page is 80 mm × its own length, set on the printer before each notice.
class NoticePrinter : public QObject
{
    Q_OBJECT
public:
    explicit NoticePrinter(Printing::HallProfile profile, QObject *parent = nullptr);

    /// The paper this window prints on: QSettings "printing/paper", "a4" (default) or "receipt80mm".
    static Printing::PaperLayout configuredLayout();
    static void setConfiguredLayout(Printing::PaperLayout layout);

    Printing::PaperLayout paperLayout() const { return m_layout; }
    void setPaperLayout(Printing::PaperLayout layout) { m_layout = layout; }

    /// Prints on `printer` as it is set up (a dialog's choice, or a PDF file in tests).
    Status print(const Printing::NoticeData &data, QPrinter *printer) const;
    /// Asks for the printer with QPrintDialog, then prints; false when cancelled or failed (said so).
    bool printWithDialog(const Printing::NoticeData &data, QWidget *parent);
    /// A preview dialog whose pages app/printing paints; the caller shows it (open() or exec()).
    QPrintPreviewDialog *createPreview(const Printing::NoticeData &data, QWidget *parent);
    /// Writes the notice as a PDF file (the same PDF as the archive keeps, text layer corrected).
    Status saveAsPdf(const Printing::NoticeData &data, const QString &path) const;
    /// Asks where to save, then saves; false when cancelled or failed (said so).
    bool saveAsPdfWithDialog(const Printing::NoticeData &data, QWidget *parent);

private:
    void showError(QWidget *parent, const QString &message) const;

    Printing::HallProfile m_profile;
    Printing::PaperLayout m_layout;
};

} // namespace OneWindow::Ui
