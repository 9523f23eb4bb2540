#pragma once

#include <optional>

#include "printing/documentsink.h"
#include "printing/pagestyle.h"

namespace OneWindow::Printing::Internal {

/// Lays a notice out for an 80 mm receipt: one column, "label：value" lines instead of a grid,
/// each material as a numbered line with its details under it, the codes after the text (where
/// the paper is already out of the printer), dashed lines between sections.
class ReceiptSink : public DocumentSink
{
public:
    ReceiptSink(const PageStyle &style, BlockList &blocks);

    void header(const HeaderContent &content) override;
    void salutation(const QString &text) override;
    void paragraph(const QString &text) override;
    void fields(const QList<NoticeField> &fields) override;
    void materials(const MaterialsList &list) override;
    void codes() override;
    void signature(const SignatureContent &content) override;

private:
    Block *add(std::unique_ptr<Block> block, qreal spaceBefore);
    void rule(qreal spaceBefore);

    const PageStyle &m_style;
    BlockList &m_blocks;
    bool m_afterTable = false; ///< the next paragraph keeps a section's distance from a table or list
    std::optional<HeaderContent> m_header; ///< kept for codes()
};

} // namespace OneWindow::Printing::Internal
