#pragma once

#include <QString>
#include <QStringView>

namespace OneWindow::Validation {

/// How personal data is shown in lists and on printed documents that do not need it whole
/// (GB/T 35273-2020 §7.2 asks for de-identified display on screens and paper; the patterns
/// are common practice, see docs/validation.md). Each function keeps the length of what it
/// hides, so a column of masked values still lines up. Credit codes identify organisations
/// and are not masked.
class Masking
{
public:
    /// 440106199001011234 → 440106********1234: the region stays, the date of birth goes.
    /// Anything not 18 characters long keeps only its last four (and only if it has 8 or more).
    static QString residentId(QStringView id);
    /// 13812345678 → 138****5678; 020-12345678-801 → 020-****5678 (the extension is dropped).
    /// A number PhoneValidator does not accept keeps only its last four digits.
    static QString phone(QStringView phone);
    /// 张三 → 张*, 王小明 → 王**, 欧阳娜娜 → 欧阳** (compound surnames from
    /// resources/validation/compound-surnames.txt), 买买提·艾力 → 买**·**, John Smith →
    /// J*** *****. A single character is masked too.
    static QString personName(QStringView name);
};

} // namespace OneWindow::Validation
