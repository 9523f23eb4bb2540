#include "inputfolding.h"

namespace OneWindow::Validation::Internal {

namespace {
// Full-width ASCII forms sit at a fixed offset from ASCII (U+FF01 '！' is '!' + 0xFEE0).
constexpr char16_t fullWidthFirst = 0xFF01;
constexpr char16_t fullWidthLast = 0xFF5E;
constexpr char16_t fullWidthOffset = 0xFEE0;

char16_t foldChar(char16_t c)
{
    if (c >= fullWidthFirst && c <= fullWidthLast)
        return char16_t(c - fullWidthOffset);
    if (c == 0x3000) // ideographic space
        return u' ';
    if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63) // hyphens, dashes, minus signs
        return u'-';
    return c;
}
} // namespace

QString foldWidth(QStringView input)
{
    QString out(input.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    for (const QChar c : input)
        *dst++ = foldChar(c.unicode());
    return out;
}

QString compactUpper(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t folded = foldChar(c.unicode());
        if (QChar::isSpace(folded))
            continue;
        out.append(QChar(folded >= u'a' && folded <= u'z' ? char16_t(folded - (u'a' - u'A')) : folded));
    }
    return out;
}

} // namespace OneWindow::Validation::Internal
