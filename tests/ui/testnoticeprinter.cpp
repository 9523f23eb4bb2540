#include <QCoreApplication>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QTest>

#include "../unit/printing/noticesamples.h"
#include "../unit/printing/pdfreadback.h"
#include "printing/noticeprinter.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Printing;
using OneWindow::Test::PdfReadback;

Q_DECLARE_METATYPE(OneWindow::Printing::PaperLayout)

/// Printing a notice through the real QPrinter path (a PDF-format QPrinter writing a file), the
/// preview dialog's pages and "save as PDF", each read back as a person or a scanner would.
class TestNoticePrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void printsThroughQPrinter_data();
    void printsThroughQPrinter();
    void previewShowsEveryPage();
    void savesAsPdf();
    void paperFollowsTheSetting();

private:
    Test::TempDataDir m_dir;
    HallProfile m_profile;
};

void TestNoticePrinter::initTestCase()
{
    QCoreApplication::setOrganizationName(u"OneWindowTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    Result<HallProfile> profile = HallProfile::load();
    QVERIFY(profile);
    m_profile = profile.value();
    const QString missing = PdfReadback::missingTools();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestNoticePrinter::printsThroughQPrinter_data()
{
    QTest::addColumn<PaperLayout>("layout");
    QTest::addColumn<double>("widthMm");
    QTest::addRow("a4") << PaperLayout::A4 << 210.0;
    QTest::addRow("80mm") << PaperLayout::Receipt80mm << 80.0;
}

void TestNoticePrinter::printsThroughQPrinter()
{
    QFETCH(PaperLayout, layout);
    QFETCH(double, widthMm);
    const NoticeData data = Test::sampleNotice(DocumentKind::AcceptanceNotice);
    Ui::NoticePrinter printer(m_profile);
    printer.setPaperLayout(layout);
    const QString path = m_dir.filePath(u"printed-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    QPrinter qprinter(QPrinter::HighResolution);
    qprinter.setOutputFormat(QPrinter::PdfFormat);
    qprinter.setOutputFileName(path);
    const Status printed = printer.print(data, &qprinter);
    QVERIFY2(printed, qPrintable(printed ? QString() : printed.error().message));

    QVERIFY2(qAbs(PdfReadback::pageSizePoints(path).width() - widthMm / 25.4 * 72.0) < 0.5,
             qPrintable(PdfReadback::info(path).value(u"Page size"_s)));
    const QString text = PdfReadback::text(path);
    QVERIFY2(text.contains(PdfReadback::readable(data.caseNumber)), qPrintable(text));
    QVERIFY(text.contains(PdfReadback::readable(data.documentNumber)));
    QVERIFY(text.contains(PdfReadback::readable(data.applicantIdMasked)));
    QVERIFY(!text.contains(PdfReadback::readable(Test::sampleFullId())));
    const QMultiHash<QString, QString> codes = PdfReadback::decodeCodes(path, 1);
    QCOMPARE(codes.values(u"QR-Code"_s), QStringList { m_profile.lookupUrl(data.caseNumber, data.publicCode) });
    QCOMPARE(codes.values(u"CODE-128"_s), QStringList { data.caseNumber });
}

void TestNoticePrinter::previewShowsEveryPage()
{
    Ui::NoticePrinter printer(m_profile);
    printer.setPaperLayout(PaperLayout::A4);
    QPrintPreviewDialog *dialog
        = printer.createPreview(Test::sampleNotice(DocumentKind::AcceptanceNotice, 24), nullptr);
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    dialog->show();
    preview->updatePreview();
    QTRY_COMPARE(preview->pageCount(), 2);
    dialog->close();
}

void TestNoticePrinter::savesAsPdf()
{
    const NoticeData data = Test::sampleNotice(DocumentKind::MaterialsReceipt);
    Ui::NoticePrinter printer(m_profile);
    printer.setPaperLayout(PaperLayout::Receipt80mm);
    const QString path = m_dir.filePath(u"saved.pdf"_s);
    QVERIFY(printer.saveAsPdf(data, path));
    // The saved PDF's text layer reads exactly as printed, 食 and 民 included.
    QVERIFY(PdfReadback::rawText(path).contains(data.itemName));
    const Status refused = printer.saveAsPdf(data, m_dir.filePath(u"no-such-folder/saved.pdf"_s));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"ui.printing.save"_s);
}

void TestNoticePrinter::paperFollowsTheSetting()
{
    Ui::NoticePrinter::setConfiguredLayout(PaperLayout::Receipt80mm);
    QCOMPARE(Ui::NoticePrinter(m_profile).paperLayout(), PaperLayout::Receipt80mm);
    Ui::NoticePrinter::setConfiguredLayout(PaperLayout::A4);
    QCOMPARE(Ui::NoticePrinter(m_profile).paperLayout(), PaperLayout::A4);
}

QTEST_MAIN(TestNoticePrinter)
#include "testnoticeprinter.moc"
