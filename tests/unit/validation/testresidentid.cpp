#include "validation/residentid.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace OneWindow::Validation;

// Every number here was computed with a separate script (ISO 7064 MOD 11-2), not with the
// code under test, except where a row says it derives one from another.
class TestResidentId : public QObject
{
    Q_OBJECT

private:
    const QDate m_today { 2025, 6, 1 };
    ResidentIdValidator m_validator;

private Q_SLOTS:
    void acceptsValidNumbers_data();
    void acceptsValidNumbers();
    void refusesWrongCheckDigitAtEveryPosition_data();
    void refusesWrongCheckDigitAtEveryPosition();
    void refusesEveryWrongCheckCharacter();
    void refuses_data();
    void refuses();
    void warnsOnUnknownCountyOnly_data();
    void warnsOnUnknownCountyOnly();
    void derivesSexAndBirthDate_data();
    void derivesSexAndBirthDate();
    void computesAgeOnAGivenDate_data();
    void computesAgeOnAGivenDate();
    void messagesSayWhatIsWrong_data();
    void messagesSayWhatIsWrong();
    void skipsCountyCheckWithoutRegions();
};

void TestResidentId::acceptsValidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<int>("document");
    const int card = int(IdentityDocument::ResidentIdentityCard);
    // GB 11643-1999's own example, with its check character X.
    QTest::newRow("standard example") << u"11010519491231002X"_s << u"11010519491231002X"_s << card;
    QTest::newRow("lower-case x") << u"11010519491231002x"_s << u"11010519491231002X"_s << card;
    QTest::newRow("digit check") << u"440106199001011235"_s << u"440106199001011235"_s << card;
    QTest::newRow("spaces between groups") << u" 440106 19900101 1235 "_s << u"440106199001011235"_s << card;
    QTest::newRow("full-width digits and space")
        << u"４４０１０６　１９９００１０１１２３５"_s << u"440106199001011235"_s << card;
    QTest::newRow("full-width x") << u"11010519491231002ｘ"_s << u"11010519491231002X"_s << card;
    QTest::newRow("born 1 January 1900") << u"440106190001011234"_s << u"440106190001011234"_s << card;
    QTest::newRow("Hong Kong permit") << u"810000199001011230"_s << u"810000199001011230"_s
                                      << int(IdentityDocument::HongKongResidencePermit);
    QTest::newRow("Macao permit") << u"820000199001011232"_s << u"820000199001011232"_s
                                  << int(IdentityDocument::MacaoResidencePermit);
    QTest::newRow("Taiwan permit") << u"830000199001011234"_s << u"830000199001011234"_s
                                   << int(IdentityDocument::TaiwanResidencePermit);
}

void TestResidentId::acceptsValidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(int, document);
    const ResidentIdCheck result = m_validator.check(input, m_today);
    QVERIFY2(result.isValid(), qPrintable(result.errors.value(0).message));
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(int(result.document), document);
}

void TestResidentId::refusesWrongCheckDigitAtEveryPosition_data()
{
    QTest::addColumn<QString>("input");
    const QString valid = u"440106199001011235"_s;
    for (int i = 0; i < 17; ++i) {
        QString changed = valid;
        changed[i] = QChar(u'0' + (valid[i].unicode() - u'0' + 1) % 10);
        QTest::addRow("position %d", i + 1) << changed;
    }
}

void TestResidentId::refusesWrongCheckDigitAtEveryPosition()
{
    QFETCH(QString, input);
    const ResidentIdCheck result = m_validator.check(input, m_today);
    QVERIFY(!result.isValid());
    // MOD 11-2 catches every single substitution; some also break the date or the province.
    QVERIFY(result.hasError(u"id.check_digit"));
}

void TestResidentId::refusesEveryWrongCheckCharacter()
{
    const QString first17 = u"44010619900101123"_s;
    QCOMPARE(ResidentIdValidator::checkCharacter(first17), QChar(u'5'));
    for (const QChar last : u"012346789X"_s) {
        const ResidentIdCheck result = m_validator.check(QString(first17 + last), m_today);
        QVERIFY2(result.hasError(u"id.check_digit"), qPrintable(QString(last)));
        QCOMPARE(result.errors.size(), 1);
    }
}

void TestResidentId::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << u""_s << u"id.empty"_s;
    QTest::newRow("only spaces") << u"   "_s << u"id.empty"_s;
    QTest::newRow("17 characters") << u"44010619900101123"_s << u"id.length"_s;
    QTest::newRow("19 characters") << u"4401061990010112350"_s << u"id.length"_s;
    QTest::newRow("17 ending in X") << u"4401061990010112X"_s << u"id.length"_s;
    QTest::newRow("15-digit legacy") << u"440106900101123"_s << u"id.legacy"_s;
    QTest::newRow("letter inside") << u"44010619900101A235"_s << u"id.character"_s;
    QTest::newRow("X inside") << u"4401061990010X1235"_s << u"id.character"_s;
    QTest::newRow("hyphen") << u"440106-19900101-1235"_s << u"id.character"_s;
    QTest::newRow("future birth date") << u"440106203001011234"_s << u"id.birth_date_future"_s;
    QTest::newRow("30 February") << u"44010619990230123X"_s << u"id.birth_date"_s;
    QTest::newRow("month 13") << u"440106199913011230"_s << u"id.birth_date"_s;
    QTest::newRow("before 1900") << u"44010618991231123X"_s << u"id.birth_date_early"_s;
    QTest::newRow("province 00") << u"000106199001011233"_s << u"id.province"_s;
    QTest::newRow("demo city 99") << u"990102199001011237"_s << u"id.province"_s;
    QTest::newRow("Taiwan 71") << u"710000199001011237"_s << u"id.taiwan_code"_s;
    QTest::newRow("permit with a district") << u"810100199001011236"_s << u"id.permit_region"_s;
}

