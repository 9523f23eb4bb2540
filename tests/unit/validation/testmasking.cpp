#include "validation/masking.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace OneWindow::Validation;

class TestMasking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksResidentIds_data();
    void masksResidentIds();
    void masksPhones_data();
    void masksPhones();
    void masksNames_data();
    void masksNames();
};

void TestMasking::masksResidentIds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("18 characters") << u"44010619900101123X"_s << u"440106********123X"_s;
    QTest::newRow("lower-case x, spaces") << u"440106 19900101 123x"_s << u"440106********123X"_s;
    QTest::newRow("standard example") << u"11010519491231002X"_s << u"110105********002X"_s;
    QTest::newRow("15-digit legacy") << u"440106900101123"_s << u"***********1123"_s;
    QTest::newRow("short") << u"4401061"_s << u"*******"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TestMasking::masksResidentIds()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(Masking::residentId(input), masked);
}

void TestMasking::masksPhones_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("mobile") << u"13812345678"_s << u"138****5678"_s;
    QTest::newRow("mobile with +86 and spaces") << u"+86 138 1234 5678"_s << u"138****5678"_s;
    QTest::newRow("landline") << u"020-12345678"_s << u"020-****5678"_s;
    QTest::newRow("7-digit landline") << u"0755-1234567"_s << u"0755-***4567"_s;
    QTest::newRow("extension dropped") << u"020-12345678转801"_s << u"020-****5678"_s;
    QTest::newRow("not a valid number") << u"12345-6789"_s << u"*****-6789"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TestMasking::masksPhones()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(Masking::phone(input), masked);
}

void TestMasking::masksNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("two characters") << u"张三"_s << u"张*"_s;
    QTest::newRow("three characters") << u"王小明"_s << u"王**"_s;
    QTest::newRow("compound surname") << u"欧阳娜娜"_s << u"欧阳**"_s;
    QTest::newRow("compound surname, three") << u"司马光"_s << u"司马*"_s;
    QTest::newRow("compound surname alone") << u"欧阳"_s << u"欧*"_s;
    QTest::newRow("one character") << u"张"_s << u"*"_s;
    QTest::newRow("middle dot") << u"买买提·艾力"_s << u"买**·**"_s;
    QTest::newRow("surrogate pair") << u"𠮷野家"_s << u"𠮷**"_s;
    QTest::newRow("surrogate pair masked as one") << u"张𠮷"_s << u"张*"_s;
    QTest::newRow("Latin") << u"John Smith"_s << u"J*** *****"_s;
    QTest::newRow("trimmed") << u" 李四 "_s << u"李*"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TestMasking::masksNames()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(Masking::personName(input), masked);
}

QTEST_GUILESS_MAIN(TestMasking)
#include "testmasking.moc"
