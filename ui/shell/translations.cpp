#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

QString chosenLanguage(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    return QSettings().value(u"ui/language"_s, u"zh_CN"_s).toString();
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const bool english = language.startsWith(u"en"_s);
    // English keeps Chinese dates and numbers: the hall is in China whatever the staff reads.
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::China) : QLocale(language));
    auto *ours = new QTranslator(&app);
    if (ours->load(u":/i18n/onewindow_"_s + (english ? u"en"_s : language)))
        QCoreApplication::installTranslator(ours);
    else
        qCWarning(lcUi) << "no OneWindow translation for" << language;
    if (english)
        return u"en"_s; // the source strings are English; the .qm above only adds plural forms
    // Qt's own strings: standard buttons, dialogs, context menus.
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qt_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace OneWindow::Ui
