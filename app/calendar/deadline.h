#pragma once

#include <QDate>
#include <QList>

#include "calendarsnapshot.h"
#include "clockstop.h"
#include "core/error.h"
#include "workingday.h"

namespace OneWindow::Calendar {

/// What a deadline is counted from: the acceptance day, the limit in working days (0 = 即办,
/// due the same day) and the periods the clock stood still.
struct DeadlineRequest
{
    QDate accepted;
    int workingDays = 0;
    QList<ClockStop> stops;
};

/// Working days counted between two dates, and how sure the count is. When basis is Unavailable,
/// `days` means nothing and `firstUnknown` is the first day the calendar could not answer.
struct WorkingDayCount
{
    int days = 0;
    Basis basis = Basis::Unavailable;
    QDate firstUnknown;
};

/// A case's due date in working days. 行政许可法 art. 82: its limits are counted in working days,
/// statutory holidays excluded; art. 45: hearings, tenders, auctions, inspection, testing,
/// quarantine, appraisal and expert review are not counted (ClockStop); 民法典 art. 201: a period
/// in days does not count the day it starts. So the acceptance day never counts, whatever it is
/// (a window open on Saturday too); from the day after it, every working day outside a clock stop
/// counts one; the due date is the Nth such day. One day the calendar cannot answer makes the whole
/// result Unavailable: never assume Monday to Friday. Provisional when any day it needed lies in a
/// year without a notice. docs/calendar.md has the edge cases.
///
///   accepted   +1   +2   +3 ...   stop days skipped   ...  Nth counted working day = due
///   (not counted)                                            today > due: overdue
class Deadline
{
public:
    /// Due date and working days left as of `today` (a Clock's date in callers), all counted on
    /// one snapshot. Errors only for a malformed request (invalid dates, a negative limit, a stop
    /// that ends before it starts); a missing calendar is a result, basis Unavailable.
    static Result<Deadline> compute(const CalendarSnapshot &calendar, const DeadlineRequest &request, QDate today);

    /// Working days counted in (from, to], outside the stops: the days elapsed since `from`, as of
    /// `to`. Negative when `to` is before `from` (the days counted in (to, from]).
    static Result<WorkingDayCount> workingDaysBetween(const CalendarSnapshot &calendar, QDate from, QDate to,
                                                      const QList<ClockStop> &stops = {});

    Basis basis() const { return m_basis; }
    bool isAvailable() const { return m_basis != Basis::Unavailable; }
    QDate due() const { return m_due; } ///< invalid when Unavailable
    /// Working days after today up to and including the due date (0 = due today); once past the due
    /// date, minus the working days since it. Stop days never count either way.
    int workingDaysLeft() const { return m_left; }
    /// Today is after the due date: true on the Saturday after a Friday due date, while
    /// workingDaysLeft() is still 0.
    bool isOverdue() const { return m_overdue; }
    QDate firstUnknownDay() const { return m_firstUnknown; } ///< when Unavailable: the day that had no data

private:
    Basis m_basis = Basis::Unavailable;
    QDate m_due;
    int m_left = 0;
    bool m_overdue = false;
    QDate m_firstUnknown;
};

} // namespace OneWindow::Calendar
