#include "statutoryholidays.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

#include "astronomy.h"
#include "calendarlogging.h"
#include "jsonfields.h"
#include "lunarcalendar.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Calendar {

namespace {

enum class RuleKind { Gregorian, Lunar, Qingming };

// One holiday of the law: `days` days off starting `offset` days from its anchor date.
struct Rule
{
    QString name;
    RuleKind kind = RuleKind::Gregorian;
    int month = 0;
    int day = 0;
    int offset = 0; // 春节 starts on 除夕, the day before 正月初一: -1
    int days = 0;
};

struct Law
{
    CalendarSource source;
    QDate inForce;
    QString compensationName; // "%1（补假）": %1 is the holiday's name
    QString combinedName; // "%1、%2": two holidays that fall on the same day
    QList<Rule> rules;
};

Result<Law> parseLaw(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    Internal::JsonFields fields;
    const QJsonObject root = fields.object(document.object(), {});
    Law law;
    const QJsonObject source = fields.object(root.value(u"law"_s), u"law"_s);
    law.source.title = fields.text(source, u"title"_s, u"law"_s);
    law.source.documentNumber = fields.text(source, u"documentNumber"_s, u"law"_s);
    law.source.published = fields.date(source, u"published"_s, u"law"_s);
    law.inForce = fields.date(source, u"inForce"_s, u"law"_s);
    law.compensationName = fields.text(root, u"compensation"_s, {});
    law.combinedName = fields.text(root, u"combined"_s, {});
    const QJsonArray holidays = fields.array(root, u"holidays"_s, {});
    for (qsizetype i = 0; fields.ok() && i < holidays.size(); ++i) {
        const QString path = Internal::JsonFields::join(u"holidays"_s, i);
        const QJsonObject object = fields.object(holidays.at(i), path);
        Rule rule;
        rule.name = fields.text(object, u"name"_s, path);
        const QString kind = fields.text(object, u"rule"_s, path);
        rule.kind = kind == u"lunar"_s ? RuleKind::Lunar
            : kind == u"qingming"_s    ? RuleKind::Qingming
                                       : RuleKind::Gregorian;
        if (rule.kind != RuleKind::Qingming) {
            rule.month = fields.integer(object, u"month"_s, path);
            rule.day = fields.integer(object, u"day"_s, path);
        }
        rule.offset = fields.integer(object, u"offset"_s, path);
        rule.days = fields.integer(object, u"days"_s, path);
        if (fields.ok() && ((kind != u"gregorian"_s && rule.kind == RuleKind::Gregorian) || rule.days < 1))
            fields.fail(u"calendar.law"_s, Text::tr("The holiday rule \"%1\" is not understood.").arg(path));
        law.rules.append(rule);
    }
    if (!fields.ok())
        return fields.error();
    return law;
}

const Result<Law> &law()
{
    // Parsed once, on first use, by whichever thread comes first (static initialisation is thread-safe).
    static const Result<Law> parsed = [] {
        QFile file(u":/calendar/statutory-holidays.json"_s);
        Result<Law> result = file.open(QIODevice::ReadOnly)
            ? parseLaw(file.readAll())
            : Result<Law>(makeError(u"calendar.law"_s, Text::tr("The holiday law's data is missing.")));
        if (!result)
            qCWarning(lcCalendar) << "statutory holidays unusable:" << result.error().message;
        return result;
    }();
    return parsed;
}

Result<QDate> anchor(const Rule &rule, int year)
{
    switch (rule.kind) {
    case RuleKind::Gregorian:
        if (const QDate date(year, rule.month, rule.day); date.isValid())
            return date;
        return makeError(u"calendar.law"_s, Text::tr("The holiday rule \"%1\" is not understood.").arg(rule.name));
    case RuleKind::Lunar:
        return LunarCalendar::toGregorian(year, rule.month, rule.day);
    case RuleKind::Qingming:
        if (const auto date = Astronomy::qingming(year))
            return *date;
        return makeError(u"calendar.beyond_range"_s, Text::tr("The holidays of %1 cannot be calculated.").arg(year));
    }
    Q_UNREACHABLE();
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// Art. 6: each day off on a Saturday or Sunday is made up on the next weekday not already off.
QList<HolidayRange> compensation(const QList<HolidayRange> &holidays, const QString &nameFormat)
{
    QSet<QDate> off;
    for (const HolidayRange &holiday : holidays)
        for (QDate day = holiday.from; day <= holiday.to; day = day.addDays(1))
            off.insert(day);
    QList<HolidayRange> made;
    for (const HolidayRange &holiday : holidays) {
        for (QDate day = holiday.from; day <= holiday.to; day = day.addDays(1)) {
            if (!isWeekend(day))
                continue;
            QDate extra = day.addDays(1);
            while (isWeekend(extra) || off.contains(extra))
                extra = extra.addDays(1);
            off.insert(extra);
            const QString name = nameFormat.arg(holiday.name);
            if (!made.isEmpty() && made.last().name == name && made.last().to.addDays(1) == extra)
                made.last().to = extra;
            else
                made.append(HolidayRange { name, extra, extra });
        }
    }
    return made;
}

// Two holidays on the same days (中秋节 inside 国庆节, as in 2028) become one range, as notices write them.
QList<HolidayRange> mergeOverlaps(QList<HolidayRange> holidays, const QString &nameFormat)
{
    std::sort(holidays.begin(), holidays.end(), [](const auto &a, const auto &b) { return a.from < b.from; });
    QList<HolidayRange> merged;
    for (const HolidayRange &holiday : holidays) {
        if (!merged.isEmpty() && holiday.from <= merged.last().to) {
            merged.last().name = nameFormat.arg(merged.last().name, holiday.name);
            merged.last().to = std::max(merged.last().to, holiday.to);
        } else {
            merged.append(holiday);
        }
    }
    return merged;
}

} // namespace

Result<QList<HolidayRange>> StatutoryHolidays::statutoryDays(int year)
{
    const Result<Law> &rules = law();
    if (!rules)
        return rules.error();
    if (year < rules->inForce.year())
        return makeError(u"calendar.before_law"_s,
                         //: %1 and %2 years
                         Text::tr("There is no holiday data for %1, and the holiday law in force applies from %2 only.")
                             .arg(year)
                             .arg(rules->inForce.year()));
    if (year > lastYear)
        return makeError(u"calendar.beyond_range"_s,
                         Text::tr("The holidays of %1 cannot be calculated: the calendar reaches %2 at most.")
                             .arg(year)
                             .arg(lastYear));
    QList<HolidayRange> holidays;
    for (const Rule &rule : rules->rules) {
        const Result<QDate> start = anchor(rule, year);
        if (!start)
            return start.error();
        const QDate from = start.value().addDays(rule.offset);
        holidays.append(HolidayRange { rule.name, from, from.addDays(rule.days - 1) });
    }
    return holidays;
}

Result<CalendarYear> StatutoryHolidays::forYear(int year)
{
    const Result<QList<HolidayRange>> days = statutoryDays(year);
    if (!days)
        return days.error();
    const Law &rules = law().value();
    QList<HolidayRange> holidays = mergeOverlaps(days.value(), rules.combinedName);
    holidays += compensation(holidays, rules.compensationName);
    std::sort(holidays.begin(), holidays.end(), [](const auto &a, const auto &b) { return a.from < b.from; });
    CalendarYear result { year, rules.source, holidays, {} };
    if (Status valid = result.validate(); !valid)
        return valid.error();
    return result;
}

} // namespace OneWindow::Calendar
