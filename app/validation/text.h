#pragma once

#include <QCoreApplication>

namespace OneWindow::Validation {

/// The translation context of the validators' messages: Text::tr() keeps them visible to lupdate.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OneWindow::Validation)
};

} // namespace OneWindow::Validation
