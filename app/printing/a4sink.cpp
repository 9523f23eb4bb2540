#include "a4sink.h"

#include "printing/ruleblock.h"
#include "printing/tablerowblock.h"
#include "printing/textblock.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Printing::Internal {
namespace {

// Label, value, label, value: labels are short (4–7 characters), values get the room.
// The right-hand labels get more: 代理人证件号码 is seven characters.
const QList<qreal> fieldColumns { 0.14, 0.36, 0.18, 0.32 };

} // namespace

A4Sink::A4Sink(const PageStyle &style, BlockList &blocks)
    : m_style(style)
    , m_blocks(blocks)
{
}

Block *A4Sink::add(std::unique_ptr<Block> block, qreal spaceBefore)
{
    block->flow.spaceBefore = spaceBefore;
    m_blocks.push_back(std::move(block));
    return m_blocks.back().get();
}

void A4Sink::header(const HeaderContent &content)
{
    add(std::make_unique<HeaderBlock>(content, m_style.font(FontRole::Hall), m_style.font(FontRole::Title),
                                      m_style.font(FontRole::Number), m_style.font(FontRole::Small)),
        0);
    add(std::make_unique<RuleBlock>(mm(0.6), QColor(0xc0, 0x00, 0x00)), mm(2));
}

void A4Sink::salutation(const QString &text)
{
    auto block = std::make_unique<TextBlock>(text, m_style.font(FontRole::Body));
    block->flow.keepWithNext = true;
    add(std::move(block), m_style.sectionGap());
}

void A4Sink::paragraph(const QString &text)
{
    auto block = std::make_unique<TextBlock>(text, m_style.font(FontRole::Body), Qt::AlignJustify);
    block->setIndents(2 * m_style.font(FontRole::Body).pixelSize(), 0);
    const qreal gap = m_afterTable ? m_style.sectionGap() : m_style.paragraphGap();
    m_afterTable = false;
    block->setLineSpacing(m_style.lineSpacing(FontRole::Body));
    add(std::move(block), gap);
}

void A4Sink::fields(const QList<NoticeField> &fields)
{
    const QFont &value = m_style.font(FontRole::Table);
    const QFont &label = m_style.font(FontRole::TableHeader);
    QList<TableCell> row;
    bool first = true;
    auto flush = [&] {
        if (row.isEmpty())
            return;
        if (row.size() == 2) // a lone short field takes the whole row
            row[1].span = 3;
        auto block = std::make_unique<TableRowBlock>(fieldColumns, row, value, label);
        block->setRuleTop(first);
        add(std::move(block), first ? m_style.sectionGap() : 0);
        m_afterTable = true;
        first = false;
        row.clear();
    };
    for (const NoticeField &field : fields) {
        if (field.wide)
            flush();
        row.append({ field.label, CellRole::Label, 1, Qt::AlignLeft });
        row.append({ field.value, CellRole::Value, field.wide ? 3 : 1, Qt::AlignLeft });
        if (field.wide || row.size() == 4)
            flush();
    }
    flush();
}

void A4Sink::materials(const MaterialsList &list)
{
    auto heading = std::make_unique<TextBlock>(list.heading, m_style.font(FontRole::Strong));
    heading->flow.keepWithNext = true;
    add(std::move(heading), m_style.sectionGap());
    const QFont &value = m_style.font(FontRole::Table);
    const QFont &header = m_style.font(FontRole::TableHeader);
    QList<TableCell> headerCells;
    for (const QString &column : list.columns)
        headerCells.append({ column, CellRole::Header, 1, Qt::AlignHCenter });
    Block *headerRow = add(std::make_unique<TableRowBlock>(list.widths, headerCells, value, header), mm(1.5));
    headerRow->flow.keepWithNext = true;
    for (const MaterialsList::Row &row : list.rows) {
        QList<TableCell> cells;
        for (qsizetype i = 0; i < row.cells.size(); ++i)
            cells.append({ row.cells[i], CellRole::Value, 1, list.alignments.value(i, Qt::AlignLeft) });
        // Always under the header row or another row, on a new page under the repeated header.
        auto rowBlock = std::make_unique<TableRowBlock>(list.widths, cells, value, header);
        rowBlock->setRuleTop(false);
        rowBlock->flow.repeatAfterBreak = headerRow;
        add(std::move(rowBlock), 0);
    }
    m_afterTable = true;
}

void A4Sink::signature(const SignatureContent &content)
{
    const QFont &body = m_style.font(FontRole::Body);
    auto block = std::make_unique<SignatureBlock>(content, false, body, body, m_style.font(FontRole::Small));
    block->flow.anchorBottom = true;
    add(std::move(block), m_style.sectionGap());
}

} // namespace OneWindow::Printing::Internal
