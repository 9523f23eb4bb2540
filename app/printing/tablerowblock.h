#pragma once

#include <QFont>
#include <QList>
#include <QString>

#include "printing/block.h"
#include "printing/textblock.h"

namespace OneWindow::Printing::Internal {

enum class CellRole { Header, Label, Value };

struct TableCell
{
    QString text;
    CellRole role = CellRole::Value;
    int span = 1; ///< columns this cell covers
    Qt::Alignment alignment = Qt::AlignLeft;
};

/// One row of a ruled table (materials, or the label/value grid of the case's fields). Columns
/// are fractions of the width; every cell wraps its text and the row is as tall as its tallest
/// cell. Header and label cells are shaded light grey, which survives photocopying.
class TableRowBlock : public Block
{
public:
    TableRowBlock(const QList<qreal> &columnFractions, const QList<TableCell> &cells, const QFont &valueFont,
                  const QFont &headerFont);

    /// Whether the row rules its own top edge. Rows under another row leave it to that row's
    /// bottom edge: a line stroked twice prints darker where the two do not fall on the same dots.
    void setRuleTop(bool rule) { m_ruleTop = rule; }

    qreal layout(qreal width) override;
    void paint(QPainter &painter, QPointF topLeft) const override;
    void collectText(QString &out) const override;

private:
    struct LaidCell
    {
        std::unique_ptr<TextBlock> text;
        CellRole role;
        int span = 1;
        qreal left = 0;
        qreal width = 0;
        qreal textHeight = 0;
    };
    QList<qreal> m_fractions;
    std::vector<LaidCell> m_cells;
    qreal m_height = 0;
    bool m_ruleTop = true;
};

} // namespace OneWindow::Printing::Internal
