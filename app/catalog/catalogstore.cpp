#include "catalogstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "core/logging.h"
#include "storage/database.h"
#include "storage/rawstatement.h"
#include "storage/transaction.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Catalog {
namespace {

// Lists are stored with a separator that no label or code contains.
constexpr QChar listSeparator = QChar(0x1f);

Error sqlError(const QSqlQuery &query)
{
    return makeError(u"catalog.storage"_s, Text::tr("Writing the catalog failed: %1").arg(query.lastError().text()));
}

QString itemLabel(qsizetype index, const ItemRecord &item)
{
    return Text::tr("Item %1 (%2 %3)").arg(index + 1).arg(item.code, item.name);
}

// An empty list is stored as '' rather than NULL: the columns are NOT NULL.
QString joined(const QStringList &list)
{
    return list.isEmpty() ? u""_s : list.join(listSeparator);
}

} // namespace

QString CodeReference::fieldPath() const
{
    QString path = QString::fromLatin1(field);
    if (index >= 0)
        path += u'[' + QString::number(index) + u']';
    if (member)
        path += u'.' + QLatin1StringView(member);
    if (memberIndex >= 0)
        path += u'[' + QString::number(memberIndex) + u']';
    return path;
}

CatalogStore::CatalogStore(std::shared_ptr<Storage::Database> database)
    : m_database(std::move(database))
{
}

qint64 CatalogStore::version() const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT value FROM meta WHERE key = 'catalog.version'"_s);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

Status CatalogStore::checkReferences(const Package &package, const Dictionaries &dictionaries,
                                     const QList<Department> &departments) const
{
    QHash<QString, QSet<QString>> codes;
    for (const auto &[name, entries] : dictionaries)
        for (const DictionaryEntry &entry : entries)
            codes[name].insert(entry.code);
    QSet<QString> departmentCodes;
    for (const Department &department : departments)
        departmentCodes.insert(department.code);

    for (size_t i = 0; i < package.items.size(); ++i) {
        const ItemRecord &item = package.items[i];
        if (!departmentCodes.contains(item.department))
            //: %1 names the item, %2 is a department code
            return makeError(u"catalog.reference"_s,
                             Text::tr("%1, field department: the department \"%2\" is not in the "
                                      "package's department list.")
                                 .arg(itemLabel(qsizetype(i), item), item.department));
        for (const CodeReference &reference : item.references) {
            if (!codes.value(reference.dictionary).contains(reference.code))
                //: %1 names the item, %2 the field, %3 the code, %4 the code table
                return makeError(u"catalog.reference"_s,
                                 Text::tr("%1, field %2: the code \"%3\" is not in the code table \"%4\".")
                                     .arg(itemLabel(qsizetype(i), item), reference.fieldPath(), reference.code,
                                          reference.dictionary));
        }
    }
    return Done {};
}

