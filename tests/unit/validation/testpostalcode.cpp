#include "validation/postalcode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace OneWindow::Validation;

class TestPostalCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void warnsOnUnusedZone_data();
    void warnsOnUnusedZone();
};

void TestPostalCode::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("Guangzhou") << u"510000"_s << u"510000"_s;
    QTest::newRow("Beijing") << u"100010"_s << u"100010"_s;
    QTest::newRow("Hohhot, zone 01") << u"010000"_s << u"010000"_s;
    QTest::newRow("Lhasa, zone 85") << u"850000"_s << u"850000"_s;
    QTest::newRow("spaces and full width") << u" ５１０ ６２０ "_s << u"510620"_s;
}

void TestPostalCode::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    const CheckResult result = PostalCodeValidator::check(input);
    QVERIFY(result.isValid());
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.normalized, normalized);
}

void TestPostalCode::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u""_s << u"postal.empty"_s << u"Enter the postal code."_s;
    QTest::newRow("5 digits") << u"51000"_s << u"postal.length"_s << u"A postal code has 6 digits; this has 5."_s;
    QTest::newRow("7 digits") << u"5100001"_s << u"postal.length"_s << u"A postal code has 6 digits; this has 7."_s;
    QTest::newRow("letter") << u"51O000"_s << u"postal.character"_s
                            << u"A postal code has only digits; \"O\" is not one."_s;
}

void TestPostalCode::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const CheckResult result = PostalCodeValidator::check(input);
    QVERIFY(!result.isValid());
    QCOMPARE(result.errors.first().code, code);
    QCOMPARE(result.errors.first().message, message);
}

void TestPostalCode::warnsOnUnusedZone_data()
{
    QTest::addColumn<QString>("input");
    for (const QString &code : { u"000000"_s, u"140000"_s, u"280000"_s, u"500000"_s, u"820000"_s, u"999077"_s })
        QTest::newRow(qPrintable(code)) << code;
}

void TestPostalCode::warnsOnUnusedZone()
{
    QFETCH(QString, input);
    const CheckResult result = PostalCodeValidator::check(input);
    QVERIFY(result.isValid());
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.first().code, u"postal.zone"_s);
    QCOMPARE(result.warnings.first().message,
             u"No postal zone starts with "_s + input.left(2) + u": check the postal code."_s);
}

QTEST_GUILESS_MAIN(TestPostalCode)
#include "testpostalcode.moc"
