#include "residentid.h"

#include "inputfolding.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Validation {

using Internal::digitValue;
using Internal::isAsciiDigit;

namespace {

constexpr int idLength = 18;
constexpr int legacyLength = 15;
// ISO 7064 MOD 11-2 as GB 11643-1999 writes it: weight of position i is 2^(17-i) mod 11.
constexpr int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
constexpr char16_t checkCharacters[11] = { u'1', u'0', u'X', u'9', u'8', u'7', u'6', u'5', u'4', u'3', u'2' };

/// The 31 provinces of GB/T 2260 by their first two digits. 71 (Taiwan), 81 (Hong Kong)
/// and 82 (Macao) are handled apart; 99 (the demo hall's fictional city) is no province here.
bool isMainlandProvince(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
        || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65);
}

int number(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits)
        value = value * 10 + digitValue(c);
    return value;
}

void addError(ResidentIdCheck &result, const QString &code, const QString &message)
{
    result.errors.append(makeError(code, message));
}

/// The region part (digits 1–6): a province, or one of the three residence-permit codes.
void checkRegion(ResidentIdCheck &result, const Regions *regions)
{
    const QStringView id = result.normalized;
    const int province = number(id.first(2));
    const QStringView region = id.first(6);
    if (province == 81 || province == 82 || province == 83) {
        const QString expected = QString::number(province) + u"0000"_s;
        if (region != expected) {
            //: %1 is 810000, 820000 or 830000, %2 the first six digits entered
            addError(result, u"id.permit_region"_s,
                     Text::tr("A residence permit number of Hong Kong, Macao or Taiwan residents starts with "
                              "%1; this one starts with %2.")
                         .arg(expected, region.toString()));
            return;
        }
        result.document = province == 81 ? IdentityDocument::HongKongResidencePermit
            : province == 82             ? IdentityDocument::MacaoResidencePermit
                                         : IdentityDocument::TaiwanResidencePermit;
        return;
    }
    if (province == 71) {
        addError(result, u"id.taiwan_code"_s,
                 Text::tr("No identity number starts with 71 (Taiwan): the residence permit of a Taiwan resident "
                          "starts with 830000."));
        return;
    }
    if (!isMainlandProvince(province)) {
        //: %1 is the first two digits entered
        addError(result, u"id.province"_s,
                 Text::tr("The number starts with %1, which is not a province code.").arg(id.first(2).toString()));
        return;
    }
    if (regions && !regions->isEmpty() && !regions->contains(region)) {
        //: %1 is the first six digits of the number
        result.warnings.append(makeError(u"id.region_unknown"_s,
                                         Text::tr("The region code %1 is not in the current list of divisions: "
                                                  "check it against the card. Numbers keep the codes of districts "
                                                  "renamed or merged since they were issued.")
                                             .arg(region.toString())));
    }
}

/// Digits 7–14: a real date, not before 1900, not after today.
QDate checkBirthDate(ResidentIdCheck &result, QDate today)
{
    const QStringView digits = QStringView(result.normalized).mid(6, 8);
    const QDate date(number(digits.first(4)), number(digits.mid(4, 2)), number(digits.mid(6, 2)));
    if (!date.isValid()) {
        //: %1 is the eight digits of the date of birth as entered (YYYYMMDD)
        addError(result, u"id.birth_date"_s, Text::tr("The date of birth %1 does not exist.").arg(digits.toString()));
        return {};
    }
    if (date.year() < 1900) {
        //: %1 is the eight digits of the date of birth as entered (YYYYMMDD)
        addError(result, u"id.birth_date_early"_s,
                 Text::tr("The date of birth %1 is before 1900.").arg(digits.toString()));
        return {};
    }
    if (today.isValid() && date > today) {
        //: %1 is the eight digits of the date of birth as entered (YYYYMMDD)
        addError(result, u"id.birth_date_future"_s,
                 Text::tr("The date of birth %1 is in the future.").arg(digits.toString()));
        return {};
    }
    return date;
}

} // namespace

ResidentIdValidator::ResidentIdValidator(const Regions &regions)
    : m_regions(&regions)
{
}

QChar ResidentIdValidator::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17[i]))
            return {};
        sum += digitValue(first17[i]) * weights[i];
    }
    return QChar(checkCharacters[sum % 11]);
}

ResidentIdCheck ResidentIdValidator::check(QStringView input, QDate today) const
{
    ResidentIdCheck result;
    result.normalized = Internal::compactUpper(input);
    const QString &id = result.normalized;
    if (id.isEmpty()) {
        addError(result, u"id.empty"_s, Text::tr("Enter the identity number."));
        return result;
    }
    for (qsizetype i = 0; i < id.size(); ++i) {
        // X may end what has been typed so far; a wrong length is reported below.
        if (isAsciiDigit(id[i]) || (id[i] == u'X' && i == id.size() - 1))
            continue;
        //: %1 is a position (1 = first character), %2 the character found there
        addError(result, u"id.character"_s,
                 Text::tr("Character %1 is \"%2\": an identity number has only digits, and X as its last character.")
                     .arg(i + 1)
                     .arg(id[i]));
        return result;
    }
    if (id.size() == legacyLength && id.back() != u'X') {
        addError(result, u"id.legacy"_s,
                 Text::tr("This is a 15-digit number of a first-generation card, which is no longer valid: enter the "
                          "18-character number of the current card."));
        return result;
    }
    if (id.size() != idLength) {
        //: %1 is the number of characters entered
        addError(result, u"id.length"_s, Text::tr("Enter 18 characters; this has %1.").arg(id.size()));
        return result;
    }
    checkRegion(result, m_regions);
    const QDate birthDate = checkBirthDate(result, today);
    const QChar expected = checkCharacter(QStringView(id).first(17));
    if (id.back() != expected) {
        //: %1 is the check character the digits call for, %2 the last character entered
        addError(result, u"id.check_digit"_s,
                 Text::tr("The check digit should be %1, not %2. If the card shows %2, another digit was mistyped.")
                     .arg(expected)
                     .arg(id.back()));
    }
    if (result.isValid()) {
        result.birthDate = birthDate;
        result.sex = digitValue(id[16]) % 2 == 1 ? Sex::Male : Sex::Female;
    }
    return result;
}

int ResidentIdValidator::ageOn(QDate birthDate, QDate date)
{
    if (!birthDate.isValid() || !date.isValid() || date < birthDate)
        return -1;
    int age = date.year() - birthDate.year();
    const bool leapDay = birthDate.month() == 2 && birthDate.day() == 29;
    const QDate birthday = leapDay && !QDate::isLeapYear(date.year())
        ? QDate(date.year(), 3, 1)
        : QDate(date.year(), birthDate.month(), birthDate.day());
    if (date < birthday)
        --age;
    return age;
}

int ResidentIdCheck::ageOn(QDate date) const
{
    return isValid() && birthDate.isValid() ? ResidentIdValidator::ageOn(birthDate, date) : -1;
}

} // namespace OneWindow::Validation
