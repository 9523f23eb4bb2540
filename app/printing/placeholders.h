#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace OneWindow::Printing::Internal {

/// The {name} placeholders of template texts: what a text may use, and filling them in.
/// A template is checked against knownPlaceholders() when it is loaded, so a typo in a hall's
/// template ({applicnt}) is reported then, not printed on a notice.
class Placeholders
{
public:
    /// Every name a document text may use.
    static const QStringList &known();
    /// The names used in `text`, in order of appearance.
    static QStringList usedIn(const QString &text);
    /// `text` with each {name} replaced by values[name]; a name without a value becomes empty.
    static QString fill(const QString &text, const QHash<QString, QString> &values);
};

} // namespace OneWindow::Printing::Internal
