#include "jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace OneWindow::Catalog::Internal {
namespace {

namespace dom = simdjson::dom;

QString fromView(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

} // namespace

Error Fields::error() const
{
    return m_error.value_or(makeError(u"catalog.unknown"_s, tr("The catalog package could not be read.")));
}

bool Fields::fail(const QString &path, const QString &problem)
{
    if (m_error)
        return false;
    QString message;
    if (m_inItem) {
        const QString who = m_itemCode.isEmpty() ? QString() : m_itemCode + u' ' + m_itemName;
        //: %1 is the item's number in the package, %2 its code and name, %3 the field path, %4 the problem
        message = tr("Item %1 (%2), field %3: %4.").arg(m_itemIndex + 1).arg(who.trimmed(), path, problem);
    } else {
        //: %1 is the field path in the package, %2 the problem
        message = tr("Catalog package, field %1: %2.").arg(path.isEmpty() ? u"/"_s : path, problem);
    }
    m_error = makeError(u"catalog.invalid"_s, message);
    return false;
}

void Fields::beginItem(qsizetype index)
{
    m_inItem = true;
    m_itemIndex = index;
    m_itemCode.clear();
    m_itemName.clear();
}

void Fields::setItem(const QString &code, const QString &name)
{
    m_itemCode = code;
    m_itemName = name;
}

void Fields::endItem()
{
    m_inItem = false;
}

QString Fields::join(const QString &parent, const char *key)
{
    return parent.isEmpty() ? QString::fromLatin1(key) : parent + u'.' + QLatin1StringView(key);
}

QString Fields::typeName(dom::element element)
{
    switch (element.type()) {
    case dom::element_type::ARRAY:
        return tr("an array");
    case dom::element_type::OBJECT:
        return tr("an object");
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        return tr("a number");
    case dom::element_type::STRING:
        return tr("a string");
    case dom::element_type::BOOL:
        return tr("true or false");
    case dom::element_type::NULL_VALUE:
        return tr("null");
    }
    return QString();
}

bool Fields::object(dom::element element, const QString &path, dom::object &out)
{
    if (m_error)
        return false;
    if (element.get_object().get(out) != simdjson::SUCCESS)
        return fail(path, tr("expected an object, found %1").arg(typeName(element)));
    return true;
}

bool Fields::array(dom::element element, const QString &path, dom::array &out)
{
    if (m_error)
        return false;
    if (element.get_array().get(out) != simdjson::SUCCESS)
        return fail(path, tr("expected an array, found %1").arg(typeName(element)));
    return true;
}

bool Fields::member(dom::object object, const char *key, const QString &parent, dom::element &out)
{
    if (m_error)
        return false;
    if (object[key].get(out) != simdjson::SUCCESS)
        return fail(join(parent, key), tr("required, but missing"));
    return true;
}

bool Fields::optionalMember(dom::object object, const char *key, dom::element &out) const
{
    return object[key].get(out) == simdjson::SUCCESS && !out.is_null();
}

Fields::Lookup Fields::lookup(dom::object object, const char *key, const QString &parent, Presence presence,
                              dom::element &out)
{
    if (m_error)
        return Lookup::Failed;
    if (optionalMember(object, key, out))
        return Lookup::Found;
    if (presence == Optional)
        return Lookup::Absent;
    fail(join(parent, key), tr("required, but missing"));
    return Lookup::Failed;
}

bool Fields::string(dom::object object, const char *key, const QString &parent, QString &out, Presence presence)
{
    dom::element element;
    if (const Lookup found = lookup(object, key, parent, presence, element); found != Lookup::Found)
        return found == Lookup::Absent;
    std::string_view view;
    if (element.get_string().get(view) != simdjson::SUCCESS)
        return fail(join(parent, key), tr("expected a string, found %1").arg(typeName(element)));
    out = fromView(view);
    if (presence == NonEmpty && out.trimmed().isEmpty())
        return fail(join(parent, key), tr("must not be empty"));
    return true;
}

bool Fields::integer(dom::object object, const char *key, const QString &parent, qint64 &out, qint64 minimum)
{
    if (m_error)
        return false;
    dom::element element;
    if (!member(object, key, parent, element))
        return false;
    int64_t value = 0;
    if (element.get_int64().get(value) != simdjson::SUCCESS)
        return fail(join(parent, key), tr("expected a whole number, found %1").arg(typeName(element)));
    if (value < minimum)
        return fail(join(parent, key), tr("must be at least %1, found %2").arg(minimum).arg(value));
    out = value;
    return true;
}

bool Fields::boolean(dom::object object, const char *key, const QString &parent, bool &out, Presence presence)
{
    dom::element element;
    if (const Lookup found = lookup(object, key, parent, presence, element); found != Lookup::Found)
        return found == Lookup::Absent;
    if (element.get_bool().get(out) != simdjson::SUCCESS)
        return fail(join(parent, key), tr("expected true or false, found %1").arg(typeName(element)));
    return true;
}

bool Fields::stringArray(dom::object object, const char *key, const QString &parent, QStringList &out,
                         Presence presence)
{
    dom::element element;
    if (const Lookup found = lookup(object, key, parent, presence, element); found != Lookup::Found)
        return found == Lookup::Absent;
    const QString path = join(parent, key);
    dom::array entries;
    if (!array(element, path, entries))
        return false;
    out.clear();
    out.reserve(qsizetype(entries.size()));
    qsizetype index = 0;
    for (dom::element entry : entries) {
        std::string_view view;
        if (entry.get_string().get(view) != simdjson::SUCCESS)
            return fail(path + u'[' + QString::number(index) + u']',
                        tr("expected a string, found %1").arg(typeName(entry)));
        out.append(fromView(view));
        ++index;
    }
    if (presence == NonEmpty && out.isEmpty())
        return fail(path, tr("must list at least one entry"));
    return true;
}

bool Fields::objectArray(dom::element element, const QString &path, std::initializer_list<const char *> strings)
{
    dom::array entries;
    if (!array(element, path, entries))
        return false;
    qsizetype index = 0;
    for (dom::element entry : entries) {
        const QString entryPath = path + u'[' + QString::number(index++) + u']';
        dom::object object;
        if (!this->object(entry, entryPath, object))
            return false;
        for (const char *key : strings) {
            QString ignored;
            if (!string(object, key, entryPath, ignored, NonEmpty))
                return false;
        }
    }
    return true;
}

bool Fields::maxLength(const QString &path, const QString &value, int maximum)
{
    if (m_error)
        return false;
    if (value.size() > maximum)
        return fail(path, tr("%1 characters, at most %2 allowed").arg(value.size()).arg(maximum));
    return true;
}

} // namespace OneWindow::Catalog::Internal
