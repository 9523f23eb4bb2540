#pragma once

#include "checkresult.h"

namespace OneWindow::Validation {

/// Checks a mainland postal code (邮政编码): six digits (full-width and spaces folded). The
/// first two digits name a postal zone; a pair no zone uses (00, 08, 09, 14, 17–19, 28, 29,
/// 37–39, 48–50, 58–60, 68–70, 76–80, 82, 87–99) is a warning, not an error: zones follow
/// the post office, not the province list, and a warning costs a glance while a wrong refusal
/// stops the citizen. Stateless and thread-safe.
class PostalCodeValidator
{
public:
    static CheckResult check(QStringView input);
};

} // namespace OneWindow::Validation
