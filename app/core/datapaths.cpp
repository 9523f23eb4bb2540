#include "datapaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace OneWindow {

QString dataDirectory(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    const QString fromEnv = qEnvironmentVariable("ONEWINDOW_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databaseFileName()
{
    return u"onewindow.db"_s;
}

QString blobDirectoryName()
{
    return u"blobs"_s;
}

} // namespace OneWindow
