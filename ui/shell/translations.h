#pragma once

#include <QString>

class QCoreApplication;

namespace OneWindow::Ui {

/// Installs OneWindow's and Qt's own translations for `language` ("zh_CN" by default, "en"
/// for the English source strings). Returns the language actually in use.
QString installTranslations(QCoreApplication &app, const QString &language);

/// The language from --lang, else the saved setting, else Simplified Chinese.
QString chosenLanguage(const QString &fromCommandLine);

} // namespace OneWindow::Ui
