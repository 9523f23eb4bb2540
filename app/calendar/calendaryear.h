#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/error.h"

namespace OneWindow::Calendar {

/// Where a year's data comes from: the notice (or, for a provisional year, the law) that a person can look up.
struct CalendarSource
{
    QString title; ///< 国务院办公厅关于2026年部分节假日安排的通知
    QString documentNumber; ///< 国办发明电〔2024〕12号; empty when the published text carries none
    QDate published;

    friend bool operator==(const CalendarSource &, const CalendarSource &) = default;
};

/// Days off of one holiday, an inclusive range: 国庆节 2026-10-01 to 2026-10-07.
struct HolidayRange
{
    QString name; ///< data, in Chinese, as the notice names it
    QDate from;
    QDate to;

    bool contains(QDate date) const { return date >= from && date <= to; }
    friend bool operator==(const HolidayRange &, const HolidayRange &) = default;
};

/// One year's holiday arrangement as a State Council notice gives it: the days off of each
/// holiday and the weekend days worked in exchange (调休上班). It is the unit the server
/// publishes (GET /api/v1/calendar?year=Y), the client stores and replaces, and the files under
/// resources/calendar/ ship; docs/calendar.md describes its JSON. A plain value: copy it freely.
/// Dates must lie in `year`, except that New Year arrangements may reach back into the last days of
/// the previous December (the 2018 and 2019 notices did: 2017-12-30 off, 2018-12-29 worked).
class CalendarYear
{
public:
    /// The JSON format this program reads and writes ("formatVersion").
    static constexpr int formatVersion = 1;
    /// How many days of the previous December a notice may still arrange (New Year bridges).
    static constexpr int previousDecemberDays = 7;

    int year = 0;
    CalendarSource source;
    QList<HolidayRange> holidays;
    QList<QDate> workdays; ///< adjusted working days: Saturdays and Sundays worked

    /// Checks what a notice must satisfy; the first problem comes back translated, naming the date.
    Status validate() const;

    /// Parses and validates a year from its JSON document.
    static Result<CalendarYear> fromJson(const QByteArray &json);
    static Result<CalendarYear> fromJsonObject(const QJsonObject &object);
    QJsonObject toJsonObject() const;
    QByteArray toJson() const; ///< indented UTF-8, the form resources/calendar/ keeps

    friend bool operator==(const CalendarYear &, const CalendarYear &) = default;
};

} // namespace OneWindow::Calendar
