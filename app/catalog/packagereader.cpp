#include "packagereader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <functional>
#include <optional>
#include <unordered_set>

#include <QSet>

#include <simdjson.h>

#include "jsonfields.h"
#include "packagescanner.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Catalog {
namespace {

using Internal::Fields;
using Internal::Path;
namespace dom = simdjson::dom;

bool readMaterial(Fields &f, dom::element material, const Path &path, int index, ItemRecord &item)
{
    dom::object object;
    if (!f.object(material, path, object))
        return false;
    QString type, necessity;
    QStringList forms;
    qint64 copies = 0;
    if (!f.text(object, "id", path, Fields::NonEmpty) || !f.text(object, "name", path, Fields::NonEmpty)
        || !f.code(object, "type", path, type) || !f.code(object, "necessity", path, necessity)
        || !f.integer(object, "copies", path, copies, 0) || !f.codeArray(object, "forms", path, forms))
        return false;
    for (const char *optional : { "condition", "notes", "blankForm", "sample" })
        if (!f.text(object, optional, path, Fields::Optional))
            return false;
    // The machine-readable form of `condition`: the material applies when a form field has a value.
    dom::element when;
    if (f.optionalMember(object, "when", when)) {
        dom::object condition;
        dom::element equals;
        const Path conditionPath(path, "when");
        if (!f.object(when, conditionPath, condition) || !f.text(condition, "field", conditionPath, Fields::NonEmpty)
            || !f.member(condition, "equals", conditionPath, equals))
            return false;
    }
    item.references.push_back({ u"materialType"_s, type, "materials", index, "type" });
    item.references.push_back({ u"necessity"_s, necessity, "materials", index, "necessity" });
    for (qsizetype i = 0; i < forms.size(); ++i)
        item.references.push_back({ u"materialForm"_s, forms[i], "materials", index, "forms", int(i) });
    return true;
}

bool isFieldKey(std::string_view key)
{
    auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    return !key.empty() && letter(key.front())
        && std::all_of(key.begin(), key.end(), [&](char c) { return letter(c) || (c >= '0' && c <= '9') || c == '_'; });
}

bool readFormFields(Fields &f, dom::element fields, const Path &path, int depth)
{
    static constexpr std::string_view types[] = { "text",  "number",     "date", "choice",     "multiChoice", "address",
                                                  "phone", "residentId", "uscc", "postalCode", "bool",        "group" };
    dom::array array;
    if (!f.array(fields, path, array))
        return false;
    std::unordered_set<std::string_view> keys;
    qsizetype index = 0;
    for (dom::element field : array) {
        const Path fieldPath(path, index++);
        dom::object object;
        std::string_view key, type;
        if (!f.object(field, fieldPath, object) || !f.view(object, "key", fieldPath, key, Fields::NonEmpty)
            || !f.text(object, "label", fieldPath, Fields::NonEmpty)
            || !f.view(object, "type", fieldPath, type, Fields::NonEmpty))
            return false;
        const QString keyText = QString::fromUtf8(key.data(), qsizetype(key.size()));
        if (!isFieldKey(key))
            return f.fail(Path(fieldPath, "key"), Text::tr("\"%1\" is not a valid field key").arg(keyText));
        if (!keys.insert(key).second)
            return f.fail(Path(fieldPath, "key"), Text::tr("the key \"%1\" is used twice").arg(keyText));
        if (std::find(std::begin(types), std::end(types), type) == std::end(types))
            return f.fail(
                Path(fieldPath, "type"),
                Text::tr("unknown field type \"%1\"").arg(QString::fromUtf8(type.data(), qsizetype(type.size()))));
        bool required = false;
        if (!f.boolean(object, "required", fieldPath, required, Fields::Optional))
            return false;
        if ((type == "choice" || type == "multiChoice") && !f.textArray(object, "options", fieldPath, Fields::NonEmpty))
            return false;
        if (type == "group") {
            // One level of repetition is what forms need (family members, shareholders);
            // deeper nesting is refused rather than rendered badly.
            if (depth > 0)
                return f.fail(Path(fieldPath, "type"), Text::tr("a group cannot contain another group"));
            dom::element nested;
            if (!f.member(object, "fields", fieldPath, nested)
                || !readFormFields(f, nested, Path(fieldPath, "fields"), depth + 1))
                return false;
        }
        dom::element visibleWhen;
        if (f.optionalMember(object, "visibleWhen", visibleWhen)) {
            dom::object condition;
            dom::element equals;
            const Path conditionPath(fieldPath, "visibleWhen");
            if (!f.object(visibleWhen, conditionPath, condition)
                || !f.text(condition, "field", conditionPath, Fields::NonEmpty)
                || !f.member(condition, "equals", conditionPath, equals))
                return false;
        }
        if (!f.ok())
            return false;
    }
    return true;
}

bool readItem(Fields &f, dom::element element, std::string_view raw, ItemRecord &item)
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
    std::string_view baseCode, implCode;
    if (!f.view(object, "baseCode", QString(), baseCode, Fields::Required)
        || !f.maxLength(u"baseCode"_s, baseCode, maxBaseCodeLength)
        || !f.view(object, "implCode", QString(), implCode, Fields::Required)
        || !f.maxLength(u"implCode"_s, implCode, maxImplCodeLength))
        return false;
    qint64 version = 0, legal = 0, promised = 0;
    if (!f.integer(object, "version", QString(), version, 1))
        return false;
    item.version = int(qMin<qint64>(version, std::numeric_limits<int>::max()));
    if (!f.string(object, "shortName", QString(), item.shortName, Fields::Optional)
        || !f.stringArray(object, "keywords", QString(), item.keywords, Fields::Optional)
        || !f.code(object, "department", QString(), item.department)
        || !f.code(object, "itemType", QString(), item.itemType)
        || !f.codeArray(object, "levels", QString(), item.levels))
        return false;
    if (item.shortName.isEmpty())
        item.shortName = item.name;
    std::string_view reviewType;
    if (!f.view(object, "reviewType", QString(), reviewType, Fields::NonEmpty))
        return false;
    if (reviewType != "instant" && reviewType != "promised")
        return f.fail(u"reviewType"_s,
                      Text::tr("expected \"instant\" or \"promised\", found \"%1\"")
                          .arg(QString::fromUtf8(reviewType.data(), qsizetype(reviewType.size()))));
    item.instant = reviewType == "instant";
    if (!f.integer(object, "legalLimitDays", QString(), legal, 0)
        || !f.integer(object, "promisedLimitDays", QString(), promised, 0))
        return false;
    if (promised > legal)
        return f.fail(
            u"promisedLimitDays"_s,
            Text::tr("the promised limit (%1 working days) exceeds the legal limit (%2)").arg(promised).arg(legal));
    item.legalDays = int(qMin<qint64>(legal, 100000));
    item.promisedDays = int(qMin<qint64>(promised, 100000));
    for (const char *optional : { "place", "hours", "hotline", "resultName" })
        if (!f.text(object, optional, QString(), Fields::Optional))
            return false;
    if (!f.textArray(object, "legalBasis", QString(), Fields::Required))
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
    const Path materialsPath(u"materials"_s);
    int index = 0;
    for (dom::element material : materialArray) {
        const Path path(materialsPath, index);
        if (!readMaterial(f, material, path, index++, item))
            return false;
        std::string_view id = material["id"].get_string().value_unsafe();
        if (!materialIds.insert(id).second)
            return f.fail(Path(path, "id"),
                          Text::tr("the material id \"%1\" is used twice").arg(QString::fromUtf8(id)));
    }

