#include "tounicoderepair.h"

#include <QRawFont>

namespace OneWindow::Printing::Internal {
namespace {

// A CMap value token "<XXXX>": one UTF-16 unit in four hex digits. Longer tokens (surrogate
// pairs, ligatures) are left alone: a different length would move every later byte.
bool readUnit(const QByteArray &pdf, qsizetype at, char16_t &unit)
{
    if (at + 6 > pdf.size() || pdf[at] != '<' || pdf[at + 5] != '>')
        return false;
    bool ok = false;
    unit = char16_t(pdf.mid(at + 1, 4).toUInt(&ok, 16));
    return ok;
}

void writeUnit(QByteArray &pdf, qsizetype at, char16_t unit)
{
    const QByteArray hex = QByteArray::number(unit, 16).toUpper().rightJustified(4, '0');
    pdf.replace(at + 1, 4, hex);
}

} // namespace

ToUnicodeRepair::ToUnicodeRepair(const QString &drawn, const QList<QFont> &fonts)
{
    for (const QFont &font : fonts)
        m_fonts.append(QRawFont::fromFont(font));
    QString unique;
    for (QChar c : drawn)
        if (!c.isSurrogate() && !m_drawn.contains(c.unicode())) {
            m_drawn.insert(c.unicode());
            unique += c;
        }
    for (const QRawFont &font : std::as_const(m_fonts)) {
        const QList<quint32> glyphs = font.glyphIndexesForString(unique);
        QHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < glyphs.size() && i < unique.size(); ++i)
            if (glyphs[i] != 0)
                byGlyph.insert(glyphs[i], unique[i].unicode());
        m_drawnByGlyph.append(byGlyph);
    }
}

char16_t ToUnicodeRepair::corrected(char16_t codePoint) const
{
    if (m_drawn.contains(codePoint))
        return codePoint;
    const QString text(QChar { codePoint });
    for (qsizetype f = 0; f < m_fonts.size(); ++f) {
        const QList<quint32> glyph = m_fonts[f].glyphIndexesForString(text);
        if (glyph.isEmpty() || glyph.first() == 0)
            continue;
        const auto it = m_drawnByGlyph[f].constFind(glyph.first());
        if (it != m_drawnByGlyph[f].constEnd())
            return *it;
    }
    return codePoint;
}

int ToUnicodeRepair::apply(QByteArray &pdf) const
{
    int repaired = 0;
    for (const bool ranges : { true, false }) {
        const QByteArray open = ranges ? "beginbfrange" : "beginbfchar";
        const QByteArray close = ranges ? "endbfrange" : "endbfchar";
        for (qsizetype begin = pdf.indexOf(open); begin >= 0; begin = pdf.indexOf(open, begin + 1)) {
            const qsizetype end = pdf.indexOf(close, begin);
            if (end < 0)
                break;
            repaired += repairSection(pdf, begin + open.size(), end, ranges);
        }
    }
    return repaired;
}

// bfchar: "<src> <dst>" pairs. bfrange: "<lo> <hi> <dst>" (dst counts up from lo to hi: only a
// one-code range is safe to change) or "<lo> <hi> [<dst> <dst> …]" (each value on its own).
int ToUnicodeRepair::repairSection(QByteArray &pdf, qsizetype begin, qsizetype end, bool ranges) const
{
    int repaired = 0;
    int tokenInEntry = 0;
    bool inArray = false;
    char16_t low = 0;
    char16_t high = 0;
    for (qsizetype at = begin; at < end; ++at) {
        const char c = pdf[at];
        if (c == '[' || c == ']') {
            inArray = c == '[';
            if (!inArray)
                tokenInEntry = 0;
            continue;
        }
        if (c != '<')
            continue;
        char16_t unit = 0;
        const bool simple = readUnit(pdf, at, unit);
        const bool isValue = inArray || (ranges ? tokenInEntry == 2 : tokenInEntry == 1);
        if (!inArray) {
            if (tokenInEntry == 0)
                low = unit;
            else if (tokenInEntry == 1)
                high = unit;
            tokenInEntry = (tokenInEntry + 1) % (ranges ? 3 : 2);
        }
        const bool changeable = inArray || !ranges || low == high;
        if (simple && isValue && changeable) {
            const char16_t better = corrected(unit);
            if (better != unit) {
                writeUnit(pdf, at, better);
                ++repaired;
            }
        }
    }
    return repaired;
}

} // namespace OneWindow::Printing::Internal
