#include "calendarsnapshot.h"

#include <QHash>
#include <QMap>
#include <QMutex>

#include <array>
#include <bitset>

#include "statutoryholidays.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Calendar {

namespace Internal {

/// One year turned into per-day answers: index = day of the year - 1.
struct YearDays
{
    Basis basis = Basis::Official;
    QStringList names; // holiday names, indexed by `holiday`
    std::array<qint16, 366> holiday; // index into names, -1 when no holiday
    std::bitset<366> adjusted; // adjusted working days
};

struct SnapshotData
{
    QMap<int, CalendarYear> official;
    QHash<int, std::shared_ptr<const YearDays>> days;
    QHash<QDate, WorkingDay> outsideYear; // a notice's entries for days outside its year
};

} // namespace Internal

namespace {

using Internal::YearDays;

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

std::shared_ptr<const YearDays> compile(const CalendarYear &year, Basis basis)
{
    auto days = std::make_shared<YearDays>();
    days->basis = basis;
    days->holiday.fill(-1);
    for (const HolidayRange &holiday : year.holidays) {
        days->names.append(holiday.name);
        for (QDate day = holiday.from; day <= holiday.to; day = day.addDays(1))
            if (day.year() == year.year)
                days->holiday[day.dayOfYear() - 1] = static_cast<qint16>(days->names.size() - 1);
    }
    for (QDate day : year.workdays)
        if (day.year() == year.year)
            days->adjusted.set(day.dayOfYear() - 1);
    return days;
}

void addOutsideYear(const CalendarYear &year, QHash<QDate, WorkingDay> &out)
{
    for (const HolidayRange &holiday : year.holidays)
        for (QDate day = holiday.from; day <= holiday.to; day = day.addDays(1))
            if (day.year() != year.year)
                out.insert(day, WorkingDay { DayStatus::NonWorking, Basis::Official, DayKind::Holiday, holiday.name });
    for (QDate day : year.workdays)
        if (day.year() != year.year)
            out.insert(day, WorkingDay { DayStatus::Working, Basis::Official, DayKind::AdjustedWorkday, {} });
}

// The law's year, placed once per process: the law and the astronomy behind it never change
// while the program runs, and placing a year costs ICU work (about a millisecond).
std::shared_ptr<const YearDays> provisional(int year)
{
    // Outside the law's reach nothing is placed, and nothing needs remembering.
    if (year < 2000 || year > StatutoryHolidays::lastYear)
        return nullptr;
    static QMutex mutex;
    static QHash<int, std::shared_ptr<const YearDays>> cache;
    QMutexLocker lock(&mutex);
    const auto found = cache.constFind(year);
    if (found != cache.cend())
        return *found;
    const Result<CalendarYear> placed = StatutoryHolidays::forYear(year);
    auto days = placed ? compile(placed.value(), Basis::Provisional) : nullptr;
    cache.insert(year, days);
    return days;
}

} // namespace

CalendarSnapshot::CalendarSnapshot()
    : CalendarSnapshot(QList<CalendarYear> {})
{
}

CalendarSnapshot::CalendarSnapshot(const QList<CalendarYear> &officialYears)
{
    auto data = std::make_shared<Internal::SnapshotData>();
    for (const CalendarYear &year : officialYears)
        data->official.insert(year.year, year);
    // Years in order, so a later notice's bridge into December overrides the earlier year's answer.
    for (const CalendarYear &year : std::as_const(data->official)) {
        data->days.insert(year.year, compile(year, Basis::Official));
        addOutsideYear(year, data->outsideYear);
    }
    m_data = std::move(data);
}

WorkingDay CalendarSnapshot::day(QDate date) const
{
    if (!date.isValid())
        return {};
    if (!m_data->outsideYear.isEmpty()) {
        const auto bridged = m_data->outsideYear.constFind(date);
        if (bridged != m_data->outsideYear.cend())
            return *bridged;
    }
    std::shared_ptr<const YearDays> days = m_data->days.value(date.year());
    if (!days)
        days = provisional(date.year());
    if (!days)
        return {};
    const int index = date.dayOfYear() - 1;
    if (days->adjusted.test(index))
        return WorkingDay { DayStatus::Working, days->basis, DayKind::AdjustedWorkday, {} };
    if (const int holiday = days->holiday[index]; holiday >= 0)
        return WorkingDay { DayStatus::NonWorking, days->basis, DayKind::Holiday, days->names.at(holiday) };
    if (isWeekend(date))
        return WorkingDay { DayStatus::NonWorking, days->basis, DayKind::Weekend, {} };
    return WorkingDay { DayStatus::Working, days->basis, DayKind::Weekday, {} };
}

Basis CalendarSnapshot::yearBasis(int year) const
{
    if (m_data->official.contains(year))
        return Basis::Official;
    return provisional(year) ? Basis::Provisional : Basis::Unavailable;
}

Result<CalendarYear> CalendarSnapshot::calendarYear(int year) const
{
    const auto found = m_data->official.constFind(year);
    if (found != m_data->official.cend())
        return *found;
    return StatutoryHolidays::forYear(year);
}

QList<int> CalendarSnapshot::officialYears() const
{
    return m_data->official.keys();
}

} // namespace OneWindow::Calendar
