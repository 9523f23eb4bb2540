#include "toneless.h"

#include "generationerror.h"

#include <QString>

namespace OneWindow::PinyinGen {

namespace {

constexpr char16_t combiningGrave = 0x0300;
constexpr char16_t combiningAcute = 0x0301;
constexpr char16_t combiningCircumflex = 0x0302;
constexpr char16_t combiningMacron = 0x0304;
constexpr char16_t combiningDiaeresis = 0x0308;
constexpr char16_t combiningCaron = 0x030C;

bool isToneMark(char16_t c)
{
    return c == combiningMacron || c == combiningAcute || c == combiningCaron || c == combiningGrave;
}

[[noreturn]] void refuse(QStringView reading, QChar c)
{
    const QString codePoint = QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
    throw GenerationError("unexpected character U+" + codePoint.toStdString() + " in reading \""
                          + reading.toString().toStdString() + '"');
}

} // namespace

std::string tonelessSyllable(QStringView reading)
{
    // Decomposed, every tone is a separate combining mark whatever precomposed form the
    // data used (ǚ, ế, and the m/n/ê with a combining tone Unihan also has).
    const QString decomposed = reading.toString().normalized(QString::NormalizationForm_D);
    std::string letters;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            letters += char(u);
        else if (u >= u'A' && u <= u'Z')
            letters += char(u - u'A' + u'a');
        else if (u == combiningDiaeresis && !letters.empty() && letters.back() == 'u')
            letters.back() = 'v';
        else if (u == combiningCircumflex && !letters.empty() && letters.back() == 'e')
            continue;
        else if (!isToneMark(u) || letters.empty())
            refuse(reading, c);
    }
    if (letters.empty())
        throw GenerationError("empty reading");
    return letters;
}

} // namespace OneWindow::PinyinGen