Result<ImportSummary> CatalogStore::apply(const Package &package) const
{
    ImportSummary summary;
    summary.kind = package.kind;
    summary.fromVersion = version();
    summary.version = package.version;
    const bool full = package.kind == PackageKind::Full;
    if (full && package.version < summary.fromVersion)
        return makeError(u"catalog.stale"_s,
                         Text::tr("The package holds catalog version %1, older than version %2 on "
                                  "this window; it was not imported.")
                             .arg(package.version)
                             .arg(summary.fromVersion));
    if (!full && package.baseVersion != summary.fromVersion)
        return makeError(u"catalog.wrong_base"_s,
                         Text::tr("The delta package applies to catalog version %1, but this window has version %2. "
                                  "Import a full package or the deltas in between.")
                             .arg(package.baseVersion)
                             .arg(summary.fromVersion));

    const Dictionaries effectiveDictionaries = package.hasDictionaries ? package.dictionaries : dictionaries();
    const QList<Department> effectiveDepartments = package.hasDepartments ? package.departments : departments();
    if (Status checked = checkReferences(package, effectiveDictionaries, effectiveDepartments); !checked)
        return checked.error();

    QSqlDatabase db = m_database->connection();
    // A delta looks up only its own codes; reading all 100k codes took a quarter of a delta.
    QSet<QString> existing;
    if (!full) {
        Storage::RawStatement lookup(db, "SELECT 1 FROM catalog_item WHERE code = ?1");
        auto stored = [&lookup](const QString &code) {
            lookup.bind(1, code);
            return lookup.stepHasRow();
        };
        for (const ItemRecord &item : package.items)
            if (stored(item.code))
                existing.insert(item.code);
        for (const QString &code : package.removed)
            if (!stored(code))
                return makeError(
                    u"catalog.reference"_s,
                    Text::tr("Catalog package, field removed: the item %1 is not in the catalog.").arg(code));
    }

    Storage::Transaction transaction(db);
    QSqlQuery query(db);
    if (full) {
        for (const QString &table : { u"catalog_item"_s, u"catalog_dictionary"_s, u"catalog_department"_s })
            if (!query.exec(u"DELETE FROM "_s + table))
                return sqlError(query);
    }
    if (!full && package.hasDictionaries && !query.exec(u"DELETE FROM catalog_dictionary"_s))
        return sqlError(query);
    if (!full && package.hasDepartments && !query.exec(u"DELETE FROM catalog_department"_s))
        return sqlError(query);

    if (package.hasDictionaries) {
        query.prepare(u"INSERT INTO catalog_dictionary (dictionary, code, label, position) VALUES (?, ?, ?, ?)"_s);
        for (const auto &[name, entries] : package.dictionaries) {
            for (qsizetype i = 0; i < entries.size(); ++i) {
                query.bindValue(0, name);
                query.bindValue(1, entries[i].code);
                query.bindValue(2, entries[i].label);
                query.bindValue(3, i);
                if (!query.exec())
                    return sqlError(query);
            }
        }
    }
    if (package.hasDepartments) {
        query.prepare(u"INSERT INTO catalog_department (code, name, short_name, position) VALUES (?, ?, ?, ?)"_s);
        for (qsizetype i = 0; i < package.departments.size(); ++i) {
            const Department &department = package.departments[i];
            query.bindValue(0, department.code);
            query.bindValue(1, department.name);
            query.bindValue(2, department.shortName);
            query.bindValue(3, i);
            if (!query.exec())
                return sqlError(query);
        }
    }

    query.prepare(u"DELETE FROM catalog_item WHERE code = ?"_s);
    for (const QString &code : package.removed) {
        query.bindValue(0, code);
        if (!query.exec())
            return sqlError(query);
        ++summary.removed;
    }

    // An update keeps the item's row, so catalog order (a ranking tie-break) survives deltas.
    Storage::RawStatement insert(db,
                                 "INSERT INTO catalog_item (code, version, name, short_name, keywords, department,"
                                 " item_type, levels, review_type, legal_days, promised_days, flags, body)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
                                 " ON CONFLICT (code) DO UPDATE SET version = excluded.version,"
                                 " name = excluded.name, short_name = excluded.short_name,"
                                 " keywords = excluded.keywords, department = excluded.department,"
                                 " item_type = excluded.item_type, levels = excluded.levels,"
                                 " review_type = excluded.review_type, legal_days = excluded.legal_days,"
                                 " promised_days = excluded.promised_days, flags = excluded.flags,"
                                 " body = excluded.body");
    if (!insert.isValid())
        return makeError(u"catalog.storage"_s, Text::tr("Writing the catalog failed: %1").arg(insert.errorText()));
    for (const ItemRecord &item : package.items) {
        insert.bind(1, item.code);
        insert.bind(2, item.version);
        insert.bind(3, item.name);
        insert.bind(4, item.shortName);
        insert.bind(5, joined(item.keywords));
        insert.bind(6, item.department);
        insert.bind(7, item.itemType);
        insert.bind(8, joined(item.levels));
        insert.bind(9, item.instant ? u"instant"_s : u"promised"_s);
        insert.bind(10, item.legalDays);
        insert.bind(11, item.promisedDays);
        insert.bind(12, item.flags);
        insert.bindStatic(13, item.body);
        if (!insert.step())
            return makeError(u"catalog.storage"_s, Text::tr("Writing the catalog failed: %1").arg(insert.errorText()));
        if (existing.contains(item.code))
            ++summary.replaced;
        else
            ++summary.added;
    }

    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    const std::pair<QString, QString> meta[] = {
        { u"catalog.version"_s, QString::number(package.version) },
        { u"catalog.issuedAt"_s, package.issuedAt },
        { u"catalog.issuer"_s, package.issuer },
    };
    for (const auto &[key, value] : meta) {
        query.bindValue(0, key);
        query.bindValue(1, value);
        if (!query.exec())
            return sqlError(query);
    }
    if (!query.exec(u"SELECT count(*) FROM catalog_item"_s) || !query.next())
        return sqlError(query);
    summary.total = query.value(0).toInt();
    // An open read at commit makes SQLite skip its automatic checkpoint, leaving the whole
    // import in the write-ahead log for whoever commits next.
    query.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcCatalog) << "catalog" << (full ? "full" : "delta") << "import: version" << summary.fromVersion << "->"
                      << summary.version << "added" << summary.added << "replaced" << summary.replaced << "removed"
                      << summary.removed << "total" << summary.total;
    return summary;
}

