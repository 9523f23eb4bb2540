#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

#include "core/clock.h"
#include "intake/casestore.h"
#include "intake/draftsaver.h"
#include "storage/database.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace OneWindow;
using namespace OneWindow::Intake;

namespace {

// Delays that never run out during a test: the test hands over with flush() or saveNow().
DraftSaver::Delays never()
{
    return { 1h, 1h, 1h };
}

QString why(const Status &status)
{
    return status ? QString() : status.error().code + u": "_s + status.error().message;
}

// flush() must succeed; says why not.
#define VERIFY_FLUSHED(saver)                                                                                          \
    do {                                                                                                               \
        const Status flushed_ = (saver).flush();                                                                       \
        QVERIFY2(flushed_, qPrintable(why(flushed_)));                                                                 \
    } while (false)

IntakeCase withRemark(IntakeCase draft, const QString &remark)
{
    draft.form.insert(u"remark"_s, remark);
    return draft;
}

} // namespace

class TestDraftSaver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void flushSavesLatestSnapshot();
    void coalescesEditsIntoOneSave();
    void savesAfterQuietDelay();
    void savesWhileTypingWithoutPause();
    void usesEachSavesRevisionForTheNext();
    void refusesAndReportsStaleSave_data();
    void refusesAndReportsStaleSave();
    void keepsSnapshotWhenDatabaseFails_data();
    void keepsSnapshotWhenDatabaseFails();
    void flushTimesOutWhileDatabaseIsLocked();
    void destructorSavesPendingSnapshot();
    void keepsCasesApart();
    void discardForgetsSnapshot_data();
    void discardForgetsSnapshot();

private:
    IntakeCase newDraft();
    IntakeCase stored(const QString &uuid);
    bool exec(const QString &sql);

    std::unique_ptr<Test::TempDataDir> m_dir;
    std::shared_ptr<Storage::Database> m_database;
    std::unique_ptr<CaseStore> m_store;
};

void TestDraftSaver::init()
{
    m_dir = std::make_unique<Test::TempDataDir>();
    auto opened = Storage::Database::open(m_dir->filePath(u"window.db"_s));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_database = opened.value();
    m_store = std::make_unique<CaseStore>(m_database, Clock::system());
}

void TestDraftSaver::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

IntakeCase TestDraftSaver::newDraft()
{
    const Workstation station { u"SF01"_s, u"测试大厅"_s, 3, u"staff-1"_s, u"测试"_s };
    auto created = m_store->createDraft(u"TEST-001"_s, 1, u"测试事项"_s, "{}"_ba, station);
    if (!created)
        qFatal("createDraft failed");
    return created.value();
}

IntakeCase TestDraftSaver::stored(const QString &uuid)
{
    auto loaded = m_store->load(uuid);
    return loaded ? loaded.value() : IntakeCase {};
}

bool TestDraftSaver::exec(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql);
}

void TestDraftSaver::flushSavesLatestSnapshot()
{
    const IntakeCase draft = newDraft();
    DraftSaver saver(*m_store);
    saver.setDelays(never());
    QSignalSpy saved(&saver, &DraftSaver::saved);
    QSignalSpy unsaved(&saver, &DraftSaver::unsavedChangesChanged);
    saver.schedule(withRemark(draft, u"住"_s));
    IntakeCase latest = withRemark(draft, u"住所"_s);
    latest.applicantName = u"李四"_s;
    latest.applicantId = u"110101199003070011"_s;
    latest.checklist = QJsonArray { QJsonObject { { u"materialId"_s, u"m1"_s }, { u"provision"_s, u"original"_s } } };
    const quint64 edit = saver.schedule(latest);
    QVERIFY(saver.hasUnsavedChanges());
    QVERIFY(saver.hasUnsavedChanges(draft.uuid));
    QCOMPARE(stored(draft.uuid).form, QJsonObject());

    const Status flushed = saver.flush();
    QVERIFY2(flushed, qPrintable(flushed ? QString() : flushed.error().message));
    QVERIFY(!saver.hasUnsavedChanges());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toULongLong(), edit);
    QCOMPARE(unsaved.count(), 2);
    QCOMPARE(unsaved.at(0).at(0).toBool(), true);
    QCOMPARE(unsaved.at(1).at(0).toBool(), false);
    const IntakeCase back = stored(draft.uuid);
    QCOMPARE(back.form, latest.form);
    QCOMPARE(back.checklist, latest.checklist);
    QCOMPARE(back.applicantName, u"李四"_s);
    QCOMPARE(back.applicantId, u"110101199003070011"_s);
    QCOMPARE(back.revision, saver.savedRevision(draft.uuid));
}

