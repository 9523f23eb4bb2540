#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "catalog/catalogmodel.h"
#include "catalog/catalogservice.h"
#include "catalog/materialsmodel.h"
#include "core/clock.h"
#include "packagefixture.h"
#include "storage/database.h"
#include "tempdatadir.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Catalog;

class TestCatalogModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogModelFollowsSearches();
    void materialsModelShowsLabelsFromPackage();
    void serviceImportsLoadsAndReadsGuides();
    void serviceReportsBadPackageAndKeepsCatalog();
};

void TestCatalogModels::catalogModelFollowsSearches()
{
    std::vector<ItemSummary> items(2);
    items[0].code = u"A1"_s;
    items[0].name = u"居住证签注"_s;
    items[0].department = u"GA"_s;
    items[0].flags = CityWide | Courier;
    items[0].instant = true;
    items[1].code = u"B2"_s;
    items[1].name = u"婚姻登记"_s;
    items[1].department = u"MZ"_s;
    auto index = std::make_shared<const SearchIndex>(
        std::move(items),
        QList<Department> { { u"GA"_s, u"区公安分局"_s, u"户政"_s }, { u"MZ"_s, u"区民政局"_s, u"民政"_s } });
    CatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(index, index->search(QString(), {}, {}, 10));
    QCOMPARE(model.rowCount(), 2);
    model.setResult(index, index->search(u"jzz"_s, {}, {}, 10));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex row = model.index(0);
    QCOMPARE(row.data().toString(), u"居住证签注"_s);
    QCOMPARE(row.data(CatalogModel::CodeRole).toString(), u"A1"_s);
    QCOMPARE(row.data(CatalogModel::DepartmentRole).toString(), u"区公安分局"_s);
    QVERIFY(row.data(CatalogModel::InstantRole).toBool());
    QVERIFY(row.data(CatalogModel::CityWideRole).toBool());
    QVERIFY(row.data(CatalogModel::CourierRole).toBool());
    QVERIFY(!row.data(CatalogModel::AppointmentRole).toBool());
    QCOMPARE(model.codeAt(0), u"A1"_s);
    QCOMPARE(model.codeAt(1), QString());
    model.setResult(nullptr, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestCatalogModels::materialsModelShowsLabelsFromPackage()
{
    MaterialsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MaterialInfo id;
    id.name = u"居民身份证"_s;
    id.forms = { u"原件"_s, u"复印件"_s };
    id.copies = 1;
    id.necessity = u"必要"_s;
    MaterialInfo letter;
    letter.name = u"授权委托书"_s;
    letter.forms = { u"原件"_s };
    letter.necessity = u"按情形提交"_s;
    letter.condition = u"委托他人办理的"_s;
    letter.blankForm = u"授权委托书（空白）"_s;
    model.setMaterials({ id, letter });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(MaterialsModel::ColumnCount));
    QCOMPARE(model.index(0, MaterialsModel::NameColumn).data().toString(), u"居民身份证"_s);
    QVERIFY(model.index(0, MaterialsModel::FormsColumn).data().toString().contains(u"复印件"_s));
    QCOMPARE(model.index(0, MaterialsModel::CopiesColumn).data().toInt(), 1);
    QCOMPARE(model.index(1, MaterialsModel::CopiesColumn).data().toString(), u"Shown only"_s);
    QVERIFY(model.index(1, MaterialsModel::NecessityColumn).data().toString().contains(u"委托他人办理的"_s));
    QVERIFY(model.index(1, MaterialsModel::NotesColumn).data().toString().contains(u"授权委托书（空白）"_s));
}

void TestCatalogModels::serviceImportsLoadsAndReadsGuides()
{
    Test::TempDataDir dir;
    QFile file(dir.filePath(u"catalog.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Test::toJson(Test::samplePackage(7)));
    file.close();
    auto db = Storage::Database::open(dir.filePath(u"window.db"_s));
    QVERIFY(db);
    CatalogService service(db.value(), Clock::system());
    QSignalSpy ready(&service, &CatalogService::indexReady);
    service.reload(file.fileName());
    QVERIFY(ready.wait(10000));
    QCOMPARE(service.version(), 7);
    QCOMPARE(service.search(u"jzz"_s, {}).total, 2);

    QSignalSpy guides(&service, &CatalogService::guideReady);
    service.requestGuide(u"ITEM-0001"_s);
    QVERIFY(guides.wait(10000));
    const auto guide = guides.takeFirst().at(0).value<ItemGuide>();
    QCOMPARE(guide.name, u"居住证签注"_s);
    QCOMPARE(guide.departmentName, u"区公安分局"_s);
    QCOMPARE(guide.itemType, u"公共服务"_s);
    QCOMPARE(guide.levels, QStringList({ u"区级"_s, u"街道"_s }));
    QCOMPARE(guide.materials.size(), 2);
    QCOMPARE(guide.materials[0].forms, QStringList({ u"原件"_s, u"复印件"_s }));
    QCOMPARE(guide.materials[1].necessity, u"按情形提交"_s);
    QCOMPARE(guide.materials[1].condition, u"委托他人办理的"_s);
    QCOMPARE(guide.form[u"fields"_s].toArray().size(), 2);

    QSignalSpy failed(&service, &CatalogService::guideFailed);
    service.requestGuide(u"NOT-THERE"_s);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.at(0).at(1).toString().contains(u"NOT-THERE"_s));

    // Usage counts survive a restart of the service (they are stored) and raise the item.
    service.recordUse(u"ITEM-0002"_s);
    QCOMPARE(service.index()->items()[service.search(u"jzz"_s, {}).hits[0].item].code, u"ITEM-0002"_s);
    QTRY_COMPARE(CatalogStore(db.value()).usage().value(u"ITEM-0002"_s), 1);
}

void TestCatalogModels::serviceReportsBadPackageAndKeepsCatalog()
{
    Test::TempDataDir dir;
    auto db = Storage::Database::open(dir.filePath(u"window.db"_s));
    QVERIFY(db);
    QFile good(dir.filePath(u"good.json"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(Test::toJson(Test::samplePackage(1)));
    good.close();
    QFile bad(dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(Test::toJson(Test::samplePackage(2)).chopped(40));
    bad.close();

    CatalogService service(db.value(), Clock::system());
    QSignalSpy ready(&service, &CatalogService::indexReady);
    service.reload(good.fileName());
    QVERIFY(ready.wait(10000));
    QSignalSpy finished(&service, &CatalogService::importFinished);
    service.importPackage(bad.fileName());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QCOMPARE(service.version(), 1);
    QCOMPARE(service.search(QString(), {}).total, 3);
}

QTEST_GUILESS_MAIN(TestCatalogModels)
#include "testcatalogmodels.moc"
