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

bool isBlank(std::string_view utf8)
{
    // Full-width spaces count as blank too: U+3000 is E3 80 80 in UTF-8.
    for (size_t i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == 0xe3 && utf8.substr(i, 3) == "\xe3\x80\x80") {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

Error Fields::error() const
{
    return m_error.value_or(makeError(u"catalog.unknown"_s, tr("The catalog package could not be read.")));
}

bool Fields::fail(const Path &path, const QString &problem)
{
    if (m_error)
        return false;
    QString message;
    if (m_inItem) {
        const QString who = m_itemCode.isEmpty() ? QString() : m_itemCode + u' ' + m_itemName;
        //: %1 is the item's number in the package, %2 its code and name, %3 the field path, %4 the problem
        message = tr("Item %1 (%2), field %3: %4.").arg(m_itemIndex + 1).arg(who.trimmed(), path.toString(), problem);
    } else {
        const QString where = path.toString();
        //: %1 is the field path in the package, %2 the problem
        message = tr("Catalog package, field %1: %2.").arg(where.isEmpty() ? u"/"_s : where, problem);
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

QString Path::toString() const
{
    QString text = m_parent ? m_parent->toString() : m_text;
    if (m_key)
        text += (text.isEmpty() ? QString() : u"."_s) + QLatin1StringView(m_key);
    else if (m_index >= 0)
        text += u'[' + QString::number(m_index) + u']';
    return text;
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

bool Fields::object(dom::element element, const Path &path, dom::object &out)
{
    if (m_error)
        return false;
    if (element.get_object().get(out) != simdjson::SUCCESS)
        return fail(path, tr("expected an object, found %1").arg(typeName(element)));
    return true;
}

bool Fields::array(dom::element element, const Path &path, dom::array &out)
{
    if (m_error)
        return false;
    if (element.get_array().get(out) != simdjson::SUCCESS)
        return fail(path, tr("expected an array, found %1").arg(typeName(element)));
    return true;
}

bool Fields::member(dom::object object, const char *key, const Path &parent, dom::element &out)
{
    if (m_error)
        return false;
    if (object[key].get(out) != simdjson::SUCCESS)
        return fail(Path(parent, key), tr("required, but missing"));
    return true;
}

bool Fields::optionalMember(dom::object object, const char *key, dom::element &out) const
{
    return object[key].get(out) == simdjson::SUCCESS && !out.is_null();
}

Fields::Lookup Fields::lookup(dom::object object, const char *key, const Path &parent, Presence presence,
                              dom::element &out)
{
    if (m_error)
        return Lookup::Failed;
    if (optionalMember(object, key, out))
        return Lookup::Found;
    if (presence == Optional)
        return Lookup::Absent;
    fail(Path(parent, key), tr("required, but missing"));
    return Lookup::Failed;
}

bool Fields::view(dom::object object, const char *key, const Path &parent, std::string_view &out, Presence presence)
{
    dom::element element;
    if (const Lookup found = lookup(object, key, parent, presence, element); found != Lookup::Found) {
        out = {};
        return found == Lookup::Absent;
    }
    if (element.get_string().get(out) != simdjson::SUCCESS)
        return fail(Path(parent, key), tr("expected a string, found %1").arg(typeName(element)));
    if (presence == NonEmpty && isBlank(out))
        return fail(Path(parent, key), tr("must not be empty"));
    return true;
}

bool Fields::text(dom::object object, const char *key, const Path &parent, Presence presence)
{
    std::string_view ignored;
    return view(object, key, parent, ignored, presence);
}

bool Fields::string(dom::object object, const char *key, const Path &parent, QString &out, Presence presence)
{
    std::string_view utf8;
    if (!view(object, key, parent, utf8, presence))
        return false;
    out = fromView(utf8);
    return true;
}

bool Fields::code(dom::object object, const char *key, const Path &parent, QString &out)
{
    std::string_view utf8;
    if (!view(object, key, parent, utf8, NonEmpty))
        return false;
    out = intern(utf8);
    return true;
}

QString Fields::intern(std::string_view utf8)
{
    const auto it = m_interned.find(utf8);
    if (it != m_interned.end())
        return it->second;
    return m_interned.emplace(std::string(utf8), fromView(utf8)).first->second;
}

bool Fields::integer(dom::object object, const char *key, const Path &parent, qint64 &out, qint64 minimum)
{
    if (m_error)
        return false;
    dom::element element;
    if (!member(object, key, parent, element))
        return false;
    int64_t value = 0;
    if (element.get_int64().get(value) != simdjson::SUCCESS)
        return fail(Path(parent, key), tr("expected a whole number, found %1").arg(typeName(element)));
    if (value < minimum)
        return fail(Path(parent, key), tr("must be at least %1, found %2").arg(minimum).arg(value));
    out = value;
    return true;
}

bool Fields::boolean(dom::object object, const char *key, const Path &parent, bool &out, Presence presence)
{
    dom::element element;
    if (const Lookup found = lookup(object, key, parent, presence, element); found != Lookup::Found)
        return found == Lookup::Absent;
    if (element.get_bool().get(out) != simdjson::SUCCESS)
        return fail(Path(parent, key), tr("expected true or false, found %1").arg(typeName(element)));
    return true;
}

bool Fields::stringArray(dom::object object, const char *key, const Path &parent, QStringList &out, Presence presence)
{
    return anyArray(object, key, parent, &out, presence, ArrayKind::Strings);
}

bool Fields::codeArray(dom::object object, const char *key, const Path &parent, QStringList &out)
{
    return anyArray(object, key, parent, &out, NonEmpty, ArrayKind::Codes);
}

bool Fields::textArray(dom::object object, const char *key, const Path &parent, Presence presence)
{
    return anyArray(object, key, parent, nullptr, presence, ArrayKind::Texts);
}

bool Fields::anyArray(dom::object object, const char *key, const Path &parent, QStringList *out, Presence presence,
                      ArrayKind kind)
{
    dom::element element;
    if (const Lookup found = lookup(object, key, parent, presence, element); found != Lookup::Found)
        return found == Lookup::Absent;
    const Path path(parent, key);
    dom::array entries;
    if (!array(element, path, entries))
        return false;
    if (out) {
        out->clear();
        out->reserve(qsizetype(entries.size()));
    }
    qsizetype index = 0;
    for (dom::element entry : entries) {
        std::string_view utf8;
        if (entry.get_string().get(utf8) != simdjson::SUCCESS)
            return fail(Path(path, index), tr("expected a string, found %1").arg(typeName(entry)));
        if (kind == ArrayKind::Codes)
            out->append(intern(utf8));
        else if (kind == ArrayKind::Strings)
            out->append(fromView(utf8));
        ++index;
    }
    if (presence == NonEmpty && index == 0)
        return fail(path, tr("must list at least one entry"));
    return true;
}

bool Fields::objectArray(dom::element element, const Path &path, std::initializer_list<const char *> strings)
{
    dom::array entries;
    if (!array(element, path, entries))
        return false;
    qsizetype index = 0;
    for (dom::element entry : entries) {
        const Path entryPath(path, index++);
        dom::object object;
        if (!this->object(entry, entryPath, object))
            return false;
        for (const char *key : strings) {
            if (!text(object, key, entryPath, NonEmpty))
                return false;
        }
    }
    return true;
}

bool Fields::maxLength(const Path &path, std::string_view utf8, int maximum)
{
    // UTF-8 has at least as many bytes as characters: only a long one needs counting.
    return utf8.size() <= size_t(maximum) || maxLength(path, fromView(utf8), maximum);
}

bool Fields::maxLength(const Path &path, const QString &value, int maximum)
{
    if (m_error)
        return false;
    if (value.size() > maximum)
        return fail(path, tr("%1 characters, at most %2 allowed").arg(value.size()).arg(maximum));
    return true;
}

} // namespace OneWindow::Catalog::Internal
