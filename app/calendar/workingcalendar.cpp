#include "workingcalendar.h"

#include <QDir>
#include <QFile>

#include "calendarlogging.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Calendar {

Q_LOGGING_CATEGORY(lcCalendar, "onewindow.calendar")

WorkingCalendar::WorkingCalendar(QObject *parent)
    : QObject(parent)
{
}

Result<QList<CalendarYear>> WorkingCalendar::shippedYears()
{
    QList<CalendarYear> years;
    const QDir folder(u":/calendar"_s);
    for (const QString &name : folder.entryList({ u"cn-*.json"_s }, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(u"calendar.shipped"_s, Text::tr("The calendar file %1 cannot be read.").arg(name));
        Result<CalendarYear> year = CalendarYear::fromJson(file.readAll());
        if (!year)
            return makeError(year.error().code, name % u": "_s % year.error().message);
        years.append(std::move(year).value());
    }
    return years;
}

Status WorkingCalendar::addShippedYears()
{
    const Result<QList<CalendarYear>> shipped = shippedYears();
    if (!shipped) {
        qCWarning(lcCalendar) << "shipped calendar refused:" << shipped.error().message;
        return shipped.error();
    }
    QList<int> added;
    {
        QMutexLocker lock(&m_mutex);
        for (const CalendarYear &year : shipped.value()) {
            if (!m_years.contains(year.year)) {
                m_years.insert(year.year, year);
                added.append(year.year);
            }
        }
        m_snapshot = CalendarSnapshot(m_years.values());
    }
    qCInfo(lcCalendar) << "shipped notices added for" << added;
    for (int year : std::as_const(added))
        Q_EMIT yearChanged(year);
    return Done {};
}

Status WorkingCalendar::setYear(const CalendarYear &year)
{
    if (Status valid = year.validate(); !valid) {
        qCWarning(lcCalendar) << "calendar year" << year.year << "refused:" << valid.error().code;
        return valid;
    }
    {
        QMutexLocker lock(&m_mutex);
        if (m_years.contains(year.year) && m_years.value(year.year) == year)
            return Done {};
        m_years.insert(year.year, year);
        m_snapshot = CalendarSnapshot(m_years.values());
    }
    qCInfo(lcCalendar) << "calendar year" << year.year << "set from" << year.source.title;
    Q_EMIT yearChanged(year.year);
    return Done {};
}

CalendarSnapshot WorkingCalendar::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot;
}

} // namespace OneWindow::Calendar
