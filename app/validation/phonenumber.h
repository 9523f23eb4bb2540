#pragma once

#include "checkresult.h"

namespace OneWindow::Validation {

enum class PhoneKind { Mobile, Landline };

/// What PhoneValidator found. `normalized` is 13812345678 for a mobile and
/// 020-12345678 (or 020-12345678-801 with an extension) for a landline.
struct PhoneCheck : CheckResult
{
    PhoneKind kind = PhoneKind::Mobile;
    QString areaCode; ///< landline only: 010, 020 … 029 or 0 and three digits
    QString subscriber; ///< the 11 mobile digits, or the 7–8 digits after the area code
    QString extension; ///< landline only, may be empty
};

/// Checks a mainland China phone number as people write it: +86 / 0086 / 86 in front,
/// spaces, hyphens, brackets and full-width digits are all accepted. A mobile is 11 digits
/// from 13 to 19; a landline needs its area code (a contact number is dialled from elsewhere
/// too) and may carry an extension (转 801, ext 801, -801). Other countries' numbers and
/// 400/800 hotlines are refused. Stateless and thread-safe.
class PhoneValidator
{
public:
    static PhoneCheck check(QStringView input);
};

} // namespace OneWindow::Validation
