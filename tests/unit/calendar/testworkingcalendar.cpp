#include <QTest>

#include <QSignalSpy>

#include <atomic>
#include <thread>
#include <vector>

#include "calendar/calendarsnapshot.h"
#include "calendar/workingcalendar.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Calendar;

Q_DECLARE_METATYPE(OneWindow::Calendar::DayStatus)
Q_DECLARE_METATYPE(OneWindow::Calendar::DayKind)
Q_DECLARE_METATYPE(OneWindow::Calendar::Basis)

namespace {

CalendarSnapshot shippedSnapshot()
{
    const Result<QList<CalendarYear>> years = WorkingCalendar::shippedYears();
    return years ? CalendarSnapshot(years.value()) : CalendarSnapshot();
}

/// The shipped 2026 notice with one change: Monday 2026-03-02 made a day off.
CalendarYear amended2026()
{
    CalendarYear year;
    // Kept in a variable: a range-for over value() of the temporary Result would dangle.
    const QList<CalendarYear> shipped = WorkingCalendar::shippedYears().value();
    for (const CalendarYear &candidate : shipped)
        if (candidate.year == 2026)
            year = candidate;
    year.source.title = u"amended"_s;
    year.holidays.append(HolidayRange { u"测试"_s, QDate(2026, 3, 2), QDate(2026, 3, 2) });
    return year;
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersFromTheNotices_data();
    void answersFromTheNotices();
    void answersProvisionallyFromTheLaw_data();
    void answersProvisionallyFromTheLaw();
    void refusesYearsWithoutData_data();
    void refusesYearsWithoutData();
    void givesYearBases();
    void replacedYearOverridesTheShippedOne();
    void shippedYearsDoNotOverrideTheServer();
    void refusesAnInvalidYear();
    void snapshotKeepsItsAnswers();
    void noticeBridgeIntoDecemberWins();
    void readsSafelyWhileAYearIsReplaced();
};

void TestWorkingCalendar::answersFromTheNotices_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DayStatus>("status");
    QTest::addColumn<DayKind>("kind");
    QTest::addColumn<QString>("holiday");
    const DayStatus on = DayStatus::Working, off = DayStatus::NonWorking;
    QTest::newRow("2026-02-14 Sat worked") << QDate(2026, 2, 14) << on << DayKind::AdjustedWorkday << QString();
    QTest::newRow("2026-02-16 Mon off") << QDate(2026, 2, 16) << off << DayKind::Holiday << u"春节"_s;
    QTest::newRow("2026-02-15 Sun off") << QDate(2026, 2, 15) << off << DayKind::Holiday << u"春节"_s;
    QTest::newRow("2026-02-23 Mon off") << QDate(2026, 2, 23) << off << DayKind::Holiday << u"春节"_s;
    QTest::newRow("2026-02-24 Tue") << QDate(2026, 2, 24) << on << DayKind::Weekday << QString();
    QTest::newRow("2026-01-04 Sun worked") << QDate(2026, 1, 4) << on << DayKind::AdjustedWorkday << QString();
    QTest::newRow("2026-03-07 Sat") << QDate(2026, 3, 7) << off << DayKind::Weekend << QString();
    QTest::newRow("2026-03-02 Mon") << QDate(2026, 3, 2) << on << DayKind::Weekday << QString();
    QTest::newRow("2026-09-30 Wed") << QDate(2026, 9, 30) << on << DayKind::Weekday << QString();
    QTest::newRow("2026-10-07 Wed off") << QDate(2026, 10, 7) << off << DayKind::Holiday << u"国庆节"_s;
    QTest::newRow("2026-10-10 Sat worked") << QDate(2026, 10, 10) << on << DayKind::AdjustedWorkday << QString();
    QTest::newRow("2026-10-11 Sun") << QDate(2026, 10, 11) << off << DayKind::Weekend << QString();
    QTest::newRow("2025-10-08 Wed off") << QDate(2025, 10, 8) << off << DayKind::Holiday << u"国庆节、中秋节"_s;
    QTest::newRow("2025-04-27 Sun worked") << QDate(2025, 4, 27) << on << DayKind::AdjustedWorkday << QString();
    QTest::newRow("2025-12-31 Wed") << QDate(2025, 12, 31) << on << DayKind::Weekday << QString();
}

void TestWorkingCalendar::answersFromTheNotices()
{
    QFETCH(QDate, date);
    QFETCH(DayStatus, status);
    QFETCH(DayKind, kind);
    QFETCH(QString, holiday);
    WorkingCalendar calendar;
    QVERIFY(calendar.addShippedYears().isOk());
    const WorkingDay answer = calendar.day(date);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.basis, Basis::Official);
    QCOMPARE(answer.kind, kind);
    QCOMPARE(answer.holiday, holiday);
}

