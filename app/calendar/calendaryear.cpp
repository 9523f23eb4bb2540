#include "calendaryear.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

#include "jsonfields.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Calendar {

namespace {

// A year far outside this range is a typo, not a notice: the first notices of this kind date
// from 1999, and 2999 leaves room for anything a window will ever count.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2999;

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

Status checkHolidays(const CalendarYear &year, QDate first, QDate last)
{
    if (year.holidays.isEmpty())
        return makeError(u"calendar.no_holidays"_s, Text::tr("The calendar of %1 lists no holidays.").arg(year.year));
    for (const HolidayRange &holiday : year.holidays) {
        if (holiday.name.trimmed().isEmpty())
            return makeError(u"calendar.holiday_name"_s, Text::tr("A holiday of %1 has no name.").arg(year.year));
        if (!holiday.from.isValid() || !holiday.to.isValid())
            return makeError(u"calendar.date"_s, Text::tr("The holiday \"%1\" has no valid dates.").arg(holiday.name));
        if (holiday.to < holiday.from)
            return makeError(u"calendar.range_reversed"_s,
                             //: %1 holiday name, %2 and %3 dates (YYYY-MM-DD)
                             Text::tr("The holiday \"%1\" ends on %2, before it starts on %3.")
                                 .arg(holiday.name, iso(holiday.to), iso(holiday.from)));
        if (holiday.from < first || holiday.to > last)
            return makeError(u"calendar.outside_year"_s,
                             //: %1 holiday name, %2 and %3 dates (YYYY-MM-DD), %4 the year
                             Text::tr("The holiday \"%1\" (%2 to %3) lies outside the year %4.")
                                 .arg(holiday.name, iso(holiday.from), iso(holiday.to))
                                 .arg(year.year));
    }
    QList<HolidayRange> sorted = year.holidays;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.from < b.from; });
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        if (sorted[i].from <= sorted[i - 1].to)
            return makeError(
                u"calendar.holiday_overlap"_s,
                Text::tr("The holidays \"%1\" and \"%2\" overlap.").arg(sorted[i - 1].name, sorted[i].name));
    }
    return Done {};
}

Status checkWorkdays(const CalendarYear &year, QDate first, QDate last)
{
    for (qsizetype i = 0; i < year.workdays.size(); ++i) {
        const QDate day = year.workdays[i];
        if (!day.isValid())
            return makeError(u"calendar.date"_s,
                             Text::tr("An adjusted working day of %1 is not a valid date.").arg(year.year));
        if (day < first || day > last)
            return makeError(
                u"calendar.outside_year"_s,
                Text::tr("The adjusted working day %1 lies outside the year %2.").arg(iso(day)).arg(year.year));
        if (!isWeekend(day))
            return makeError(u"calendar.workday_not_weekend"_s,
                             Text::tr("The adjusted working day %1 is not a Saturday or Sunday.").arg(iso(day)));
        if (year.workdays.indexOf(day) != i)
            return makeError(u"calendar.workday_duplicate"_s,
                             Text::tr("The adjusted working day %1 is listed twice.").arg(iso(day)));
        for (const HolidayRange &holiday : year.holidays) {
            if (holiday.contains(day))
                return makeError(u"calendar.workday_in_holiday"_s,
                                 //: %1 a date (YYYY-MM-DD), %2 holiday name
                                 Text::tr("The adjusted working day %1 falls inside the holiday \"%2\".")
                                     .arg(iso(day), holiday.name));
        }
    }
    return Done {};
}

} // namespace

Status CalendarYear::validate() const
{
    if (year < kFirstYear || year > kLastYear)
        return makeError(
            u"calendar.year"_s,
            Text::tr("The calendar year %1 is not between %2 and %3.").arg(year).arg(kFirstYear).arg(kLastYear));
    if (source.title.trimmed().isEmpty() || !source.published.isValid())
        return makeError(u"calendar.source"_s,
                         Text::tr("The calendar of %1 does not name its source: the notice's title and the date "
                                  "it was published.")
                             .arg(year));
    const QDate first = QDate(year, 1, 1).addDays(-previousDecemberDays);
    const QDate last(year, 12, 31);
    if (Status holidaysOk = checkHolidays(*this, first, last); !holidaysOk)
        return holidaysOk;
    return checkWorkdays(*this, first, last);
}

Result<CalendarYear> CalendarYear::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(u"calendar.json"_s,
                         //: %1 the JSON parser's message (English), %2 a byte offset
                         Text::tr("The calendar data is not valid JSON: %1 (at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    if (!document.isObject())
        return makeError(u"calendar.json"_s, Text::tr("The calendar data is not a JSON object."));
    return fromJsonObject(document.object());
}

Result<CalendarYear> CalendarYear::fromJsonObject(const QJsonObject &object)
{
    Internal::JsonFields fields;
    const int version = fields.integer(object, u"formatVersion"_s, {});
    if (fields.ok() && version != formatVersion)
        return makeError(u"calendar.format_version"_s,
                         Text::tr("This calendar data is format version %1; this program reads version %2.")
                             .arg(version)
                             .arg(formatVersion));
    CalendarYear result;
    result.year = fields.integer(object, u"year"_s, {});
    const QJsonObject source = fields.object(object.value(u"source"_s), u"source"_s);
    result.source.title = fields.text(source, u"title"_s, u"source"_s);
    result.source.documentNumber = fields.optionalText(source, u"documentNumber"_s, u"source"_s);
    result.source.published = fields.date(source, u"published"_s, u"source"_s);
    const QJsonArray holidays = fields.array(object, u"holidays"_s, {});
    for (qsizetype i = 0; fields.ok() && i < holidays.size(); ++i) {
        const QString path = Internal::JsonFields::join(u"holidays"_s, i);
        const QJsonObject holiday = fields.object(holidays.at(i), path);
        HolidayRange range;
        range.name = fields.text(holiday, u"name"_s, path);
        range.from = fields.date(holiday, u"from"_s, path);
        range.to = fields.date(holiday, u"to"_s, path);
        result.holidays.append(range);
    }
    const QJsonArray workdays = fields.array(object, u"workdays"_s, {});
    for (qsizetype i = 0; fields.ok() && i < workdays.size(); ++i)
        result.workdays.append(fields.date(workdays.at(i), Internal::JsonFields::join(u"workdays"_s, i)));
    if (!fields.ok())
        return fields.error();
    if (Status valid = result.validate(); !valid)
        return valid.error();
    return result;
}

QJsonObject CalendarYear::toJsonObject() const
{
    QJsonArray holidayArray;
    for (const HolidayRange &holiday : holidays)
        holidayArray.append(QJsonObject {
            { u"name"_s, holiday.name }, { u"from"_s, iso(holiday.from) }, { u"to"_s, iso(holiday.to) } });
    QJsonArray workdayArray;
    for (QDate day : workdays)
        workdayArray.append(iso(day));
    const QJsonObject sourceObject { { u"title"_s, source.title },
                                     { u"documentNumber"_s, source.documentNumber },
                                     { u"published"_s, iso(source.published) } };
    return QJsonObject { { u"formatVersion"_s, formatVersion },
                         { u"year"_s, year },
                         { u"source"_s, sourceObject },
                         { u"holidays"_s, holidayArray },
                         { u"workdays"_s, workdayArray } };
}

QByteArray CalendarYear::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

} // namespace OneWindow::Calendar
