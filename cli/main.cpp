// onewindowctl <command> [options]: import a catalog package, search the cached catalog.
// Later issues add sync, status, review, export-case and check.
#include <QCoreApplication>
#include <QTextStream>

#include "commands.h"
#include "core/datapaths.h"

using namespace Qt::StringLiterals;

namespace {

int usage()
{
    QTextStream(stderr) << "usage: onewindowctl [--data-dir DIR] <command> [arguments]\n"
                           "commands:\n"
                           "  import-catalog FILE   import a catalog package (full or delta) into this window's cache\n"
                           "  search QUERY          search the cached catalog (hanzi, pinyin, initials, item code)\n";
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"OneWindow"_s);
    QCoreApplication::setApplicationName(u"onewindow"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString dataDir;
    if (arguments.size() >= 2 && arguments.first() == u"--data-dir"_s) {
        dataDir = arguments.at(1);
        arguments = arguments.mid(2);
    }
    if (arguments.isEmpty())
        return usage();
    const QString command = arguments.takeFirst();
    const QString folder = OneWindow::dataDirectory(dataDir);
    if (command == u"import-catalog"_s)
        return OneWindow::Cli::importCatalog(folder, arguments);
    if (command == u"search"_s)
        return OneWindow::Cli::searchCatalog(folder, arguments);
    if (command == u"--version"_s) {
        QTextStream(stdout) << "onewindowctl " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    return usage();
}
