#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "catalog/catalogscreen.h"
#include "catalog/catalogservice.h"
#include "catalog/resultdelegate.h"
#include "core/clock.h"
#include "packagefixture.h"
#include "shell/connectionindicator.h"
#include "shell/mainwindow.h"
#include "shell/translations.h"
#include "storage/database.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;

/// The catalog screen as staff use it, driven by keyboard under the offscreen platform.
class TestCatalogScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithSearchFocusedAndAllItemsListed();
    void typingPinyinInitialsNarrowsResults();
    void typingChineseThroughInputMethodFinds();
    void arrowAndEnterOpenGuideWithItsMaterials();
    void filtersNarrowResults();
    void escapeClearsSearch();
    void statusBarShowsCatalogAndConnection();

private:
    QLineEdit *search() const { return m_window->findChild<QLineEdit *>(u"catalogSearch"_s); }
    QListView *results() const { return m_window->findChild<QListView *>(u"catalogResults"_s); }
    QStringList visibleNames() const;
    void commitText(QWidget *widget, const QString &text);

    std::unique_ptr<Test::TempDataDir> m_dir;
    std::unique_ptr<Catalog::CatalogService> m_service;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestCatalogScreen::initTestCase()
{
    // Behaviour is checked on the English strings; the Chinese ones are the translation check's job.
    QCOMPARE(Ui::installTranslations(*qApp, u"en"_s), u"en"_s);
}

void TestCatalogScreen::init()
{
    m_dir = std::make_unique<Test::TempDataDir>();
    QFile package(m_dir->filePath(u"catalog.json"_s));
    QVERIFY(package.open(QIODevice::WriteOnly));
    package.write(Test::toJson(Test::samplePackage(3)));
    package.close();
    auto db = Storage::Database::open(m_dir->filePath(u"window.db"_s));
    QVERIFY(db);
    m_service = std::make_unique<Catalog::CatalogService>(db.value(), Clock::system());
    m_window = std::make_unique<Ui::MainWindow>(m_service.get());
    QSignalSpy ready(m_service.get(), &Catalog::CatalogService::indexReady);
    m_service->reload(package.fileName());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The catalog may be ready while the window is being shown, before a wait() would start.
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
}

void TestCatalogScreen::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_dir.reset();
}

QStringList TestCatalogScreen::visibleNames() const
{
    QStringList names;
    const QAbstractItemModel *model = results()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

void TestCatalogScreen::commitText(QWidget *widget, const QString &text)
{
    // What an input method does when the staff picks the characters: a commit, not key presses.
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

void TestCatalogScreen::opensWithSearchFocusedAndAllItemsListed()
{
    QTRY_VERIFY(search()->hasFocus());
    QCOMPARE(visibleNames().size(), 3);
    QCOMPARE(results()->currentIndex().row(), 0);
}

void TestCatalogScreen::typingPinyinInitialsNarrowsResults()
{
    QTest::keyClicks(search(), u"jzz"_s);
    QCOMPARE(visibleNames(), QStringList({ u"居住证签注"_s, u"居住证申领"_s }));
    const QModelIndex first = results()->model()->index(0, 0);
    QCOMPARE(Ui::ResultDelegate::badges(first), QStringList({ u"City-wide"_s, u"Appointment"_s }));
    QTest::keyClicks(search(), u"sl"_s);
    QCOMPARE(visibleNames(), QStringList({ u"居住证申领"_s }));
}

void TestCatalogScreen::typingChineseThroughInputMethodFinds()
{
    commitText(search(), u"临时"_s);
    QCOMPARE(search()->text(), u"临时"_s);
    QCOMPARE(visibleNames(), QStringList({ u"临时身份证明开具"_s }));
    QVERIFY(Ui::ResultDelegate::badges(results()->model()->index(0, 0)).contains(u"Instant"_s));
}

void TestCatalogScreen::arrowAndEnterOpenGuideWithItsMaterials()
{
    QTest::keyClicks(search(), u"juzhuzheng"_s);
    QCOMPARE(visibleNames().size(), 2);
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(results()->currentIndex().row(), 1);
    QVERIFY(search()->hasFocus());
    auto *title = m_window->findChild<QLabel *>(u"guideTitle"_s);
    QTRY_COMPARE(title->text(), u"居住证申领"_s);
    QSignalSpy activated(m_window->catalogScreen(), &Ui::CatalogScreen::itemActivated);
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), u"ITEM-0002"_s);

    auto *materials = m_window->findChild<QTableView *>(u"guideMaterials"_s);
    QCOMPARE(materials->model()->rowCount(), 2);
    QCOMPARE(materials->model()->index(0, 0).data().toString(), u"居民身份证"_s);
    QCOMPARE(materials->model()->index(1, 0).data().toString(), u"授权委托书"_s);
    QVERIFY(materials->model()->index(0, 1).data().toString().contains(u"复印件"_s));
    QCOMPARE(m_window->findChild<QLabel *>(u"guidePromisedLimit"_s)->text(), u"5 working days"_s);
    QCOMPARE(m_window->findChild<QLabel *>(u"guideHotline"_s)->text(), u"0755-80001234"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"guideLegalBasis"_s)->text().contains(u"居住证暂行条例"_s));
    QVERIFY(m_window->findChild<QLabel *>(u"guideFees"_s)->text().contains(u"Free"_s));
}

void TestCatalogScreen::filtersNarrowResults()
{
    auto *instant = m_window->findChild<QCheckBox *>(u"catalogInstantFilter"_s);
    instant->setChecked(true);
    QCOMPARE(visibleNames(), QStringList({ u"临时身份证明开具"_s }));
    instant->setChecked(false);
    auto *department = m_window->findChild<QComboBox *>(u"catalogDepartmentFilter"_s);
    QCOMPARE(department->count(), 3);
    department->setCurrentIndex(department->findData(u"MZ"_s));
    QCOMPARE(visibleNames(), QStringList());
    QVERIFY(m_window->findChild<QLabel *>(u"catalogCount"_s)->text().contains(u"No item"_s));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::AltModifier);
    // A button shortcut clicks with a short animation, so the state follows a moment later.
    QTRY_VERIFY(m_window->findChild<QCheckBox *>(u"catalogCityWideFilter"_s)->isChecked());
}

void TestCatalogScreen::escapeClearsSearch()
{
    QTest::keyClicks(search(), u"xyz"_s);
    QCOMPARE(visibleNames().size(), 0);
    QTest::keyClick(search(), Qt::Key_Escape);
    QCOMPARE(search()->text(), QString());
    QCOMPARE(visibleNames().size(), 3);
}

void TestCatalogScreen::statusBarShowsCatalogAndConnection()
{
    const QString status = m_window->findChild<QLabel *>(u"catalogStatus"_s)->text();
    QVERIFY2(status.contains(u'3'), qPrintable(status));
    QCOMPARE(m_window->connectionIndicator()->state(), Ui::ConnectionIndicator::State::NotConfigured);
    QVERIFY(!m_window->connectionIndicator()->text().isEmpty());
}

QTEST_MAIN(TestCatalogScreen)
#include "testcatalogscreen.moc"