void TestResidentId::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const ResidentIdCheck result = m_validator.check(input, m_today);
    QVERIFY(!result.isValid());
    QVERIFY2(result.hasError(code), qPrintable(result.errors.value(0).code));
    QVERIFY(!result.birthDate.isValid());
    QCOMPARE(result.ageOn(m_today), -1);
    for (const OneWindow::Error &error : result.errors)
        QVERIFY(!error.message.isEmpty());
}

void TestResidentId::warnsOnUnknownCountyOnly_data()
{
    QTest::addColumn<QString>("input");
    // 110103 (崇文区) was merged into 东城区 in 2010; numbers issued before keep it.
    QTest::newRow("retired county") << u"110103200002290010"_s;
    QTest::newRow("never a county") << u"440199199001011239"_s;
    QTest::newRow("Tibet prefix, Guangzhou county") << u"540106199001011239"_s;
}

void TestResidentId::warnsOnUnknownCountyOnly()
{
    QFETCH(QString, input);
    const ResidentIdCheck result = m_validator.check(input, m_today);
    QVERIFY(result.isValid());
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.first().code, u"id.region_unknown"_s);
    QVERIFY(result.warnings.first().message.contains(input.left(6)));
}

void TestResidentId::derivesSexAndBirthDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<bool>("male");
    QTest::newRow("standard example: 2 is even") << u"11010519491231002X"_s << QDate(1949, 12, 31) << false;
    QTest::newRow("3 is odd") << u"440106199001011235"_s << QDate(1990, 1, 1) << true;
    QTest::newRow("4 is even") << u"440106199006151245"_s << QDate(1990, 6, 15) << false;
    QTest::newRow("leap day") << u"110103200002290010"_s << QDate(2000, 2, 29) << true;
}

void TestResidentId::derivesSexAndBirthDate()
{
    QFETCH(QString, input);
    QFETCH(QDate, birthDate);
    QFETCH(bool, male);
    const ResidentIdCheck result = m_validator.check(input, m_today);
    QVERIFY(result.isValid());
    QCOMPARE(result.birthDate, birthDate);
    QCOMPARE(result.sex, male ? Sex::Male : Sex::Female);
}

void TestResidentId::computesAgeOnAGivenDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");
    const QString june15 = u"440106199006151237"_s; // born 15 June 1990
    QTest::newRow("day before the birthday") << june15 << QDate(2025, 6, 14) << 34;
    QTest::newRow("on the birthday") << june15 << QDate(2025, 6, 15) << 35;
    QTest::newRow("earlier month") << june15 << QDate(2025, 1, 31) << 34;
    QTest::newRow("day of birth") << june15 << QDate(1990, 6, 15) << 0;
    QTest::newRow("before birth") << june15 << QDate(1990, 6, 14) << -1;
    const QString leapDay = u"110103200002290010"_s; // born 29 February 2000
    QTest::newRow("leap day: 28 Feb of a common year") << leapDay << QDate(2023, 2, 28) << 22;
    QTest::newRow("leap day: 1 Mar of a common year") << leapDay << QDate(2023, 3, 1) << 23;
    QTest::newRow("leap day: 29 Feb of a leap year") << leapDay << QDate(2024, 2, 29) << 24;
    QTest::newRow("leap day: 28 Feb of a leap year") << leapDay << QDate(2024, 2, 28) << 23;
}

void TestResidentId::computesAgeOnAGivenDate()
{
    QFETCH(QString, input);
    QFETCH(QDate, on);
    QFETCH(int, age);
    const ResidentIdCheck result = m_validator.check(input, QDate(2025, 6, 1));
    QVERIFY(result.isValid());
    QCOMPARE(result.ageOn(on), age);
}

void TestResidentId::messagesSayWhatIsWrong_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("length") << u"44010619900101123"_s << u"Enter 18 characters; this has 17."_s;
    QTest::newRow("date") << u"44010619990230123X"_s << u"The date of birth 19990230 does not exist."_s;
    QTest::newRow("future") << u"440106203001011234"_s << u"The date of birth 20300101 is in the future."_s;
    QTest::newRow("check digit")
        << u"440106199001011234"_s
        << u"The check digit should be 5, not 4. If the card shows 4, another digit was mistyped."_s;
    QTest::newRow("character") << u"44010619900101A235"_s
                               << u"Character 15 is \"A\": an identity number has only digits, and X as its last "
                                  "character."_s;
    QTest::newRow("province") << u"990102199001011237"_s
                              << u"The number starts with 99, which is not a province code."_s;
}

void TestResidentId::messagesSayWhatIsWrong()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const ResidentIdCheck result = m_validator.check(input, m_today);
    QVERIFY(!result.errors.isEmpty());
    QCOMPARE(result.errors.first().message, message);
}

void TestResidentId::skipsCountyCheckWithoutRegions()
{
    const Regions none;
    const ResidentIdValidator validator(none);
    const ResidentIdCheck result = validator.check(u"440199199001011239"_s, m_today);
    QVERIFY(result.isValid());
    QVERIFY(result.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestResidentId)
#include "testresidentid.moc"
