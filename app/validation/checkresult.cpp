#include "checkresult.h"

#include <algorithm>

namespace OneWindow::Validation {

namespace {
bool containsCode(const QList<Error> &findings, QStringView code)
{
    return std::any_of(findings.cbegin(), findings.cend(), [code](const Error &e) { return e.code == code; });
}
} // namespace

bool CheckResult::hasError(QStringView code) const
{
    return containsCode(errors, code);
}

bool CheckResult::hasWarning(QStringView code) const
{
    return containsCode(warnings, code);
}

} // namespace OneWindow::Validation
