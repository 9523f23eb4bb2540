#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "cases/casesscreen.h"
#include "cases/timelineview.h"
#include "core/clock.h"
#include "intake/casesmodel.h"
#include "intake/casestore.h"
#include "shell/translations.h"
#include "storage/database.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using Intake::CasesModel;
using Intake::CaseStatus;

namespace {

class FakeClock final : public Clock
{
public:
    QDateTime now() const override { return at; }
    QDateTime at;
};

} // namespace

/// The cases screen as staff use it, by keyboard under the offscreen platform, on cases made
/// through CaseStore in a temporary database.
class TestCasesScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTodaysCasesWithSearchFocused();
    void typingChineseNameAndEnterOpensTheCase();
    void enterRightAfterTypingOpensTheNewMatch();
    void arrowKeysChooseAmongMatches();
    void doubleClickOpensTheCase();
    void idSearchShowsOnlyMaskedNumbers();
    void periodShortcutsWidenTheList();
    void timelineShowsEventsStopsAndDocuments();
    void reprintReachableByKeyboard();
    void escapeClearsSearchAndLeavesTheTable();

private:
    QString addCase(const QDateTime &at, const QString &name, const QString &id, CaseStatus status);
    QLineEdit *search() const { return m_screen->findChild<QLineEdit *>(u"caseSearch"_s); }
    QTableView *table() const { return m_screen->findChild<QTableView *>(u"caseTable"_s); }
    QLabel *label(const QString &name) const { return m_screen->findChild<QLabel *>(name); }
    QString currentUuid() const { return table()->currentIndex().data(CasesModel::UuidRole).toString(); }
    QStringList shownNames() const;
    void typeText(QWidget *widget, const QString &text);
    bool waitLoaded();

    std::unique_ptr<Test::TempDataDir> m_dir;
    std::shared_ptr<Storage::Database> m_database;
    FakeClock m_clock;
    std::unique_ptr<Intake::CaseStore> m_store;
    std::unique_ptr<Ui::CasesScreen> m_screen;
    Intake::Workstation m_station { u"SF01"_s, u"示范街道便民服务中心"_s, 3, u"S007"_s, u"王芳"_s };
    QString m_zhang, m_li, m_wang;
};

void TestCasesScreen::initTestCase()
{
    QCOMPARE(Ui::installTranslations(*qApp, u"en"_s), u"en"_s);
}

QString TestCasesScreen::addCase(const QDateTime &at, const QString &name, const QString &id, CaseStatus status)
{
    m_clock.at = at;
    auto created = m_store->createDraft(u"ITEM-0002"_s, 1, u"居住证申领"_s, "{}"_ba, m_station);
    if (!created)
        qFatal("createDraft failed");
    Intake::IntakeCase draft = created.value();
    draft.applicantName = name;
    draft.applicantId = id;
    if (!m_store->saveDraft(draft))
        qFatal("saveDraft failed");
    if (status == CaseStatus::Accepted) {
        m_clock.at = at.addSecs(600);
        Intake::TransitionRecord record;
        record.to = CaseStatus::Accepted;
        record.note = u"材料齐全，当场受理"_s;
        record.acceptedAt = m_clock.at;
        record.dueDate = QDate(2026, 12, 4);
        if (auto moved = m_store->transition(draft.uuid, record, m_station, false); !moved)
            qFatal("transition failed: %s", qPrintable(moved.error().message));
    }
    return draft.uuid;
}

void TestCasesScreen::init()
{
    m_dir = std::make_unique<Test::TempDataDir>();
    auto opened = Storage::Database::open(m_dir->filePath(u"window.db"_s));
    QVERIFY(opened);
    m_database = opened.value();
    m_store = std::make_unique<Intake::CaseStore>(m_database, m_clock);
    m_wang
        = addCase(QDateTime(QDate(2026, 11, 24), QTime(16, 0)), u"王五"_s, u"440106198807074321"_s, CaseStatus::Draft);
    m_li = addCase(QDateTime(QDate(2026, 11, 25), QTime(9, 0)), u"李四"_s, u"440106199001011234"_s,
                   CaseStatus::Accepted);
    m_zhang
        = addCase(QDateTime(QDate(2026, 11, 25), QTime(10, 30)), u"张三"_s, u"11010519491231002X"_s, CaseStatus::Draft);
    Intake::CaseDocument notice;
    notice.kind = u"acceptance"_s;
    notice.number = u"示范受〔2026〕03-0001号"_s;
    notice.issuedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 11));
    notice.layout = u"a4"_s;
    notice.pdfSha256 = QString(64, u'0');
    QVERIFY(m_store->addDocument(m_li, notice));
    Intake::ClockStop hearing;
    hearing.kind = u"hearing"_s;
    hearing.since = QDate(2026, 11, 25);
    hearing.note = u"申请人要求听证"_s;
    QVERIFY(m_store->startClockStop(m_li, hearing));
    m_clock.at = QDateTime(QDate(2026, 11, 25), QTime(15, 0));

    m_screen = std::make_unique<Ui::CasesScreen>(m_database, m_clock);
    m_screen->resize(1200, 700);
    QSignalSpy loaded(m_screen->model(), &CasesModel::loaded);
    m_screen->show();
    m_screen->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000));
    m_screen->focusSearch();
}

