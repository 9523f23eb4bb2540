#include "textblock.h"

#include <QTextOption>

namespace OneWindow::Printing::Internal {

TextBlock::TextBlock(const QString &text, const QFont &font, Qt::Alignment alignment)
    : m_layout(text, font)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
}

void TextBlock::setPrefixFont(int length, const QFont &font)
{
    QTextLayout::FormatRange range;
    range.start = 0;
    range.length = length;
    range.format.setFont(font);
    m_layout.setFormats({ range });
}

void TextBlock::setIndents(qreal firstLine, qreal otherLines)
{
    m_firstIndent = firstLine;
    m_otherIndent = otherLines;
}

qreal TextBlock::layout(qreal width)
{
    qreal y = 0;
    qreal lastHeight = 0;
    m_naturalWidth = 0;
    m_layout.beginLayout();
    for (bool first = true;; first = false) {
        QTextLine line = m_layout.createLine();
        if (!line.isValid())
            break;
        const qreal indent = first ? m_firstIndent : m_otherIndent;
        line.setLineWidth(std::max<qreal>(1, width - indent));
        line.setPosition(QPointF(indent, y));
        lastHeight = line.height();
        y += lastHeight * m_lineSpacing;
        m_naturalWidth = std::max(m_naturalWidth, indent + line.naturalTextWidth());
    }
    m_layout.endLayout();
    // Extra line spacing goes between lines, not below the last one.
    return y - lastHeight * (m_lineSpacing - 1.0);
}

void TextBlock::paint(QPainter &painter, QPointF topLeft) const
{
    m_layout.draw(&painter, topLeft);
}

} // namespace OneWindow::Printing::Internal
