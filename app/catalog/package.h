#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace OneWindow::Catalog {

/// One row of a code table from the package ({code, label}); see docs/catalog-package.md.
struct DictionaryEntry
{
    QString code;
    QString label;
};
/// Code tables by name ("itemType", "level", "materialForm", "materialType", "necessity").
using Dictionaries = std::map<QString, QList<DictionaryEntry>>;

struct Department
{
    QString code;
    QString name;
    QString shortName;
};

/// The boolean flags of a guide, packed the way the database stores them.
enum ItemFlag : int {
    CityWide = 0x1, ///< 通办: any window of the city accepts it
    Courier = 0x2, ///< 可邮寄: the result can be delivered
    Appointment = 0x4, ///< 可预约
    Online = 0x8, ///< 网上可办
};

/// A code an item uses, kept with where it was used, so a dangling reference names its field:
/// `field[index].member[memberIndex]`, put into words only when it is reported.
struct CodeReference
{
    QString dictionary;
    QString code;
    const char *field = nullptr;
    int index = -1;
    const char *member = nullptr;
    int memberIndex = -1;

    QString fieldPath() const;
};

/// What the catalog keeps of one guide besides its whole JSON body: the columns that lists,
/// filters and search need.
struct ItemRecord
{
    QString code;
    int version = 0;
    QString name;
    QString shortName;
    QStringList keywords;
    QString department;
    QString itemType;
    QStringList levels;
    bool instant = false;
    int legalDays = 0;
    int promisedDays = 0;
    int flags = 0;
    QByteArray body; ///< the item's JSON as the package gave it, UTF-8; may point into Package::source
    std::vector<CodeReference> references;
};

enum class PackageKind { Full, Delta };

/// A parsed, structurally valid package; references to code tables are checked on import,
/// where a delta's tables may come from the catalog already stored.
struct Package
{
    QByteArray source; ///< the package text; the items' bodies point into it
    PackageKind kind = PackageKind::Full;
    qint64 version = 0;
    qint64 baseVersion = 0;
    QString issuedAt;
    QString issuer;
    bool signed_ = false;
    bool hasDictionaries = false;
    Dictionaries dictionaries;
    bool hasDepartments = false;
    QList<Department> departments;
    std::vector<ItemRecord> items;
    QStringList removed;
};

/// Widths of the national exchange format for item codes, in characters.
constexpr int maxItemCodeLength = 50; ///< 办理项编码
constexpr int maxImplCodeLength = 36; ///< 实施编码
constexpr int maxBaseCodeLength = 12; ///< 基本编码
constexpr int packageFormatVersion = 1;

} // namespace OneWindow::Catalog