void TestCasesScreen::cleanup()
{
    m_screen.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QStringList TestCasesScreen::shownNames() const
{
    QStringList names;
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, CasesModel::ApplicantColumn).data().toString());
    return names;
}

void TestCasesScreen::typeText(QWidget *widget, const QString &text)
{
    // QTest::keyClicks asserts on non-ASCII text in Qt 6.4: one key event carrying the text.
    QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text, Qt::NoModifier);
}

bool TestCasesScreen::waitLoaded()
{
    QSignalSpy loaded(m_screen->model(), &CasesModel::loaded);
    return loaded.wait(10000);
}

void TestCasesScreen::opensOnTodaysCasesWithSearchFocused()
{
    QVERIFY(search()->hasFocus());
    QCOMPARE(search()->placeholderText(), u"Case number, applicant name or ID number"_s);
    QCOMPARE(shownNames(), QStringList({ u"张*"_s, u"李*"_s }));
    QCOMPARE(table()->currentIndex().row(), 0);
    QVERIFY(label(u"caseCount"_s)->text().startsWith(u"2 case"_s));
    QTRY_COMPARE(label(u"timelineNumber"_s)->text(), u"SF01-03-20261125-0002"_s);
}

void TestCasesScreen::typingChineseNameAndEnterOpensTheCase()
{
    typeText(search(), u"李四"_s);
    QCOMPARE(search()->text(), u"李四"_s);
    QVERIFY(waitLoaded());
    QCOMPARE(shownNames(), QStringList({ u"李*"_s }));
    QSignalSpy open(m_screen.get(), &Ui::CasesScreen::openCaseRequested);
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), m_li);
}

void TestCasesScreen::enterRightAfterTypingOpensTheNewMatch()
{
    // The list still shows 张三 first when Enter comes before the search has run.
    QSignalSpy open(m_screen.get(), &Ui::CasesScreen::openCaseRequested);
    QTest::keyClicks(search(), u"440106199001"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_COMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), m_li);
    QCOMPARE(shownNames(), QStringList({ u"李*"_s }));
}

void TestCasesScreen::arrowKeysChooseAmongMatches()
{
    QTest::keyClicks(search(), u"SF01-03-20261125"_s);
    QVERIFY(waitLoaded());
    QCOMPARE(table()->model()->rowCount(), 2);
    QCOMPARE(currentUuid(), m_zhang);
    QTest::keyClick(search(), Qt::Key_Down);
    QVERIFY(search()->hasFocus());
    QCOMPARE(currentUuid(), m_li);
    QTest::keyClick(search(), Qt::Key_Up);
    QCOMPARE(currentUuid(), m_zhang);
    QTest::keyClick(search(), Qt::Key_Down);
    // Tab into the list: Enter there opens the case too.
    QTest::keyClick(search(), Qt::Key_Tab);
    QVERIFY(table()->hasFocus());
    QSignalSpy open(m_screen.get(), &Ui::CasesScreen::openCaseRequested);
    QTest::keyClick(table(), Qt::Key_Enter);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), m_li);
}

void TestCasesScreen::doubleClickOpensTheCase()
{
    QSignalSpy open(m_screen.get(), &Ui::CasesScreen::openCaseRequested);
    const QRect second = table()->visualRect(table()->model()->index(1, CasesModel::ItemColumn));
    // A first click as a person makes it: the view only activates an index the press was on.
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::NoModifier, second.center());
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, Qt::NoModifier, second.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), m_li);
}

void TestCasesScreen::idSearchShowsOnlyMaskedNumbers()
{
    QTest::keyClicks(search(), u"11010519491231002x"_s);
    QVERIFY(waitLoaded());
    QCOMPARE(shownNames(), QStringList({ u"张*"_s }));
    QCOMPARE(table()->model()->index(0, CasesModel::IdNumberColumn).data().toString(), u"110105********002X"_s);
    QTRY_COMPARE(label(u"timelineIdNumber"_s)->text(), u"110105********002X"_s);
    QCOMPARE(label(u"timelineApplicant"_s)->text(), u"张*"_s);
    QTRY_VERIFY(label(u"timelineEvents"_s)->text().contains(u"Draft created"_s));
    // Only the search field itself holds the number as typed.
    for (const QLabel *shown : m_screen->findChildren<QLabel *>())
        QVERIFY2(!shown->text().contains(u"19491231"_s), qPrintable(shown->objectName()));
}

