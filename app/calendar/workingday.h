#pragma once

#include <QString>

namespace OneWindow::Calendar {

/// How sure an answer is. Ordered from strongest to weakest, so combining answers keeps the weakest.
enum class Basis {
    Official, ///< from a State Council notice (or the server's copy of one)
    Provisional, ///< from the statutory holidays of the law alone: the year's notice is not out yet
    Unavailable, ///< no data and no rule place this day: "calendar unavailable"
};

/// The weaker of two bases: a deadline is only as sure as the least sure day it needed.
constexpr Basis weaker(Basis a, Basis b)
{
    return a > b ? a : b;
}

enum class DayStatus { Working, NonWorking, Unknown };

/// Why a day is what it is, for the UI ("调休上班", a holiday's name).
enum class DayKind {
    Weekday, ///< Monday to Friday, no holiday
    Weekend, ///< Saturday or Sunday, not an adjusted working day
    Holiday, ///< a day off of a holiday (weekend days inside a holiday's range count here)
    AdjustedWorkday, ///< a Saturday or Sunday worked in exchange for a holiday (调休上班)
    Unknown,
};

/// The calendar's answer for one date. Invariant: status is Unknown exactly when basis is Unavailable.
struct WorkingDay
{
    DayStatus status = DayStatus::Unknown;
    Basis basis = Basis::Unavailable;
    DayKind kind = DayKind::Unknown;
    QString holiday; ///< the holiday's name as the data gives it (Chinese); empty unless kind is Holiday

    bool isWorking() const { return status == DayStatus::Working; }
    bool isKnown() const { return status != DayStatus::Unknown; }
};

} // namespace OneWindow::Calendar
