#include <QSqlQuery>
#include <QTest>

#include "fakeclock.h"
#include "intake/casestore.h"
#include "storage/database.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Intake;

/// Cases in the window's real SQLite file: numbers, drafts, moves with their events and outbox
/// rows, the guide kept as it was, and the refusals that protect a case.
class TestCaseStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void draftsGetConsecutiveNumbersPerWindowAndDay();
    void saveKeepsFormAndRefusesStaleRevision();
    void transitionRecordsEventAndOutboxTogether();
    void forbiddenTransitionChangesNothing();
    void acceptedCaseCanNoLongerBeSavedAsDraft();
    void guideStaysAsTakenAfterCatalogUpdate();
    void documentsAndClockStopsAreKept();

private:
    int count(const QString &sql) const;
    IntakeCase draft(const QByteArray &guide = "{\"v\":1}"_ba);

    std::unique_ptr<Test::TempDataDir> m_dir;
    std::shared_ptr<Storage::Database> m_db;
    Test::FakeClock m_clock;
    Workstation m_station { u"SF01"_s, u"示范区政务服务中心"_s, 3, u"w03"_s, u"王敏"_s };
};

void TestCaseStore::init()
{
    m_dir = std::make_unique<Test::TempDataDir>();
    m_db = Storage::Database::open(m_dir->filePath(u"onewindow.db"_s)).value();
    m_station.window = 3;
    m_clock.set(QDateTime(QDate(2026, 11, 25), QTime(9, 30), QTimeZone(8 * 3600)));
}

int TestCaseStore::count(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

IntakeCase TestCaseStore::draft(const QByteArray &guide)
{
    Result<IntakeCase> made
        = CaseStore(m_db, m_clock).createDraft(u"441060001000"_s, 1, u"居住证签注"_s, guide, m_station);
    if (!made)
        qFatal("%s", qPrintable(made.error().message));
    return made.value();
}

void TestCaseStore::draftsGetConsecutiveNumbersPerWindowAndDay()
{
    QCOMPARE(draft().number, u"SF01-03-20261125-0001"_s);
    QCOMPARE(draft().number, u"SF01-03-20261125-0002"_s);
    m_station.window = 4;
    QCOMPARE(draft().number, u"SF01-04-20261125-0001"_s);
    m_clock.advanceDays(1);
    QCOMPARE(draft().number, u"SF01-04-20261126-0001"_s);
}

void TestCaseStore::saveKeepsFormAndRefusesStaleRevision()
{
    CaseStore store(m_db, m_clock);
    IntakeCase kase = draft();
    kase.form = { { u"applicantName"_s, u"张三"_s } };
    kase.applicantName = u"张三"_s;
    kase.applicantId = u"11010519491231002X"_s;
    const Result<int> first = store.saveDraft(kase);
    QVERIFY(first);
    QCOMPARE(first.value(), kase.revision + 1);
    // A save based on the old revision lost the race: refused, not applied on top.
    kase.form = { { u"applicantName"_s, u"李四"_s } };
    const Result<int> stale = store.saveDraft(kase);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, u"intake.stale"_s);
    const IntakeCase loaded = store.load(kase.uuid).value();
    QCOMPARE(loaded.form.value(u"applicantName"_s).toString(), u"张三"_s);
    QCOMPARE(loaded.applicantId, u"11010519491231002X"_s);
    QCOMPARE(loaded.revision, first.value());
}

