#include "tempdatadir.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace OneWindow::Test {

TempDataDir::TempDataDir()
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("ONEWINDOW_KEEP_TEST_DATA"));
}

QString testDataPath(const QString &relative)
{
    return QDir(qEnvironmentVariable("ONEWINDOW_TEST_DATA")).filePath(relative);
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("ONEWINDOW_SOURCE_DIR")).filePath(relative);
}

} // namespace OneWindow::Test
