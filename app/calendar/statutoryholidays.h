#pragma once

#include "calendaryear.h"
#include "core/error.h"

namespace OneWindow::Calendar {

/// The statutory holidays of 全国年节及纪念日放假办法 (2024 revision, 国务院令第795号, in force
/// 2025-01-01) placed in one year: what a year counts on before its State Council notice is out.
/// The law's holidays (names and rules) are data in resources/calendar/statutory-holidays.json;
/// lunar ones are placed through LunarCalendar, 清明 through Astronomy::qingming(). Art. 6 is applied:
/// a day off falling on a Saturday or Sunday is made up on the next weekday that is not already
/// off (补假). No adjusted working weekend can be foreseen, so none is listed. Thread-safe.
class StatutoryHolidays
{
public:
    /// The last year placed: the 清明 formula holds to 2099, and nobody counts a deadline further.
    static constexpr int lastYear = 2099;

    /// The law's days off in `year`, as a CalendarYear whose source is the law. Errors for a year
    /// before the law's entry into force or after lastYear, and where a lunar date cannot be placed.
    static Result<CalendarYear> forYear(int year);
    /// The law's own days off in `year` (art. 2), before 补假 and before holidays that fall on the
    /// same day are merged: what a State Council notice must give at the least.
    static Result<QList<HolidayRange>> statutoryDays(int year);
};

} // namespace OneWindow::Calendar