void TestCaseStore::transitionRecordsEventAndOutboxTogether()
{
    CaseStore store(m_db, m_clock);
    const IntakeCase kase = draft();
    TransitionRecord record;
    record.to = CaseStatus::Accepted;
    record.acceptedAt = m_clock.now();
    record.dueDate = QDate(2026, 12, 2);
    IntakeCase content = kase;
    content.form = { { u"applicantName"_s, u"张三"_s } };
    content.applicantName = u"张三"_s;
    record.content = content;
    const Result<IntakeCase> moved = store.transition(kase.uuid, record, m_station, false);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(moved->status, CaseStatus::Accepted);

    const IntakeCase loaded = store.load(kase.uuid).value();
    QCOMPARE(loaded.status, CaseStatus::Accepted);
    QCOMPARE(loaded.dueDate, QDate(2026, 12, 2));
    QCOMPARE(loaded.applicantName, u"张三"_s);
    QCOMPARE(loaded.events.size(), 1);
    QCOMPARE(loaded.events.first().from, CaseStatus::Draft);
    QCOMPARE(loaded.events.first().staff, u"w03"_s);
    QCOMPARE(loaded.events.first().window, u"03"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sync_outbox WHERE kind = 'case.status'"_s), 1);
}

void TestCaseStore::forbiddenTransitionChangesNothing()
{
    CaseStore store(m_db, m_clock);
    const IntakeCase kase = draft();
    TransitionRecord record;
    record.to = CaseStatus::Approved;
    const Result<IntakeCase> moved = store.transition(kase.uuid, record, m_station, false);
    QVERIFY(!moved);
    QCOMPARE(moved.error().code, u"intake.transition"_s);
    QCOMPARE(store.load(kase.uuid)->status, CaseStatus::Draft);
    QCOMPARE(count(u"SELECT COUNT(*) FROM intake_event"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sync_outbox"_s), 0);
}

void TestCaseStore::acceptedCaseCanNoLongerBeSavedAsDraft()
{
    CaseStore store(m_db, m_clock);
    IntakeCase kase = draft();
    TransitionRecord record;
    record.to = CaseStatus::Accepted;
    kase = store.transition(kase.uuid, record, m_station, false).value();
    kase.form = { { u"applicantName"_s, u"改过的"_s } };
    QVERIFY(!store.saveDraft(kase));
    QVERIFY(store.load(kase.uuid)->form.isEmpty());
}

void TestCaseStore::guideStaysAsTakenAfterCatalogUpdate()
{
    CaseStore store(m_db, m_clock);
    const IntakeCase first = draft("{\"version\":1,\"promisedLimitDays\":5}"_ba);
    // The same item at the same version again: the stored body is not replaced.
    draft("{\"version\":1,\"promisedLimitDays\":99}"_ba);
    QCOMPARE(store.guideBody(first.itemCode, 1).value(), "{\"version\":1,\"promisedLimitDays\":5}"_ba);
    QVERIFY(!store.guideBody(first.itemCode, 2));
}

void TestCaseStore::documentsAndClockStopsAreKept()
{
    CaseStore store(m_db, m_clock);
    const IntakeCase kase = draft();
    const CaseDocument document { 0,       u"acceptance"_s,   u"示范受〔2026〕03-0001号"_s,        m_clock.now(),
                                  u"a4"_s, QString(64, u'a'), { { u"caseNumber"_s, kase.number } } };
    QCOMPARE(store.addDocument(kase.uuid, document).value(), 1);
    QCOMPARE(store.addDocument(kase.uuid, document).value(), 2);
    QVERIFY(store.startClockStop(kase.uuid, { 0, u"expertReview"_s, QDate(2026, 12, 1), QDate(), u"专家评审"_s }));
    QVERIFY(store.endClockStop(kase.uuid, QDate(2026, 12, 3)));
    QVERIFY(!store.endClockStop(kase.uuid, QDate(2026, 12, 4)));
    const IntakeCase loaded = store.load(kase.uuid).value();
    QCOMPARE(loaded.documents.size(), 2);
    QCOMPARE(loaded.documents.at(1).seq, 2);
    QCOMPARE(loaded.documents.first().data.value(u"caseNumber"_s).toString(), kase.number);
    QCOMPARE(loaded.stops.size(), 1);
    QCOMPARE(loaded.stops.first().until, QDate(2026, 12, 3));
    QCOMPARE(store.nextSequence(u"document/x"_s).value(), 1);
    QCOMPARE(store.nextSequence(u"document/x"_s).value(), 2);
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "testcasestore.moc"
