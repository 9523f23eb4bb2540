#include <QJsonArray>
#include <QTest>

#include "catalog/packagereader.h"
#include "packagefixture.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Catalog;

namespace {

// Applies one change to the sample package: a path like "items/1/materials/0/copies" and a value,
// or removes the member when the value is undefined.
QJsonValue changed(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = changed(array[index], path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = changed(object[head], path, value);
    return object;
}

QByteArray packageWith(const QString &path, const QJsonValue &value)
{
    return Test::toJson(changed(Test::samplePackage(), path.split(u'/'), value).toObject());
}

} // namespace

class TestPackageReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsSamplePackage();
    void keepsGuideBodyAndReferences();
    void readsDelta();
    void refusesBadPackages_data();
    void refusesBadPackages();
    void reportsWhereTruncatedFileEnds();
    void acceptsCodesAtTheNationalWidths();
};

void TestPackageReader::readsSamplePackage()
{
    auto package = readPackage(Test::toJson(Test::samplePackage(5)));
    QVERIFY2(package, qPrintable(package ? QString() : package.error().message));
    QCOMPARE(package->kind, PackageKind::Full);
    QCOMPARE(package->version, 5);
    QCOMPARE(package->items.size(), size_t(3));
    QCOMPARE(package->departments.size(), 2);
    QCOMPARE(package->dictionaries.at(u"materialForm"_s).size(), 3);
    QCOMPARE(package->dictionaries.at(u"materialForm"_s).at(1).label, u"复印件"_s);
    const ItemRecord &first = package->items.front();
    QCOMPARE(first.code, u"ITEM-0001"_s);
    QCOMPARE(first.name, u"居住证签注"_s);
    QCOMPARE(first.department, u"GA"_s);
    QCOMPARE(first.levels, QStringList({ u"district"_s, u"street"_s }));
    QCOMPARE(first.promisedDays, 5);
    QCOMPARE(first.legalDays, 20);
    QVERIFY(first.flags & CityWide);
    QVERIFY(first.flags & Appointment);
    QVERIFY(!(first.flags & Courier));
    QVERIFY(!first.instant);
    QVERIFY(package->items.back().instant);
}

void TestPackageReader::keepsGuideBodyAndReferences()
{
    auto package = readPackage(Test::toJson(Test::samplePackage()));
    QVERIFY(package);
    const ItemRecord &item = package->items.front();
    QVERIFY(item.body.startsWith('{'));
    QVERIFY(item.body.contains("复印件需本人签字"));
    QVERIFY(!item.body.contains('\n'));
    bool sawCopy = false;
    for (const CodeReference &reference : item.references)
        if (reference.dictionary == u"materialForm"_s && reference.code == u"copy"_s)
            sawCopy = reference.fieldPath() == u"materials[0].forms[1]"_s;
    QVERIFY(sawCopy);
}

void TestPackageReader::readsDelta()
{
    auto package = readPackage(Test::toJson(Test::sampleDelta(1)));
    QVERIFY2(package, qPrintable(package ? QString() : package.error().message));
    QCOMPARE(package->kind, PackageKind::Delta);
    QCOMPARE(package->baseVersion, 1);
    QCOMPARE(package->version, 2);
    QVERIFY(!package->hasDictionaries);
    QVERIFY(!package->hasDepartments);
    QCOMPARE(package->removed, QStringList { u"ITEM-0003"_s });
}

