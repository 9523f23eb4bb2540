#pragma once

#include <QCoreApplication>

namespace OneWindow::Calendar {

/// The translation context of calendar messages: Text::tr() keeps them visible to lupdate.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OneWindow::Calendar)
};

} // namespace OneWindow::Calendar
