#include "validation/creditcode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace OneWindow::Validation;

// Codes below were checked with a separate script (weighted MOD 31, GB 11714 MOD 11). The
// first four are printed on real licences: the sample licence, and three well-known companies.
class TestCreditCode : public QObject
{
    Q_OBJECT

private:
    CreditCodeValidator m_validator;

private Q_SLOTS:
    void acceptsPublishedCodes_data();
    void acceptsPublishedCodes();
    void acceptsEveryRegistrationAuthority_data();
    void acceptsEveryRegistrationAuthority();
    void refusesLettersTheStandardLeavesOut_data();
    void refusesLettersTheStandardLeavesOut();
    void refusesWrongCheckCharacterAtEveryPosition();
    void refuses_data();
    void refuses();
    void warns_data();
    void warns();
    void splitsTheCodeIntoParts();
    void computesOrganisationCheck_data();
    void computesOrganisationCheck();
};

void TestCreditCode::acceptsPublishedCodes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("sample licence") << u"91350100M000100Y43"_s << u"91350100M000100Y43"_s;
    QTest::newRow("Huawei") << u"914403001922038216"_s << u"914403001922038216"_s;
    QTest::newRow("Tencent") << u"9144030071526726XG"_s << u"9144030071526726XG"_s;
    QTest::newRow("Alibaba") << u"91330100799655058B"_s << u"91330100799655058B"_s;
    QTest::newRow("lower case") << u"91350100m000100y43"_s << u"91350100M000100Y43"_s;
    QTest::newRow("full width and spaces") << u"９１３５０１００ Ｍ０００１００Ｙ４３"_s << u"91350100M000100Y43"_s;
    QTest::newRow("national level 100000") << u"91100000123456788H"_s << u"91100000123456788H"_s;
    QTest::newRow("demo district") << u"91990102MA00000070"_s << u"91990102MA00000070"_s;
}

void TestCreditCode::acceptsPublishedCodes()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    const CreditCodeCheck result = m_validator.check(input);
    QVERIFY2(result.isValid(), qPrintable(result.errors.value(0).message));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.value(0).message));
    QCOMPARE(result.normalized, normalized);
}

void TestCreditCode::acceptsEveryRegistrationAuthority_data()
{
    QTest::addColumn<QString>("input");
    // One code per authority with one of its categories; organisation code 12345678-8.
    const QStringList codes
        = { u"11440106123456788A"_s, u"214401061234567889"_s, u"35440106123456788U"_s, u"414401061234567887"_s,
            u"534401061234567880"_s, u"624401061234567882"_s, u"714401061234567884"_s, u"814401061234567883"_s,
            u"92440106123456788Y"_s, u"A14401061234567881"_s, u"N2440106123456788H"_s, u"Y1440106123456788C"_s };
    for (const QString &code : codes)
        QTest::newRow(qPrintable(code.left(1))) << code;
}

void TestCreditCode::acceptsEveryRegistrationAuthority()
{
    QFETCH(QString, input);
    const CreditCodeCheck result = m_validator.check(input);
    QVERIFY2(result.isValid(), qPrintable(result.errors.value(0).message));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.value(0).message));
    QVERIFY(CreditCodeValidator::registrationAuthorities().contains(input[0]));
}

void TestCreditCode::refusesLettersTheStandardLeavesOut_data()
{
    QTest::addColumn<QChar>("letter");
    for (const QChar letter : u"IOZSVioszv"_s)
        QTest::addRow("%c", char(letter.unicode())) << letter;
}

void TestCreditCode::refusesLettersTheStandardLeavesOut()
{
    QFETCH(QChar, letter);
    QString code = u"91350100M000100Y43"_s;
    code[9] = letter;
    const CreditCodeCheck result = m_validator.check(code);
    QVERIFY(!result.isValid());
    QCOMPARE(result.errors.first().code, u"uscc.letter"_s);
    QVERIFY(result.errors.first().message.startsWith(u"Character 10 is the letter "_s + letter.toUpper()));
    QCOMPARE(CreditCodeValidator::checkCharacter(code.left(17)), QChar());
}

