#include "startupprobe.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

#include "catalog/catalogscreen.h"
#include "catalog/catalogservice.h"
#include "core/processinfo.h"
#include "mainwindow.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {
namespace {

// Long enough for the first guide to be read in its worker and laid out.
constexpr int screenshotDelayMs = 700;

} // namespace

StartupProbe::StartupProbe(MainWindow *window, Catalog::CatalogService *catalog, const QElapsedTimer &sinceStart)
    : QObject(window)
    , m_window(window)
    , m_sinceStart(sinceStart)
{
    // Queued: the screen's own indexReady handler fills the list first.
    connect(catalog, &Catalog::CatalogService::indexReady, this, &StartupProbe::onReady, Qt::QueuedConnection);
}

void StartupProbe::onReady()
{
    if (m_done || (m_screenshot.isEmpty() && m_query.isEmpty() && !m_report))
        return;
    m_done = true;
    if (m_report) {
        m_window->repaint();
        std::printf("{\"startupMs\": %lld, \"rssKiB\": %lld}\n", static_cast<long long>(m_sinceStart.elapsed()),
                    static_cast<long long>(residentMemoryKiB()));
        std::fflush(stdout);
    }
    if (!m_query.isEmpty())
        if (auto *search = m_window->findChild<QLineEdit *>(u"catalogSearch"_s))
            search->setText(m_query);
    if (!m_screenshot.isEmpty())
        QTimer::singleShot(screenshotDelayMs, this, &StartupProbe::takeScreenshot);
    else if (m_report)
        QTimer::singleShot(0, qApp, &QApplication::quit);
}

void StartupProbe::takeScreenshot()
{
    if (!m_window->grab().save(m_screenshot))
        std::fprintf(stderr, "cannot save the screenshot to %s\n", qPrintable(m_screenshot));
    QApplication::quit();
}

} // namespace OneWindow::Ui
