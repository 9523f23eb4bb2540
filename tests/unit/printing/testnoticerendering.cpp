#include <QFile>
#include <QGuiApplication>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include "noticesamples.h"
#include "pdfreadback.h"
#include "printing/hallprofile.h"
#include "printing/noticerenderer.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Printing;
using OneWindow::Test::PdfReadback;

Q_DECLARE_METATYPE(OneWindow::Printing::DocumentKind)
Q_DECLARE_METATYPE(OneWindow::Printing::PaperLayout)

/// Every notice in both layouts, read back the way a person or a scanner would: the text with
/// pdftotext, the QR code and the barcode with zbarimg from a 300 dpi render of the page.
class TestNoticeRendering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void printsWhatTheNoticeNeeds_data();
    void printsWhatTheNoticeNeeds();
    void textLayerReadsAsDrawn();
    void receiptIsEightyMillimetresWide();
    void receiptGrowsWithItsContent();
    void longMaterialsListSpansTwoA4Pages();
    void oneTimeNoticeListsEveryProblem();
    void refusalNoticeSaysHowToAppeal();
    void acceptanceStatesTheDueDate_data();
    void acceptanceStatesTheDueDate();
    void overrideTemplateChangesTheHallName();
    void refusesNoticeItCannotPrint();
    void rendersOnAWorkerThread();
    void rendersPreviewImages();

private:
    QString writePdf(const NoticeData &data, PaperLayout layout, const QString &name);

    Test::TempDataDir m_dir;
    HallProfile m_profile;
};

void TestNoticeRendering::initTestCase()
{
    Result<HallProfile> profile = HallProfile::load();
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
    m_profile = profile.value();
    const QString missing = PdfReadback::missingTools();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
}

