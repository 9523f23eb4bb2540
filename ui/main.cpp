// The only file that wires everything: parses arguments, opens the window PC's storage,
// builds the services and shows the shell.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

#include "calendar/workingcalendar.h"
#include "catalog/catalogservice.h"
#include "core/clock.h"
#include "core/datapaths.h"
#include "intake/addresseditor.h"
#include "intake/caseservice.h"
#include "printing/hallprofile.h"
#include "printing/noticeprinter.h"
#include "shell/mainwindow.h"
#include "shell/startupprobe.h"
#include "shell/translations.h"
#include "storage/database.h"
#include "validation/regions.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"OneWindow"_s);
    QCoreApplication::setApplicationName(u"onewindow"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"OneWindow: the comprehensive service window client"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(u"lang"_s, u"User interface language: zh_CN (default) or en."_s, u"language"_s);
    const QCommandLineOption dataOption(u"data-dir"_s, u"Folder for this window's database and files."_s, u"folder"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Load the demo district catalog when no catalog is cached."_s);
    const QCommandLineOption catalogOption(u"catalog"_s, u"Import this catalog package at start."_s, u"file"_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s,
                                              u"Save a screenshot once the catalog is shown, then quit."_s, u"png"_s);
    const QCommandLineOption queryOption(u"query"_s, u"Start with this search typed in."_s, u"text"_s);
    const QCommandLineOption probeOption(u"startup-probe"_s,
                                         u"Print start-up time and memory as JSON once searchable, then quit."_s);
    parser.addOptions(
        { langOption, dataOption, demoOption, catalogOption, screenshotOption, queryOption, probeOption });
    parser.process(app);

    Ui::installTranslations(app, Ui::chosenLanguage(parser.value(langOption)));

    const QString dataDir = dataDirectory(parser.value(dataOption));
    auto database = Storage::Database::open(QDir(dataDir).filePath(databaseFileName()));
    if (!database) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "OneWindow cannot start"),
                              database.error().message);
        return 1;
    }

    Catalog::CatalogService catalog(database.value(), Clock::system());

    auto calendar = std::make_shared<Calendar::WorkingCalendar>();
    if (Status shipped = calendar->addShippedYears(); !shipped)
        qWarning("%s", qPrintable(shipped.error().message));
    // A hall adapts its notices with its own hall.json in the data folder (docs/printing.md).
    Result<Printing::HallProfile> hall = Printing::HallProfile::load(QDir(dataDir).filePath(u"hall.json"_s));
    if (!hall) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "OneWindow cannot start"),
                              hall.error().message);
        return 1;
    }
    // Until the first-run set-up and staff sign-in exist, the window's identity comes from the
    // settings, with the demo hall's values as defaults.
    QSettings settings;
    Intake::Workstation station;
    station.hallCode = settings.value(u"station/hall"_s, u"SF01"_s).toString();
    station.hallName = hall->hallName;
    station.window = settings.value(u"station/window"_s, 1).toInt();
    station.staffId = settings.value(u"station/staffId"_s, u"demo"_s).toString();
    station.staffName
        = settings.value(u"station/staffName"_s, QCoreApplication::translate("main", "Window staff")).toString();
    // The division table takes a few hundred ms to load on a busy PC: load it on a worker now,
    // not on the GUI thread when the first address field is built.
    QThreadPool::globalInstance()->start([] { Validation::Regions::shared(); });
    Ui::AddressEditor::setDefaultRegion(settings.value(u"station/region"_s, u"990102"_s).toString());
    Intake::CaseService cases(database.value(), &catalog, calendar, Clock::system(), station, hall.value(),
                              QDir(dataDir).filePath(blobDirectoryName()));
    cases.setPaperLayout(Ui::NoticePrinter::configuredLayout());

    Ui::MainWindow window(&catalog, &cases);
    Ui::StartupProbe probe(&window, &catalog, sinceStart);
    probe.setScreenshotPath(parser.value(screenshotOption));
    probe.setQuery(parser.value(queryOption));
    probe.setReportStartup(parser.isSet(probeOption));

    catalog.reload(parser.isSet(demoOption) ? u":/demo/catalog.json"_s : QString());
    if (parser.isSet(catalogOption))
        catalog.importPackage(parser.value(catalogOption));
    window.show();
    return app.exec();
}
