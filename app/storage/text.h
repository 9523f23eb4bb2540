#pragma once

#include <QCoreApplication>

namespace OneWindow::Storage {

/// The translation context of storage messages: Text::tr() keeps them visible to lupdate.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OneWindow::Storage)
};

} // namespace OneWindow::Storage
