#include "postalcode.h"

#include "inputfolding.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Validation {

namespace {

constexpr int postalCodeLength = 6;

/// The first two digits of China Post's zones: 01–07 (Inner Mongolia, Shanxi, Hebei),
/// 10–13, 15–16 (Beijing, Liaoning, Jilin, Heilongjiang), 20–27 (Shanghai, Jiangsu, Anhui,
/// Shandong), 30–36 (Tianjin, Zhejiang, Jiangxi, Fujian), 40–47 (Chongqing, Hunan, Hubei,
/// Henan), 51–57 (Guangdong, Guangxi, Guizhou, Hainan), 61–67 (Sichuan, Yunnan), 71–75
/// (Shaanxi, Gansu, Ningxia), 81 (Qinghai), 83–86 (Xinjiang, Tibet).
bool isPostalZone(int zone)
{
    return (zone >= 1 && zone <= 7) || (zone >= 10 && zone <= 13) || zone == 15 || zone == 16
        || (zone >= 20 && zone <= 27) || (zone >= 30 && zone <= 36) || (zone >= 40 && zone <= 47)
        || (zone >= 51 && zone <= 57) || (zone >= 61 && zone <= 67) || (zone >= 71 && zone <= 75) || zone == 81
        || (zone >= 83 && zone <= 86);
}

} // namespace

CheckResult PostalCodeValidator::check(QStringView input)
{
    CheckResult result;
    result.normalized = Internal::compactUpper(input);
    const QString &code = result.normalized;
    if (code.isEmpty()) {
        result.errors.append(makeError(u"postal.empty"_s, Text::tr("Enter the postal code.")));
        return result;
    }
    for (const QChar c : code) {
        if (!Internal::isAsciiDigit(c)) {
            //: %1 is the character found
            result.errors.append(
                makeError(u"postal.character"_s, Text::tr("A postal code has only digits; \"%1\" is not one.").arg(c)));
            return result;
        }
    }
    if (code.size() != postalCodeLength) {
        //: %1 is the number of digits entered
        result.errors.append(
            makeError(u"postal.length"_s, Text::tr("A postal code has 6 digits; this has %1.").arg(code.size())));
        return result;
    }
    const int zone = Internal::digitValue(code[0]) * 10 + Internal::digitValue(code[1]);
    if (!isPostalZone(zone)) {
        //: %1 is the first two digits entered
        result.warnings.append(makeError(u"postal.zone"_s,
                                         Text::tr("No postal zone starts with %1: check the "
                                                  "postal code.")
                                             .arg(code.left(2))));
    }
    return result;
}

} // namespace OneWindow::Validation