QString TestNoticeRendering::writePdf(const NoticeData &data, PaperLayout layout, const QString &name)
{
    const Result<QByteArray> pdf = NoticeRenderer::renderPdf(data, m_profile, layout);
    if (!pdf) {
        qWarning() << pdf.error().message;
        return {};
    }
    QFile file(m_dir.filePath(name + u".pdf"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size())
        return {};
    return file.fileName();
}

void TestNoticeRendering::printsWhatTheNoticeNeeds_data()
{
    QTest::addColumn<DocumentKind>("kind");
    QTest::addColumn<PaperLayout>("layout");
    const QList<std::pair<DocumentKind, QString>> kinds { { DocumentKind::AcceptanceNotice, u"acceptance"_s },
                                                          { DocumentKind::OneTimeNotice, u"onetime"_s },
                                                          { DocumentKind::RefusalNotice, u"refusal"_s },
                                                          { DocumentKind::MaterialsReceipt, u"receipt"_s } };
    for (const auto &[kind, name] : kinds) {
        QTest::addRow("%s-a4", qPrintable(name)) << kind << PaperLayout::A4;
        QTest::addRow("%s-80mm", qPrintable(name)) << kind << PaperLayout::Receipt80mm;
    }
}

void TestNoticeRendering::printsWhatTheNoticeNeeds()
{
    QFETCH(DocumentKind, kind);
    QFETCH(PaperLayout, layout);
    const NoticeData data = Test::sampleNotice(kind);
    const QString pdf = writePdf(data, layout, QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(!pdf.isEmpty());

    const QString text = PdfReadback::text(pdf);
    QVERIFY2(text.contains(PdfReadback::readable(data.caseNumber)), qPrintable(text));
    QVERIFY(text.contains(PdfReadback::readable(data.itemName)));
    QVERIFY(text.contains(PdfReadback::readable(data.documentNumber)));
    QVERIFY(text.contains(PdfReadback::readable(data.applicantIdMasked)));
    QVERIFY(!text.contains(PdfReadback::readable(Test::sampleFullId())));
    QVERIFY(text.contains(PdfReadback::readable(m_profile.hallName)));
    QVERIFY(text.contains(PdfReadback::readable(m_profile.wording(kind).text(u"title"_s))));
    QVERIFY(text.contains(PdfReadback::readable(m_profile.officeName))); // the seal line
    QVERIFY(text.contains(PdfReadback::readable(u"申请人（签字）"_s)));

    const QMultiHash<QString, QString> codes = PdfReadback::decodeCodes(pdf, 1);
    QCOMPARE(codes.values(u"QR-Code"_s), QStringList { m_profile.lookupUrl(data.caseNumber, data.publicCode) });
    QCOMPARE(codes.values(u"CODE-128"_s), QStringList { data.caseNumber });
}

void TestNoticeRendering::textLayerReadsAsDrawn()
{
    // Without the ToUnicode repair these read back as radicals (⻝品, 人⺠) and variants (戶口簿),
    // which NFKC does not fold; digits inside Latin runs (SF01) used to vanish.
    const NoticeData data = Test::sampleNotice(DocumentKind::AcceptanceNotice);
    const QString pdf = writePdf(data, PaperLayout::A4, u"text-layer"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = PdfReadback::rawText(pdf);
    for (const QString &expected : { u"食品经营许可（新办）"_s, u"中华人民共和国行政许可法"_s, u"户口簿"_s,
                                     u"示范区政务服务中心"_s, u"SF01-W03-20261125-0007"_s, u"齐全"_s, u"承办部门"_s })
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestNoticeRendering::receiptIsEightyMillimetresWide()
{
    const NoticeData data = Test::sampleNotice(DocumentKind::AcceptanceNotice);
    const QString pdf = writePdf(data, PaperLayout::Receipt80mm, u"receipt-width"_s);
    QVERIFY(!pdf.isEmpty());
    const QSizeF points = PdfReadback::pageSizePoints(pdf);
    QVERIFY2(qAbs(points.width() - 80.0 / 25.4 * 72.0) < 0.5, qPrintable(QString::number(points.width())));
    QCOMPARE(PdfReadback::info(pdf).value(u"Pages"_s), u"1"_s);
    // The page-size query (what ui/printing gives the QPrinter) agrees with the PDF.
    const Result<QPageSize> size = NoticeRenderer::pageSize(data, m_profile, PaperLayout::Receipt80mm);
    QVERIFY(size);
    QVERIFY(qAbs(size->size(QPageSize::Point).height() - points.height()) < 1.0);
    const Result<QPageSize> a4 = NoticeRenderer::pageSize(data, m_profile, PaperLayout::A4);
    QVERIFY(a4);
    QCOMPARE(a4->id(), QPageSize::A4);
}

void TestNoticeRendering::receiptGrowsWithItsContent()
{
    const Result<QPageSize> shorter = NoticeRenderer::pageSize(Test::sampleNotice(DocumentKind::MaterialsReceipt, 2),
                                                               m_profile, PaperLayout::Receipt80mm);
    const Result<QPageSize> longer = NoticeRenderer::pageSize(Test::sampleNotice(DocumentKind::MaterialsReceipt, 12),
                                                              m_profile, PaperLayout::Receipt80mm);
    QVERIFY(shorter && longer);
    QCOMPARE(shorter->size(QPageSize::Millimeter).width(), 80.0);
    // Ten more materials, each a line and a detail line: several centimetres more paper.
    QVERIFY(longer->size(QPageSize::Millimeter).height() > shorter->size(QPageSize::Millimeter).height() + 40);
}

void TestNoticeRendering::longMaterialsListSpansTwoA4Pages()
{
    const NoticeData data = Test::sampleNotice(DocumentKind::AcceptanceNotice, 24);
    const QString pdf = writePdf(data, PaperLayout::A4, u"long-list"_s);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(PdfReadback::info(pdf).value(u"Pages"_s), u"2"_s);
    const QString second = PdfReadback::text(pdf, 2, 2);
    // The table goes on with its header row, under a head that names the notice and the case.
    QVERIFY2(second.contains(PdfReadback::readable(m_profile.label(u"columnName"_s))), qPrintable(second));
    QVERIFY(second.contains(PdfReadback::readable(data.caseNumber)));
    QVERIFY(second.contains(u"第2页共2页"_s));
    QVERIFY(second.contains(PdfReadback::readable(data.materials.last().name)));
    // Signature and seal close the last page only.
    QVERIFY(!PdfReadback::text(pdf, 1, 1).contains(PdfReadback::readable(u"申请人（签字）"_s)));
    QVERIFY(second.contains(PdfReadback::readable(u"申请人（签字）"_s)));
}

void TestNoticeRendering::oneTimeNoticeListsEveryProblem()
{
    const NoticeData data = Test::sampleNotice(DocumentKind::OneTimeNotice, 7);
    const QString pdf = writePdf(data, PaperLayout::A4, u"onetime-problems"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = PdfReadback::text(pdf);
    int problems = 0;
    for (const NoticeMaterial &material : data.materials) {
        if (material.problem.isEmpty())
            continue;
        ++problems;
        QVERIFY(text.contains(PdfReadback::readable(material.name)));
    }
    QVERIFY(problems >= 4);
    QVERIFY(text.contains(u"未提供"_s));
    QVERIFY(text.contains(u"复印件不清晰"_s));
    QVERIFY(text.contains(PdfReadback::readable(u"清晰复印件 1 份"_s)));
    // What was received is named once, so the applicant does not bring it again.
    QVERIFY(text.contains(u"无需重复提交"_s));
}

void TestNoticeRendering::refusalNoticeSaysHowToAppeal()
{
    const NoticeData data = Test::sampleNotice(DocumentKind::RefusalNotice);
    const QString pdf = writePdf(data, PaperLayout::A4, u"refusal-appeal"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = PdfReadback::text(pdf);
    QVERIFY(text.contains(u"不属于本机关职权范围"_s));
    QVERIFY(text.contains(PdfReadback::readable(data.legalBasis.first())));
    QVERIFY(text.contains(PdfReadback::readable(u"六十日内依法向示范区人民政府申请行政复议"_s)));
    QVERIFY(text.contains(PdfReadback::readable(u"六个月内依法向示范区人民法院提起行政诉讼"_s)));
    QVERIFY(!text.contains(u"。。"_s)); // the reason's own full stop is not doubled
}

void TestNoticeRendering::acceptanceStatesTheDueDate_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("provisional");
    QTest::addColumn<QString>("expected");
    QTest::addRow("confirmed") << 10 << QDate(2026, 12, 9) << false << u"预计于2026年12月9日前办结。"_s;
    QTest::addRow("provisional") << 10 << QDate(2027, 1, 8) << true
                                 << u"预计于2027年1月8日前办结（暂按法定节假日计算）"_s;
    QTest::addRow("unavailable") << 20 << QDate() << false << u"20个工作日；预计办结日期暂无法确定"_s;
    QTest::addRow("instant") << 0 << QDate() << false << u"即办件"_s;
}

void TestNoticeRendering::acceptanceStatesTheDueDate()
{
    QFETCH(int, days);
    QFETCH(QDate, due);
    QFETCH(bool, provisional);
    QFETCH(QString, expected);
    NoticeData data = Test::sampleNotice(DocumentKind::AcceptanceNotice);
    data.promisedDays = days;
    data.dueDate = due;
    data.dueDateProvisional = provisional;
    const QString pdf
        = writePdf(data, PaperLayout::Receipt80mm, u"due-"_s + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(!pdf.isEmpty());
    const QString text = PdfReadback::text(pdf);
    QVERIFY2(text.contains(PdfReadback::readable(expected)), qPrintable(text));
    QCOMPARE(text.contains(u"暂按法定节假日计算"_s), provisional);
}

void TestNoticeRendering::overrideTemplateChangesTheHallName()
{
    const QString path = m_dir.filePath(u"hall.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"hall": {"name": "样例县政务服务大厅", "hotline": "0999-88888", "footer": "样例县政务服务大厅"}})"_ba);
    file.close();
    const Result<HallProfile> profile = HallProfile::load(path);
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
    const NoticeData data = Test::sampleNotice(DocumentKind::MaterialsReceipt);
    const Result<QByteArray> pdf = NoticeRenderer::renderPdf(data, profile.value(), PaperLayout::A4);
    QVERIFY(pdf);
    QFile out(m_dir.filePath(u"override.pdf"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(pdf.value());
    out.close();
    const QString text = PdfReadback::text(out.fileName());
    QVERIFY(text.contains(u"样例县政务服务大厅"_s));
    QVERIFY(!text.contains(PdfReadback::readable(m_profile.hallName)));
    QVERIFY(text.contains(u"0999-88888"_s));
    QVERIFY(
        text.contains(PdfReadback::readable(m_profile.officeName))); // what the override leaves alone stays built in
}

void TestNoticeRendering::refusesNoticeItCannotPrint()
{
    NoticeData data = Test::sampleNotice(DocumentKind::AcceptanceNotice);
    data.caseNumber.clear();
    const Result<QByteArray> pdf = NoticeRenderer::renderPdf(data, m_profile, PaperLayout::A4);
    QVERIFY(!pdf);
    QCOMPARE(pdf.error().code, u"printing.no_case_number"_s);
    data.caseNumber = u"示范-0001"_s; // Code128 carries ASCII only
    QCOMPARE(NoticeRenderer::renderPdf(data, m_profile, PaperLayout::A4).error().code, u"printing.barcode"_s);
    NoticeData refusal = Test::sampleNotice(DocumentKind::RefusalNotice);
    refusal.refusalReason.clear();
    QCOMPARE(NoticeRenderer::renderPdf(refusal, m_profile, PaperLayout::A4).error().code,
             u"printing.no_refusal_reason"_s);
}

void TestNoticeRendering::rendersOnAWorkerThread()
{
    const NoticeData data = Test::sampleNotice(DocumentKind::AcceptanceNotice);
    const HallProfile profile = m_profile;
    QFuture<Result<QByteArray>> future = QtConcurrent::run(
        [data, profile] { return NoticeRenderer::renderPdf(data, profile, PaperLayout::Receipt80mm); });
    const Result<QByteArray> pdf = future.result();
    QVERIFY(pdf);
    QVERIFY(pdf->startsWith("%PDF-"_ba));
    QFile file(m_dir.filePath(u"worker.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf.value());
    file.close();
    QVERIFY(PdfReadback::text(file.fileName()).contains(PdfReadback::readable(data.caseNumber)));
}

void TestNoticeRendering::rendersPreviewImages()
{
    const NoticeData data = Test::sampleNotice(DocumentKind::AcceptanceNotice, 24);
    const Result<QList<QImage>> pages = NoticeRenderer::renderImages(data, m_profile, PaperLayout::A4, 100);
    QVERIFY(pages);
    QCOMPARE(pages->size(), 2);
    QCOMPARE(pages->first().size(), QSize(827, 1169)); // A4 at 100 dpi
    // Something is drawn: the page is not blank white.
    const QImage &first = pages->first();
    int dark = 0;
    for (int y = 0; y < first.height(); y += 4)
        for (int x = 0; x < first.width(); x += 4)
            dark += qGray(first.pixel(x, y)) < 128;
    QVERIFY(dark > 500);
}

int main(int argc, char **argv)
{
    // Fonts need a QGuiApplication; no widget is involved, so not a QApplication.
    QGuiApplication app(argc, argv);
    TestNoticeRendering test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "testnoticerendering.moc"