    dom::object formObject;
    dom::element formFields;
    if (!f.member(object, "form", QString(), form) || !f.object(form, u"form"_s, formObject)
        || !f.member(formObject, "fields", u"form"_s, formFields)
        || !readFormFields(f, formFields, Path(u"form.fields"_s), 0))
        return false;

    item.references.push_back({ u"itemType"_s, item.itemType, "itemType" });
    for (qsizetype i = 0; i < item.levels.size(); ++i)
        item.references.push_back({ u"level"_s, item.levels[i], "levels", int(i) });
    if (raw.empty()) {
        const std::string minified = simdjson::minify(element);
        item.body = QByteArray(minified.data(), qsizetype(minified.size()));
    } else {
        // No copy: the text stays in the package's source, which the Package keeps.
        item.body = QByteArray::fromRawData(raw.data(), qsizetype(raw.size()));
    }
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

// Items are independent of each other, so they are read on every core: at 100k guides the
// reading, not the parsing, is what takes time. `source` gives item i's parsed tree and, when
// known, its text as written; the first error in package order is reported.
using ItemSource = std::function<simdjson::error_code(dom::parser &, size_t, dom::element &, std::string_view &)>;

std::optional<Error> readItems(size_t count, const ItemSource &source, const QByteArray &json,
                               std::vector<ItemRecord> &out)
{
    out.resize(count);
    struct Chunk
    {
        size_t begin = 0;
        size_t end = 0;
        std::optional<Error> error;
    };
    constexpr size_t minimumChunk = 2000; // below this a thread costs more than it saves
    const size_t threads = std::max<size_t>(1, size_t(QThreadPool::globalInstance()->maxThreadCount()));
    const size_t chunkCount = std::clamp<size_t>(count / minimumChunk, 1, threads * 4);
    std::vector<Chunk> chunks(chunkCount);
    for (size_t c = 0; c < chunkCount; ++c) {
        chunks[c].begin = count * c / chunkCount;
        chunks[c].end = count * (c + 1) / chunkCount;
    }
    auto readChunk = [&](Chunk &chunk) {
        Fields f;
        dom::parser parser; // one per chunk: its buffers are reused from item to item
        for (size_t i = chunk.begin; i < chunk.end; ++i) {
            dom::element element;
            std::string_view raw;
            if (const simdjson::error_code code = source(parser, i, element, raw); code) {
                chunk.error = syntaxError(json, code);
                return;
            }
            f.beginItem(qsizetype(i));
            if (!readItem(f, element, raw, out[i])) {
                chunk.error = f.error();
                return;
            }
        }
    };
    if (chunkCount == 1)
        readChunk(chunks.front());
    else
        QtConcurrent::blockingMap(chunks, readChunk);
    for (const Chunk &chunk : chunks)
        if (chunk.error)
            return chunk.error;
    return std::nullopt;
}

} // namespace