void TestDraftSaver::coalescesEditsIntoOneSave()
{
    const IntakeCase draft = newDraft();
    DraftSaver saver(*m_store);
    saver.setDelays(never());
    QSignalSpy saved(&saver, &DraftSaver::saved);
    QString remark;
    for (int i = 0; i < 50; ++i) {
        remark += u'字';
        saver.schedule(withRemark(draft, remark));
    }
    VERIFY_FLUSHED(saver);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toInt(), 1);
    QCOMPARE(stored(draft.uuid).form.value(u"remark"_s).toString(), remark);
}

void TestDraftSaver::savesAfterQuietDelay()
{
    const IntakeCase draft = newDraft();
    DraftSaver saver(*m_store);
    saver.setDelays({ 20ms, 1h, 1h });
    QSignalSpy saved(&saver, &DraftSaver::saved);
    saver.schedule(withRemark(draft, u"一"_s));
    saver.schedule(withRemark(draft, u"一窗"_s));
    // No flush: the debounce alone hands the snapshot over.
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!saver.hasUnsavedChanges());
    QCOMPARE(stored(draft.uuid).form.value(u"remark"_s).toString(), u"一窗"_s);
}

void TestDraftSaver::savesWhileTypingWithoutPause()
{
    const IntakeCase draft = newDraft();
    DraftSaver saver(*m_store);
    saver.setDelays({ 1h, 50ms, 1h });
    QSignalSpy saved(&saver, &DraftSaver::saved);
    QString remark;
    // Keys every 5 ms never leave the 1 h quiet delay to run out; the 50 ms maximum does.
    for (int i = 0; i < 2000 && saved.isEmpty(); ++i) {
        remark += u'a';
        saver.schedule(withRemark(draft, remark));
        QTest::qWait(5);
    }
    QVERIFY(!saved.isEmpty());
    const QString saving = stored(draft.uuid).form.value(u"remark"_s).toString();
    QVERIFY(!saving.isEmpty());
    QVERIFY(remark.startsWith(saving));
    VERIFY_FLUSHED(saver);
    QCOMPARE(stored(draft.uuid).form.value(u"remark"_s).toString(), remark);
}

