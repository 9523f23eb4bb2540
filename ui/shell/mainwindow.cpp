#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include "catalog/catalogscreen.h"
#include "catalog/catalogservice.h"
#include "connectionindicator.h"
#include "translations.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

MainWindow::MainWindow(Catalog::CatalogService *catalog, Intake::CaseService *cases, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_cases(cases)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("OneWindow"));
    m_screens = new QStackedWidget;
    m_catalogScreen = new CatalogScreen(m_catalog);
    m_catalogScreen->setObjectName(u"catalogScreen"_s);
    m_screens->addWidget(m_catalogScreen);
    setCentralWidget(m_screens);

    m_catalogStatus = new QLabel;
    m_catalogStatus->setObjectName(u"catalogStatus"_s);
    m_connection = new ConnectionIndicator;
    statusBar()->addWidget(m_catalogStatus, 1);
    statusBar()->addPermanentWidget(m_connection);
    buildActions();
    if (m_cases)
        buildCaseScreens();

    connect(m_catalog, &Catalog::CatalogService::indexReady, this, &MainWindow::updateCatalogStatus);
    connect(m_catalog, &Catalog::CatalogService::importFinished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 10000);
        else
            QMessageBox::warning(this, tr("Catalog not imported"), message);
    });
    updateCatalogStatus();
    resize(1280, 800);
    m_catalogScreen->focusSearch();
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import catalog package…"), this, &MainWindow::importCatalog);
    import->setObjectName(u"actionImportCatalog"_s);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QAction *catalog = view->addAction(tr("Item &catalog"), this, &MainWindow::showCatalog);
    catalog->setObjectName(u"actionCatalog"_s);
    catalog->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *search = view->addAction(tr("&Search items"), this, &MainWindow::showCatalog);
    search->setObjectName(u"actionSearch"_s);
    search->setShortcuts({ QKeySequence::Find, QKeySequence(Qt::Key_F3) });

    view->addSeparator();
    m_languageSeparator = view->actions().constLast();
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(u"menuLanguage"_s);
    auto *languages = new QActionGroup(language);
    // Language names are shown in their own language, so anyone can find theirs.
    const std::pair<QString, QString> choices[] = { { u"zh_CN"_s, u"简体中文"_s }, { u"en"_s, u"English"_s } };
    const QString current = chosenLanguage(QString());
    for (const auto &[code, name] : choices) {
        QAction *choice = language->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(current == code);
        choice->setData(code);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] {
            QSettings().setValue(u"ui/language"_s, code);
            statusBar()->showMessage(tr("The language changes when OneWindow is started again."), 10000);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About OneWindow"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence::HelpContents);

    QToolBar *toolbar = addToolBar(tr("Main"));
    m_toolbar = toolbar;
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(catalog);
    toolbar->addAction(import);
}

void MainWindow::importCatalog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import catalog package"), QString(), tr("Catalog packages (*.json)"));
    if (!path.isEmpty()) {
        statusBar()->showMessage(tr("Importing %1…").arg(path));
        m_catalog->importPackage(path);
    }
}

void MainWindow::updateCatalogStatus()
{
    if (!m_catalog->isReady()) {
        m_catalogStatus->setText(tr("Loading the catalog…"));
        return;
    }
    const int count = int(m_catalog->index()->items().size());
    if (count == 0)
        m_catalogStatus->setText(tr("No catalog yet: import a catalog package (Ctrl+I)."));
    else
        //: %1 is the catalog version, %n the number of items
        m_catalogStatus->setText(tr("Catalog version %1 · %n item(s)", nullptr, count).arg(m_catalog->version()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OneWindow"),
                       tr("<h3>OneWindow %1</h3><p>The comprehensive service window client: accept any "
                          "item at any window, so the citizen comes only once.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace OneWindow::Ui
