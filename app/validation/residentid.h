#pragma once

#include "checkresult.h"
#include "regions.h"

#include <QDate>

namespace OneWindow::Validation {

enum class Sex { Female, Male };

/// Which card an 18-character identity number is on. Residents of Hong Kong, Macao and
/// Taiwan living on the mainland hold a residence permit (港澳台居民居住证, since 2018) whose
/// number has the same layout and check digit, with the region code 810000, 820000 or 830000.
enum class IdentityDocument {
    ResidentIdentityCard, ///< 居民身份证
    HongKongResidencePermit, ///< 810000…
    MacaoResidencePermit, ///< 820000…
    TaiwanResidencePermit, ///< 830000…
};

/// What ResidentIdValidator found. `birthDate` and `sex` are set only for a valid number.
struct ResidentIdCheck : CheckResult
{
    IdentityDocument document = IdentityDocument::ResidentIdentityCard;
    QDate birthDate;
    Sex sex = Sex::Female;

    /// Completed years on `date` (see ResidentIdValidator::ageOn); -1 if the number is not valid.
    int ageOn(QDate date) const;
};

/// Checks a citizen identity number (公民身份号码, GB 11643-1999) as typed at a window:
/// 18 characters, a province code, a real date of birth between 1900 and "today", the
/// ISO 7064 MOD 11-2 check digit. Full-width digits and spaces are folded, x becomes X.
/// A county code missing from the division table is only a warning (retired codes stay in
/// old numbers). 15-digit first-generation numbers are refused, not converted (see
/// docs/validation.md). Immutable: one validator can serve every thread.
class ResidentIdValidator
{
public:
    /// `regions` answers the county-code warning and must outlive the validator; an empty
    /// Regions skips that check.
    explicit ResidentIdValidator(const Regions &regions = Regions::shared());

    /// `today` is the date the number is checked on (from the Clock): a date of birth after it is an error.
    ResidentIdCheck check(QStringView input, QDate today) const;

    /// The check character for the first 17 digits ('0'–'9' or 'X'), or a null QChar when
    /// `first17` is not 17 ASCII digits.
    static QChar checkCharacter(QStringView first17);

    /// Age in completed years on `date`: the birthday itself counts as reached; someone born
    /// on 29 February reaches it on 1 March in a common year. -1 if `date` is before `birthDate`.
    static int ageOn(QDate birthDate, QDate date);

private:
    const Regions *m_regions;
};

} // namespace OneWindow::Validation
