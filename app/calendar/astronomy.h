#pragma once

#include <QDate>

#include <optional>

/// The two astronomical facts the statutory holidays hang on, from published approximations:
/// the day of a new moon (which starts a month of the Chinese calendar) and the day of the
/// Qingming solar term. Days are those of Beijing time (UTC+8), the time the Chinese calendar
/// (GB/T 33661-2017) is reckoned in.
namespace OneWindow::Calendar::Astronomy {

/// The new moon nearest to a date, as a day of Beijing time.
struct NewMoon
{
    QDate date; ///< the Beijing-time day the new moon falls on
    double minutesFromMidnight = 0; ///< distance in minutes to the nearer Beijing midnight: how safe `date` is
};

/// The new moon nearest to `near` (within half a lunation). Times from Meeus, "Astronomical
/// Algorithms" (2nd ed.), chapter 49: accurate to about a minute in this century.
NewMoon newMoonNear(QDate near);

/// TT - UT in seconds for a decimal year: Espenak and Meeus's polynomial fit (NASA, 2006),
/// used for 2005-2150. The real value drifts from it by seconds now, by minutes late this century.
double deltaTSeconds(double year);

/// The day of 清明 (the sun at ecliptic longitude 15 degrees), Beijing time, for 2000-2099:
/// day = floor(Y * 0.2422 + 4.81) - floor(Y / 4) in April, Y = year % 100 (the widely published
/// "寿星" solar-term formula, 21st-century constant 4.81). Empty outside 2000-2099.
std::optional<QDate> qingming(int year);

} // namespace OneWindow::Calendar::Astronomy
