#pragma once

#include <QFont>
#include <QTextLayout>

#include "printing/block.h"

namespace OneWindow::Printing::Internal {

/// A paragraph wrapped to the width with QTextLayout: Chinese breaks between any two characters
/// (with the usual rules for punctuation), Latin text at word boundaries. An optional bold
/// prefix makes "label：value" lines, and a first-line indent makes official paragraphs.
class TextBlock : public Block
{
public:
    TextBlock(const QString &text, const QFont &font, Qt::Alignment alignment = Qt::AlignLeft);

    /// The first `length` characters in `font` (the label of a "label：value" line).
    void setPrefixFont(int length, const QFont &font);
    /// Indents in layout units: the first line, and every other line.
    void setIndents(qreal firstLine, qreal otherLines);
    void setLineSpacing(qreal factor) { m_lineSpacing = factor; }
    /// Width of the longest line once laid out.
    qreal naturalWidth() const { return m_naturalWidth; }

    qreal layout(qreal width) override;
    void paint(QPainter &painter, QPointF topLeft) const override;
    void collectText(QString &out) const override { out += m_layout.text(); }

private:
    QTextLayout m_layout;
    qreal m_firstIndent = 0;
    qreal m_otherIndent = 0;
    qreal m_lineSpacing = 1.0;
    qreal m_naturalWidth = 0;
};

} // namespace OneWindow::Printing::Internal