void TestDraftSaver::usesEachSavesRevisionForTheNext()
{
    const IntakeCase draft = newDraft();
    QCOMPARE(draft.revision, 0);
    DraftSaver saver(*m_store);
    saver.setDelays(never());
    QSignalSpy saved(&saver, &DraftSaver::saved);
    // The caller never updates its copy's revision: the saver carries it from save to save.
    for (const QString &remark : { u"一"_s, u"一窗"_s, u"一窗通"_s }) {
        saver.schedule(withRemark(draft, remark));
        VERIFY_FLUSHED(saver);
    }
    QCOMPARE(saved.count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(saved.at(i).at(0).toInt(), i + 1);
    QCOMPARE(saver.savedRevision(draft.uuid), 3);
    const IntakeCase back = stored(draft.uuid);
    QCOMPARE(back.revision, 3);
    QCOMPARE(back.form.value(u"remark"_s).toString(), u"一窗通"_s);
}

void TestDraftSaver::refusesAndReportsStaleSave_data()
{
    QTest::addColumn<QString>("otherWriter");
    QTest::addColumn<bool>("reloadHelps");
    QTest::addRow("another save came first") << u"save first"_s << true;
    QTest::addRow("another save after ours") << u"save after"_s << true;
    QTest::addRow("the case was accepted") << u"accept"_s << false;
}

void TestDraftSaver::refusesAndReportsStaleSave()
{
    QFETCH(QString, otherWriter);
    QFETCH(bool, reloadHelps);
    const IntakeCase draft = newDraft();
    DraftSaver saver(*m_store);
    saver.setDelays(never());
    if (otherWriter != u"save first"_s) {
        saver.schedule(withRemark(draft, u"ours"_s));
        VERIFY_FLUSHED(saver);
    }
    if (otherWriter == u"accept"_s) {
        const Workstation station { u"SF01"_s, u"测试大厅"_s, 3, u"staff-1"_s, u"测试"_s };
        TransitionRecord accept;
        accept.to = CaseStatus::Accepted;
        QVERIFY(m_store->transition(draft.uuid, accept, station, false));
    } else {
        IntakeCase theirs = withRemark(stored(draft.uuid), u"theirs"_s);
        QVERIFY(m_store->saveDraft(theirs));
    }
    const QJsonObject before = stored(draft.uuid).form;

    QSignalSpy saved(&saver, &DraftSaver::saved);
    QSignalSpy failed(&saver, &DraftSaver::saveFailed);
    saver.schedule(withRemark(draft, u"stale"_s));
    const Status flushed = saver.flush();
    QVERIFY(!flushed);
    QCOMPARE(flushed.error().code, u"intake.stale"_s);
    QCOMPARE(saver.lastError().code, u"intake.stale"_s);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(saved.count(), 0);
    QVERIFY(saver.hasUnsavedChanges());
    QCOMPARE(stored(draft.uuid).form, before);

    // Reopened: the caller's snapshot now carries the newer revision, and the save goes through
    // unless the case left the editable states.
    IntakeCase reloaded = stored(draft.uuid);
    saver.schedule(withRemark(reloaded, u"rebased"_s));
    QCOMPARE(bool(saver.flush()), reloadHelps);
    QCOMPARE(stored(draft.uuid).form.value(u"remark"_s).toString(),
             reloadHelps ? u"rebased"_s : before[u"remark"_s].toString());
}

void TestDraftSaver::keepsSnapshotWhenDatabaseFails_data()
{
    QTest::addColumn<QString>("retry");
    QTest::addRow("retried by flush") << u"flush"_s;
    QTest::addRow("retried on the next edit") << u"edit"_s;
    QTest::addRow("retried by itself") << u"timer"_s;
}

void TestDraftSaver::keepsSnapshotWhenDatabaseFails()
{
    QFETCH(QString, retry);
    const IntakeCase draft = newDraft();
    // A switch the test turns on: while a row is in test_fail every update of a case fails, as
    // on a full disk.
    QVERIFY(exec(u"CREATE TABLE test_fail (on_ INTEGER)"_s));
    QVERIFY(
        exec(u"CREATE TRIGGER test_fail_update BEFORE UPDATE ON intake_case"
             " WHEN EXISTS (SELECT 1 FROM test_fail) BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
    QVERIFY(exec(u"INSERT INTO test_fail VALUES (1)"_s));

    DraftSaver saver(*m_store);
    saver.setDelays({ 20ms, 1h, retry == u"timer"_s ? 20ms : 1h });
    QSignalSpy saved(&saver, &DraftSaver::saved);
    QSignalSpy failed(&saver, &DraftSaver::saveFailed);
    saver.schedule(withRemark(draft, u"写入"_s));
    const Status flushed = saver.flush();
    QVERIFY(!flushed);
    QCOMPARE(flushed.error().code, u"intake.storage"_s);
    QVERIFY(failed.count() >= 1);
    QVERIFY(failed.at(0).at(0).toString().contains(u"database or disk is full"_s));
    QVERIFY(saver.hasUnsavedChanges());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(stored(draft.uuid).form, QJsonObject());

    QVERIFY(exec(u"DELETE FROM test_fail"_s));
    QString expected = u"写入"_s;
    if (retry == u"flush"_s) {
        VERIFY_FLUSHED(saver);
    } else if (retry == u"edit"_s) {
        expected = u"写入成功"_s;
        saver.schedule(withRemark(draft, expected));
        QTRY_VERIFY(!saver.hasUnsavedChanges());
    } else {
        QTRY_VERIFY(!saver.hasUnsavedChanges());
    }
    QCOMPARE(saved.count(), 1);
    const IntakeCase back = stored(draft.uuid);
    QCOMPARE(back.form.value(u"remark"_s).toString(), expected);
    QCOMPARE(back.revision, 1);
}

void TestDraftSaver::flushTimesOutWhileDatabaseIsLocked()
{
    const IntakeCase draft = newDraft();
    DraftSaver saver(*m_store);
    saver.setDelays(never());
    QSignalSpy saved(&saver, &DraftSaver::saved);
    // Another writer holds the write lock; the saver's connection waits for it (busy timeout).
    QVERIFY(exec(u"BEGIN IMMEDIATE"_s));
    saver.schedule(withRemark(draft, u"等待"_s));
    const Status flushed = saver.flush(50ms);
    QVERIFY(!flushed);
    QCOMPARE(flushed.error().code, u"intake.draft_slow"_s);
    QVERIFY(saver.hasUnsavedChanges());
    QVERIFY(exec(u"COMMIT"_s));
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!saver.hasUnsavedChanges());
    QCOMPARE(stored(draft.uuid).form.value(u"remark"_s).toString(), u"等待"_s);
}

void TestDraftSaver::destructorSavesPendingSnapshot()
{
    const IntakeCase draft = newDraft();
    {
        DraftSaver saver(*m_store);
        saver.setDelays(never());
        saver.schedule(withRemark(draft, u"关闭前"_s));
    }
    QCOMPARE(stored(draft.uuid).form.value(u"remark"_s).toString(), u"关闭前"_s);
}

void TestDraftSaver::keepsCasesApart()
{
    const IntakeCase first = newDraft();
    const IntakeCase second = newDraft();
    DraftSaver saver(*m_store);
    saver.setDelays(never());
    QSignalSpy saved(&saver, &DraftSaver::saved);
    saver.schedule(withRemark(first, u"甲"_s));
    saver.schedule(withRemark(second, u"乙"_s));
    saver.schedule(withRemark(first, u"甲一"_s));
    VERIFY_FLUSHED(saver);
    QCOMPARE(saved.count(), 2);
    QCOMPARE(stored(first.uuid).form.value(u"remark"_s).toString(), u"甲一"_s);
    QCOMPARE(stored(second.uuid).form.value(u"remark"_s).toString(), u"乙"_s);
    QCOMPARE(saver.savedRevision(first.uuid), 1);
    QCOMPARE(saver.savedRevision(second.uuid), 1);
}

void TestDraftSaver::discardForgetsSnapshot_data()
{
    QTest::addColumn<bool>("handedOver");
    QTest::addRow("still pending") << false;
    QTest::addRow("already handed over") << true;
}

void TestDraftSaver::discardForgetsSnapshot()
{
    QFETCH(bool, handedOver);
    const IntakeCase draft = newDraft();
    DraftSaver saver(*m_store);
    saver.setDelays(never());
    QSignalSpy saved(&saver, &DraftSaver::saved);
    QSignalSpy failed(&saver, &DraftSaver::saveFailed);
    saver.schedule(withRemark(draft, u"作废"_s));
    if (handedOver)
        saver.saveNow();
    saver.discard(draft.uuid);
    QVERIFY(!saver.hasUnsavedChanges());
    VERIFY_FLUSHED(saver);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(failed.count(), 0);
    // A save already handed over lands; a pending one never reaches the writer.
    QCOMPARE(stored(draft.uuid).form.value(u"remark"_s).toString(), handedOver ? u"作废"_s : QString());

    // Later edits of the case are saved and reported again.
    saver.schedule(withRemark(stored(draft.uuid), u"重填"_s));
    VERIFY_FLUSHED(saver);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(stored(draft.uuid).form.value(u"remark"_s).toString(), u"重填"_s);
}

QTEST_GUILESS_MAIN(TestDraftSaver)
#include "testdraftsaver.moc"
