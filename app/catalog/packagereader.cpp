#include "packagereader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <optional>
#include <unordered_set>

#include <QSet>

#include <simdjson.h>

#include "jsonfields.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Catalog {
namespace {

using Internal::Fields;
namespace dom = simdjson::dom;

bool readMaterial(Fields &f, dom::element material, const QString &path, ItemRecord &item)
{
    dom::object object;
    if (!f.object(material, path, object))
        return false;
    QString id, name, type, necessity;
    qint64 copies = 0;
    if (!f.string(object, "id", path, id, Fields::NonEmpty) || !f.string(object, "name", path, name, Fields::NonEmpty)
        || !f.string(object, "type", path, type, Fields::NonEmpty)
        || !f.string(object, "necessity", path, necessity, Fields::NonEmpty)
        || !f.integer(object, "copies", path, copies, 0))
        return false;
    QStringList forms;
    if (!f.stringArray(object, "forms", path, forms, Fields::NonEmpty))
        return false;
    for (const char *optional : { "condition", "notes", "blankForm", "sample" }) {
        QString ignored;
        if (!f.string(object, optional, path, ignored, Fields::Optional))
            return false;
    }
    item.references.push_back({ u"materialType"_s, type, path + u".type"_s });
    item.references.push_back({ u"necessity"_s, necessity, path + u".necessity"_s });
    for (qsizetype i = 0; i < forms.size(); ++i)
        item.references.push_back({ u"materialForm"_s, forms[i], path + u".forms[%1]"_s.arg(i) });
    return true;
}

bool readFormFields(Fields &f, dom::element fields, const QString &path, int depth)
{
    static const QStringList types { u"text"_s,        u"number"_s,     u"date"_s,  u"choice"_s,
                                     u"multiChoice"_s, u"address"_s,    u"phone"_s, u"residentId"_s,
                                     u"uscc"_s,        u"postalCode"_s, u"bool"_s,  u"group"_s };
    static const QRegularExpression keyPattern(u"^[A-Za-z][A-Za-z0-9_]*$"_s);
    dom::array array;
    if (!f.array(fields, path, array))
        return false;
    std::unordered_set<std::string_view> keys;
    qsizetype index = 0;
    for (dom::element field : array) {
        const QString fieldPath = path + u'[' + QString::number(index++) + u']';
        dom::object object;
        QString key, label, type;
        if (!f.object(field, fieldPath, object) || !f.string(object, "key", fieldPath, key, Fields::NonEmpty)
            || !f.string(object, "label", fieldPath, label, Fields::NonEmpty)
            || !f.string(object, "type", fieldPath, type, Fields::NonEmpty))
            return false;
        if (!keyPattern.match(key).hasMatch())
            return f.fail(fieldPath + u".key"_s, Text::tr("\"%1\" is not a valid field key").arg(key));
        if (!keys.insert(std::string_view(object["key"].get_string().value_unsafe())).second)
            return f.fail(fieldPath + u".key"_s, Text::tr("the key \"%1\" is used twice").arg(key));
        if (!types.contains(type))
            return f.fail(fieldPath + u".type"_s, Text::tr("unknown field type \"%1\"").arg(type));
        bool required = false;
        if (!f.boolean(object, "required", fieldPath, required, Fields::Optional))
            return false;
        if (type == u"choice"_s || type == u"multiChoice"_s) {
            QStringList options;
            if (!f.stringArray(object, "options", fieldPath, options, Fields::NonEmpty))
                return false;
        }
        if (type == u"group"_s) {
            // One level of repetition is what forms need (family members, shareholders);
            // deeper nesting is refused rather than rendered badly.
            if (depth > 0)
                return f.fail(fieldPath + u".type"_s, Text::tr("a group cannot contain another group"));
            dom::element nested;
            if (!f.member(object, "fields", fieldPath, nested)
                || !readFormFields(f, nested, fieldPath + u".fields"_s, depth + 1))
                return false;
        }
        dom::element visibleWhen;
        if (f.optionalMember(object, "visibleWhen", visibleWhen)) {
            dom::object condition;
            QString conditionField;
            if (!f.object(visibleWhen, fieldPath + u".visibleWhen"_s, condition)
                || !f.string(condition, "field", fieldPath + u".visibleWhen"_s, conditionField, Fields::NonEmpty))
                return false;
            dom::element equals;
            if (!f.member(condition, "equals", fieldPath + u".visibleWhen"_s, equals))
                return false;
        }
        if (!f.ok())
            return false;
    }
    return true;
}

bool readItem(Fields &f, dom::element element, ItemRecord &item)
{
    dom::object object;
    if (!f.object(element, QString(), object))
        return false;
    // Name the item as early as possible, so later errors say which one.
    f.string(object, "code", QString(), item.code, Fields::Optional);
    f.string(object, "name", QString(), item.name, Fields::Optional);
    f.setItem(item.code, item.name);
    if (!f.ok())
        return false;
    if (!f.string(object, "code", QString(), item.code, Fields::NonEmpty)
        || !f.maxLength(u"code"_s, item.code, maxItemCodeLength)
        || !f.string(object, "name", QString(), item.name, Fields::NonEmpty))
        return false;
    QString baseCode, implCode;
    if (!f.string(object, "baseCode", QString(), baseCode, Fields::Required)
        || !f.maxLength(u"baseCode"_s, baseCode, maxBaseCodeLength)
        || !f.string(object, "implCode", QString(), implCode, Fields::Required)
        || !f.maxLength(u"implCode"_s, implCode, maxImplCodeLength))
        return false;
    qint64 version = 0, legal = 0, promised = 0;
    if (!f.integer(object, "version", QString(), version, 1))
        return false;
    item.version = int(qMin<qint64>(version, std::numeric_limits<int>::max()));
    if (!f.string(object, "shortName", QString(), item.shortName, Fields::Optional)
        || !f.stringArray(object, "keywords", QString(), item.keywords, Fields::Optional)
        || !f.string(object, "department", QString(), item.department, Fields::NonEmpty)
        || !f.string(object, "itemType", QString(), item.itemType, Fields::NonEmpty)
        || !f.stringArray(object, "levels", QString(), item.levels, Fields::NonEmpty))
        return false;
    if (item.shortName.isEmpty())
        item.shortName = item.name;
    QString reviewType;
    if (!f.string(object, "reviewType", QString(), reviewType, Fields::NonEmpty))
        return false;
    if (reviewType != u"instant"_s && reviewType != u"promised"_s)
        return f.fail(u"reviewType"_s, Text::tr("expected \"instant\" or \"promised\", found \"%1\"").arg(reviewType));
    item.instant = reviewType == u"instant"_s;
    if (!f.integer(object, "legalLimitDays", QString(), legal, 0)
        || !f.integer(object, "promisedLimitDays", QString(), promised, 0))
        return false;
    if (promised > legal)
        return f.fail(
            u"promisedLimitDays"_s,
            Text::tr("the promised limit (%1 working days) exceeds the legal limit (%2)").arg(promised).arg(legal));
    item.legalDays = int(qMin<qint64>(legal, 100000));
    item.promisedDays = int(qMin<qint64>(promised, 100000));
    for (const char *optional : { "place", "hours", "hotline", "resultName" }) {
        QString ignored;
        if (!f.string(object, optional, QString(), ignored, Fields::Optional))
            return false;
    }
    QStringList legalBasis;
    if (!f.stringArray(object, "legalBasis", QString(), legalBasis, Fields::Required))
        return false;

    dom::element fees, steps, flags, materials, form;
    if (!f.member(object, "fees", QString(), fees) || !f.objectArray(fees, u"fees"_s, { "name", "amount" })
        || !f.member(object, "steps", QString(), steps) || !f.objectArray(steps, u"steps"_s, { "name" }))
        return false;
    dom::object flagsObject;
    if (!f.member(object, "flags", QString(), flags) || !f.object(flags, u"flags"_s, flagsObject))
        return false;
    const std::pair<const char *, ItemFlag> flagNames[]
        = { { "cityWide", CityWide }, { "courier", Courier }, { "appointment", Appointment }, { "online", Online } };
    for (const auto &[name, flag] : flagNames) {
        bool value = false;
        if (!f.boolean(flagsObject, name, u"flags"_s, value, Fields::Required))
            return false;
        if (value)
            item.flags |= flag;
    }

    if (!f.member(object, "materials", QString(), materials))
        return false;
    dom::array materialArray;
    if (!f.array(materials, u"materials"_s, materialArray))
        return false;
    std::unordered_set<std::string_view> materialIds;
    qsizetype index = 0;
    for (dom::element material : materialArray) {
        const QString path = u"materials[%1]"_s.arg(index++);
        if (!readMaterial(f, material, path, item))
            return false;
        std::string_view id = material["id"].get_string().value_unsafe();
        if (!materialIds.insert(id).second)
            return f.fail(path + u".id"_s, Text::tr("the material id \"%1\" is used twice").arg(QString::fromUtf8(id)));
    }

    dom::object formObject;
    dom::element formFields;
    if (!f.member(object, "form", QString(), form) || !f.object(form, u"form"_s, formObject)
        || !f.member(formObject, "fields", u"form"_s, formFields)
        || !readFormFields(f, formFields, u"form.fields"_s, 0))
        return false;

    item.references.push_back({ u"itemType"_s, item.itemType, u"itemType"_s });
    for (qsizetype i = 0; i < item.levels.size(); ++i)
        item.references.push_back({ u"level"_s, item.levels[i], u"levels[%1]"_s.arg(i) });
    const std::string minified = simdjson::minify(element);
    item.body = QByteArray(minified.data(), qsizetype(minified.size()));
    return true;
}

bool readDictionaries(Fields &f, dom::element element, Dictionaries &dictionaries)
{
    static const char *const required[] = { "itemType", "level", "materialForm", "materialType", "necessity" };
    dom::object object;
    if (!f.object(element, u"dictionaries"_s, object))
        return false;
    for (auto [key, value] : object) {
        const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
        const QString path = u"dictionaries."_s + name;
        dom::array entries;
        if (!f.array(value, path, entries))
            return false;
        QList<DictionaryEntry> list;
        qsizetype index = 0;
        for (dom::element entry : entries) {
            const QString entryPath = path + u'[' + QString::number(index++) + u']';
            dom::object entryObject;
            DictionaryEntry row;
            if (!f.object(entry, entryPath, entryObject)
                || !f.string(entryObject, "code", entryPath, row.code, Fields::NonEmpty)
                || !f.string(entryObject, "label", entryPath, row.label, Fields::NonEmpty))
                return false;
            for (const DictionaryEntry &seen : std::as_const(list))
                if (seen.code == row.code)
                    return f.fail(entryPath + u".code"_s, Text::tr("the code \"%1\" is listed twice").arg(row.code));
            list.append(row);
        }
        dictionaries[name] = list;
    }
    for (const char *name : required)
        if (!dictionaries.contains(QString::fromLatin1(name)))
            return f.fail(u"dictionaries"_s,
                          Text::tr("the code table \"%1\" is missing").arg(QString::fromLatin1(name)));
    return true;
}

bool readDepartments(Fields &f, dom::element element, QList<Department> &departments)
{
    dom::array array;
    if (!f.array(element, u"departments"_s, array))
        return false;
    qsizetype index = 0;
    for (dom::element entry : array) {
        const QString path = u"departments[%1]"_s.arg(index++);
        dom::object object;
        Department department;
        if (!f.object(entry, path, object) || !f.string(object, "code", path, department.code, Fields::NonEmpty)
            || !f.string(object, "name", path, department.name, Fields::NonEmpty)
            || !f.string(object, "shortName", path, department.shortName, Fields::Optional))
            return false;
        if (department.shortName.isEmpty())
            department.shortName = department.name;
        for (const Department &seen : std::as_const(departments))
            if (seen.code == department.code)
                return f.fail(path + u".code"_s, Text::tr("the department code \"%1\" is listed twice").arg(seen.code));
        departments.append(department);
    }
    return true;
}

Error syntaxError(const QByteArray &json, simdjson::error_code code)
{
    // simdjson says what is wrong but not where; Qt's parser, run only on this failure path,
    // gives the byte offset an installer can look at.
    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(u"catalog.syntax"_s,
                         Text::tr("The catalog package is not valid JSON (%1 at byte %2); the file may be truncated or "
                                  "damaged.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    return makeError(
        u"catalog.syntax"_s,
        Text::tr("The catalog package is not valid JSON (%1).").arg(QString::fromUtf8(simdjson::error_message(code))));
}

} // namespace

Result<Package> readPackage(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return makeError(u"catalog.empty"_s, Text::tr("The catalog package is empty."));
    dom::parser parser;
    dom::element root;
    if (const simdjson::error_code code = parser.parse(json.constData(), size_t(json.size())).get(root); code)
        return syntaxError(json, code);

    Package package;
    Fields f;
    dom::object top;
    if (!f.object(root, QString(), top))
        return f.error();
    QString format, kind;
    qint64 formatVersion = 0;
    if (!f.string(top, "format", QString(), format, Fields::NonEmpty))
        return f.error();
    if (format != u"onewindow-catalog"_s)
        return makeError(u"catalog.format"_s, Text::tr("This file is not a OneWindow catalog package."));
    if (!f.integer(top, "formatVersion", QString(), formatVersion, 1))
        return f.error();
    if (formatVersion > packageFormatVersion)
        return makeError(u"catalog.format_version"_s,
                         Text::tr("The catalog package has format version %1; this OneWindow reads up to %2. Update "
                                  "OneWindow.")
                             .arg(formatVersion)
                             .arg(packageFormatVersion));
    if (!f.string(top, "kind", QString(), kind, Fields::NonEmpty))
        return f.error();
    if (kind != u"full"_s && kind != u"delta"_s) {
        f.fail(u"kind"_s, Text::tr("expected \"full\" or \"delta\", found \"%1\"").arg(kind));
        return f.error();
    }
    package.kind = kind == u"full"_s ? PackageKind::Full : PackageKind::Delta;
    const bool full = package.kind == PackageKind::Full;
    if (!f.integer(top, "version", QString(), package.version, 1)
        || (!full && !f.integer(top, "baseVersion", QString(), package.baseVersion, 1))
        || !f.string(top, "issuedAt", QString(), package.issuedAt, Fields::NonEmpty)
        || !f.string(top, "issuer", QString(), package.issuer, Fields::NonEmpty))
        return f.error();
    if (!full && package.version <= package.baseVersion) {
        f.fail(u"version"_s,
               Text::tr("a delta must raise the version above its base version %1").arg(package.baseVersion));
        return f.error();
    }
    dom::element signature;
    if (!f.member(top, "signature", QString(), signature))
        return f.error();
    if (!signature.is_null()) {
        dom::object signatureObject;
        QString alg, value;
        if (!f.object(signature, u"signature"_s, signatureObject)
            || !f.string(signatureObject, "alg", u"signature"_s, alg, Fields::NonEmpty)
            || !f.string(signatureObject, "value", u"signature"_s, value, Fields::NonEmpty))
            return f.error();
        package.signed_ = true;
    }

    dom::element element;
    package.hasDictionaries = full || f.optionalMember(top, "dictionaries", element);
    if (package.hasDictionaries
        && (!f.member(top, "dictionaries", QString(), element) || !readDictionaries(f, element, package.dictionaries)))
        return f.error();
    package.hasDepartments = full || f.optionalMember(top, "departments", element);
    if (package.hasDepartments
        && (!f.member(top, "departments", QString(), element) || !readDepartments(f, element, package.departments)))
        return f.error();

    if (!f.member(top, "items", QString(), element))
        return f.error();
    dom::array items;
    if (!f.array(element, u"items"_s, items))
        return f.error();
    package.items.reserve(items.size());
    QSet<QString> codes;
    codes.reserve(items.size());
    qsizetype index = 0;
    for (dom::element itemElement : items) {
        f.beginItem(index++);
        ItemRecord item;
        if (!readItem(f, itemElement, item))
            return f.error();
        if (codes.contains(item.code)) {
            f.fail(u"code"_s, Text::tr("the code is used by an earlier item too"));
            return f.error();
        }
        codes.insert(item.code);
        package.items.push_back(std::move(item));
    }
    f.endItem();

    if (f.optionalMember(top, "removed", element)) {
        if (full) {
            f.fail(u"removed"_s, Text::tr("only a delta package can remove items"));
            return f.error();
        }
        if (!f.stringArray(top, "removed", QString(), package.removed, Fields::Optional))
            return f.error();
        for (const QString &code : std::as_const(package.removed)) {
            if (codes.contains(code)) {
                f.fail(u"removed"_s, Text::tr("the item %1 is both updated and removed").arg(code));
                return f.error();
            }
        }
    }
    return package;
}

} // namespace OneWindow::Catalog
