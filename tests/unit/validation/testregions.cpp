#include "validation/regions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace OneWindow::Validation;

class TestRegions : public QObject
{
    Q_OBJECT

private:
    static QStringList codes(const QList<Region> &regions);
    static QStringList names(const QList<Region> &regions);

private Q_SLOTS:
    void loadsTheBuiltInData();
    void findsARealCounty();
    void findsTheDemoDistrict();
    void listsChildrenInCodeOrder();
    void answersNothingForUnknownCodes_data();
    void answersNothingForUnknownCodes();
    void knowsCounties_data();
    void knowsCounties();
    void printsAddressesWithoutPlaceholders_data();
    void printsAddressesWithoutPlaceholders();
    void refusesMalformedData_data();
    void refusesMalformedData();
    void readsSeveralFiles();
    void reportsFilesItCannotRead();
    void sharesOneInstanceAcrossThreads();
};

QStringList TestRegions::codes(const QList<Region> &regions)
{
    QStringList out;
    for (const Region &region : regions)
        out.append(region.code);
    return out;
}

QStringList TestRegions::names(const QList<Region> &regions)
{
    QStringList out;
    for (const Region &region : regions)
        out.append(region.name);
    return out;
}

void TestRegions::loadsTheBuiltInData()
{
    const Regions &regions = Regions::shared();
    // 31 provinces + Taiwan, Hong Kong, Macao + the demo city; about 45,000 divisions in all.
    QCOMPARE(regions.children(u"").size(), 35);
    QVERIFY(regions.size() > 40000);
    QCOMPARE(&Regions::shared(), &regions);
}

void TestRegions::findsARealCounty()
{
    const Regions &regions = Regions::shared();
    QCOMPARE(regions.name(u"440106"), u"天河区"_s);
    const Region county = regions.region(u"440106");
    QCOMPARE(county.level, RegionLevel::County);
    QVERIFY(!county.fictional);
    QCOMPARE(codes(regions.path(u"440106")), QStringList({ u"440000"_s, u"440100"_s, u"440106"_s }));
    QCOMPARE(names(regions.path(u"440106001")), QStringList({ u"广东省"_s, u"广州市"_s, u"天河区"_s, u"五山街道"_s }));
    QCOMPARE(regions.region(u"440106001").level, RegionLevel::Street);
    // 东莞 has no counties: its towns hang directly under the city.
    QCOMPARE(codes(regions.path(u"441900003")), QStringList({ u"440000"_s, u"441900"_s, u"441900003"_s }));
    QCOMPARE(regions.region(u"441900").level, RegionLevel::City);
    QCOMPARE(regions.name(u"810000"), u"香港特别行政区"_s);
    QVERIFY(regions.children(u"810000").isEmpty());
}

void TestRegions::findsTheDemoDistrict()
{
    const Regions &regions = Regions::shared();
    const Region district = regions.region(u"990102");
    QCOMPARE(district.name, u"示范区"_s);
    QCOMPARE(district.level, RegionLevel::County);
    QVERIFY(district.fictional);
    const QList<Region> path = regions.path(u"990102001");
    QCOMPARE(names(path), QStringList({ u"示范市"_s, u"市辖区"_s, u"示范区"_s, u"示范街道"_s }));
    QVERIFY(path[1].placeholder);
    QVERIFY(regions.isKnownCounty(u"990102"));
    QVERIFY(codes(regions.children(u"990102")).contains(u"990102001"_s));
}

void TestRegions::listsChildrenInCodeOrder()
{
    const QStringList children = codes(Regions::shared().children(u"440100"));
    QVERIFY(children.contains(u"440106"_s));
    QStringList sorted = children;
    sorted.sort();
    QCOMPARE(children, sorted);
    const QStringList provinces = codes(Regions::shared().children(QString()));
    QCOMPARE(provinces.first(), u"110000"_s);
    QCOMPARE(provinces.last(), u"990000"_s);
}

void TestRegions::answersNothingForUnknownCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << u"4401"_s;
    QTest::newRow("retired county 110103") << u"110103"_s;
    QTest::newRow("letters") << u"44010A"_s;
    QTest::newRow("leading zero") << u"044010"_s;
    QTest::newRow("seven digits") << u"4401061"_s;
}

void TestRegions::answersNothingForUnknownCodes()
{
    QFETCH(QString, code);
    const Regions &regions = Regions::shared();
    QVERIFY(!regions.contains(code));
    QVERIFY(regions.name(code).isEmpty());
    QVERIFY(!regions.region(code).isValid());
    QVERIFY(regions.path(code).isEmpty());
    QVERIFY(regions.addressText(code).isEmpty());
    QVERIFY(!regions.isKnownCounty(code));
    if (!code.isEmpty())
        QVERIFY(regions.children(code).isEmpty());
}

void TestRegions::knowsCounties_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("county");
    QTest::newRow("天河区") << u"440106"_s << true;
    QTest::newRow("东莞市, a city without counties") << u"441900"_s << true;
    QTest::newRow("广州市") << u"440100"_s << false;
    QTest::newRow("广东省") << u"440000"_s << false;
    QTest::newRow("a street") << u"440106001"_s << false;
    QTest::newRow("demo 示范区") << u"990102"_s << true;
}

void TestRegions::knowsCounties()
{
    QFETCH(QString, code);
    QFETCH(bool, county);
    QCOMPARE(Regions::shared().isKnownCounty(code), county);
}

void TestRegions::printsAddressesWithoutPlaceholders_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("county") << u"440106"_s << u"广东省广州市天河区"_s;
    QTest::newRow("municipality") << u"110101"_s << u"北京市东城区"_s;
    QTest::newRow("street") << u"110101001"_s << u"北京市东城区东华门街道"_s;
    QTest::newRow("demo street") << u"990102001"_s << u"示范市示范区示范街道"_s;
    QTest::newRow("province") << u"440000"_s << u"广东省"_s;
}

