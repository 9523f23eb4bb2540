#pragma once

#include <QCoreApplication>

namespace OneWindow::Printing {

/// The translation context of printing messages: Text::tr() keeps them visible to lupdate.
/// The documents' own wording is not here: it is official text and lives in the hall template.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OneWindow::Printing)
};

} // namespace OneWindow::Printing
