#pragma once

#include <QDate>

#include "core/error.h"

namespace OneWindow::Calendar {

/// Gregorian dates of days of the Chinese calendar (农历), for the statutory holidays of years
/// without a notice. ICU's Chinese calendar (zh@calendar=chinese) says which lunation is which
/// month, leap months included; the day each month begins is the Beijing day of its new moon from
/// Astronomy::newMoonNear(), because ICU 72's lunar theory misses new moons that fall minutes from
/// midnight (it puts 正月初一 2027 on 02-07 and 2030 on 02-02; the official days are 02-06 and 02-03).
/// A new moon closer to midnight than the approximation can be trusted gives an error, not a guess.
/// Thread-safe: each call uses its own ICU calendar.
class LunarCalendar
{
public:
    /// The day `day` (1-30; not checked against the month's length) of month `month` (1-12, not a leap month) of the
    /// Chinese year whose 正月初一 falls in `gregorianYear`. Errors: ICU failed, or the month's first day cannot be
    /// decided.
    static Result<QDate> toGregorian(int gregorianYear, int month, int day);

    /// The minutes a new moon must keep from midnight for its day to be trusted in `gregorianYear`:
    /// 2 minutes (the approximation's error) up to 2050, then 1 more per decade for the growing
    /// uncertainty of Earth's rotation (TT - UT) that far ahead.
    static double trustedMarginMinutes(int gregorianYear);
};

} // namespace OneWindow::Calendar