void TestPackageReader::refusesBadPackages_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("empty file") << QByteArray() << QStringList { u"empty"_s };
    QTest::newRow("not an object") << "[1, 2]"_ba << QStringList { u"object"_s };
    QTest::newRow("other format") << packageWith(u"format"_s, u"something-else"_s) << QStringList { u"OneWindow"_s };
    QTest::newRow("newer format") << packageWith(u"formatVersion"_s, 9) << QStringList { u"9"_s };
    QTest::newRow("unknown kind") << packageWith(u"kind"_s, u"partial"_s) << QStringList { u"kind"_s, u"partial"_s };
    QTest::newRow("version is text") << packageWith(u"version"_s, u"3"_s) << QStringList { u"version"_s, u"string"_s };
    QTest::newRow("missing items") << packageWith(u"items"_s, QJsonValue::Undefined) << QStringList { u"items"_s };
    QTest::newRow("missing dictionary") << packageWith(u"dictionaries/necessity"_s, QJsonValue::Undefined)
                                        << QStringList { u"necessity"_s };
    QTest::newRow("missing item name") << packageWith(u"items/1/name"_s, QJsonValue::Undefined)
                                       << QStringList { u"Item 2"_s, u"ITEM-0002"_s, u"name"_s };
    QTest::newRow("wrong type in material")
        << packageWith(u"items/1/materials/0/copies"_s, u"two"_s)
        << QStringList { u"Item 2"_s, u"ITEM-0002"_s, u"居住证申领"_s, u"materials[0].copies"_s };
    QTest::newRow("negative limit") << packageWith(u"items/0/legalLimitDays"_s, -1)
                                    << QStringList { u"ITEM-0001"_s, u"legalLimitDays"_s };
    QTest::newRow("promised above legal")
        << packageWith(u"items/0/promisedLimitDays"_s, 30) << QStringList { u"ITEM-0001"_s, u"promisedLimitDays"_s };
    QTest::newRow("flags missing one") << packageWith(u"items/2/flags/courier"_s, QJsonValue::Undefined)
                                       << QStringList { u"ITEM-0003"_s, u"flags.courier"_s };
    QTest::newRow("unknown review type") << packageWith(u"items/0/reviewType"_s, u"fast"_s)
                                         << QStringList { u"reviewType"_s, u"fast"_s };
    QTest::newRow("no levels") << packageWith(u"items/0/levels"_s, QJsonArray())
                               << QStringList { u"ITEM-0001"_s, u"levels"_s };
    QTest::newRow("duplicate item code") << packageWith(u"items/1/code"_s, u"ITEM-0001"_s)
                                         << QStringList { u"Item 2"_s, u"ITEM-0001"_s, u"code"_s };
    QTest::newRow("item code too long") << packageWith(u"items/0/code"_s, QString(51, u'1'))
                                        << QStringList { u"code"_s, u"50"_s };
    QTest::newRow("base code too long") << packageWith(u"items/0/baseCode"_s, QString(13, u'1'))
                                        << QStringList { u"baseCode"_s, u"12"_s };
    QTest::newRow("impl code too long") << packageWith(u"items/0/implCode"_s, QString(37, u'1'))
                                        << QStringList { u"implCode"_s, u"36"_s };
    QTest::newRow("duplicate material id")
        << packageWith(u"items/0/materials/1/id"_s, u"m1"_s) << QStringList { u"materials[1].id"_s, u"m1"_s };
    QTest::newRow("unknown form field type") << packageWith(u"items/0/form/fields/0/type"_s, u"colour"_s)
                                             << QStringList { u"form.fields[0].type"_s, u"colour"_s };
    QTest::newRow("choice without options")
        << packageWith(u"items/0/form/fields/0/type"_s, u"choice"_s) << QStringList { u"form.fields[0].options"_s };
    QTest::newRow("removed in a full package")
        << packageWith(u"removed"_s, QJsonArray { u"ITEM-0001"_s }) << QStringList { u"removed"_s };
}

void TestPackageReader::refusesBadPackages()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    auto package = readPackage(json);
    QVERIFY(!package);
    for (const QString &mention : mentions)
        QVERIFY2(package.error().message.contains(mention),
                 qPrintable(u"\""_s + package.error().message + u"\" does not mention "_s + mention));
}

void TestPackageReader::reportsWhereTruncatedFileEnds()
{
    const QByteArray whole = Test::toJson(Test::samplePackage());
    const QByteArray truncated = whole.left(whole.size() * 2 / 3);
    auto package = readPackage(truncated);
    QVERIFY(!package);
    QCOMPARE(package.error().code, u"catalog.syntax"_s);
    QVERIFY2(package.error().message.contains(u"truncated"_s), qPrintable(package.error().message));
}

void TestPackageReader::acceptsCodesAtTheNationalWidths()
{
    QJsonObject package = Test::samplePackage();
    QJsonArray items = package[u"items"_s].toArray();
    QJsonObject item = items[0].toObject();
    item[u"code"_s] = QString(50, u'9');
    item[u"implCode"_s] = QString(36, u'8');
    item[u"baseCode"_s] = QString(12, u'7');
    items[0] = item;
    package[u"items"_s] = items;
    auto read = readPackage(Test::toJson(package));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->items.front().code, QString(50, u'9'));
}

QTEST_GUILESS_MAIN(TestPackageReader)
#include "testpackagereader.moc"