Result<Package> readPackage(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return makeError(u"catalog.empty"_s, Text::tr("The catalog package is empty."));
    const std::string_view text(json.constData(), size_t(json.size()));
    const std::optional<Internal::PackageLayout> layout = Internal::scanPackage(text);
    dom::parser parser;
    dom::element root;
    std::string skeleton; // the package without its items: parsed as a tree, the items one by one
    simdjson::error_code parsed;
    if (layout) {
        skeleton.reserve(text.size() - (layout->itemsEnd - layout->itemsBegin) + 2);
        skeleton.append(text.substr(0, layout->itemsBegin)).append("[]").append(text.substr(layout->itemsEnd));
        parsed = parser.parse(skeleton).get(root);
    } else {
        parsed = parser.parse(json.constData(), size_t(json.size())).get(root);
    }
    if (parsed)
        return syntaxError(json, parsed);

    Package package;
    package.source = json;
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
    std::optional<Error> itemError;
    if (layout) {
        const std::vector<std::string_view> &texts = layout->items;
        itemError = readItems(
            texts.size(),
            [&texts](dom::parser &itemParser, size_t i, dom::element &out, std::string_view &raw) {
                raw = texts[i];
                return itemParser.parse(raw.data(), raw.size()).get(out);
            },
            json, package.items);
    } else {
        std::vector<dom::element> elements(items.begin(), items.end());
        itemError = readItems(
            elements.size(),
            [&elements](dom::parser &, size_t i, dom::element &out, std::string_view &) {
                out = elements[i];
                return simdjson::SUCCESS;
            },
            json, package.items);
    }
    if (itemError)
        return *itemError;
    QSet<QString> codes;
    codes.reserve(qsizetype(package.items.size()));
    for (size_t i = 0; i < package.items.size(); ++i) {
        const ItemRecord &item = package.items[i];
        if (codes.contains(item.code)) {
            f.beginItem(qsizetype(i));
            f.setItem(item.code, item.name);
            f.fail(u"code"_s, Text::tr("the code is used by an earlier item too"));
            return f.error();
        }
        codes.insert(item.code);
    }

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
