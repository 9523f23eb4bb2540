#include <QSqlQuery>
#include <QTest>

#include "storage/database.h"
#include "storage/schema.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Storage;

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsLatestSchemaFromEmptyFile();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void refusesDatabaseFromNewerRelease();
    void failedStepLeavesVersionAndDataUntouched();
    void versionsAreConsecutive();
    void eachThreadGetsItsOwnConnection();

private:
    static QStringList tables(const Database &database);
};

QStringList TestMigrations::tables(const Database &database)
{
    QStringList names;
    QSqlQuery query(database.connection());
    query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

void TestMigrations::createsLatestSchemaFromEmptyFile()
{
    Test::TempDataDir dir;
    auto opened = Database::open(dir.filePath(u"window.db"_s));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    const Database &db = *opened.value();
    QCOMPARE(db.schemaVersion(), schemaMigrations().back().version);
    const QStringList names = tables(db);
    for (const QString &table :
         { u"meta"_s, u"catalog_item"_s, u"catalog_dictionary"_s, u"catalog_department"_s, u"item_usage"_s })
        QVERIFY2(names.contains(table), qPrintable(table));

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestMigrations::upgradesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (const Migration &step : schemaMigrations())
        if (step.version < schemaMigrations().back().version)
            QTest::addRow("from v%d", step.version) << step.version;
    QTest::addRow("from v0 (empty file)") << 0;
}

void TestMigrations::upgradesFromEveryEarlierVersion()
{
    QFETCH(int, fromVersion);
    Test::TempDataDir dir;
    const QString path = dir.filePath(u"window.db"_s);
    std::vector<Migration> earlier;
    for (const Migration &step : schemaMigrations())
        if (step.version <= fromVersion)
            earlier.push_back(step);
    {
        auto old = Database::open(path, earlier);
        QVERIFY(old);
        QCOMPARE(old.value()->schemaVersion(), fromVersion);
        if (fromVersion >= 1) {
            // Data written by the older release must survive the upgrade.
            QSqlQuery query(old.value()->connection());
            QVERIFY(query.exec(u"INSERT INTO meta (key, value) VALUES ('catalog.version', '7')"_s));
        }
    }
    auto upgraded = Database::open(path);
    QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().message));
    QCOMPARE(upgraded.value()->schemaVersion(), schemaMigrations().back().version);
    QVERIFY(tables(*upgraded.value()).contains(u"item_usage"_s));
    if (fromVersion >= 1) {
        QSqlQuery query(upgraded.value()->connection());
        QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'catalog.version'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"7"_s);
    }
}

void TestMigrations::refusesDatabaseFromNewerRelease()
{
    Test::TempDataDir dir;
    const QString path = dir.filePath(u"window.db"_s);
    std::vector<Migration> future = schemaMigrations();
    future.push_back({ future.back().version + 1, "from the future", { u"CREATE TABLE later (x INTEGER)"_s } });
    QVERIFY(Database::open(path, future));
    auto opened = Database::open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, u"storage.too_new"_s);
    QVERIFY(opened.error().message.contains(QString::number(future.back().version)));
}

void TestMigrations::failedStepLeavesVersionAndDataUntouched()
{
    Test::TempDataDir dir;
    const QString path = dir.filePath(u"window.db"_s);
    QVERIFY(Database::open(path));
    std::vector<Migration> broken = schemaMigrations();
    broken.push_back(
        { broken.back().version + 1, "broken", { u"CREATE TABLE half_done (x INTEGER)"_s, u"THIS IS NOT SQL"_s } });
    auto opened = Database::open(path, broken);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, u"storage.migration"_s);
    auto again = Database::open(path);
    QVERIFY(again);
    QCOMPARE(again.value()->schemaVersion(), schemaMigrations().back().version);
    QVERIFY(!tables(*again.value()).contains(u"half_done"_s));
}

void TestMigrations::versionsAreConsecutive()
{
    int expected = 1;
    for (const Migration &step : schemaMigrations())
        QCOMPARE(step.version, expected++);
}

void TestMigrations::eachThreadGetsItsOwnConnection()
{
    Test::TempDataDir dir;
    auto opened = Database::open(dir.filePath(u"window.db"_s));
    QVERIFY(opened);
    std::shared_ptr<Database> db = opened.value();
    const QString mainName = db->connection().connectionName();
    QString workerName;
    bool workerWrote = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QSqlDatabase connection = db->connection();
        workerName = connection.connectionName();
        QSqlQuery query(connection);
        workerWrote = query.exec(u"INSERT INTO meta (key, value) VALUES ('from', 'worker')"_s);
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY(workerWrote);
    QVERIFY(workerName != mainName);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'from'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"worker"_s);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "testmigrations.moc"
