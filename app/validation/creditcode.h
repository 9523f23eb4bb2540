#pragma once

#include "checkresult.h"
#include "regions.h"

namespace OneWindow::Validation {

/// What CreditCodeValidator found. The parts are filled once the code has 18 allowed
/// characters, even if its check character is wrong.
struct CreditCodeCheck : CheckResult
{
    QChar registrationAuthority; ///< position 1 (9 = market regulation, 5 = civil affairs …)
    QChar category; ///< position 2, its meaning depends on the authority
    QString regionCode; ///< positions 3–8: where the registering authority sits (GB/T 2260)
    QString organisationCode; ///< positions 9–17: the organisation code of GB 11714, with its own check character
};

/// Checks a unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
/// 0–9 and A–Z without I, O, S, V and Z; a registration-authority code from the published list;
/// six digits of region code; the weighted MOD 31 check character. A category the list does
/// not give for the authority, an unknown region code and a failing GB 11714 check of the
/// organisation code are warnings. Lower-case and full-width input is folded. Organisations'
/// codes are not personal data and are never masked. Immutable; usable from any thread.
class CreditCodeValidator
{
public:
    /// `regions` answers the region-code warning and must outlive the validator.
    explicit CreditCodeValidator(const Regions &regions = Regions::shared());

    CreditCodeCheck check(QStringView input) const;

    /// The check character (position 18) for 17 characters of the code alphabet, or a null QChar.
    static QChar checkCharacter(QStringView first17);
    /// GB 11714's check character ('0'–'9' or 'X') for the 8-character body of an organisation
    /// code, or a null QChar when `body` is not 8 digits or capital letters.
    static QChar organisationCheckCharacter(QStringView body);
    /// Every registration-authority code in use: "123456789ANY".
    static QString registrationAuthorities();
    /// The category codes (position 2) listed for an authority, e.g. "123" for 9; empty if unknown.
    static QString categories(QChar authority);

private:
    const Regions *m_regions;
};

} // namespace OneWindow::Validation
