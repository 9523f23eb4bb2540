#include <QTest>

#include "calendar/deadline.h"
#include "calendar/workingcalendar.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Calendar;

Q_DECLARE_METATYPE(OneWindow::Calendar::Basis)
Q_DECLARE_METATYPE(OneWindow::Calendar::ClockStop)
Q_DECLARE_METATYPE(OneWindow::Calendar::DeadlineRequest)

namespace {

using Stops = QList<ClockStop>;

CalendarSnapshot shippedSnapshot()
{
    const Result<QList<CalendarYear>> years = WorkingCalendar::shippedYears();
    return years ? CalendarSnapshot(years.value()) : CalendarSnapshot();
}

ClockStop stop(QDate from, QDate to, ClockStop::Kind kind = ClockStop::Kind::Testing)
{
    return ClockStop { kind, from, to, u"note"_s };
}

} // namespace

class TestDeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsWorkingDays_data();
    void countsWorkingDays();
    void countsDaysLeft_data();
    void countsDaysLeft();
    void refusesWhereTheCalendarIsMissing_data();
    void refusesWhereTheCalendarIsMissing();
    void countsWorkingDaysBetween_data();
    void countsWorkingDaysBetween();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void keysClockStopKinds();
};

void TestDeadline::countsWorkingDays_data()
{
    QTest::addColumn<QDate>("accepted");
    QTest::addColumn<int>("limit");
    QTest::addColumn<Stops>("stops");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<Basis>("basis");
    const Basis official = Basis::Official, provisional = Basis::Provisional;

    // Accepted Tue 2026-09-29, 5 working days, across the 2026 National Day week:
    //   09-29 Tue  acceptance day, not counted
    //   09-30 Wed  working                      1
    //   10-01 Thu .. 10-07 Wed  国庆节 off     -
    //   10-08 Thu  working                      2
    //   10-09 Fri  working                      3
    //   10-10 Sat  adjusted working day (调休)  4
    //   10-11 Sun  off                          -
    //   10-12 Mon  working                      5 -> due
    QTest::newRow("National Day 2026") << QDate(2026, 9, 29) << 5 << Stops {} << QDate(2026, 10, 12) << official;
    // Spring Festival 2026: 02-14 (Sat) is worked and counts, 02-15..02-23 are off.
    QTest::newRow("Spring Festival 2026") << QDate(2026, 2, 13) << 2 << Stops {} << QDate(2026, 2, 24) << official;
    // Window open on Saturday 03-07: Sunday is off, Monday 03-09 is day 1.
    QTest::newRow("accepted on a Saturday") << QDate(2026, 3, 7) << 1 << Stops {} << QDate(2026, 3, 9) << official;
    // Accepted during the holiday (Sat 10-03): counting waits for Thu 10-08.
    QTest::newRow("accepted on a holiday") << QDate(2026, 10, 3) << 2 << Stops {} << QDate(2026, 10, 9) << official;
    QTest::newRow("accepted on an adjusted workday")
        << QDate(2026, 10, 10) << 1 << Stops {} << QDate(2026, 10, 12) << official;
    // 即办: due the day of acceptance, even a holiday; no day of the calendar is needed.
    QTest::newRow("limit 0") << QDate(2026, 10, 3) << 0 << Stops {} << QDate(2026, 10, 3) << official;
    QTest::newRow("limit 0 in a provisional year")
        << QDate(2027, 3, 1) << 0 << Stops {} << QDate(2027, 3, 1) << official;

    // Mon 2026-03-02, 5 days: 03 04 05 06 09 -> 03-09 without stops.
    const QDate monday(2026, 3, 2);
    QTest::newRow("no stop") << monday << 5 << Stops {} << QDate(2026, 3, 9) << official;
    // Testing 03-04..03-05 does not count: 03 06 09 10 11.
    QTest::newRow("one stop") << monday << 5 << Stops { stop(QDate(2026, 3, 4), QDate(2026, 3, 5)) }
                              << QDate(2026, 3, 11) << official;
    // Overlapping stops count once: 03-04..03-10 stopped, so 03 11 12 13 16.
    QTest::newRow("overlapping stops") << monday << 5
                                       << Stops { stop(QDate(2026, 3, 4), QDate(2026, 3, 5)),
                                                  stop(QDate(2026, 3, 5), QDate(2026, 3, 10),
                                                       ClockStop::Kind::ExpertReview) }
                                       << QDate(2026, 3, 16) << official;
    QTest::newRow("adjacent stops") << monday << 5
                                    << Stops { stop(QDate(2026, 3, 5), QDate(2026, 3, 5)),
                                               stop(QDate(2026, 3, 4), QDate(2026, 3, 4)) }
                                    << QDate(2026, 3, 11) << official;
    // A stop begun before acceptance stops only its days after it: 03-03 is lost, 04 05 06 09 10.
    QTest::newRow("stop begun before acceptance")
        << monday << 5 << Stops { stop(QDate(2026, 2, 25), QDate(2026, 3, 3), ClockStop::Kind::Hearing) }
        << QDate(2026, 3, 10) << official;
    QTest::newRow("stop wholly before acceptance")
        << monday << 5 << Stops { stop(QDate(2026, 2, 1), QDate(2026, 2, 10)) } << QDate(2026, 3, 9) << official;
    // A stop over a weekend changes nothing: those days did not count anyway.
    QTest::newRow("stop over a weekend") << monday << 5 << Stops { stop(QDate(2026, 3, 7), QDate(2026, 3, 8)) }
                                         << QDate(2026, 3, 9) << official;

    // Provisional 2027 (no notice yet). Accepted Wed 2027-02-03, 5 days:
    //   02-04 Thu 1; 02-05 除夕 .. 02-08 初三 off; 02-09, 02-10 补假 off (for Sat 初一, Sun 初二);
    //   02-11 Thu 2; 02-12 Fri 3; 02-15 Mon 4; 02-16 Tue 5 -> due.
    QTest::newRow("Spring Festival 2027") << QDate(2027, 2, 3) << 5 << Stops {} << QDate(2027, 2, 16) << provisional;
    // 除夕 is Friday 02-05 (ICU alone would say Saturday 02-06 and count Friday): 02-04 1, 02-11 2.
    QTest::newRow("除夕 2027 is off") << QDate(2027, 2, 3) << 2 << Stops {} << QDate(2027, 2, 11) << provisional;
    // Accepted Wed 2027-09-29, 3 days: 09-30 Thu 1; 10-01..10-03 off, 10-04, 10-05 补假; 10-06 2; 10-07 3.
    QTest::newRow("National Day 2027") << QDate(2027, 9, 29) << 3 << Stops {} << QDate(2027, 10, 7) << provisional;
    // From an official year into a provisional one: 12-30 1, 12-31 2, 元旦 off, 01-04 3, 01-05 4, 01-06 5.
    QTest::newRow("into 2027") << QDate(2026, 12, 29) << 5 << Stops {} << QDate(2027, 1, 6) << provisional;
    // The stop makes the count wait out 2026 entirely: every counted day is provisional.
    QTest::newRow("stop into 2027") << QDate(2026, 12, 1) << 1
                                    << Stops { stop(QDate(2026, 12, 2), QDate(2026, 12, 31)) } << QDate(2027, 1, 4)
                                    << provisional;
    // Official through and through, 2025 into 2026: 12-31 1; 元旦 01-01..03 off; Sunday 01-04 worked 2.
    QTest::newRow("into 2026") << QDate(2025, 12, 30) << 2 << Stops {} << QDate(2026, 1, 4) << official;
}

