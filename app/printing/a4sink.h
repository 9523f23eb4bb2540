#pragma once

#include "printing/documentsink.h"
#include "printing/pagestyle.h"

namespace OneWindow::Printing::Internal {

/// Lays a notice out for A4: codes and titles in the header, the case's facts in a ruled
/// label/value grid, materials in a table whose header row repeats on each new page, and the
/// signature and seal area at the foot of the last page.
class A4Sink : public DocumentSink
{
public:
    A4Sink(const PageStyle &style, BlockList &blocks);

    void header(const HeaderContent &content) override;
    void salutation(const QString &text) override;
    void paragraph(const QString &text) override;
    void fields(const QList<NoticeField> &fields) override;
    void materials(const MaterialsList &list) override;
    void codes() override { }
    void signature(const SignatureContent &content) override;

private:
    Block *add(std::unique_ptr<Block> block, qreal spaceBefore);

    const PageStyle &m_style;
    BlockList &m_blocks;
    bool m_afterTable = false; ///< the next paragraph keeps a section's distance from a table or list
};

} // namespace OneWindow::Printing::Internal
