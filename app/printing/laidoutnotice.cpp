#include "laidoutnotice.h"

#include "printing/a4sink.h"
#include "printing/noticecomposer.h"
#include "printing/placeholders.h"
#include "printing/receiptsink.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Printing::Internal {
namespace {

constexpr qreal pageLabelWidth = mm(30);

Status compose(const NoticeData &data, const HallProfile &profile, const PageStyle &style, BlockList &blocks)
{
    if (!style.isReceipt()) {
        A4Sink sink(style, blocks);
        return NoticeComposer(data, profile).compose(sink);
    }
    ReceiptSink sink(style, blocks);
    Status composed = NoticeComposer(data, profile).compose(sink);
    // The receipt has no page foot: the hall's footer closes the slip.
    if (composed && !profile.footer.isEmpty()) {
        auto footer = std::make_unique<TextBlock>(profile.footer, style.font(FontRole::Small), Qt::AlignHCenter);
        footer->flow.spaceBefore = style.sectionGap();
        blocks.push_back(std::move(footer));
    }
    return composed;
}

} // namespace

LaidOutNotice::LaidOutNotice(PageStyle style)
    : m_style(std::move(style))
{
}

Result<std::unique_ptr<LaidOutNotice>> LaidOutNotice::build(const NoticeData &data, const HallProfile &profile,
                                                            PaperLayout layout)
{
    std::unique_ptr<LaidOutNotice> notice(new LaidOutNotice(PageStyle::forLayout(layout, profile)));
    const PageStyle &style = notice->m_style;
    if (const Status composed = compose(data, profile, style, notice->m_blocks); !composed)
        return composed.error();

    const QString title = profile.wording(data.kind).text(u"title"_s);
    notice->m_title = title + u' ' + data.caseNumber;
    std::vector<qreal> heights;
    heights.reserve(notice->m_blocks.size());
    for (const auto &block : notice->m_blocks)
        heights.push_back(block->layout(style.contentWidth()));

    if (!style.isReceipt()) {
        const QString text = Placeholders::fill(profile.label(u"continued"_s),
                                                { { u"title"_s, title }, { u"caseNumber"_s, data.caseNumber } });
        notice->m_continuation = std::make_unique<TextBlock>(text, style.font(FontRole::Small));
        notice->m_continuationHeight = notice->m_continuation->layout(style.contentWidth());
    }
    Paginator paginator(style, notice->m_continuation.get(), notice->m_continuationHeight);
    notice->m_pages = paginator.paginate(notice->m_blocks, heights);
    notice->m_pageHeight = style.isReceipt() ? paginator.height() : style.pageHeight();
    if (!style.isReceipt())
        notice->addFooters(profile, data.caseNumber);
    return notice;
}

void LaidOutNotice::addFooters(const HallProfile &profile, const QString &caseNumber)
{
    const QFont &font = m_style.font(FontRole::Small);
    m_footer = std::make_unique<TextBlock>(profile.footer, font);
    m_footerHeight = m_footer->layout(m_style.contentWidth() - pageLabelWidth);
    const QString count = QString::number(m_pages.size());
    for (int page = 1; page <= m_pages.size(); ++page) {
        const QString text = Placeholders::fill(
            profile.label(u"page"_s),
            { { u"page"_s, QString::number(page) }, { u"pageCount"_s, count }, { u"caseNumber"_s, caseNumber } });
        auto label = std::make_unique<TextBlock>(text, font, Qt::AlignRight);
        m_footerHeight = std::max(m_footerHeight, label->layout(pageLabelWidth));
        m_pageLabels.push_back(std::move(label));
    }
}

QString LaidOutNotice::drawnText() const
{
    QString text;
    for (const auto &block : m_blocks)
        block->collectText(text);
    for (const TextBlock *extra : { m_continuation.get(), m_footer.get() })
        if (extra)
            extra->collectText(text);
    for (const auto &label : m_pageLabels)
        label->collectText(text);
    return text;
}

QList<QFont> LaidOutNotice::fonts() const
{
    QList<QFont> fonts;
    for (int role = 0; role < fontRoleCount; ++role) {
        const QFont &font = m_style.font(FontRole(role));
        if (!fonts.contains(font))
            fonts.append(font);
    }
    return fonts;
}

QSizeF LaidOutNotice::pageSizeMm() const
{
    return QSizeF(m_style.pageWidth() / unitsPerMm, m_pageHeight / unitsPerMm);
}

void LaidOutNotice::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    painter.setPen(Qt::black);
    for (const PlacedBlock &placed : m_pages[index].blocks) {
        placed.block->paint(painter, placed.topLeft);
        if (placed.block == m_continuation.get()) {
            painter.save();
            painter.setPen(QPen(QColor(120, 120, 120), mm(0.2)));
            const qreal y = placed.topLeft.y() + m_continuationHeight + mm(1.5);
            painter.drawLine(QPointF(placed.topLeft.x(), y), QPointF(placed.topLeft.x() + m_style.contentWidth(), y));
            painter.restore();
        }
    }
    if (!m_footer)
        return;
    const QMarginsF margins = m_style.margins();
    const qreal top = m_pageHeight - margins.bottom() - m_footerHeight;
    painter.save();
    painter.setPen(QPen(QColor(120, 120, 120), mm(0.2)));
    painter.drawLine(QPointF(margins.left(), top - mm(1.5)),
                     QPointF(m_style.pageWidth() - margins.right(), top - mm(1.5)));
    painter.restore();
    m_footer->paint(painter, QPointF(margins.left(), top));
    m_pageLabels[std::size_t(index)]->paint(painter,
                                            QPointF(m_style.pageWidth() - margins.right() - pageLabelWidth, top));
}

} // namespace OneWindow::Printing::Internal
