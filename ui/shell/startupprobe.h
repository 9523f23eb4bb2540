#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace OneWindow::Catalog {
class CatalogService;
}

namespace OneWindow::Ui {

class MainWindow;

/// Acts once the catalog screen is shown and searchable: types a start query, saves a
/// screenshot, or reports start-up time and resident memory as JSON (bench/startup reads it),
/// then quits. Does nothing in a normal run.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(MainWindow *window, Catalog::CatalogService *catalog, const QElapsedTimer &sinceStart);

    void setScreenshotPath(const QString &path) { m_screenshot = path; }
    void setQuery(const QString &query) { m_query = query; }
    void setReportStartup(bool report) { m_report = report; }

private:
    void onReady();
    void takeScreenshot();

    MainWindow *m_window;
    QElapsedTimer m_sinceStart;
    QString m_screenshot;
    QString m_query;
    bool m_report = false;
    bool m_done = false;
};

} // namespace OneWindow::Ui