void TestDeadline::countsWorkingDays()
{
    QFETCH(QDate, accepted);
    QFETCH(int, limit);
    QFETCH(Stops, stops);
    QFETCH(QDate, due);
    QFETCH(Basis, basis);
    const Result<Deadline> deadline = Deadline::compute(shippedSnapshot(), { accepted, limit, stops }, accepted);
    QVERIFY2(deadline.isOk(), deadline.isOk() ? "" : qPrintable(deadline.error().message));
    QCOMPARE(deadline->due(), due);
    QCOMPARE(deadline->basis(), basis);
    QVERIFY(deadline->isAvailable());
    // As of the acceptance day the whole limit is left.
    QCOMPARE(deadline->workingDaysLeft(), limit);
    QVERIFY(!deadline->isOverdue());
}

void TestDeadline::countsDaysLeft_data()
{
    QTest::addColumn<QDate>("accepted");
    QTest::addColumn<int>("limit");
    QTest::addColumn<Stops>("stops");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("left");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<Basis>("basis");
    const Basis official = Basis::Official;
    // Due Mon 2026-10-12 (see countsWorkingDays).
    const QDate accepted(2026, 9, 29);
    QTest::newRow("before acceptance") << accepted << 5 << Stops {} << QDate(2026, 9, 1) << 5 << false << official;
    QTest::newRow("during the holiday") << accepted << 5 << Stops {} << QDate(2026, 10, 3) << 4 << false << official;
    QTest::newRow("08: 09 10 12 left") << accepted << 5 << Stops {} << QDate(2026, 10, 8) << 3 << false << official;
    QTest::newRow("due today") << accepted << 5 << Stops {} << QDate(2026, 10, 12) << 0 << false << official;
    QTest::newRow("one day late") << accepted << 5 << Stops {} << QDate(2026, 10, 13) << -1 << true << official;
    QTest::newRow("a week late") << accepted << 5 << Stops {} << QDate(2026, 10, 17) << -4 << true << official;
    // Due Fri 2026-03-06: on Saturday it is overdue though no working day was lost yet.
    QTest::newRow("overdue on the weekend")
        << QDate(2026, 3, 2) << 4 << Stops {} << QDate(2026, 3, 7) << 0 << true << official;
    QTest::newRow("overdue on Monday") << QDate(2026, 3, 2) << 4 << Stops {} << QDate(2026, 3, 9) << -1 << true
                                       << official;
    // Due 03-11 with testing 03-04..03-05; on 03-03 the left days are 06 09 10 11.
    QTest::newRow("stop ahead") << QDate(2026, 3, 2) << 5 << Stops { stop(QDate(2026, 3, 4), QDate(2026, 3, 5)) }
                                << QDate(2026, 3, 3) << 4 << false << official;
    // Limit 0, accepted on a holiday and looked at on the next working day.
    QTest::newRow("limit 0 late") << QDate(2026, 10, 3) << 0 << Stops {} << QDate(2026, 10, 8) << -1 << true
                                  << official;
    // Due Tue 2026-12-08, today 2027-01-05: 17 working days late in December, then 01-04 and 01-05
    // (元旦 off), which are provisional.
    QTest::newRow("late into 2027") << QDate(2026, 12, 1) << 5 << Stops {} << QDate(2027, 1, 5) << -19 << true
                                    << Basis::Provisional;
}

