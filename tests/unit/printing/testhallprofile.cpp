#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

#include "printing/hallprofile.h"
#include "printing/noticerenderer.h"
#include "printing/placeholders.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Printing;

/// The hall template: the built-in demo hall, a hall's override merged over it, and clear
/// errors for a template that would print wrong.
class TestHallProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInTemplateLoads();
    void lookupUrlCarriesNumberAndCode();
    void missingOverrideKeepsTheBuiltIn();
    void overrideMergesKeyByKey();
    void malformedJsonIsAClearError();
    void invalidTemplateNamesTheKey_data();
    void invalidTemplateNamesTheKey();
    void sealImageIsFoundBesideTheOverride();
    void placeholdersAreFilled();

private:
    QString writeOverride(const QByteArray &json, const QString &name = u"hall.json"_s);

    Test::TempDataDir m_dir;
};

QString TestHallProfile::writeOverride(const QByteArray &json, const QString &name)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(json);
    return file.fileName();
}

void TestHallProfile::builtInTemplateLoads()
{
    const Result<HallProfile> profile = HallProfile::load();
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
    QCOMPARE(profile->hallName, u"示范区政务服务中心"_s);
    QCOMPARE(profile->hotline, u"0999-12345"_s);
    QCOMPARE(profile->documentNumberPrefix, u"示范"_s);
    QVERIFY(profile->seal.isNull()); // the demo hall has no seal image: a seal area is drawn
    QCOMPARE(profile->wording(DocumentKind::AcceptanceNotice).text(u"title"_s), u"受理通知书"_s);
    QCOMPARE(profile->wording(DocumentKind::OneTimeNotice).text(u"title"_s), u"一次性告知书"_s);
    QCOMPARE(profile->wording(DocumentKind::RefusalNotice).text(u"title"_s), u"不予受理通知书"_s);
    QCOMPARE(profile->wording(DocumentKind::MaterialsReceipt).text(u"title"_s), u"材料接收凭证"_s);
    QCOMPARE(profile->officeFor(DocumentKind::RefusalNotice), u"示范区行政审批局"_s);
}

void TestHallProfile::lookupUrlCarriesNumberAndCode()
{
    const Result<HallProfile> profile = HallProfile::load();
    QVERIFY(profile);
    QCOMPARE(profile->lookupUrl(u"SF01-W03-20261125-0007"_s, u"7KQ4M2"_s),
             u"https://zwfw.shifan.example/progress?no=SF01-W03-20261125-0007&code=7KQ4M2"_s);
    // Values cannot break out of the query string.
    QCOMPARE(profile->lookupUrl(u"A&B"_s, u"x y"_s), u"https://zwfw.shifan.example/progress?no=A%26B&code=x%20y"_s);
}

void TestHallProfile::missingOverrideKeepsTheBuiltIn()
{
    const Result<HallProfile> profile = HallProfile::load(m_dir.filePath(u"no-such-hall.json"_s));
    QVERIFY(profile);
    QCOMPARE(profile->hallName, u"示范区政务服务中心"_s);
    QCOMPARE(profile->origin, HallProfile::builtInPath());
}

void TestHallProfile::overrideMergesKeyByKey()
{
    const QString path = writeOverride(
        R"({"hall": {"name": "样例县政务服务大厅"},
            "documents": {"receipt": {"title": "收件凭证", "office": "样例县政务服务大厅"}}})"_ba);
    const Result<HallProfile> profile = HallProfile::load(path);
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
    QCOMPARE(profile->hallName, u"样例县政务服务大厅"_s);
    QCOMPARE(profile->officeName, u"示范区行政审批局"_s);
    QCOMPARE(profile->wording(DocumentKind::MaterialsReceipt).text(u"title"_s), u"收件凭证"_s);
    QCOMPARE(profile->officeFor(DocumentKind::MaterialsReceipt), u"样例县政务服务大厅"_s);
    QCOMPARE(profile->officeFor(DocumentKind::AcceptanceNotice), u"示范区行政审批局"_s);
    QVERIFY(!profile->wording(DocumentKind::MaterialsReceipt).paragraphs(u"closing"_s).isEmpty());
    QCOMPARE(profile->origin, path);
}