void TestWorkingCalendar::answersProvisionallyFromTheLaw_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DayStatus>("status");
    QTest::addColumn<DayKind>("kind");
    const DayStatus on = DayStatus::Working, off = DayStatus::NonWorking;
    QTest::newRow("2027-01-01 元旦 Fri") << QDate(2027, 1, 1) << off << DayKind::Holiday;
    QTest::newRow("2027-02-04 Thu") << QDate(2027, 2, 4) << on << DayKind::Weekday;
    QTest::newRow("2027-02-05 除夕 Fri") << QDate(2027, 2, 5) << off << DayKind::Holiday;
    QTest::newRow("2027-02-08 初三 Mon") << QDate(2027, 2, 8) << off << DayKind::Holiday;
    QTest::newRow("2027-02-10 补假 Wed") << QDate(2027, 2, 10) << off << DayKind::Holiday;
    QTest::newRow("2027-02-11 Thu") << QDate(2027, 2, 11) << on << DayKind::Weekday;
    QTest::newRow("2027-05-04 补假 Tue") << QDate(2027, 5, 4) << off << DayKind::Holiday;
    QTest::newRow("2027-10-05 补假 Tue") << QDate(2027, 10, 5) << off << DayKind::Holiday;
    QTest::newRow("2027-10-09 Sat: no adjusted weekend") << QDate(2027, 10, 9) << off << DayKind::Weekend;
}

void TestWorkingCalendar::answersProvisionallyFromTheLaw()
{
    QFETCH(QDate, date);
    QFETCH(DayStatus, status);
    QFETCH(DayKind, kind);
    const WorkingDay answer = shippedSnapshot().day(date);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.basis, Basis::Provisional);
    QCOMPARE(answer.kind, kind);
}

void TestWorkingCalendar::refusesYearsWithoutData_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("2023: before the law in force") << QDate(2023, 6, 1);
    QTest::newRow("2024-12-31") << QDate(2024, 12, 31);
    QTest::newRow("2100: beyond the calculation") << QDate(2100, 1, 1);
    QTest::newRow("2200") << QDate(2200, 3, 3);
    QTest::newRow("invalid date") << QDate();
}

void TestWorkingCalendar::refusesYearsWithoutData()
{
    QFETCH(QDate, date);
    const WorkingDay answer = shippedSnapshot().day(date);
    QCOMPARE(answer.status, DayStatus::Unknown);
    QCOMPARE(answer.basis, Basis::Unavailable);
    QVERIFY(!answer.isKnown());
    QVERIFY(!answer.isWorking());
}

void TestWorkingCalendar::givesYearBases()
{
    const CalendarSnapshot snapshot = shippedSnapshot();
    QCOMPARE(snapshot.officialYears(), (QList<int> { 2025, 2026 }));
    QCOMPARE(snapshot.yearBasis(2026), Basis::Official);
    QCOMPARE(snapshot.yearBasis(2027), Basis::Provisional);
    QCOMPARE(snapshot.yearBasis(2024), Basis::Unavailable);
    QCOMPARE(snapshot.calendarYear(2026)->source.title, u"国务院办公厅关于2026年部分节假日安排的通知"_s);
    QCOMPARE(snapshot.calendarYear(2027)->source.title, u"全国年节及纪念日放假办法"_s);
    QCOMPARE(snapshot.calendarYear(2024).error().code, u"calendar.before_law"_s);
    QCOMPARE(snapshot.calendarYear(2200).error().code, u"calendar.beyond_range"_s);
    // Without notices the law still places 2026, provisionally.
    QCOMPARE(CalendarSnapshot().yearBasis(2026), Basis::Provisional);
}

void TestWorkingCalendar::replacedYearOverridesTheShippedOne()
{
    WorkingCalendar calendar;
    QVERIFY(calendar.addShippedYears().isOk());
    QVERIFY(calendar.day(QDate(2026, 3, 2)).isWorking());
    QSignalSpy changed(&calendar, &WorkingCalendar::yearChanged);
    QVERIFY(calendar.setYear(amended2026()).isOk());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toInt(), 2026);
    const WorkingDay answer = calendar.day(QDate(2026, 3, 2));
    QCOMPARE(answer.status, DayStatus::NonWorking);
    QCOMPARE(answer.holiday, u"测试"_s);
    QCOMPARE(calendar.snapshot().calendarYear(2026)->source.title, u"amended"_s);
    // Setting the same data again changes nothing and says nothing.
    QVERIFY(calendar.setYear(amended2026()).isOk());
    QCOMPARE(changed.size(), 1);
    // A notice for 2027 makes 2027 official: Monday 2027-02-08 (初三 by the law) is whatever it says.
    CalendarYear notice2027 = amended2026();
    notice2027.year = 2027;
    notice2027.holidays = { HolidayRange { u"春节"_s, QDate(2027, 2, 6), QDate(2027, 2, 7) } };
    notice2027.workdays = {};
    QVERIFY(calendar.setYear(notice2027).isOk());
    QCOMPARE(calendar.day(QDate(2027, 2, 8)).basis, Basis::Official);
    QVERIFY(calendar.day(QDate(2027, 2, 8)).isWorking());
}

