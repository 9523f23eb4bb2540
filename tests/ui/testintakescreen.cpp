#include <QComboBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

#include "calendar/workingcalendar.h"
#include "catalog/catalogservice.h"
#include "fakeclock.h"
#include "intake/casestore.h"
#include "intake/checklistview.h"
#include "intake/formlevelview.h"
#include "intake/intakescreen.h"
#include "shell/mainwindow.h"
#include "shell/translations.h"
#include "storage/blobstore.h"
#include "storage/database.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;

/// A demo item from the catalog search to an accepted case with its printed notice, and to a
/// one-time notice, by keyboard only, under the offscreen platform.
class TestIntakeScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void takesCaseFromSearchToAcceptedNoticeByKeyboard();
    void oneTimeNoticeKeepsTheDraftOpen();
    void draftComesBackWhenReopened();
    void everyDemoItemBuildsItsForm();

private:
    // 社会保障卡挂失与解挂: 即办, four fields, two required materials.
    static constexpr auto itemCode = u"11990102MB1205673N4990102013000003";
    QWidget *focused() const { return QApplication::focusWidget(); }
    void type(const QString &text);
    void startCaseByKeyboard();
    void fillApplicantByKeyboard();
    Intake::IntakeCase storedCase() const;

    std::unique_ptr<Test::TempDataDir> m_dir;
    Test::FakeClock m_clock;
    std::shared_ptr<Storage::Database> m_db;
    std::unique_ptr<Catalog::CatalogService> m_catalog;
    std::unique_ptr<Intake::CaseService> m_cases;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestIntakeScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // ONEWINDOW_TEST_LANG=zh_CN shows the screens as halls see them (for screenshots).
    const QString language = qEnvironmentVariable("ONEWINDOW_TEST_LANG", u"en"_s);
    QCOMPARE(Ui::installTranslations(*qApp, language), language);
}

void TestIntakeScreen::init()
{
    m_dir = std::make_unique<Test::TempDataDir>();
    QDir(m_dir->path()).mkpath(u"printed"_s);
    QSettings().setValue(u"printing/pdfFolder"_s, m_dir->filePath(u"printed"_s));
    m_db = Storage::Database::open(m_dir->filePath(u"window.db"_s)).value();
    m_catalog = std::make_unique<Catalog::CatalogService>(m_db, m_clock);
    auto calendar = std::make_shared<Calendar::WorkingCalendar>();
    QVERIFY(calendar->addShippedYears());
    const Intake::Workstation station { u"SF01"_s, u"示范区政务服务中心"_s, 3, u"w03"_s, u"王敏"_s };
    m_cases = std::make_unique<Intake::CaseService>(m_db, m_catalog.get(), calendar, m_clock, station,
                                                    Printing::HallProfile::load().value(), m_dir->filePath(u"blobs"_s));
    m_window = std::make_unique<Ui::MainWindow>(m_catalog.get(), m_cases.get());
    QSignalSpy ready(m_catalog.get(), &Catalog::CatalogService::indexReady);
    m_catalog->reload(Test::sourcePath(u"resources/demo/catalog.json"_s));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
}

void TestIntakeScreen::cleanup()
{
    m_window.reset();
    m_cases.reset();
    m_catalog.reset();
    m_db.reset();
    m_dir.reset();
    QSettings().remove(u"printing/pdfFolder"_s);
}

void TestIntakeScreen::type(const QString &text)
{
    // Chinese arrives as an input method's commit; ASCII as key presses.
    bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
    if (ascii) {
        QTest::keyClicks(focused(), text);
        return;
    }
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(focused(), &event);
}

void TestIntakeScreen::startCaseByKeyboard()
{
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
    type(QString::fromUtf16(itemCode));
    QTest::keyClick(focused(), Qt::Key_Return);
    Ui::IntakeScreen *intake = m_window->intakeScreen();
    QTRY_VERIFY_WITH_TIMEOUT(intake->isVisible() && intake->hasCase(), 10000);
    QCOMPARE(intake->session()->guide().code, QString::fromUtf16(itemCode));
    QTRY_COMPARE(focused(), intake->form()->editorWidget(u"applicantName"_s));
}

