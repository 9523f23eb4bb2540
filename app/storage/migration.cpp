#include "migration.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include "core/logging.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Storage {

int schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status migrate(QSqlDatabase &db, const std::vector<Migration> &steps)
{
    const int current = schemaVersion(db);
    if (current < 0)
        return makeError(u"storage.unreadable"_s,
                         Text::tr("The database cannot be read: %1").arg(db.lastError().text()));
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (current > latest)
        return makeError(u"storage.too_new"_s,
                         QCoreApplication::translate("OneWindow::Storage",
                                                     "The database has schema version %1, but this version of "
                                                     "OneWindow knows only up to %2. Install the newer OneWindow.")
                             .arg(current)
                             .arg(latest));
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        if (!db.transaction())
            return makeError(u"storage.migration"_s, db.lastError().text());
        QSqlQuery query(db);
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                db.rollback();
                return makeError(u"storage.migration"_s,
                                 QCoreApplication::translate("OneWindow::Storage",
                                                             "Upgrading the database to version %1 (%2) failed: %3")
                                     .arg(step.version)
                                     .arg(QString::fromLatin1(step.name), reason));
            }
        }
        // PRAGMA takes no bound parameters; the version is our own integer.
        if (!query.exec(u"PRAGMA user_version = "_s + QString::number(step.version)) || !db.commit()) {
            const QString reason = db.lastError().text();
            db.rollback();
            return makeError(u"storage.migration"_s, reason);
        }
        qCInfo(lcStorage) << "database migrated to version" << step.version << step.name;
    }
    return Done {};
}

} // namespace OneWindow::Storage
