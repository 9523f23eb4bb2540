// onewindow-server: a placeholder until the server issue; it says so instead of pretending.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << "onewindow-server " << ONEWINDOW_VERSION
                        << ": the central server is not built yet; windows work from their local catalog.\n";
    return QCoreApplication::arguments().contains(QStringLiteral("--version")) ? 0 : 1;
}
