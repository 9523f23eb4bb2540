#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

#include "core/logging.h"
#include "schema.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Storage {
namespace {

std::atomic<quint64> nextDatabaseId { 1 };

QString connectionName(quint64 databaseId)
{
    return u"onewindow-%1-%2"_s.arg(databaseId).arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

// Removes this thread's connections when the thread ends; a pooled worker that exits must not
// leave an open handle on the file behind.
struct ThreadConnections
{
    std::vector<QString> names;
    ~ThreadConnections()
    {
        for (const QString &name : names) {
            if (QSqlDatabase::contains(name)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        }
    }
};
thread_local ThreadConnections threadConnections;

} // namespace

Database::Database(QString filePath)
    : m_filePath(std::move(filePath))
    , m_id(nextDatabaseId++)
{
}

Database::~Database()
{
    // Only this thread's connection can be closed here; a worker's closes when its thread ends
    // (ThreadConnections), which is why services own their pools and wait for them.
    const QString name = connectionName(m_id);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::open(const QString &filePath)
{
    return open(filePath, schemaMigrations());
}

Result<std::shared_ptr<Database>> Database::open(const QString &filePath, const std::vector<Migration> &steps)
{
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(
            u"storage.folder"_s,
            Text::tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    std::shared_ptr<Database> database(new Database(info.absoluteFilePath()));
    QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return makeError(
            u"storage.open"_s,
            Text::tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(filePath), db.lastError().text()));
    // 16 KiB pages, set while the file is still empty (later it needs a VACUUM): a guide's
    // 2–4 KB body leaves most of a 4 KiB page unused, and a 100k-guide import wrote a third
    // more than it needed and took 70 % longer.
    QSqlQuery(db).exec(u"PRAGMA page_size = 16384"_s);
    // WAL lets the GUI read while the sync thread writes; it is a property of the file.
    QString journalMode;
    {
        QSqlQuery query(db);
        if (query.exec(u"PRAGMA journal_mode = WAL"_s) && query.next())
            journalMode = query.value(0).toString();
    }
    if (journalMode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return makeError(
            u"storage.wal"_s,
            QCoreApplication::translate("OneWindow::Storage", "The database %1 cannot use write-ahead logging.")
                .arg(QDir::toNativeSeparators(filePath)));
    if (Status migrated = migrate(db, steps); !migrated)
        return migrated.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName(m_id);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = openConnection(name);
    threadConnections.names.push_back(name);
    return db;
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_filePath);
    // A writer in another thread holds the lock for milliseconds; wait rather than fail.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        qCWarning(lcStorage) << "cannot open database" << m_filePath << db.lastError().text();
        return db;
    }
    QSqlQuery query(db);
    query.exec(u"PRAGMA foreign_keys = ON"_s);
    // NORMAL is durable across a crash of the process under WAL; the sync outbox asks for
    // FULL on its own transactions where a power cut must not lose an acknowledged case.
    query.exec(u"PRAGMA synchronous = NORMAL"_s);
    return db;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return Storage::schemaVersion(db);
}

} // namespace OneWindow::Storage