void TestCasesScreen::periodShortcutsWidenTheList()
{
    QTest::keyClick(m_screen.get(), Qt::Key_2, Qt::AltModifier);
    QVERIFY(waitLoaded());
    QCOMPARE(shownNames(), QStringList({ u"张*"_s, u"李*"_s, u"王*"_s }));
    QVERIFY(search()->hasFocus());
    typeText(search(), u"王五"_s);
    QVERIFY(waitLoaded());
    QCOMPARE(shownNames(), QStringList({ u"王*"_s }));
    QTest::keyClick(m_screen.get(), Qt::Key_1, Qt::AltModifier);
    QVERIFY(waitLoaded());
    QCOMPARE(shownNames(), QStringList());
    QVERIFY(label(u"caseCount"_s)->text().contains(u"Alt+3"_s));
    QTest::keyClick(m_screen.get(), Qt::Key_3, Qt::AltModifier);
    QVERIFY(waitLoaded());
    QCOMPARE(shownNames(), QStringList({ u"王*"_s }));
    QCOMPARE(m_screen->period(), Ui::CasesScreen::Period::All);
}

void TestCasesScreen::timelineShowsEventsStopsAndDocuments()
{
    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(currentUuid(), m_li);
    QTRY_COMPARE(label(u"timelineNumber"_s)->text(), u"SF01-03-20261125-0001"_s);
    QCOMPARE(label(u"timelineStatus"_s)->text(), u"Accepted"_s);
    QCOMPARE(label(u"timelineDue"_s)->text(), u"2026-12-04"_s);
    QCOMPARE(m_screen->findChild<QPushButton *>(u"timelineOpen"_s)->text(), u"Open case"_s);
    QLabel *events = label(u"timelineEvents"_s);
    QTRY_VERIFY2(events->text().contains(u"Draft → Accepted"_s), qPrintable(events->text()));
    QVERIFY(events->text().contains(u"2026-11-25 09:10"_s));
    QVERIFY(events->text().contains(u"材料齐全，当场受理"_s));
    QVERIFY(events->text().contains(u"by S007 at window 03, SF01"_s));
    QVERIFY(events->text().indexOf(u"Draft → Accepted"_s) < events->text().indexOf(u"Draft created"_s));
    QVERIFY(label(u"timelineStops"_s)->isVisible());
    QCOMPARE(label(u"timelineStops"_s)->text(), u"Hearing: since 2026-11-25, still running (申请人要求听证)"_s);
    auto *reprint = m_screen->findChild<QPushButton *>(u"timelineReprint1"_s);
    QVERIFY(reprint && reprint->isVisible());
    QVERIFY(reprint->toolTip().contains(u"示范受〔2026〕03-0001号"_s));

    QTest::keyClick(search(), Qt::Key_Up);
    QTRY_COMPARE(m_screen->findChild<QPushButton *>(u"timelineOpen"_s)->text(), u"Reopen draft"_s);
    QTRY_VERIFY(!label(u"timelineStops"_s)->isVisible());
    QVERIFY(!m_screen->findChild<QWidget *>(u"timelineDocuments"_s)->isVisible());
}

void TestCasesScreen::reprintReachableByKeyboard()
{
    QTest::keyClick(search(), Qt::Key_Down);
    QPushButton *reprint = nullptr;
    QTRY_VERIFY((reprint = m_screen->findChild<QPushButton *>(u"timelineReprint1"_s)) && reprint->isVisible());
    QSignalSpy reprinted(m_screen.get(), &Ui::CasesScreen::reprintRequested);
    QSignalSpy open(m_screen.get(), &Ui::CasesScreen::openCaseRequested);
    // Tab order: search, list, the timeline's Open button, then each document's Reprint.
    QTest::keyClick(search(), Qt::Key_Tab);
    QVERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_Tab);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY2(focused->objectName() == u"timelineOpen"_s, focused->metaObject()->className());
    QTest::keyClick(focused, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), m_li);
    QTest::keyClick(focused, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), reprint);
    QTest::keyClick(reprint, Qt::Key_Space);
    QCOMPARE(reprinted.size(), 1);
    QCOMPARE(reprinted.at(0).at(0).toString(), m_li);
    QCOMPARE(reprinted.at(0).at(1).toInt(), 1);
}

void TestCasesScreen::escapeClearsSearchAndLeavesTheTable()
{
    QTest::keyClicks(search(), u"xyz"_s);
    QVERIFY(waitLoaded());
    QCOMPARE(shownNames(), QStringList());
    QVERIFY(label(u"timelinePlaceholder"_s)->isVisible());
    QTest::keyClick(search(), Qt::Key_Escape);
    QCOMPARE(search()->text(), QString());
    QVERIFY(waitLoaded());
    QCOMPARE(shownNames().size(), 2);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Escape);
    QVERIFY(search()->hasFocus());
}

QTEST_MAIN(TestCasesScreen)
#include "testcasesscreen.moc"
