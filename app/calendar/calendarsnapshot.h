#pragma once

#include <QDate>
#include <QList>

#include <memory>

#include "calendaryear.h"
#include "core/error.h"
#include "workingday.h"

namespace OneWindow::Calendar {

namespace Internal {
struct SnapshotData;
}

/// One immutable state of the working-day calendar: the official years it was made from, and the
/// law's provisional years for every year in 2025-2099 that has no notice. Answers never change
/// for a given snapshot, so a deadline is counted on one consistent calendar even while the server
/// publishes a new year. Cheap to copy (shared), safe to read from any number of threads at once.
/// Precedence for a date: a notice's entry for a day outside its own year (a New Year bridge into
/// December) > the notice of the date's year > the law (Provisional) > Unavailable.
class CalendarSnapshot
{
public:
    CalendarSnapshot(); ///< no notices: only the law's provisional years
    /// Years already validated (WorkingCalendar::setYear checks them); a later year of the same number wins.
    explicit CalendarSnapshot(const QList<CalendarYear> &officialYears);

    WorkingDay day(QDate date) const;
    bool isWorkingDay(QDate date) const { return day(date).isWorking(); }

    /// Official for a year with a notice, Provisional where the law places it, else Unavailable.
    Basis yearBasis(int year) const;
    /// The notice of `year`, or the law's provisional year; an error says why neither exists.
    Result<CalendarYear> calendarYear(int year) const;
    QList<int> officialYears() const;

private:
    std::shared_ptr<const Internal::SnapshotData> m_data;
};

} // namespace OneWindow::Calendar