void TestRegions::printsAddressesWithoutPlaceholders()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QCOMPARE(Regions::shared().addressText(code), text);
}

void TestRegions::refusesMalformedData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    const QByteArray gd = "440000\t\t广东省\n"_ba;
    QTest::newRow("two fields") << gd + "440100\t440000\n"_ba << u"regions.fields"_s
                                << u"t.tsv, line 2: expected a code, a parent code and a name separated by tabs."_s;
    QTest::newRow("five fields") << "440000\t\t广东省\tp\tx\n"_ba << u"regions.fields"_s
                                 << u"t.tsv, line 1: expected a code, a parent code and a name separated by tabs."_s;
    QTest::newRow("five-digit code") << "44000\t\t广东省\n"_ba << u"regions.code"_s
                                     << u"t.tsv, line 1: \"44000\" is not a division code (6 digits, or 9 for a "
                                        "street)."_s;
    QTest::newRow("bad parent code") << gd + "440100\t4400x0\t广州市\n"_ba << u"regions.code"_s
                                     << u"t.tsv, line 2: \"4400x0\" is not a division code (6 digits, or 9 for a "
                                        "street)."_s;
    QTest::newRow("leading zero") << "040000\t\t某省\n"_ba << u"regions.code"_s
                                  << u"t.tsv, line 1: \"040000\" is not a division code (6 digits, or 9 for a "
                                     "street)."_s;
    QTest::newRow("wrong parent") << gd + "440106\t440000\t天河区\n"_ba << u"regions.parent"_s
                                  << u"t.tsv, line 2: the parent of 440106 is 440100, not \"440000\"."_s;
    QTest::newRow("province with parent") << "440000\t110000\t广东省\n"_ba << u"regions.parent"_s
                                          << u"t.tsv, line 1: 440000 is a province and has no parent; this line "
                                             "gives 110000."_s;
    QTest::newRow("missing parent") << gd + "440106\t440100\t天河区\n"_ba << u"regions.missing_parent"_s
                                    << u"t.tsv, line 2: the parent 440100 of 440106 is not in the data."_s;
    QTest::newRow("duplicate") << gd + "# again\n440000\t\t广东\n"_ba << u"regions.duplicate"_s
                               << u"t.tsv, line 3: the code 440000 is already defined (t.tsv, line 1)."_s;
    QTest::newRow("no name") << "440000\t\t \n"_ba << u"regions.name"_s
                             << u"t.tsv, line 1: the division 440000 has no name."_s;
    QTest::newRow("unknown flag") << "440000\t\t广东省\tx\n"_ba << u"regions.flags"_s
                                  << u"t.tsv, line 1: unknown flag \"x\" (p = placeholder, d = fictional)."_s;
    QTest::newRow("only comments") << "# nothing\n\n"_ba << u"regions.empty"_s << u"t.tsv contains no divisions."_s;
    QTest::newRow("not UTF-8") << "440000\t\t\xb9\xe3\xb6\xab\n"_ba << u"regions.encoding"_s
                               << u"t.tsv is not UTF-8 text."_s;
}

void TestRegions::refusesMalformedData()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const OneWindow::Result<Regions> result = Regions::fromData(data, u"t.tsv"_s);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().message, message);
}

void TestRegions::readsSeveralFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    };
    // CRLF line ends and a parent defined in the other file are fine.
    write(u"a.tsv"_s, "440000\t\t广东省\r\n440100\t440000\t广州市\tp\r\n"_ba);
    write(u"b.tsv"_s, "440106\t440100\t天河区\td\n"_ba);
    write(u"c.tsv"_s, "440000\t\t广东\n"_ba);
    const OneWindow::Result<Regions> both = Regions::fromFiles({ dir.filePath(u"a.tsv"_s), dir.filePath(u"b.tsv"_s) });
    if (!both.isOk())
        QFAIL(qPrintable(both.error().message));
    QCOMPARE(both->size(), 3);
    QCOMPARE(both->addressText(u"440106"), u"广东省天河区"_s);
    QVERIFY(both->region(u"440106").fictional);
    const OneWindow::Result<Regions> twice = Regions::fromFiles({ dir.filePath(u"a.tsv"_s), dir.filePath(u"c.tsv"_s) });
    QVERIFY(!twice.isOk());
    QCOMPARE(twice.error().message,
             dir.filePath(u"c.tsv"_s) + u", line 1: the code 440000 is already defined ("_s + dir.filePath(u"a.tsv"_s)
                 + u", line 1)."_s);
}

void TestRegions::reportsFilesItCannotRead()
{
    const OneWindow::Result<Regions> result = Regions::fromFiles({ u"/nonexistent/regions.tsv"_s });
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, u"regions.read"_s);
    QVERIFY(result.error().message.startsWith(u"Cannot read the division data /nonexistent/regions.tsv: "_s));
}

void TestRegions::sharesOneInstanceAcrossThreads()
{
    // The first use may come from any thread; every thread must see the same, complete table.
    std::vector<const Regions *> seen(4, nullptr);
    std::vector<QString> names(4);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < seen.size(); ++i) {
        threads.emplace_back([&seen, &names, i] {
            seen[i] = &Regions::shared();
            names[i] = seen[i]->name(u"440106");
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (size_t i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen[i], &Regions::shared());
        QCOMPARE(names[i], u"天河区"_s);
    }
}

QTEST_GUILESS_MAIN(TestRegions)
#include "testregions.moc"