void TestCreditCode::refusesWrongCheckCharacterAtEveryPosition()
{
    const QString valid = u"91350100M000100Y43"_s;
    const QString alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
    for (int i = 0; i < 18; ++i) {
        QString changed = valid;
        changed[i] = alphabet[(alphabet.indexOf(valid[i]) + 1) % alphabet.size()];
        const CreditCodeCheck result = m_validator.check(changed);
        QVERIFY2(!result.isValid(), qPrintable(changed));
        // Position 1 may turn into an unknown authority; every change breaks the check.
        QVERIFY2(result.hasError(u"uscc.check"), qPrintable(changed));
    }
}

void TestCreditCode::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u" "_s << u"uscc.empty"_s << u"Enter the unified social credit code."_s;
    QTest::newRow("17 characters") << u"91350100M000100Y4"_s << u"uscc.length"_s
                                   << u"Enter 18 characters; this has 17."_s;
    QTest::newRow("punctuation") << u"91350100-M000100Y43"_s << u"uscc.character"_s
                                 << u"Character 9 is \"-\": a credit code has only digits and capital letters."_s;
    QTest::newRow("letter O for zero") << u"9135O100M000100Y43"_s << u"uscc.letter"_s
                                       << u"Character 5 is the letter O, which credit codes never use: did you mean "
                                          "0?"_s;
    QTest::newRow("letter V") << u"91350100M000100V43"_s << u"uscc.letter"_s
                              << u"Character 16 is the letter V, which credit codes never use."_s;
    QTest::newRow("wrong check") << u"91350100M000100Y44"_s << u"uscc.check"_s
                                 << u"The check character should be 3, not 4. If the licence shows 4, another "
                                    "character was mistyped."_s;
    QTest::newRow("authority B") << u"B14401061234567880"_s << u"uscc.authority"_s
                                 << u"The first character, B, is not a registration authority's code (these are 1 2 "
                                    "3 4 5 6 7 8 9 A N Y)."_s;
    QTest::newRow("authority 0") << u"01440106123456788B"_s << u"uscc.authority"_s
                                 << u"The first character, 0, is not a registration authority's code (these are 1 2 "
                                    "3 4 5 6 7 8 9 A N Y)."_s;
    QTest::newRow("letters in the region") << u"9135A100M000100Y43"_s << u"uscc.region_format"_s
                                           << u"Characters 3 to 8 are the region code and must be digits; this has "
                                              "35A100."_s;
}

void TestCreditCode::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const CreditCodeCheck result = m_validator.check(input);
    QVERIFY(!result.isValid());
    QVERIFY2(result.hasError(code), qPrintable(result.errors.first().code));
    QCOMPARE(result.errors.first().message, message);
}

void TestCreditCode::warns_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("category 4 of market regulation") << u"94440106123456788Q"_s << u"uscc.category"_s;
    QTest::newRow("unknown region 440199") << u"91440199123456788Q"_s << u"uscc.region_unknown"_s;
    QTest::newRow("organisation check") << u"914401061234567809"_s << u"uscc.organisation_check"_s;
}

void TestCreditCode::warns()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const CreditCodeCheck result = m_validator.check(input);
    QVERIFY2(result.isValid(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.first().code, code);
}

void TestCreditCode::splitsTheCodeIntoParts()
{
    const CreditCodeCheck result = m_validator.check(u"91350100M000100Y43"_s);
    QCOMPARE(result.registrationAuthority, QChar(u'9'));
    QCOMPARE(result.category, QChar(u'1'));
    QCOMPARE(result.regionCode, u"350100"_s);
    QCOMPARE(result.organisationCode, u"M000100Y4"_s);
    QCOMPARE(CreditCodeValidator::categories(u'9'), u"123"_s);
    QCOMPARE(CreditCodeValidator::categories(u'Y'), u"1"_s);
    QCOMPARE(CreditCodeValidator::categories(u'B'), QString());
}

void TestCreditCode::computesOrganisationCheck_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QChar>("check");
    QTest::newRow("letters in the body") << u"M000100Y"_s << QChar(u'4');
    QTest::newRow("remainder 1 gives X") << u"71526726"_s << QChar(u'X');
    QTest::newRow("digits") << u"19220382"_s << QChar(u'1');
    QTest::newRow("too short") << u"1922038"_s << QChar();
    QTest::newRow("punctuation") << u"1922-382"_s << QChar();
}

void TestCreditCode::computesOrganisationCheck()
{
    QFETCH(QString, body);
    QFETCH(QChar, check);
    QCOMPARE(CreditCodeValidator::organisationCheckCharacter(body), check);
}

QTEST_GUILESS_MAIN(TestCreditCode)
#include "testcreditcode.moc"
