#include <QTest>

#include "calendar/calendaryear.h"
#include "calendar/workingcalendar.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Calendar;

namespace {

/// A 2026 document with the given holidays and workdays, the rest well-formed.
QByteArray document(const QByteArray &holidays, const QByteArray &workdays = "[]"_ba,
                    const QByteArray &year = "2026"_ba, const QByteArray &version = "1"_ba)
{
    return "{\"formatVersion\": "_ba + version + ", \"year\": "_ba + year
        + ", \"source\": {\"title\": \"notice\", \"documentNumber\": \"\", \"published\": \"2025-11-04\"}"_ba
        + ", \"holidays\": "_ba + holidays + ", \"workdays\": "_ba + workdays + "}"_ba;
}

const QByteArray oneHoliday = R"([{"name": "N", "from": "2026-10-01", "to": "2026-10-07"}])"_ba;

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

CalendarYear shipped(int year)
{
    const Result<QList<CalendarYear>> years = WorkingCalendar::shippedYears();
    if (years)
        for (const CalendarYear &candidate : years.value())
            if (candidate.year == year)
                return candidate;
    return {};
}

} // namespace

class TestCalendarYear : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsTheNoticesExactly_data();
    void shipsTheNoticesExactly();
    void shipsTheSources();
    void refusesMalformedData_data();
    void refusesMalformedData();
    void acceptsANewYearBridgeIntoDecember();
    void roundTripsThroughJson_data();
    void roundTripsThroughJson();
    void validatesYearsBuiltInCode();
};

// The table of ../shared/facts/holidays-cn.md, row by row: days off, then weekend days worked.
void TestCalendarYear::shipsTheNoticesExactly_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QList<QDate>>("worked");
    const auto row = [](int year, const QString &name, const char *from, const char *to, QList<QDate> worked) {
        QTest::addRow("%d %s", year, qPrintable(name)) << year << name << day(from) << day(to) << worked;
    };
    row(2025, u"元旦"_s, "2025-01-01", "2025-01-01", {});
    row(2025, u"春节"_s, "2025-01-28", "2025-02-04", { day("2025-01-26"), day("2025-02-08") });
    row(2025, u"清明节"_s, "2025-04-04", "2025-04-06", {});
    row(2025, u"劳动节"_s, "2025-05-01", "2025-05-05", { day("2025-04-27") });
    row(2025, u"端午节"_s, "2025-05-31", "2025-06-02", {});
    row(2025, u"国庆节、中秋节"_s, "2025-10-01", "2025-10-08", { day("2025-09-28"), day("2025-10-11") });
    row(2026, u"元旦"_s, "2026-01-01", "2026-01-03", { day("2026-01-04") });
    row(2026, u"春节"_s, "2026-02-15", "2026-02-23", { day("2026-02-14"), day("2026-02-28") });
    row(2026, u"清明节"_s, "2026-04-04", "2026-04-06", {});
    row(2026, u"劳动节"_s, "2026-05-01", "2026-05-05", { day("2026-05-09") });
    row(2026, u"端午节"_s, "2026-06-19", "2026-06-21", {});
    row(2026, u"中秋节"_s, "2026-09-25", "2026-09-27", {});
    row(2026, u"国庆节"_s, "2026-10-01", "2026-10-07", { day("2026-09-20"), day("2026-10-10") });
}

void TestCalendarYear::shipsTheNoticesExactly()
{
    QFETCH(int, year);
    QFETCH(QString, name);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QList<QDate>, worked);
    const CalendarYear notice = shipped(year);
    QCOMPARE(notice.year, year);
    const auto found = std::find_if(notice.holidays.cbegin(), notice.holidays.cend(),
                                    [&](const HolidayRange &holiday) { return holiday.name == name; });
    QVERIFY2(found != notice.holidays.cend(), qPrintable(name));
    QCOMPARE(found->from, from);
    QCOMPARE(found->to, to);
    for (QDate workday : worked)
        QVERIFY2(notice.workdays.contains(workday), qPrintable(workday.toString(Qt::ISODate)));
}