void TestWorkingCalendar::shippedYearsDoNotOverrideTheServer()
{
    WorkingCalendar calendar;
    QVERIFY(calendar.setYear(amended2026()).isOk());
    QSignalSpy changed(&calendar, &WorkingCalendar::yearChanged);
    QVERIFY(calendar.addShippedYears().isOk());
    QCOMPARE(changed.size(), 1); // 2025 only
    QCOMPARE(calendar.day(QDate(2026, 3, 2)).status, DayStatus::NonWorking);
    QCOMPARE(calendar.day(QDate(2025, 1, 28)).basis, Basis::Official);
}

void TestWorkingCalendar::refusesAnInvalidYear()
{
    WorkingCalendar calendar;
    QVERIFY(calendar.addShippedYears().isOk());
    CalendarYear broken = amended2026();
    broken.workdays.append(QDate(2026, 3, 3)); // a Tuesday
    QSignalSpy changed(&calendar, &WorkingCalendar::yearChanged);
    const Status status = calendar.setYear(broken);
    QCOMPARE(status.error().code, u"calendar.workday_not_weekend"_s);
    QCOMPARE(changed.size(), 0);
    QVERIFY(calendar.day(QDate(2026, 3, 2)).isWorking()); // the shipped notice is still in force
}

void TestWorkingCalendar::snapshotKeepsItsAnswers()
{
    WorkingCalendar calendar;
    QVERIFY(calendar.addShippedYears().isOk());
    const CalendarSnapshot before = calendar.snapshot();
    QVERIFY(calendar.setYear(amended2026()).isOk());
    QVERIFY(before.day(QDate(2026, 3, 2)).isWorking());
    QVERIFY(!calendar.snapshot().day(QDate(2026, 3, 2)).isWorking());
}

void TestWorkingCalendar::noticeBridgeIntoDecemberWins()
{
    // A 2027 notice that starts 元旦 on Thursday 2026-12-31 and works Saturday 2026-12-26.
    CalendarYear notice = amended2026();
    notice.year = 2027;
    notice.holidays = { HolidayRange { u"元旦"_s, QDate(2026, 12, 31), QDate(2027, 1, 2) } };
    notice.workdays = { QDate(2026, 12, 26) };
    QVERIFY(notice.validate().isOk());
    WorkingCalendar calendar;
    QVERIFY(calendar.addShippedYears().isOk());
    QVERIFY(calendar.day(QDate(2026, 12, 31)).isWorking());
    QVERIFY(calendar.setYear(notice).isOk());
    QCOMPARE(calendar.day(QDate(2026, 12, 31)).kind, DayKind::Holiday);
    QCOMPARE(calendar.day(QDate(2026, 12, 31)).holiday, u"元旦"_s);
    QCOMPARE(calendar.day(QDate(2026, 12, 26)).kind, DayKind::AdjustedWorkday);
    QCOMPARE(calendar.day(QDate(2026, 12, 30)).kind, DayKind::Weekday);
}

void TestWorkingCalendar::readsSafelyWhileAYearIsReplaced()
{
    // Readers on several threads while the writer swaps 2026 back and forth: every answer for
    // 2026-03-02 must be one of the two versions, never a torn or crashed read (ASan checks memory).
    WorkingCalendar calendar;
    QVERIFY(calendar.addShippedYears().isOk());
    const CalendarYear original = calendar.snapshot().calendarYear(2026).value();
    std::atomic<bool> stop { false };
    std::atomic<int> bad { 0 };
    std::vector<std::thread> readers;
    for (int i = 0; i < 3; ++i)
        readers.emplace_back([&] {
            while (!stop) {
                const WorkingDay day = calendar.day(QDate(2026, 3, 2));
                const bool known = day.kind == DayKind::Weekday || day.holiday == u"测试"_s;
                if (!known || calendar.day(QDate(2026, 2, 16)).isWorking())
                    ++bad;
            }
        });
    for (int i = 0; i < 200; ++i)
        QVERIFY(calendar.setYear(i % 2 ? original : amended2026()).isOk());
    stop = true;
    for (std::thread &reader : readers)
        reader.join();
    QCOMPARE(bad.load(), 0);
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "testworkingcalendar.moc"
