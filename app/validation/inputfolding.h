#pragma once

#include <QString>
#include <QStringView>

namespace OneWindow::Validation::Internal {

/// How people type codes at a window: with an input method left in full-width mode (１２３,
/// ＡＢＣ, the ideographic space U+3000), with spaces between groups, with lower-case letters.
/// foldWidth() maps the full-width forms U+FF01–U+FF5E to ASCII, U+3000 to a space and the
/// dash look-alikes (U+2010–U+2015, U+2212, U+FE63) to '-'; everything else is kept.
QString foldWidth(QStringView input);

/// foldWidth(), then every whitespace character dropped and ASCII letters upper-cased: the form
/// in which identity numbers, credit codes and postal codes are checked and stored.
QString compactUpper(QStringView input);

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

} // namespace OneWindow::Validation::Internal
