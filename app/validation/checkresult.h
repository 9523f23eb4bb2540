#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

namespace OneWindow::Validation {

/// What a validator found in one value: the value as it should be stored (`normalized`:
/// full-width characters folded, spaces dropped, letters upper-cased), the errors that make it
/// unacceptable and the warnings a person should look at but may accept. Each finding has a
/// stable code ("id.check_digit") for code and tests, and a translated message that says what
/// is wrong and how to fix it. An empty input gives one error, "<kind>.empty": a form decides
/// itself whether an empty optional field is fine.
struct CheckResult
{
    QString normalized;
    QList<Error> errors;
    QList<Error> warnings;

    bool isValid() const { return errors.isEmpty(); }
    bool hasError(QStringView code) const;
    bool hasWarning(QStringView code) const;
};

} // namespace OneWindow::Validation