void TestCalendarYear::shipsTheSources()
{
    const Result<QList<CalendarYear>> years = WorkingCalendar::shippedYears();
    QVERIFY2(years.isOk(), years.isOk() ? "" : qPrintable(years.error().message));
    QCOMPARE(years->size(), 2);
    const CalendarYear first = shipped(2025), second = shipped(2026);
    QCOMPARE(first.source.title, u"国务院办公厅关于2025年部分节假日安排的通知"_s);
    QCOMPARE(first.source.documentNumber, u"国办发明电〔2024〕12号"_s);
    QCOMPARE(first.source.published, QDate(2024, 11, 12));
    QCOMPARE(first.holidays.size(), 6);
    QCOMPARE(first.workdays.size(), 5);
    QCOMPARE(second.source.title, u"国务院办公厅关于2026年部分节假日安排的通知"_s);
    QCOMPARE(second.source.published, QDate(2025, 11, 4));
    QCOMPARE(second.holidays.size(), 7);
    QCOMPARE(second.workdays.size(), 6);
}

void TestCalendarYear::refusesMalformedData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions"); // what the message must name for a person to fix it
    QTest::newRow("not JSON") << "{\"year\": "_ba << u"calendar.json"_s << QString();
    QTest::newRow("not an object") << "[2026]"_ba << u"calendar.json"_s << QString();
    QTest::newRow("newer format") << document(oneHoliday, "[]"_ba, "2026"_ba, "2"_ba) << u"calendar.format_version"_s
                                  << u"2"_s;
    QTest::newRow("year missing") << "{\"formatVersion\": 1}"_ba << u"calendar.field"_s << u"year"_s;
    QTest::newRow("year a fraction") << document(oneHoliday, "[]"_ba, "2026.5"_ba) << u"calendar.field"_s << u"year"_s;
    QTest::newRow("year far off") << document(oneHoliday, "[]"_ba, "1800"_ba) << u"calendar.year"_s << u"1800"_s;
    QTest::newRow("source missing") << R"({"formatVersion": 1, "year": 2026, "holidays": [], "workdays": []})"_ba
                                    << u"calendar.field"_s << u"source"_s;
    QTest::newRow("source untitled")
        << R"({"formatVersion": 1, "year": 2026, "source": {"title": " ", "published": "2025-11-04"},
              "holidays": [{"name": "N", "from": "2026-10-01", "to": "2026-10-07"}], "workdays": []})"_ba
        << u"calendar.source"_s << QString();
    QTest::newRow("no such day") << document(R"([{"name": "N", "from": "2026-02-30", "to": "2026-03-01"}])"_ba)
                                 << u"calendar.date"_s << u"holidays[0].from"_s;
    QTest::newRow("date not padded") << document(R"([{"name": "N", "from": "2026-1-1", "to": "2026-01-01"}])"_ba)
                                     << u"calendar.date"_s << u"2026-1-1"_s;
    QTest::newRow("date a number") << document(R"([{"name": "N", "from": 20260101, "to": "2026-01-01"}])"_ba)
                                   << u"calendar.field"_s << u"holidays[0].from"_s;
    QTest::newRow("workday not a date") << document(oneHoliday, R"(["2026-10-10", "soon"])"_ba) << u"calendar.date"_s
                                        << u"workdays[1]"_s;
    QTest::newRow("range reversed") << document(R"([{"name": "N", "from": "2026-10-07", "to": "2026-10-01"}])"_ba)
                                    << u"calendar.range_reversed"_s << u"2026-10-01"_s;
    QTest::newRow("holiday of another year")
        << document(R"([{"name": "N", "from": "2025-10-01", "to": "2025-10-07"}])"_ba) << u"calendar.outside_year"_s
        << u"2025-10-01"_s;
    QTest::newRow("holiday into next year")
        << document(R"([{"name": "N", "from": "2026-12-31", "to": "2027-01-02"}])"_ba) << u"calendar.outside_year"_s
        << u"2027-01-02"_s;
    QTest::newRow("too early in December")
        << document(R"([{"name": "N", "from": "2025-12-20", "to": "2026-01-01"}])"_ba) << u"calendar.outside_year"_s
        << u"2025-12-20"_s;
    QTest::newRow("workday of another year")
        << document(oneHoliday, R"(["2027-01-02"])"_ba) << u"calendar.outside_year"_s << u"2027-01-02"_s;
    QTest::newRow("workday not a weekend")
        << document(oneHoliday, R"(["2026-10-09"])"_ba) << u"calendar.workday_not_weekend"_s << u"2026-10-09"_s;
    QTest::newRow("workday twice") << document(oneHoliday, R"(["2026-10-10", "2026-10-10"])"_ba)
                                   << u"calendar.workday_duplicate"_s << u"2026-10-10"_s;
    QTest::newRow("workday inside a holiday")
        << document(oneHoliday, R"(["2026-10-04"])"_ba) << u"calendar.workday_in_holiday"_s << u"2026-10-04"_s;
    QTest::newRow("holidays overlap") << document(R"([{"name": "A", "from": "2026-10-01", "to": "2026-10-07"},
                       {"name": "B", "from": "2026-09-25", "to": "2026-10-01"}])"_ba)
                                      << u"calendar.holiday_overlap"_s << u"\"B\""_s;
    QTest::newRow("no holidays") << document("[]"_ba) << u"calendar.no_holidays"_s << u"2026"_s;
    QTest::newRow("nameless holiday") << document(R"([{"name": "", "from": "2026-10-01", "to": "2026-10-07"}])"_ba)
                                      << u"calendar.holiday_name"_s << QString();
    QTest::newRow("holidays not a list") << document("{}"_ba) << u"calendar.field"_s << u"holidays"_s;
}

