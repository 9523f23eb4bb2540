#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include "catalog/catalogstore.h"
#include "catalog/importer.h"
#include "packagefixture.h"
#include "storage/database.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Catalog;

class TestCatalogImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void importsFullPackage();
    void appliesDelta();
    void refusesDeltaAgainstWrongBase();
    void refusesStaleFullPackage();
    void refusesDanglingReferencesAndKeepsCatalog_data();
    void refusesDanglingReferencesAndKeepsCatalog();
    void refusesUnreadableFiles();
    void fullImportReplacesEverythingButUsage();

private:
    QStringList codes() const;
    std::unique_ptr<Test::TempDataDir> m_dir;
    std::shared_ptr<Storage::Database> m_db;
    std::unique_ptr<CatalogStore> m_store;
};

void TestCatalogImport::init()
{
    m_dir = std::make_unique<Test::TempDataDir>();
    auto db = Storage::Database::open(m_dir->filePath(u"window.db"_s));
    QVERIFY(db);
    m_db = db.value();
    m_store = std::make_unique<CatalogStore>(m_db);
}

void TestCatalogImport::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestCatalogImport::codes() const
{
    QStringList result;
    for (const ItemSummary &item : m_store->items())
        result.append(item.code);
    return result;
}

void TestCatalogImport::importsFullPackage()
{
    QCOMPARE(m_store->version(), 0);
    auto summary = importPackageData(*m_store, Test::toJson(Test::samplePackage(3)));
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->added, 3);
    QCOMPARE(summary->total, 3);
    QCOMPARE(m_store->version(), 3);
    QCOMPARE(codes(), QStringList({ u"ITEM-0001"_s, u"ITEM-0002"_s, u"ITEM-0003"_s }));
    QCOMPARE(m_store->departments().size(), 2);
    QCOMPARE(m_store->dictionaries().at(u"level"_s).at(2).label, u"社区"_s);
    const auto body = m_store->itemBody(u"ITEM-0002"_s);
    QVERIFY(body);
    QVERIFY(body->contains("居住证申领"));
    QVERIFY(!m_store->itemBody(u"NOPE"_s));
}

void TestCatalogImport::appliesDelta()
{
    QVERIFY(importPackageData(*m_store, Test::toJson(Test::samplePackage(1))));
    auto summary = importPackageData(*m_store, Test::toJson(Test::sampleDelta(1)));
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->replaced, 1);
    QCOMPARE(summary->removed, 1);
    QCOMPARE(summary->total, 3);
    QCOMPARE(m_store->version(), 2);
    const QStringList now = codes();
    QVERIFY(!now.contains(u"ITEM-0003"_s));
    QVERIFY(now.contains(u"ITEM-0004"_s));
    QVERIFY(m_store->itemBody(u"ITEM-0002"_s)->contains("补领"));
    // A replaced item keeps its place in the catalog; a new one comes last.
    QCOMPARE(now, QStringList({ u"ITEM-0001"_s, u"ITEM-0002"_s, u"ITEM-0004"_s }));
    // Tables the delta did not carry stay as they were.
    QCOMPARE(m_store->departments().size(), 2);
}

void TestCatalogImport::refusesDeltaAgainstWrongBase()
{
    QVERIFY(importPackageData(*m_store, Test::toJson(Test::samplePackage(4))));
    auto summary = importPackageData(*m_store, Test::toJson(Test::sampleDelta(2)));
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, u"catalog.wrong_base"_s);
    QVERIFY(summary.error().message.contains(u'2'));
    QVERIFY(summary.error().message.contains(u'4'));
    QCOMPARE(m_store->version(), 4);
    QCOMPARE(codes().size(), 3);
}

void TestCatalogImport::refusesStaleFullPackage()
{
    QVERIFY(importPackageData(*m_store, Test::toJson(Test::samplePackage(5))));
    auto summary = importPackageData(*m_store, Test::toJson(Test::samplePackage(4)));
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, u"catalog.stale"_s);
    QCOMPARE(m_store->version(), 5);
}

void TestCatalogImport::refusesDanglingReferencesAndKeepsCatalog_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mention");
    QTest::newRow("department") << u"department"_s << u"XX"_s << u"department"_s;
    QTest::newRow("item type") << u"itemType"_s << u"ZZ"_s << u"itemType"_s;
}

void TestCatalogImport::refusesDanglingReferencesAndKeepsCatalog()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, mention);
    QVERIFY(importPackageData(*m_store, Test::toJson(Test::samplePackage(1))));
    QJsonObject next = Test::samplePackage(2);
    QJsonArray items = next[u"items"_s].toArray();
    QJsonObject item = items[2].toObject();
    item[field] = value;
    items[2] = item;
    next[u"items"_s] = items;
    auto summary = importPackageData(*m_store, Test::toJson(next));
    QVERIFY(!summary);
    QVERIFY2(summary.error().message.contains(u"ITEM-0003"_s), qPrintable(summary.error().message));
    QVERIFY2(summary.error().message.contains(mention), qPrintable(summary.error().message));
    QVERIFY2(summary.error().message.contains(value), qPrintable(summary.error().message));
    QCOMPARE(m_store->version(), 1);
    QCOMPARE(codes().size(), 3);
}

void TestCatalogImport::refusesUnreadableFiles()
{
    auto missing = importPackageFile(*m_store, m_dir->filePath(u"nothing-here.json"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"catalog.file"_s);
    QVERIFY(missing.error().message.contains(u"nothing-here.json"_s));
    QCOMPARE(m_store->version(), 0);
}

void TestCatalogImport::fullImportReplacesEverythingButUsage()
{
    QVERIFY(importPackageData(*m_store, Test::toJson(Test::samplePackage(1))));
    QVERIFY(m_store->recordUse(u"ITEM-0002"_s, QDateTime::currentDateTime()));
    QVERIFY(m_store->recordUse(u"ITEM-0002"_s, QDateTime::currentDateTime()));
    QJsonObject next = Test::samplePackage(2);
    next[u"items"_s] = QJsonArray { Test::sampleItem(u"ITEM-0002"_s, u"居住证申领"_s),
                                    Test::sampleItem(u"ITEM-0009"_s, u"户口迁移"_s) };
    auto summary = importPackageData(*m_store, Test::toJson(next));
    QVERIFY(summary);
    QCOMPARE(summary->total, 2);
    QCOMPARE(codes(), QStringList({ u"ITEM-0002"_s, u"ITEM-0009"_s }));
    QCOMPARE(m_store->usage().value(u"ITEM-0002"_s), 2);
}

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "testcatalogimport.moc"