void TestDeadline::countsDaysLeft()
{
    QFETCH(QDate, accepted);
    QFETCH(int, limit);
    QFETCH(Stops, stops);
    QFETCH(QDate, today);
    QFETCH(int, left);
    QFETCH(bool, overdue);
    QFETCH(Basis, basis);
    const Result<Deadline> deadline = Deadline::compute(shippedSnapshot(), { accepted, limit, stops }, today);
    QVERIFY(deadline.isOk());
    QCOMPARE(deadline->workingDaysLeft(), left);
    QCOMPARE(deadline->isOverdue(), overdue);
    QCOMPARE(deadline->basis(), basis);
}

void TestDeadline::refusesWhereTheCalendarIsMissing_data()
{
    QTest::addColumn<QDate>("accepted");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("firstUnknown");
    QTest::newRow("2023") << QDate(2023, 6, 1) << QDate(2023, 6, 1) << QDate(2023, 6, 2);
    QTest::newRow("2200") << QDate(2200, 1, 1) << QDate(2200, 1, 1) << QDate(2200, 1, 2);
    // 2024 has no notice here and the law in force counts from 2025: never assume Monday-Friday.
    QTest::newRow("from 2024 into 2025") << QDate(2024, 12, 30) << QDate(2024, 12, 30) << QDate(2024, 12, 31);
    QTest::newRow("into 2100") << QDate(2099, 12, 28) << QDate(2099, 12, 28) << QDate(2100, 1, 1);
    // The due date is known, but the count of days late reaches years the calendar cannot place
    // (2089 is the first: see TestStatutoryHolidays::refusesUndecidableNewMoons).
    QTest::newRow("today beyond the calendar") << QDate(2026, 3, 2) << QDate(2200, 1, 1) << QDate(2089, 1, 1);
}

