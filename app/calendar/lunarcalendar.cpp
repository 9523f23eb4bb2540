#include "lunarcalendar.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <unicode/ucal.h>

#include "astronomy.h"
#include "calendarlogging.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Calendar {

namespace {

constexpr double kMsPerDay = 86400000.0;

struct CalendarCloser
{
    void operator()(UCalendar *calendar) const { ucal_close(calendar); }
};
using CalendarHandle = std::unique_ptr<UCalendar, CalendarCloser>;

const qint64 kUnixEpochJulianDay = QDate(1970, 1, 1).toJulianDay();

// Noon UTC of a date, as ICU's milliseconds since 1970: noon keeps a day away from any zone edge.
UDate noonMillis(QDate date)
{
    return (static_cast<double>(date.toJulianDay() - kUnixEpochJulianDay) + 0.5) * kMsPerDay;
}

QDate dateOfMillis(UDate millis)
{
    return QDate::fromJulianDay(kUnixEpochJulianDay + static_cast<qint64>(std::floor(millis / kMsPerDay)));
}

Error icuError(int gregorianYear, const char *what)
{
    qCWarning(lcCalendar) << "ICU Chinese calendar failed for" << gregorianYear << ":" << what;
    return makeError(u"calendar.lunar_icu"_s,
                     Text::tr("The Chinese lunar calendar is not available for %1.").arg(gregorianYear));
}

// ICU's idea of the first day of a month: right month, possibly a day off (see the class comment).
Result<QDate> icuMonthStart(int gregorianYear, int month)
{
    UErrorCode status = U_ZERO_ERROR;
    // UTC on both sides: ICU reckons Chinese days in Beijing time itself; the zone only maps days to millis.
    CalendarHandle chinese(ucal_open(u"UTC", -1, "zh@calendar=chinese", UCAL_DEFAULT, &status));
    if (U_FAILURE(status))
        return icuError(gregorianYear, u_errorName(status));
    // 正月初一 falls between 01-21 and 02-20, so 03-01 always lies in the year that begins in gregorianYear.
    ucal_setMillis(chinese.get(), noonMillis(QDate(gregorianYear, 3, 1)), &status);
    const int chineseYear = ucal_get(chinese.get(), UCAL_EXTENDED_YEAR, &status);
    ucal_clear(chinese.get());
    ucal_set(chinese.get(), UCAL_EXTENDED_YEAR, chineseYear);
    ucal_set(chinese.get(), UCAL_MONTH, month - 1);
    ucal_set(chinese.get(), UCAL_IS_LEAP_MONTH, 0);
    ucal_set(chinese.get(), UCAL_DATE, 1);
    const QDate start = dateOfMillis(ucal_getMillis(chinese.get(), &status));
    // Read it back: a lenient calendar would roll an impossible field over instead of failing.
    ucal_setMillis(chinese.get(), noonMillis(start), &status);
    const bool same = ucal_get(chinese.get(), UCAL_EXTENDED_YEAR, &status) == chineseYear
        && ucal_get(chinese.get(), UCAL_MONTH, &status) == month - 1
        && ucal_get(chinese.get(), UCAL_IS_LEAP_MONTH, &status) == 0
        && ucal_get(chinese.get(), UCAL_DATE, &status) == 1;
    if (U_FAILURE(status))
        return icuError(gregorianYear, u_errorName(status));
    if (!same || !start.isValid())
        return icuError(gregorianYear, "month did not read back");
    return start;
}

} // namespace

double LunarCalendar::trustedMarginMinutes(int gregorianYear)
{
    return 2.0 + std::max(0, gregorianYear - 2050) / 10.0;
}

Result<QDate> LunarCalendar::toGregorian(int gregorianYear, int month, int day)
{
    if (month < 1 || month > 12 || day < 1 || day > 30 || gregorianYear < 1 || gregorianYear > 9999)
        return makeError(u"calendar.lunar_date"_s, Text::tr("There is no lunar month %1, day %2.").arg(month).arg(day));
    const Result<QDate> icuStart = icuMonthStart(gregorianYear, month);
    if (!icuStart)
        return icuStart;
    const Astronomy::NewMoon moon = Astronomy::newMoonNear(icuStart.value());
    if (std::abs(moon.date.daysTo(icuStart.value())) > 1)
        return icuError(gregorianYear, "ICU and the new moon disagree by more than a day");
    if (moon.minutesFromMidnight < trustedMarginMinutes(gregorianYear)) {
        qCInfo(lcCalendar) << "new moon of lunar month" << month << "of" << gregorianYear << "is"
                           << moon.minutesFromMidnight << "minutes from midnight: its day is not certain";
        return makeError(u"calendar.lunar_undecided"_s,
                         //: %1 lunar month number (1-12), %2 the year
                         Text::tr("The first day of lunar month %1 in %2 cannot be calculated with certainty.")
                             .arg(month)
                             .arg(gregorianYear));
    }
    if (moon.date != icuStart.value())
        qCInfo(lcCalendar) << "lunar month" << month << "of" << gregorianYear << "begins" << moon.date << ", not"
                           << icuStart.value() << "as ICU has it";
    return moon.date.addDays(day - 1);
}

} // namespace OneWindow::Calendar
