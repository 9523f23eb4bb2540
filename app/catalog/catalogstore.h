#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include "core/error.h"
#include "package.h"

namespace OneWindow::Storage {
class Database;
}

namespace OneWindow::Catalog {

/// What an import changed, for the status bar and the CLI.
struct ImportSummary
{
    PackageKind kind = PackageKind::Full;
    qint64 fromVersion = 0;
    qint64 version = 0;
    int added = 0;
    int replaced = 0;
    int removed = 0;
    int total = 0;
};

/// The columns search needs of one item, in catalog order.
struct ItemSummary
{
    QString code;
    QString name;
    QString shortName;
    QStringList keywords;
    QString department;
    QString itemType;
    QStringList levels;
    bool instant = false;
    int promisedDays = 0;
    int flags = 0;
};

/// The item guides cached on this window PC. Every call uses the calling thread's own
/// connection, so the GUI reads while an import runs in a worker. apply() is all or nothing:
/// it checks every reference first and writes in one transaction.
class CatalogStore
{
public:
    explicit CatalogStore(std::shared_ptr<Storage::Database> database);

    /// 0 when no catalog was ever imported.
    qint64 version() const;
    Result<ImportSummary> apply(const Package &package) const;

    Dictionaries dictionaries() const;
    QList<Department> departments() const;
    std::vector<ItemSummary> items() const;
    int itemCount() const;
    /// The guide's JSON as the package gave it.
    std::optional<QByteArray> itemBody(const QString &code) const;

    QHash<QString, int> usage() const;
    Status recordUse(const QString &code, const QDateTime &when) const;

private:
    Status checkReferences(const Package &package, const Dictionaries &dictionaries,
                           const QList<Department> &departments) const;

    std::shared_ptr<Storage::Database> m_database;
};

} // namespace OneWindow::Catalog
