#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace OneWindow::Catalog {
class CatalogService;
}
namespace OneWindow::Intake {
class CaseService;
struct DecisionOutcome;
} // namespace OneWindow::Intake

namespace OneWindow::Ui {

class CasesScreen;
class CatalogScreen;
class ConnectionIndicator;
class IntakeScreen;
class NoticePrinter;

/// The shell: hosts the screens, owns menus, toolbar, shortcuts and the status bar, and
/// routes actions to the screens. No business logic lives here (see STYLE.md: main windows
/// grow into 2,000-line files when everything can reach them).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Without a case service (catalog-only tests) the intake and case screens are left out.
    explicit MainWindow(Catalog::CatalogService *catalog, Intake::CaseService *cases = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    CatalogScreen *catalogScreen() const { return m_catalogScreen; }
    IntakeScreen *intakeScreen() const { return m_intakeScreen; }
    CasesScreen *casesScreen() const { return m_casesScreen; }
    NoticePrinter *noticePrinter() const { return m_printer; }
    ConnectionIndicator *connectionIndicator() const { return m_connection; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildCaseScreens();
    void showCatalog();
    void showIntake();
    void showCases();
    void printNotice(const Intake::DecisionOutcome &outcome);
    void importCatalog();
    void showAbout();
    void updateCatalogStatus();

    Catalog::CatalogService *m_catalog;
    Intake::CaseService *m_cases = nullptr;
    IntakeScreen *m_intakeScreen = nullptr;
    CasesScreen *m_casesScreen = nullptr;
    NoticePrinter *m_printer = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_languageSeparator = nullptr;
    QToolBar *m_toolbar = nullptr;
    QStackedWidget *m_screens = nullptr;
    CatalogScreen *m_catalogScreen = nullptr;
    ConnectionIndicator *m_connection = nullptr;
    QLabel *m_catalogStatus = nullptr;
};

} // namespace OneWindow::Ui