void TestDeadline::refusesWhereTheCalendarIsMissing()
{
    QFETCH(QDate, accepted);
    QFETCH(QDate, today);
    QFETCH(QDate, firstUnknown);
    const Result<Deadline> deadline = Deadline::compute(shippedSnapshot(), { accepted, 5, {} }, today);
    QVERIFY(deadline.isOk()); // not an error in the request: a result that says "calendar unavailable"
    QCOMPARE(deadline->basis(), Basis::Unavailable);
    QVERIFY(!deadline->isAvailable());
    QVERIFY(!deadline->due().isValid());
    QCOMPARE(deadline->firstUnknownDay(), firstUnknown);
}

void TestDeadline::countsWorkingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<Stops>("stops");
    QTest::addColumn<int>("days");
    QTest::addColumn<Basis>("basis");
    QTest::newRow("National Day 2026") << QDate(2026, 9, 29) << QDate(2026, 10, 12) << Stops {} << 5 << Basis::Official;
    QTest::newRow("backwards") << QDate(2026, 10, 12) << QDate(2026, 9, 29) << Stops {} << -5 << Basis::Official;
    QTest::newRow("same day") << QDate(2026, 10, 1) << QDate(2026, 10, 1) << Stops {} << 0 << Basis::Official;
    QTest::newRow("with a stop") << QDate(2026, 9, 29) << QDate(2026, 10, 12)
                                 << Stops { stop(QDate(2026, 10, 9), QDate(2026, 10, 10)) } << 3 << Basis::Official;
    QTest::newRow("into 2027") << QDate(2026, 12, 31) << QDate(2027, 1, 4) << Stops {} << 1 << Basis::Provisional;
    QTest::newRow("from 2024") << QDate(2024, 12, 30) << QDate(2025, 1, 3) << Stops {} << 0 << Basis::Unavailable;
}

void TestDeadline::countsWorkingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(Stops, stops);
    QFETCH(int, days);
    QFETCH(Basis, basis);
    const Result<WorkingDayCount> count = Deadline::workingDaysBetween(shippedSnapshot(), from, to, stops);
    QVERIFY(count.isOk());
    QCOMPARE(count->days, days);
    QCOMPARE(count->basis, basis);
    QCOMPARE(count->firstUnknown.isValid(), basis == Basis::Unavailable);
}

void TestDeadline::refusesMalformedRequests_data()
{
    QTest::addColumn<DeadlineRequest>("request");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("code");
    const QDate monday(2026, 3, 2);
    QTest::newRow("no acceptance date") << DeadlineRequest { QDate(), 5, {} } << monday << u"calendar.deadline_dates"_s;
    QTest::newRow("no today") << DeadlineRequest { monday, 5, {} } << QDate() << u"calendar.deadline_dates"_s;
    QTest::newRow("negative limit") << DeadlineRequest { monday, -1, {} } << monday << u"calendar.deadline_limit"_s;
    QTest::newRow("stop reversed") << DeadlineRequest { monday, 5, { stop(QDate(2026, 3, 5), QDate(2026, 3, 4)) } }
                                   << monday << u"calendar.stop_reversed"_s;
    QTest::newRow("stop without end") << DeadlineRequest { monday, 5, { stop(QDate(2026, 3, 5), QDate()) } } << monday
                                      << u"calendar.stop_dates"_s;
}

void TestDeadline::refusesMalformedRequests()
{
    QFETCH(DeadlineRequest, request);
    QFETCH(QDate, today);
    QFETCH(QString, code);
    const Result<Deadline> deadline = Deadline::compute(shippedSnapshot(), request, today);
    QVERIFY(!deadline.isOk());
    QCOMPARE(deadline.error().code, code);
    QVERIFY(!deadline.error().message.isEmpty());
}

void TestDeadline::keysClockStopKinds()
{
    using Kind = ClockStop::Kind;
    for (Kind kind : { Kind::Hearing, Kind::Tender, Kind::Auction, Kind::Inspection, Kind::Testing, Kind::Quarantine,
                       Kind::Appraisal, Kind::ExpertReview }) {
        QCOMPARE(ClockStop::kindFromKey(ClockStop::kindKey(kind)), kind);
        QVERIFY(!ClockStop::kindLabel(kind).isEmpty());
    }
    QCOMPARE(ClockStop::kindKey(Kind::ExpertReview), u"expertReview"_s);
    QVERIFY(!ClockStop::kindFromKey(u"lunch"_s).has_value());
}

QTEST_GUILESS_MAIN(TestDeadline)
#include "testdeadline.moc"