void TestIntakeScreen::fillApplicantByKeyboard()
{
    type(u"张三"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    type(u"11010519491231002x"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    auto *id = qobject_cast<QLineEdit *>(m_window->intakeScreen()->form()->editorWidget(u"applicantIdNo"_s));
    QCOMPARE(id->text(), u"11010519491231002X"_s); // normalized as the field was left
    type(u"+86 138 1234 5678"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(qobject_cast<QComboBox *>(focused()));
    QTest::keyClick(focused(), Qt::Key_Down);
}

Intake::IntakeCase TestIntakeScreen::storedCase() const
{
    return Intake::CaseStore(m_db, m_clock).load(m_window->intakeScreen()->session()->intakeCase().uuid).value();
}

void TestIntakeScreen::takesCaseFromSearchToAcceptedNoticeByKeyboard()
{
    startCaseByKeyboard();
    fillApplicantByKeyboard();
    Ui::IntakeScreen *intake = m_window->intakeScreen();
    QTest::keyClick(focused(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(focused(), intake->checklistView());
    QTest::keyClick(focused(), Qt::Key_1); // 居民身份证: original seen
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_3); // application form: electronic
    // For people to look at: ONEWINDOW_SCREENSHOT_DIR=<folder> keeps a picture of the filled form.
    if (const QString shots = qEnvironmentVariable("ONEWINDOW_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(QDir(shots).filePath(u"intake-screen.png"_s));
    const QStringList blockers = intake->session()->blockers(Intake::Decision::Accept, m_clock.now().date());
    QVERIFY2(blockers.isEmpty(), qPrintable(blockers.join(u'\n')));
    QSignalSpy decided(m_cases.get(), &Intake::CaseService::decided);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!decided.isEmpty(), 20000);

    const Intake::IntakeCase kase = storedCase();
    QCOMPARE(kase.status, Intake::CaseStatus::Accepted);
    QCOMPARE(kase.applicantName, u"张三"_s);
    QCOMPARE(kase.applicantId, u"11010519491231002X"_s);
    QCOMPARE(kase.dueDate, QDate(2026, 11, 25)); // 即办: due the day it is accepted
    QCOMPARE(kase.events.size(), 1);
    QCOMPARE(kase.documents.size(), 2);
    QCOMPARE(kase.documents.first().kind, u"acceptance"_s);
    QCOMPARE(kase.documents.last().kind, u"materialsReceipt"_s);
    // The notice is kept with the case, and went to the window's printer (a PDF folder here).
    QVERIFY(Storage::BlobStore(m_dir->filePath(u"blobs"_s)).read(kase.documents.first().pdfSha256));
    const QString printed = m_dir->filePath(u"printed/"_s + kase.number + u"-1.pdf"_s);
    QTRY_VERIFY(QFile::exists(printed));
    if (const QString shots = qEnvironmentVariable("ONEWINDOW_SCREENSHOT_DIR"); !shots.isEmpty())
        QFile::copy(printed, QDir(shots).filePath(u"acceptance-notice.pdf"_s));
    QProcess text;
    text.start(u"pdftotext"_s, { printed, u"-"_s });
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QVERIFY2(content.contains(kase.number), qPrintable(content));
    QVERIFY(!content.contains(u"11010519491231002X"_s));
    QVERIFY(!intake->form()->isEnabled()); // an accepted case is no longer edited at the window

    // The same notice in the print preview, by keyboard.
    QTest::keyClick(intake->checklistView(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QPrintPreviewDialog *preview = nullptr;
    QTRY_VERIFY((preview = m_window->findChild<QPrintPreviewDialog *>()) != nullptr);
    QTRY_VERIFY(preview->isVisible());
    preview->reject();
}

void TestIntakeScreen::oneTimeNoticeKeepsTheDraftOpen()
{
    startCaseByKeyboard();
    fillApplicantByKeyboard();
    Ui::IntakeScreen *intake = m_window->intakeScreen();
    QTest::keyClick(focused(), Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(focused(), Qt::Key_1);
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_4); // application form missing
    QSignalSpy decided(m_cases.get(), &Intake::CaseService::decided);
    QTest::keyClick(focused(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!decided.isEmpty(), 20000);
    const Intake::IntakeCase kase = storedCase();
    QCOMPARE(kase.status, Intake::CaseStatus::WaitingForMaterials);
    QCOMPARE(kase.documents.first().kind, u"oneTimeNotice"_s);
    QVERIFY(intake->form()->isEnabled());
}

void TestIntakeScreen::draftComesBackWhenReopened()
{
    startCaseByKeyboard();
    type(u"李四"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    const QString uuid = m_window->intakeScreen()->session()->intakeCase().uuid;
    m_window->close(); // flushes the autosave
    m_window = std::make_unique<Ui::MainWindow>(m_catalog.get(), m_cases.get());
    m_window->show();
    QSignalSpy opened(m_cases.get(), &Intake::CaseService::caseOpened);
    m_cases->openCase(uuid);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
    auto *name = qobject_cast<QLineEdit *>(m_window->intakeScreen()->form()->editorWidget(u"applicantName"_s));
    QCOMPARE(name->text(), u"李四"_s);
}

void TestIntakeScreen::everyDemoItemBuildsItsForm()
{
    QFile file(Test::sourcePath(u"resources/demo/catalog.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).object().value(u"items"_s).toArray();
    for (const QJsonValue &item : items) {
        const QString name = item[u"name"_s].toString();
        const Intake::FormSchema schema = Intake::FormSchema::fromJson(item[u"form"_s].toObject()).value();
        Ui::FormLevelView view(schema.fields());
        QStringList required;
        for (const Intake::FieldSpec &spec : schema.fields()) {
            QVERIFY2(view.editorWidget(spec.key), qPrintable(name + u": "_s + spec.key));
            if (spec.required && Intake::FormSchema::isVisible(spec, view.values()))
                required.append(spec.key);
        }
        // An empty form cannot be accepted: every visible required field is reported.
        QStringList reported;
        for (const Intake::FieldIssue &issue :
             Intake::FormValidator::validate(schema.fields(), view.values(), m_clock.now().date()))
            reported.append(issue.path);
        QVERIFY2(!required.isEmpty(), qPrintable(name));
        for (const QString &key : std::as_const(required))
            QVERIFY2(reported.contains(key), qPrintable(name + u": "_s + key));
    }
}

QTEST_MAIN(TestIntakeScreen)
#include "testintakescreen.moc"
