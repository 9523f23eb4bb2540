#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include "core/clock.h"
#include "intake/casestore.h"
#include "storage/database.h"
#include "tempdatadir.h"
#include "typedtext.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Intake;

// Kills a process that is typing into a draft (draftwriter, autosaving through DraftSaver) with
// SIGKILL at different moments, then opens the database as the restarted client would: it must
// open, and the draft must be at least what the child was told was saved, exactly a prefix of what
// it typed.
class TestDraftCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void draftSurvivesKillMidTyping_data();
    void draftSurvivesKillMidTyping();

private:
    struct Report
    {
        int revision = 0;
        qsizetype length = 0;
    };
    /// Takes the complete "saved REVISION LENGTH" lines off the front of `buffer`.
    static bool takeReports(QByteArray &buffer, QList<Report> &reports);

    QString m_writer;
};

void TestDraftCrash::initTestCase()
{
    m_writer = qEnvironmentVariable("ONEWINDOW_DRAFTWRITER");
    if (m_writer.isEmpty())
        m_writer = QCoreApplication::applicationDirPath() + u"/intake_draftwriter"_s;
    QVERIFY2(QFileInfo(m_writer).isExecutable(), qPrintable(u"draftwriter not found: "_s + m_writer));
}

bool TestDraftCrash::takeReports(QByteArray &buffer, QList<Report> &reports)
{
    for (qsizetype end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
        const QList<QByteArray> words = buffer.left(end).split(' ');
        buffer.remove(0, end + 1);
        bool revisionOk = false;
        bool lengthOk = false;
        if (words.size() != 3 || words.at(0) != "saved"_ba)
            return false;
        reports.append({ words.at(1).toInt(&revisionOk), words.at(2).toLongLong(&lengthOk) });
        if (!revisionOk || !lengthOk)
            return false;
    }
    return true;
}

void TestDraftCrash::draftSurvivesKillMidTyping_data()
{
    QTest::addColumn<int>("savesBeforeKill");
    QTest::addColumn<int>("thenMs");
    QTest::addRow("after the first save") << 1 << 0;
    QTest::addRow("after 4 saves, at once") << 4 << 0;
    QTest::addRow("after 8 saves, 2 ms later") << 8 << 2;
    QTest::addRow("after 15 saves, 11 ms later") << 15 << 11;
    QTest::addRow("after 25 saves, 37 ms later") << 25 << 37;
}

void TestDraftCrash::draftSurvivesKillMidTyping()
{
    QFETCH(int, savesBeforeKill);
    QFETCH(int, thenMs);
    Test::TempDataDir dir;
    const QString path = dir.filePath(u"window.db"_s);
    QString uuid;
    {
        auto opened = Storage::Database::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        CaseStore store(opened.value(), Clock::system());
        const Workstation station { u"SF01"_s, u"测试大厅"_s, 3, u"staff-1"_s, u"测试"_s };
        auto created = store.createDraft(u"TEST-001"_s, 1, u"测试事项"_s, "{}"_ba, station);
        QVERIFY(created);
        uuid = created->uuid;
    }

    // Short delays (15 ms quiet, 40 ms max, a key every 2 ms) so that saves come often and a
    // kill is likely to land while one is being written.
    QProcess child;
    child.start(m_writer, { path, uuid, u"15"_s, u"40"_s, u"2"_s });
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    QByteArray buffer;
    QList<Report> reports;
    while (reports.size() < savesBeforeKill) {
        QVERIFY2(child.waitForReadyRead(20000),
                 qPrintable(u"the child stopped reporting: "_s + QString::fromUtf8(child.readAllStandardError())));
        buffer += child.readAllStandardOutput();
        QVERIFY2(takeReports(buffer, reports), buffer.constData());
    }
    if (thenMs > 0)
        QTest::qSleep(thenMs);
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // What it printed before it died was acknowledged too.
    buffer += child.readAllStandardOutput();
    QVERIFY2(takeReports(buffer, reports), buffer.constData());
    for (qsizetype i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).revision > reports.at(i - 1).revision);
        QVERIFY(reports.at(i).length >= reports.at(i - 1).length);
    }
    const Report last = reports.last();
    QVERIFY(last.length > 0);

    auto reopened = Storage::Database::open(path);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    QSqlQuery check(reopened.value()->connection());
    QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);
    check.finish();

    CaseStore store(reopened.value(), Clock::system());
    auto restored = store.load(uuid);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    QCOMPARE(restored->status, CaseStatus::Draft);
    QCOMPARE(restored->applicantName, u"张三"_s);
    QCOMPARE(restored->form.value(u"applicantName"_s).toString(), u"张三"_s);
    const QString remark = restored->form.value(u"remark"_s).toString();
    QVERIFY2(restored->revision >= last.revision,
             qPrintable(u"revision %1, child was told %2"_s.arg(restored->revision).arg(last.revision)));
    QCOMPARE(remark, Test::typedText(remark.size()));
    QVERIFY2(remark.size() >= last.length,
             qPrintable(u"%1 characters, child was told %2"_s.arg(remark.size()).arg(last.length)));
    if (restored->revision == last.revision)
        QCOMPARE(remark.size(), last.length);
}

QTEST_GUILESS_MAIN(TestDraftCrash)
#include "testdraftcrash.moc"
