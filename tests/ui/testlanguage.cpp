#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "catalog/catalogservice.h"
#include "core/clock.h"
#include "shell/mainwindow.h"
#include "shell/translations.h"
#include "storage/database.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;

/// The client speaks Simplified Chinese unless told otherwise.
class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // no saved language from a real run
    void defaultsToSimplifiedChinese();
    void shellAndCatalogScreenSpeakChinese();
};

void TestLanguage::defaultsToSimplifiedChinese()
{
    QCOMPARE(Ui::chosenLanguage(QString()), u"zh_CN"_s);
    QCOMPARE(Ui::chosenLanguage(u"en"_s), u"en"_s);
}

void TestLanguage::shellAndCatalogScreenSpeakChinese()
{
    QCOMPARE(Ui::installTranslations(*qApp, u"zh_CN"_s), u"zh_CN"_s);
    Test::TempDataDir dir;
    auto db = Storage::Database::open(dir.filePath(u"window.db"_s));
    QVERIFY(db);
    Catalog::CatalogService service(db.value(), Clock::system());
    Ui::MainWindow window(&service);
    QSignalSpy ready(&service, &Catalog::CatalogService::indexReady);
    service.reload();
    QVERIFY(ready.wait(10000));
    QCOMPARE(window.windowTitle(), u"一窗通"_s);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, QStringList({ u"文件(&F)"_s, u"视图(&V)"_s, u"帮助(&H)"_s }));
    QVERIFY(window.findChild<QLineEdit *>(u"catalogSearch"_s)->placeholderText().contains(u"拼音"_s));
    QVERIFY(window.findChild<QLabel *>(u"catalogStatus"_s)->text().contains(u"事项目录"_s));
}

QTEST_MAIN(TestLanguage)
#include "testlanguage.moc"
