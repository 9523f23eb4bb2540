#include <QFile>
#include <QSet>
#include <QTest>

#include "catalog/catalogstore.h"
#include "catalog/importer.h"
#include "catalog/searchindex.h"
#include "storage/database.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Catalog;

/// The demo catalog the README's run command opens: it must import cleanly and be the
/// realistic district catalog the foundation issue asks for.
class TestDemoCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importsCleanly();
    void coversTheDistrict();
    void findsCommonItems_data();
    void findsCommonItems();

private:
    Test::TempDataDir m_dir;
    std::shared_ptr<Storage::Database> m_db;
    std::vector<ItemSummary> m_items;
    std::unique_ptr<SearchIndex> m_index;
};

void TestDemoCatalog::initTestCase()
{
    auto db = Storage::Database::open(m_dir.filePath(u"window.db"_s));
    QVERIFY(db);
    m_db = db.value();
}

void TestDemoCatalog::importsCleanly()
{
    const CatalogStore store(m_db);
    auto summary = importPackageFile(store, Test::sourcePath(u"resources/demo/catalog.json"_s));
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    m_items = store.items();
    m_index = std::make_unique<SearchIndex>(m_items, store.departments());
}

void TestDemoCatalog::coversTheDistrict()
{
    QVERIFY(m_items.size() >= 400);
    const CatalogStore store(m_db);
    QVERIFY(store.departments().size() >= 15);
    QSet<QString> departments;
    QSet<QString> levels;
    int cityWideLocal = 0;
    int instant = 0;
    for (const ItemSummary &item : m_items) {
        departments.insert(item.department);
        for (const QString &level : item.levels)
            levels.insert(level);
        const bool local = item.levels.contains(u"street"_s) || item.levels.contains(u"community"_s);
        if (local && (item.flags & CityWide))
            ++cityWideLocal;
        if (item.instant) {
            ++instant;
            QCOMPARE(item.promisedDays, 0);
        }
    }
    QVERIFY2(departments.size() >= 15, qPrintable(QString::number(departments.size())));
    QVERIFY(levels.contains(u"district"_s) && levels.contains(u"street"_s) && levels.contains(u"community"_s));
    QVERIFY2(cityWideLocal >= 25, qPrintable(QString::number(cityWideLocal)));
    QVERIFY(instant > 0);
}

void TestDemoCatalog::findsCommonItems_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    QTest::newRow("hanzi") << u"居住证"_s << u"居住证"_s;
    QTest::newRow("pinyin") << u"juzhuzheng"_s << u"居住证"_s;
    QTest::newRow("initials") << u"jzz"_s << u"居住证"_s;
    QTest::newRow("keyword") << u"低保"_s << u"最低生活保障"_s;
    QTest::newRow("marriage") << u"hunyin"_s << u"婚姻登记"_s;
}

void TestDemoCatalog::findsCommonItems()
{
    QFETCH(QString, query);
    QFETCH(QString, name);
    QVERIFY(m_index);
    const SearchResult result = m_index->search(query, {}, {}, 5);
    QVERIFY2(!result.hits.empty(), qPrintable(query));
    const QString first = m_index->items()[result.hits.front().item].name;
    QVERIFY2(first.contains(name), qPrintable(query + u" -> "_s + first));
}

QTEST_GUILESS_MAIN(TestDemoCatalog)
#include "testdemocatalog.moc"
