#pragma once

#include <QString>
#include <QTemporaryDir>

namespace OneWindow::Test {

/// A throw-away data folder for one test, removed at the end unless ONEWINDOW_KEEP_TEST_DATA is set,
/// so a failing test's database can be opened afterwards.
class TempDataDir
{
public:
    TempDataDir();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/// Path of a file under tests/data.
QString testDataPath(const QString &relative);
/// Path of a file under the source tree (resources, docs).
QString sourcePath(const QString &relative);

} // namespace OneWindow::Test
