#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace OneWindow::Catalog {
class CatalogService;
}

namespace OneWindow::Ui {

class CatalogScreen;
class ConnectionIndicator;

/// The shell: hosts the screens, owns menus, toolbar, shortcuts and the status bar, and
/// routes actions to the screens. No business logic lives here (see STYLE.md: main windows
/// grow into 2,000-line files when everything can reach them).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Catalog::CatalogService *catalog, QWidget *parent = nullptr);

    CatalogScreen *catalogScreen() const { return m_catalogScreen; }
    ConnectionIndicator *connectionIndicator() const { return m_connection; }

private:
    void buildActions();
    void importCatalog();
    void showAbout();
    void updateCatalogStatus();

    Catalog::CatalogService *m_catalog;
    QStackedWidget *m_screens = nullptr;
    CatalogScreen *m_catalogScreen = nullptr;
    ConnectionIndicator *m_connection = nullptr;
    QLabel *m_catalogStatus = nullptr;
};

} // namespace OneWindow::Ui
