#pragma once

#include <QCoreApplication>

namespace OneWindow::Catalog {

/// The translation context of the catalog's messages that no QObject owns (import errors):
/// Text::tr() keeps them visible to lupdate.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OneWindow::Catalog)
};

} // namespace OneWindow::Catalog
