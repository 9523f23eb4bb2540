#pragma once

#include <QString>

namespace OneWindow {

/// Where this window PC keeps its database and files.
/// Order: an explicit folder (--data-dir, tests), then ONEWINDOW_DATA_DIR, then the user's
/// data folder (development and portable runs). The installed, per-machine folder
/// (/var/lib/onewindow, %ProgramData%\OneWindow) is chosen by the packaging issue's configuration.
QString dataDirectory(const QString &explicitDir = {});

/// File names inside the data folder, in one place so the CLI and the client agree.
QString databaseFileName();
QString blobDirectoryName();

} // namespace OneWindow
