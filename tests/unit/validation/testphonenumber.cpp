#include "validation/phonenumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace OneWindow::Validation;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsMobiles_data();
    void acceptsMobiles();
    void acceptsLandlines_data();
    void acceptsLandlines();
    void refuses_data();
    void refuses();
};

void TestPhoneNumber::acceptsMobiles_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    const QString number = u"13812345678"_s;
    QTest::newRow("plain") << u"13812345678"_s << number;
    QTest::newRow("+86 and spaces") << u"+86 138 1234 5678"_s << number;
    QTest::newRow("+86 with hyphen") << u"+86-138-1234-5678"_s << number;
    QTest::newRow("0086") << u"0086 13812345678"_s << number;
    QTest::newRow("86 without plus") << u"8613812345678"_s << number;
    QTest::newRow("(+86)") << u"(+86) 13812345678"_s << number;
    QTest::newRow("full width") << u"＋８６　１３８１２３４５６７８"_s << number;
    QTest::newRow("full-width hyphens") << u"138－1234－5678"_s << number;
    QTest::newRow("19 prefix") << u"199 0000 1111"_s << u"19900001111"_s;
}

void TestPhoneNumber::acceptsMobiles()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    const PhoneCheck result = PhoneValidator::check(input);
    QVERIFY2(result.isValid(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.kind, PhoneKind::Mobile);
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.subscriber, normalized);
}

void TestPhoneNumber::acceptsLandlines_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("extension");
    QTest::newRow("Guangzhou") << u"020-12345678"_s << u"020-12345678"_s << QString();
    QTest::newRow("Beijing, no hyphen") << u"01062345678"_s << u"010-62345678"_s << QString();
    QTest::newRow("brackets") << u"(0755) 2345 678"_s << u"0755-2345678"_s << QString();
    QTest::newRow("7 digits after 4-digit code") << u"0755-1234567"_s << u"0755-1234567"_s << QString();
    QTest::newRow("8 digits after 4-digit code") << u"0755 88889999"_s << u"0755-88889999"_s << QString();
    QTest::newRow("+86 drops the 0") << u"+86 20 1234 5678"_s << u"020-12345678"_s << QString();
    QTest::newRow("+86 (0)20") << u"+86 (0)20 1234 5678"_s << u"020-12345678"_s << QString();
    QTest::newRow("extension with 转") << u"020-12345678转801"_s << u"020-12345678-801"_s << u"801"_s;
    QTest::newRow("extension with ext.") << u"020 1234 5678 ext. 12"_s << u"020-12345678-12"_s << u"12"_s;
    QTest::newRow("extension after hyphen") << u"020-12345678-801"_s << u"020-12345678-801"_s << u"801"_s;
    QTest::newRow("extension with #") << u"0571-23456789#6"_s << u"0571-23456789-6"_s << u"6"_s;
}

void TestPhoneNumber::acceptsLandlines()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, extension);
    const PhoneCheck result = PhoneValidator::check(input);
    QVERIFY2(result.isValid(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.kind, PhoneKind::Landline);
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.extension, extension);
    QCOMPARE(result.areaCode, normalized.section(u'-', 0, 0));
}

void TestPhoneNumber::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u"  "_s << u"phone.empty"_s << u"Enter a phone number."_s;
    QTest::newRow("10-digit mobile") << u"1381234567"_s << u"phone.mobile_length"_s
                                     << u"A mobile number has 11 digits; this has 10."_s;
    QTest::newRow("12-digit mobile") << u"+86 138123456789"_s << u"phone.mobile_length"_s
                                     << u"A mobile number has 11 digits; this has 12."_s;
    QTest::newRow("mobile 12") << u"12812345678"_s << u"phone.mobile_prefix"_s
                               << u"A mobile number starts with 13 to 19; this starts with 12."_s;
    QTest::newRow("mobile with extension")
        << u"13812345678转8"_s << u"phone.mobile_extension"_s << u"A mobile number has no extension."_s;
    QTest::newRow("no area code") << u"82345678"_s << u"phone.area_code_missing"_s
                                  << u"Add the area code in front of the number, e.g. 020-12345678."_s;
    QTest::newRow("short after 020") << u"020-1234567"_s << u"phone.landline_length"_s
                                     << u"After the area code 020 a landline number has 8 digits; this has 7."_s;
    QTest::newRow("long after 0755") << u"0755-123456789"_s << u"phone.landline_length"_s
                                     << u"After the area code 0755 a landline number has 7 or 8 digits; this has "
                                        "9."_s;
    QTest::newRow("local starts with 0") << u"020-02345678"_s << u"phone.landline_start"_s
                                         << u"A landline number does not start with 0 after the area code 020."_s;
    QTest::newRow("area code 011") << u"011-12345678"_s << u"phone.area_code"_s
                                   << u"011 is not the start of an area code: area codes are 010, 02X, or 0 and "
                                      "three digits from 0300 up."_s;
    QTest::newRow("Hong Kong +852") << u"+852 2345 6789"_s << u"phone.foreign"_s
                                    << u"Only mainland China numbers (+86) can be entered here."_s;
    QTest::newRow("00 prefix") << u"001 202 555 0100"_s << u"phone.foreign"_s
                               << u"Only mainland China numbers (+86) can be entered here."_s;
    QTest::newRow("400 hotline") << u"400-123-4567"_s << u"phone.service"_s
                                 << u"400 and 800 numbers are company hotlines: enter the person's own mobile or "
                                    "landline number."_s;
    QTest::newRow("letter") << u"138a2345678"_s << u"phone.character"_s << u"\"a\" cannot be part of a phone number."_s;
    QTest::newRow("long extension") << u"020-12345678转1234567"_s << u"phone.extension"_s
                                    << u"The extension \"1234567\" should be 1 to 6 digits."_s;
}

void TestPhoneNumber::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const PhoneCheck result = PhoneValidator::check(input);
    QVERIFY(!result.isValid());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().code, code);
    QCOMPARE(result.errors.first().message, message);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "testphonenumber.moc"
