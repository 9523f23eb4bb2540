#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>

#include "calendarsnapshot.h"
#include "calendaryear.h"
#include "core/error.h"
#include "workingday.h"

namespace OneWindow::Calendar {

/// The working-day calendar a program shares: the notices it knows (shipped with the program,
/// then the server's copies, which replace them) over the law's provisional years.
/// Thread-safety: readers take snapshot(), an immutable CalendarSnapshot, under a short lock and
/// then read it without any lock; setYear() builds a new snapshot and swaps it in, so a reader
/// keeps a consistent calendar for as long as it holds its snapshot. yearChanged() is emitted in
/// the writer's thread (receivers in other threads get it queued): recompute provisional deadlines.
class WorkingCalendar : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void yearChanged(int year);

public:
    explicit WorkingCalendar(QObject *parent = nullptr); ///< no notices yet: call addShippedYears()

    /// The notices compiled into the program (resources/calendar/cn-*.json, prefix /calendar).
    static Result<QList<CalendarYear>> shippedYears();
    /// Adds the shipped notices for years not set yet: a year the server already gave is kept.
    Status addShippedYears();
    /// Adds or replaces a year (the server's notice overrides a shipped one); refused if invalid.
    Status setYear(const CalendarYear &year);

    CalendarSnapshot snapshot() const;
    /// One answer from the current snapshot; to count several days, take a snapshot() once.
    WorkingDay day(QDate date) const { return snapshot().day(date); }

private:
    mutable QMutex m_mutex; // guards m_years and m_snapshot (the pointer, not what it points to)
    QMap<int, CalendarYear> m_years;
    CalendarSnapshot m_snapshot;
};

} // namespace OneWindow::Calendar
