#include "deadline.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Calendar {

namespace {

constexpr int kNoLimit = std::numeric_limits<int>::max();

// The stops merged into disjoint, sorted inclusive ranges: overlapping stops count once.
class StopDays
{
public:
    explicit StopDays(const QList<ClockStop> &stops)
    {
        for (const ClockStop &stop : stops)
            m_ranges.append({ stop.from, stop.to });
        std::sort(m_ranges.begin(), m_ranges.end());
        QList<std::pair<QDate, QDate>> merged;
        for (const auto &range : std::as_const(m_ranges)) {
            if (!merged.isEmpty() && range.first <= merged.last().second.addDays(1))
                merged.last().second = std::max(merged.last().second, range.second);
            else
                merged.append(range);
        }
        m_ranges = std::move(merged);
    }

    /// The last day of the stop that covers `day`; invalid when no stop does.
    QDate endOfStopCovering(QDate day) const
    {
        for (const auto &[from, to] : m_ranges)
            if (day >= from && day <= to)
                return to;
        return {};
    }

private:
    QList<std::pair<QDate, QDate>> m_ranges;
};

// Walks forward from the day after `from`, counting working days outside the stops, until `enough`
// days are counted or the day `last` has been looked at (an invalid `last`: no such limit).
WorkingDayCount walk(const CalendarSnapshot &calendar, const StopDays &stops, QDate from, int enough, QDate last,
                     QDate *reached = nullptr)
{
    WorkingDayCount count { 0, Basis::Official, {} };
    QDate day = from;
    while (count.days < enough && (!last.isValid() || day < last)) {
        day = day.addDays(1);
        if (const QDate stopEnd = stops.endOfStopCovering(day); stopEnd.isValid()) {
            day = last.isValid() ? std::min(stopEnd, last) : stopEnd; // stop days count for nothing, known or not
            continue;
        }
        const WorkingDay answer = calendar.day(day);
        if (!answer.isKnown())
            return WorkingDayCount { 0, Basis::Unavailable, day };
        count.basis = weaker(count.basis, answer.basis);
        if (answer.isWorking())
            ++count.days;
    }
    if (reached)
        *reached = day;
    return count;
}

Status checkStops(const QList<ClockStop> &stops)
{
    for (const ClockStop &stop : stops) {
        if (!stop.from.isValid() || !stop.to.isValid())
            return makeError(u"calendar.stop_dates"_s,
                             Text::tr("A clock stop (%1) has no valid dates.").arg(ClockStop::kindLabel(stop.kind)));
        if (stop.to < stop.from)
            return makeError(u"calendar.stop_reversed"_s,
                             //: %1 kind of stop (hearing, testing...), %2 and %3 dates (YYYY-MM-DD)
                             Text::tr("A clock stop (%1) ends on %2, before it starts on %3.")
                                 .arg(ClockStop::kindLabel(stop.kind), stop.to.toString(Qt::ISODate),
                                      stop.from.toString(Qt::ISODate)));
    }
    return Done {};
}

// Signed count between two dates on one set of stops (see Deadline::workingDaysBetween).
WorkingDayCount between(const CalendarSnapshot &calendar, const StopDays &stops, QDate from, QDate to)
{
    if (to < from) {
        WorkingDayCount back = walk(calendar, stops, to, kNoLimit, from);
        back.days = -back.days;
        return back;
    }
    return walk(calendar, stops, from, kNoLimit, to);
}

} // namespace

Result<WorkingDayCount> Deadline::workingDaysBetween(const CalendarSnapshot &calendar, QDate from, QDate to,
                                                     const QList<ClockStop> &stops)
{
    if (!from.isValid() || !to.isValid())
        return makeError(u"calendar.count_dates"_s, Text::tr("Working days can only be counted between valid dates."));
    if (Status valid = checkStops(stops); !valid)
        return valid.error();
    return between(calendar, StopDays(stops), from, to);
}

Result<Deadline> Deadline::compute(const CalendarSnapshot &calendar, const DeadlineRequest &request, QDate today)
{
    if (!request.accepted.isValid() || !today.isValid())
        return makeError(u"calendar.deadline_dates"_s,
                         Text::tr("A deadline needs a valid acceptance date and a valid date for today."));
    if (request.workingDays < 0)
        return makeError(u"calendar.deadline_limit"_s,
                         Text::tr("A time limit cannot be negative (%1 working days).").arg(request.workingDays));
    if (Status valid = checkStops(request.stops); !valid)
        return valid.error();
    const StopDays stops(request.stops);

    Deadline result;
    // Limit 0 (即办) needs no calendar: due the day of acceptance, which no notice can change.
    WorkingDayCount toDue { 0, Basis::Official, {} };
    result.m_due = request.accepted;
    if (request.workingDays > 0)
        toDue = walk(calendar, stops, request.accepted, request.workingDays, {}, &result.m_due);
    WorkingDayCount left;
    if (toDue.basis != Basis::Unavailable) {
        result.m_overdue = today > result.m_due;
        // Before acceptance the clock has not started: the whole limit is left.
        const QDate from = result.m_overdue ? today : std::max(today, request.accepted);
        left = between(calendar, stops, from, result.m_due);
    }
    result.m_basis = weaker(toDue.basis, left.basis);
    if (result.m_basis == Basis::Unavailable) {
        result.m_firstUnknown = toDue.basis == Basis::Unavailable ? toDue.firstUnknown : left.firstUnknown;
        result.m_due = {};
        result.m_overdue = false;
        return result;
    }
    result.m_left = left.days;
    return result;
}

} // namespace OneWindow::Calendar
