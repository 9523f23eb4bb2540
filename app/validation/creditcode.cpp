#include "creditcode.h"

#include "inputfolding.h"
#include "registrationauthority.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Validation {

namespace {

constexpr int codeLength = 18;
// GB 32100-2015: 31 characters, value = index. I, O, S, V, Z are left out (confusable).
constexpr QStringView alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
// Weight of position i is 3^i mod 31.
constexpr int weights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
// GB 11714-1997 (organisation code): weights of the 8 body characters, MOD 11.
constexpr int organisationWeights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
// The national level's region code: codes registered by central authorities carry 100000.
constexpr QStringView nationalRegion = u"100000";

int valueOf(QChar c)
{
    return int(alphabet.indexOf(c));
}

/// What a refused letter was probably meant to be, or a null QChar.
QChar lookAlike(QChar letter)
{
    switch (letter.unicode()) {
    case u'I':
        return u'1';
    case u'O':
        return u'0';
    case u'Z':
        return u'2';
    case u'S':
        return u'5';
    default:
        return {};
    }
}

Error characterError(QChar c, qsizetype position)
{
    const bool refusedLetter = c == u'I' || c == u'O' || c == u'S' || c == u'V' || c == u'Z';
    if (refusedLetter && !lookAlike(c).isNull())
        return makeError(u"uscc.letter"_s,
                         //: %1 is a position (1 = first), %2 the letter I, O, S or Z, %3 the digit it looks like
                         Text::tr("Character %1 is the letter %2, which credit codes never use: did you mean %3?")
                             .arg(position)
                             .arg(c)
                             .arg(lookAlike(c)));
    if (refusedLetter)
        return makeError(u"uscc.letter"_s,
                         //: %1 is a position (1 = first), %2 the letter found (V)
                         Text::tr("Character %1 is the letter %2, which credit codes never use.").arg(position).arg(c));
    return makeError(
        u"uscc.character"_s,
        //: %1 is a position (1 = first), %2 the character found there
        Text::tr("Character %1 is \"%2\": a credit code has only digits and capital letters.").arg(position).arg(c));
}

/// "123" → "1 2 3", for a list in a message.
QString spaced(const QString &codes)
{
    QString text;
    for (const QChar c : codes) {
        if (!text.isEmpty())
            text.append(u' ');
        text.append(c);
    }
    return text;
}

void checkParts(CreditCodeCheck &result, const Regions *regions)
{
    const QString &code = result.normalized;
    result.registrationAuthority = code[0];
    result.category = code[1];
    result.regionCode = code.mid(2, 6);
    result.organisationCode = code.mid(8, 9);

    const Internal::RegistrationAuthority *authority = Internal::findRegistrationAuthority(code[0]);
    if (!authority) {
        result.errors.append(
            makeError(u"uscc.authority"_s,
                      //: %1 is the first character entered, %2 the list of allowed codes ("1 2 … A N Y")
                      Text::tr("The first character, %1, is not a registration authority's code (these are %2).")
                          .arg(code[0])
                          .arg(spaced(CreditCodeValidator::registrationAuthorities()))));
    } else if (!QStringView(authority->categories).contains(code[1])) {
        result.warnings.append(makeError(
            u"uscc.category"_s,
            //: %1 is the second character, %2 the first character, %3 the categories listed for it, e.g. "1239"
            Text::tr("The second character, %1, is not an organisation category listed for codes that start with %2 "
                     "(listed: %3): check the code against the licence.")
                .arg(code[1])
                .arg(code[0])
                .arg(QString::fromUtf16(authority->categories))));
    }

    bool regionDigits = true;
    for (const QChar c : result.regionCode)
        regionDigits = regionDigits && Internal::isAsciiDigit(c);
    if (!regionDigits) {
        //: %1 is characters 3 to 8 as entered
        result.errors.append(makeError(
            u"uscc.region_format"_s,
            Text::tr("Characters 3 to 8 are the region code and must be digits; this has %1.").arg(result.regionCode)));
    } else if (regions && !regions->isEmpty() && result.regionCode != nationalRegion
               && !regions->contains(result.regionCode)) {
        //: %1 is characters 3 to 8, a region code
        result.warnings.append(makeError(u"uscc.region_unknown"_s,
                                         Text::tr("The region code %1 (characters 3 to 8) is not in the current list "
                                                  "of divisions: check the code against the licence.")
                                             .arg(result.regionCode)));
    }

    const QChar organisationCheck = CreditCodeValidator::organisationCheckCharacter(code.mid(8, 8));
    if (organisationCheck != code[16]) {
        //: %1 is characters 9 to 17 (the organisation code), %2 the check character its first 8 call for
        result.warnings.append(makeError(u"uscc.organisation_check"_s,
                                         Text::tr("The organisation code %1 (characters 9 to 17) fails its own check: "
                                                  "its last character should be %2. Check the code against the "
                                                  "licence.")
                                             .arg(result.organisationCode)
                                             .arg(organisationCheck.isNull() ? u'?' : organisationCheck)));
    }
}

} // namespace

CreditCodeValidator::CreditCodeValidator(const Regions &regions)
    : m_regions(&regions)
{
}

QChar CreditCodeValidator::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = valueOf(first17[i]);
        if (value < 0)
            return {};
        sum += value * weights[i];
    }
    return alphabet[(31 - sum % 31) % 31];
}

QChar CreditCodeValidator::organisationCheckCharacter(QStringView body)
{
    if (body.size() != 8)
        return {};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const char16_t c = body[i].unicode();
        int value = -1;
        if (c >= u'0' && c <= u'9')
            value = c - u'0';
        else if (c >= u'A' && c <= u'Z')
            value = c - u'A' + 10; // GB 11714: A = 10 … Z = 35
        if (value < 0)
            return {};
        sum += value * organisationWeights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? QChar(u'X') : check == 11 ? QChar(u'0') : QChar(char16_t(u'0' + check));
}

QString CreditCodeValidator::registrationAuthorities()
{
    QString codes;
    for (const Internal::RegistrationAuthority &authority : Internal::registrationAuthorities())
        codes.append(QChar(authority.code));
    return codes;
}

QString CreditCodeValidator::categories(QChar authority)
{
    const Internal::RegistrationAuthority *found = Internal::findRegistrationAuthority(authority);
    return found ? QString::fromUtf16(found->categories) : QString();
}

CreditCodeCheck CreditCodeValidator::check(QStringView input) const
{
    CreditCodeCheck result;
    result.normalized = Internal::compactUpper(input);
    const QString &code = result.normalized;
    if (code.isEmpty()) {
        result.errors.append(makeError(u"uscc.empty"_s, Text::tr("Enter the unified social credit code.")));
        return result;
    }
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (valueOf(code[i]) < 0) {
            result.errors.append(characterError(code[i], i + 1));
            return result;
        }
    }
    if (code.size() != codeLength) {
        //: %1 is the number of characters entered
        result.errors.append(
            makeError(u"uscc.length"_s, Text::tr("Enter 18 characters; this has %1.").arg(code.size())));
        return result;
    }
    checkParts(result, m_regions);
    const QChar expected = checkCharacter(QStringView(code).first(17));
    if (code.back() != expected) {
        //: %1 is the check character the first 17 call for, %2 the last character entered
        result.errors.append(makeError(u"uscc.check"_s,
                                       Text::tr("The check character should be %1, not %2. If the "
                                                "licence shows %2, another character was mistyped.")
                                           .arg(expected)
                                           .arg(code.back())));
    }
    return result;
}

} // namespace OneWindow::Validation