void TestHallProfile::malformedJsonIsAClearError()
{
    const QString path = writeOverride(R"({"hall": {"name": "样例县政务服务大厅",}})"_ba, u"broken.json"_s);
    const Result<HallProfile> profile = HallProfile::load(path);
    QVERIFY(!profile);
    QCOMPARE(profile.error().code, u"printing.template_syntax"_s);
    QVERIFY2(profile.error().message.contains(path), qPrintable(profile.error().message));
    QVERIFY(profile.error().message.contains(u"byte"_s));
}

void TestHallProfile::invalidTemplateNamesTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named");
    QTest::addRow("unknown placeholder") << R"({"documents": {"acceptance": {"title": "受理通知书{applicnt}"}}})"_ba
                                         << u"printing.template_placeholder"_s << u"documents.acceptance.title"_s;
    QTest::addRow("label not text") << R"({"labels": {"caseNumber": 5}})"_ba << u"printing.template_field"_s
                                    << u"labels.caseNumber"_s;
    QTest::addRow("paragraph not text") << R"({"documents": {"refusal": {"closing": ["a", 2]}}})"_ba
                                        << u"printing.template_field"_s << u"documents.refusal.closing"_s;
    QTest::addRow("lookup without code") << R"({"hall": {"lookupUrl": "https://x.example/{number}"}})"_ba
                                         << u"printing.template_lookup_url"_s << u"hall.lookupUrl"_s;
    QTest::addRow("newer format") << R"({"formatVersion": 2})"_ba << u"printing.template_version"_s << u"2"_s;
    QTest::addRow("seal missing") << R"({"hall": {"sealImage": "no-seal.png"}})"_ba << u"printing.template_seal"_s
                                  << u"no-seal.png"_s;
    QTest::addRow("not an object") << R"(["hall"])"_ba << u"printing.template_syntax"_s << u"object"_s;
}

void TestHallProfile::invalidTemplateNamesTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, named);
    const Result<HallProfile> profile = HallProfile::load(writeOverride(json, u"invalid.json"_s));
    QVERIFY(!profile);
    QCOMPARE(profile.error().code, code);
    QVERIFY2(profile.error().message.contains(named), qPrintable(profile.error().message));
}

void TestHallProfile::sealImageIsFoundBesideTheOverride()
{
    QImage seal(400, 400, QImage::Format_ARGB32);
    seal.fill(Qt::transparent);
    {
        QPainter painter(&seal);
        painter.setPen(QPen(Qt::red, 12));
        painter.drawEllipse(QRectF(10, 10, 380, 380));
    }
    QVERIFY(seal.save(m_dir.filePath(u"seal.png"_s)));
    const Result<HallProfile> profile = HallProfile::load(writeOverride(R"({"hall": {"sealImage": "seal.png"}})"_ba));
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
    QCOMPARE(profile->seal.size(), QSize(400, 400));
    NoticeData data;
    data.caseNumber = u"SF01-W03-20261125-0001"_s;
    data.documentNumber = u"示范受字〔2026〕第0001号"_s;
    const Result<QByteArray> pdf = NoticeRenderer::renderPdf(data, profile.value(), PaperLayout::A4);
    QVERIFY(pdf);
    QVERIFY(pdf->contains("/Subtype /Image"_ba));
}

void TestHallProfile::placeholdersAreFilled()
{
    using Printing::Internal::Placeholders;
    const QHash<QString, QString> values { { u"item"_s, u"食品经营许可"_s }, { u"days"_s, u"10"_s } };
    QCOMPARE(Placeholders::fill(u"“{item}”，{days}个工作日{missing}。"_s, values), u"“食品经营许可”，10个工作日。"_s);
    QCOMPARE(Placeholders::usedIn(u"{a}{b} {c"_s), (QStringList { u"a"_s, u"b"_s }));
    QVERIFY(Placeholders::known().contains(u"caseNumber"_s));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts for the one notice rendered here
    TestHallProfile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "testhallprofile.moc"
