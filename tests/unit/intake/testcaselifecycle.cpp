#include <QTest>

#include "intake/casenumber.h"
#include "intake/casestatus.h"

using namespace Qt::StringLiterals;
using namespace OneWindow::Intake;

Q_DECLARE_METATYPE(OneWindow::Intake::CaseStatus)

/// The case lifecycle's rules (casestatus.h draws them) and the numbers a case carries.
class TestCaseLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moves_data();
    void moves();
    void refusalNamesBothStates();
    void onlyOpenCasesAreEditable();
    void namesRoundTrip();
    void caseNumbersSortByDayAndSequence();
    void publicCodesAvoidLookAlikes();
};

void TestCaseLifecycle::moves_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<bool>("instant");
    QTest::addColumn<bool>("allowed");
    using S = CaseStatus;
    QTest::newRow("accept a draft") << S::Draft << S::Accepted << false << true;
    QTest::newRow("one-time notice") << S::Draft << S::WaitingForMaterials << false << true;
    QTest::newRow("refuse a draft") << S::Draft << S::NotAccepted << false << true;
    QTest::newRow("accept when materials come") << S::WaitingForMaterials << S::Accepted << false << true;
    QTest::newRow("second notice") << S::WaitingForMaterials << S::WaitingForMaterials << false << true;
    QTest::newRow("review") << S::Accepted << S::Reviewing << false << true;
    QTest::newRow("approve") << S::Reviewing << S::Approved << false << true;
    QTest::newRow("deny") << S::Reviewing << S::Denied << false << true;
    QTest::newRow("correction") << S::Reviewing << S::CorrectionRequested << false << true;
    QTest::newRow("resubmitted") << S::CorrectionRequested << S::Reviewing << false << true;
    QTest::newRow("result") << S::Approved << S::ResultReady << false << true;
    QTest::newRow("denial handed over") << S::Denied << S::ResultReady << false << true;
    QTest::newRow("handed over") << S::ResultReady << S::HandedOver << false << true;
    QTest::newRow("closed") << S::HandedOver << S::Closed << false << true;
    QTest::newRow("refusal archived") << S::NotAccepted << S::Closed << false << true;
    QTest::newRow("instant decided at once") << S::Accepted << S::Approved << true << true;
    QTest::newRow("promised needs review") << S::Accepted << S::Approved << false << false;
    QTest::newRow("draft approved") << S::Draft << S::Approved << false << false;
    QTest::newRow("draft closed") << S::Draft << S::Closed << false << false;
    QTest::newRow("accepted back to draft") << S::Accepted << S::Draft << false << false;
    QTest::newRow("refused then accepted") << S::NotAccepted << S::Accepted << false << false;
    QTest::newRow("handed over twice") << S::HandedOver << S::HandedOver << false << false;
    QTest::newRow("result before decision") << S::Reviewing << S::ResultReady << false << false;
    QTest::newRow("discard accepted") << S::Accepted << S::Discarded << false << false;
    QTest::newRow("closed reopened") << S::Closed << S::Reviewing << false << false;
}

void TestCaseLifecycle::moves()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    QFETCH(bool, instant);
    QFETCH(bool, allowed);
    QCOMPARE(CaseLifecycle::isAllowed(from, to, instant), allowed);
    QCOMPARE(bool(CaseLifecycle::check(from, to, instant)), allowed);
    QCOMPARE(CaseLifecycle::nextStates(from, instant).contains(to), allowed);
}

void TestCaseLifecycle::refusalNamesBothStates()
{
    const auto status = CaseLifecycle::check(CaseStatus::Draft, CaseStatus::Approved, false);
    QVERIFY(!status);
    QCOMPARE(status.error().code, u"intake.transition"_s);
    QVERIFY(status.error().message.contains(statusLabel(CaseStatus::Draft)));
    QVERIFY(status.error().message.contains(statusLabel(CaseStatus::Approved)));
}

void TestCaseLifecycle::onlyOpenCasesAreEditable()
{
    QVERIFY(CaseLifecycle::isEditable(CaseStatus::Draft));
    QVERIFY(CaseLifecycle::isEditable(CaseStatus::WaitingForMaterials));
    QVERIFY(!CaseLifecycle::isEditable(CaseStatus::Accepted));
    QVERIFY(!CaseLifecycle::isEditable(CaseStatus::NotAccepted));
    QVERIFY(CaseLifecycle::isRunning(CaseStatus::Reviewing));
    QVERIFY(!CaseLifecycle::isRunning(CaseStatus::Draft));
}

void TestCaseLifecycle::namesRoundTrip()
{
    for (int i = 0; i <= int(CaseStatus::Closed); ++i) {
        const auto status = CaseStatus(i);
        QCOMPARE(statusFromName(statusName(status)).value(), status);
        QVERIFY(!statusLabel(status).isEmpty());
    }
    QVERIFY(!statusFromName(u"lost"_s));
}

void TestCaseLifecycle::caseNumbersSortByDayAndSequence()
{
    QCOMPARE(CaseNumber::format(u"SF01"_s, 3, QDate(2026, 11, 25), 7), u"SF01-03-20261125-0007"_s);
    QVERIFY(CaseNumber::format(u"SF01"_s, 3, QDate(2026, 11, 25), 12)
            > CaseNumber::format(u"SF01"_s, 3, QDate(2026, 11, 25), 9));
    QVERIFY(CaseNumber::sequenceName(u"SF01"_s, 3, QDate(2026, 11, 25))
            != CaseNumber::sequenceName(u"SF01"_s, 4, QDate(2026, 11, 25)));
    QCOMPARE(CaseNumber::document(u"示范受"_s, 2026, 3, 12), u"示范受〔2026〕03-0012号"_s);
}

void TestCaseLifecycle::publicCodesAvoidLookAlikes()
{
    QRandomGenerator random(42);
    for (int i = 0; i < 500; ++i) {
        const QString code = CaseNumber::publicCode(random);
        QCOMPARE(code.size(), 6);
        for (QChar c : code)
            QVERIFY2(!u"01OIL"_s.contains(c), qPrintable(code));
    }
}

QTEST_GUILESS_MAIN(TestCaseLifecycle)
#include "testcaselifecycle.moc"
