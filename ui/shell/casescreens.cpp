// The shell's part in taking cases: the intake and case-list screens, their menu entries and
// keys, and handing decided notices to the printer. Kept apart from mainwindow.cpp so the shell
// stays a host, not a place where features grow.
#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include "cases/casesscreen.h"
#include "catalog/catalogscreen.h"
#include "catalog/catalogservice.h"
#include "intake/caseservice.h"
#include "intake/intakescreen.h"
#include "mainwindow.h"
#include "printing/noticeprinter.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

void MainWindow::buildCaseScreens()
{
    m_intakeScreen = new IntakeScreen(m_cases);
    m_casesScreen = new CasesScreen(m_cases->database(), m_cases->clock());
    m_casesScreen->setObjectName(u"casesScreen"_s);
    m_screens->addWidget(m_intakeScreen);
    m_screens->addWidget(m_casesScreen);
    m_printer = new NoticePrinter(m_cases->hall(), this);
    m_printer->setPaperLayout(m_cases->paperLayout());

    QAction *intake = new QAction(tr("Current &case"), this);
    intake->setObjectName(u"actionIntake"_s);
    intake->setShortcut(QKeySequence(Qt::Key_F4));
    connect(intake, &QAction::triggered, this, &MainWindow::showIntake);
    QAction *cases = new QAction(tr("Case &list"), this);
    cases->setObjectName(u"actionCases"_s);
    cases->setShortcut(QKeySequence(Qt::Key_F5));
    connect(cases, &QAction::triggered, this, &MainWindow::showCases);
    m_viewMenu->insertActions(m_languageSeparator, { intake, cases });
    m_toolbar->addAction(intake);
    m_toolbar->addAction(cases);

    // Enter on an item in the catalog starts a case of it.
    connect(m_catalogScreen, &CatalogScreen::itemActivated, m_cases, &Intake::CaseService::startCase);
    connect(m_cases, &Intake::CaseService::caseOpened, this, &MainWindow::showIntake);
    connect(m_cases, &Intake::CaseService::openFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("The case cannot be opened"), message); });
    connect(m_cases, &Intake::CaseService::casesChanged, m_casesScreen, &CasesScreen::refresh);
    connect(m_casesScreen, &CasesScreen::openCaseRequested, m_cases, &Intake::CaseService::openCase);
    connect(m_intakeScreen, &IntakeScreen::printRequested, this, &MainWindow::printNotice);
    connect(m_intakeScreen, &IntakeScreen::previewRequested, this, [this](const Intake::DecisionOutcome &outcome) {
        QPrintPreviewDialog *preview = m_printer->createPreview(outcome.notice, this);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->open();
    });
    connect(m_casesScreen, &CasesScreen::reprintRequested, m_cases, &Intake::CaseService::reprint);
    connect(m_cases, &Intake::CaseService::reprintReady, this, &MainWindow::printNotice);
}

void MainWindow::showCatalog()
{
    m_screens->setCurrentWidget(m_catalogScreen);
    m_catalogScreen->focusSearch();
}

void MainWindow::showIntake()
{
    if (!m_intakeScreen || !m_intakeScreen->hasCase())
        return;
    m_screens->setCurrentWidget(m_intakeScreen);
    if (!m_intakeScreen->isAncestorOf(focusWidget()))
        m_intakeScreen->focusForm();
}

void MainWindow::showCases()
{
    if (!m_casesScreen)
        return;
    if (m_intakeScreen)
        m_intakeScreen->flush();
    m_screens->setCurrentWidget(m_casesScreen);
    m_casesScreen->refresh();
    m_casesScreen->focusSearch();
}

void MainWindow::printNotice(const Intake::DecisionOutcome &outcome)
{
    //: %1 is a case number, %2 a document number
    statusBar()->showMessage(tr("Case %1: %2 issued").arg(outcome.kase.number, outcome.document.number), 15000);
    // A hall without a printer at this window (or a test) prints into a folder of PDFs instead.
    const QString folder = QSettings().value(u"printing/pdfFolder"_s).toString();
    if (folder.isEmpty()) {
        m_printer->printWithDialog(outcome.notice, this);
        return;
    }
    const QString path
        = QDir(folder).filePath(outcome.kase.number + u'-' + QString::number(outcome.document.seq) + u".pdf"_s);
    if (const Status saved = m_printer->saveAsPdf(outcome.notice, path); !saved)
        QMessageBox::warning(
            this, tr("Not printed"),
            tr("%1\nThe notice is kept with the case; print it again with Ctrl+P.").arg(saved.error().message));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_intakeScreen)
        m_intakeScreen->flush();
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow() = default;

} // namespace OneWindow::Ui
