#include "jsonfields.h"

#include <cmath>
#include <limits>

#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Calendar::Internal {

void JsonFields::fail(const QString &code, const QString &message)
{
    if (!m_error)
        m_error = makeError(code, message);
}

QJsonObject JsonFields::object(const QJsonValue &value, const QString &path)
{
    if (ok() && value.isObject())
        return value.toObject();
    fail(u"calendar.field"_s, Text::tr("The calendar field \"%1\" is missing or is not an object.").arg(path));
    return {};
}

QJsonArray JsonFields::array(const QJsonObject &parent, const QString &key, const QString &path)
{
    const QJsonValue value = parent.value(key);
    if (ok() && value.isArray())
        return value.toArray();
    fail(u"calendar.field"_s, Text::tr("The calendar field \"%1\" is missing or is not a list.").arg(join(path, key)));
    return {};
}

QString JsonFields::text(const QJsonObject &parent, const QString &key, const QString &path)
{
    const QJsonValue value = parent.value(key);
    if (ok() && value.isString())
        return value.toString();
    fail(u"calendar.field"_s, Text::tr("The calendar field \"%1\" is missing or is not text.").arg(join(path, key)));
    return {};
}

QString JsonFields::optionalText(const QJsonObject &parent, const QString &key, const QString &path)
{
    if (!parent.contains(key) || parent.value(key).isNull())
        return {};
    return text(parent, key, path);
}

int JsonFields::integer(const QJsonObject &parent, const QString &key, const QString &path)
{
    const QJsonValue value = parent.value(key);
    const double number = value.toDouble(0.5);
    // JSON numbers are doubles; a whole number in int's range is what the format allows.
    if (ok() && value.isDouble() && std::floor(number) == number && number >= std::numeric_limits<int>::min()
        && number <= std::numeric_limits<int>::max())
        return static_cast<int>(number);
    fail(u"calendar.field"_s,
         Text::tr("The calendar field \"%1\" is missing or is not a whole number.").arg(join(path, key)));
    return 0;
}

QDate JsonFields::date(const QJsonObject &parent, const QString &key, const QString &path)
{
    return date(parent.value(key), join(path, key));
}

QDate JsonFields::date(const QJsonValue &value, const QString &path)
{
    if (!ok())
        return {};
    if (!value.isString()) {
        fail(u"calendar.field"_s, Text::tr("The calendar field \"%1\" is missing or is not text.").arg(path));
        return {};
    }
    const QDate parsed = parseIsoDate(value.toString());
    if (!parsed.isValid())
        fail(u"calendar.date"_s,
             //: %1 the field's path in the JSON (holidays[2].from), %2 what it holds
             Text::tr("The calendar field \"%1\" holds \"%2\", which is not a date written as YYYY-MM-DD.")
                 .arg(path, value.toString()));
    return parsed;
}

QString JsonFields::join(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent % u'.' % key;
}

QString JsonFields::join(const QString &parent, qsizetype index)
{
    return parent % u'[' % QString::number(index) % u']';
}

QDate parseIsoDate(const QString &text)
{
    // Exactly ten characters: Qt alone would also take "2026-1-1" or a trailing time.
    if (text.size() != 10)
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() && date.toString(Qt::ISODate) == text ? date : QDate();
}

} // namespace OneWindow::Calendar::Internal