Dictionaries CatalogStore::dictionaries() const
{
    Dictionaries result;
    QSqlQuery query(m_database->connection());
    query.exec(u"SELECT dictionary, code, label FROM catalog_dictionary ORDER BY dictionary, position"_s);
    while (query.next())
        result[query.value(0).toString()].append({ query.value(1).toString(), query.value(2).toString() });
    return result;
}

QList<Department> CatalogStore::departments() const
{
    QList<Department> result;
    QSqlQuery query(m_database->connection());
    query.exec(u"SELECT code, name, short_name FROM catalog_department ORDER BY position"_s);
    while (query.next())
        result.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString() });
    return result;
}

std::vector<ItemSummary> CatalogStore::items() const
{
    std::vector<ItemSummary> result;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT count(*) FROM catalog_item"_s) && query.next())
        result.reserve(size_t(query.value(0).toLongLong()));
    query.exec(u"SELECT code, name, short_name, keywords, department, item_type, levels, review_type,"
               " promised_days, flags FROM catalog_item ORDER BY rowid"_s);
    while (query.next()) {
        ItemSummary item;
        item.code = query.value(0).toString();
        item.name = query.value(1).toString();
        item.shortName = query.value(2).toString();
        const QString keywords = query.value(3).toString();
        if (!keywords.isEmpty())
            item.keywords = keywords.split(listSeparator);
        item.department = query.value(4).toString();
        item.itemType = query.value(5).toString();
        item.levels = query.value(6).toString().split(listSeparator);
        item.instant = query.value(7).toString() == u"instant"_s;
        item.promisedDays = query.value(8).toInt();
        item.flags = query.value(9).toInt();
        result.push_back(std::move(item));
    }
    return result;
}

int CatalogStore::itemCount() const
{
    QSqlQuery query(m_database->connection());
    if (query.exec(u"SELECT count(*) FROM catalog_item"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::optional<QByteArray> CatalogStore::itemBody(const QString &code) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT body FROM catalog_item WHERE code = ?"_s);
    query.bindValue(0, code);
    if (query.exec() && query.next())
        return query.value(0).toByteArray();
    return std::nullopt;
}

QHash<QString, int> CatalogStore::usage() const
{
    QHash<QString, int> result;
    QSqlQuery query(m_database->connection());
    query.exec(u"SELECT code, uses FROM item_usage"_s);
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toInt());
    return result;
}

Status CatalogStore::recordUse(const QString &code, const QDateTime &when) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO item_usage (code, uses, last_used) VALUES (?, 1, ?)"
                  " ON CONFLICT (code) DO UPDATE SET uses = uses + 1, last_used = excluded.last_used"_s);
    query.bindValue(0, code);
    query.bindValue(1, when.toUTC().toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(query);
    return Done {};
}

} // namespace OneWindow::Catalog
