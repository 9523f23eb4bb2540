#include "receiptsink.h"

#include "printing/codesblock.h"
#include "printing/ruleblock.h"
#include "printing/textblock.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Printing::Internal {

ReceiptSink::ReceiptSink(const PageStyle &style, BlockList &blocks)
    : m_style(style)
    , m_blocks(blocks)
{
}

Block *ReceiptSink::add(std::unique_ptr<Block> block, qreal spaceBefore)
{
    block->flow.spaceBefore = spaceBefore;
    m_blocks.push_back(std::move(block));
    return m_blocks.back().get();
}

void ReceiptSink::rule(qreal spaceBefore)
{
    add(std::make_unique<RuleBlock>(mm(0.25), Qt::black, Qt::DashLine), spaceBefore);
}

void ReceiptSink::header(const HeaderContent &content)
{
    m_header = content;
    add(std::make_unique<TextBlock>(content.hall, m_style.font(FontRole::Hall), Qt::AlignHCenter), 0);
    add(std::make_unique<TextBlock>(content.title, m_style.font(FontRole::Title), Qt::AlignHCenter), mm(1.5));
    add(std::make_unique<TextBlock>(content.documentNumber, m_style.font(FontRole::Number), Qt::AlignHCenter), mm(1));
    rule(mm(2.5));
}

void ReceiptSink::salutation(const QString &text)
{
    add(std::make_unique<TextBlock>(text, m_style.font(FontRole::Body)), m_style.sectionGap());
}

void ReceiptSink::paragraph(const QString &text)
{
    // Ragged right: justifying 18 characters a line spreads Latin letters and figures apart.
    auto block = std::make_unique<TextBlock>(text, m_style.font(FontRole::Body), Qt::AlignLeft);
    block->setIndents(2 * m_style.font(FontRole::Body).pixelSize(), 0);
    const qreal gap = m_afterTable ? m_style.sectionGap() : m_style.paragraphGap();
    m_afterTable = false;
    add(std::move(block), gap);
}

void ReceiptSink::fields(const QList<NoticeField> &fields)
{
    bool first = true;
    for (const NoticeField &field : fields) {
        const QString label = field.label + u"："_s;
        auto block = std::make_unique<TextBlock>(label + field.value, m_style.font(FontRole::Table));
        block->setPrefixFont(int(label.size()), m_style.font(FontRole::TableHeader));
        add(std::move(block), first ? m_style.sectionGap() : mm(0.8));
        first = false;
    }
    m_afterTable = true;
}

void ReceiptSink::materials(const MaterialsList &list)
{
    rule(m_style.sectionGap());
    auto heading = std::make_unique<TextBlock>(list.heading, m_style.font(FontRole::Strong));
    heading->flow.keepWithNext = true;
    add(std::move(heading), m_style.paragraphGap());
    const QFont &nameFont = m_style.font(FontRole::Body);
    const qreal detailIndent = 1.5 * nameFont.pixelSize();
    for (const MaterialsList::Row &row : list.rows) {
        // "1. 居民身份证", wrapped names aligned under the name, not under the number.
        const QString number = row.cells.value(0) + u". "_s;
        auto name = std::make_unique<TextBlock>(number + row.cells.value(1), nameFont);
        name->setIndents(0, detailIndent);
        name->flow.keepWithNext = !row.details.isEmpty();
        add(std::move(name), mm(1.5));
        for (const QString &detail : row.details) {
            auto block = std::make_unique<TextBlock>(detail, m_style.font(FontRole::Table));
            block->setIndents(detailIndent, detailIndent);
            add(std::move(block), mm(0.5));
        }
    }
    m_afterTable = true;
}

void ReceiptSink::codes()
{
    if (!m_header)
        return;
    rule(m_style.sectionGap());
    add(std::make_unique<CodesBlock>(m_header->qr, m_header->barcode, m_header->scanHint, m_header->caseNumber,
                                     m_style.font(FontRole::Small)),
        m_style.sectionGap());
    rule(m_style.sectionGap());
}

void ReceiptSink::signature(const SignatureContent &content)
{
    add(std::make_unique<SignatureBlock>(content, true, m_style.font(FontRole::Body), m_style.font(FontRole::Table),
                                         m_style.font(FontRole::Small)),
        m_style.sectionGap());
}

} // namespace OneWindow::Printing::Internal