void TestCalendarYear::refusesMalformedData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const Result<CalendarYear> parsed = CalendarYear::fromJson(json);
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().code, code);
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void TestCalendarYear::acceptsANewYearBridgeIntoDecember()
{
    // As the 2019 notice did: 2018-12-30 to 2019-01-01 off, Saturday 2018-12-29 worked.
    const Result<CalendarYear> parsed = CalendarYear::fromJson(
        document(R"([{"name": "元旦", "from": "2025-12-30", "to": "2026-01-01"}])"_ba, R"(["2025-12-27"])"_ba));
    QVERIFY2(parsed.isOk(), parsed.isOk() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->holidays.first().from, QDate(2025, 12, 30));
    QCOMPARE(parsed->workdays.first(), QDate(2025, 12, 27));
}

void TestCalendarYear::roundTripsThroughJson_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("2025") << 2025;
    QTest::newRow("2026") << 2026;
}

void TestCalendarYear::roundTripsThroughJson()
{
    QFETCH(int, year);
    const CalendarYear original = shipped(year);
    QCOMPARE(original.year, year);
    const Result<CalendarYear> again = CalendarYear::fromJson(original.toJson());
    QVERIFY2(again.isOk(), again.isOk() ? "" : qPrintable(again.error().message));
    QVERIFY(again.value() == original);
    QCOMPARE(again->toJson(), original.toJson());
    // The document keeps the fields the server publishes, dates as YYYY-MM-DD.
    const QJsonObject object = original.toJsonObject();
    QCOMPARE(object.value(u"formatVersion"_s).toInt(), CalendarYear::formatVersion);
    QCOMPARE(object.value(u"source"_s).toObject().value(u"published"_s).toString().size(), 10);
}

void TestCalendarYear::validatesYearsBuiltInCode()
{
    CalendarYear year = shipped(2026);
    QVERIFY(year.validate().isOk());
    year.workdays.append(QDate()); // a bad date cannot come from JSON, but can from code
    QCOMPARE(year.validate().error().code, u"calendar.date"_s);
    year = shipped(2026);
    year.source.published = {};
    QCOMPARE(year.validate().error().code, u"calendar.source"_s);
}

QTEST_GUILESS_MAIN(TestCalendarYear)
#include "testcalendaryear.moc"
