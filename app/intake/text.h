#pragma once

#include <QCoreApplication>

namespace OneWindow::Intake {

/// The translation context of intake messages: Text::tr() keeps them visible to lupdate.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OneWindow::Intake)
};

} // namespace OneWindow::Intake
