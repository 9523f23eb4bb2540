#pragma once

#include <QImage>

#include "printing/block.h"
#include "printing/textblock.h"

namespace OneWindow::Printing::Internal {

/// The signature and seal texts of a notice.
struct SignatureContent
{
    QString applicantLabel; ///< 申请人（签字）：
    QString signTime; ///< 签收时间：  年  月  日  时  分
    QString staffLine; ///< 经办人：…  3号窗口
    QString office; ///< the issuing office, on the seal line
    QString date; ///< the notice's date, under the office
    QString sealHint; ///< （印章）, inside an empty seal area
    QImage seal; ///< null: a dashed circle marks where the seal goes
};

/// Where the applicant signs and the office seals (行政许可法 art. 32: the office's seal and the
/// date). A4: the applicant on the left, the seal area on the right over the office's name and
/// date, as a seal is stamped. Receipt: the same, stacked. The seal area is a 40 mm circle on A4
/// (the size of an office's seal) and 34 mm on the receipt.
class SignatureBlock : public Block
{
public:
    /// `lineFont`: the sign-time line, whose blanks must fit one line of the column.
    SignatureBlock(const SignatureContent &content, bool stacked, const QFont &font, const QFont &lineFont,
                   const QFont &smallFont);

    qreal layout(qreal width) override;
    void paint(QPainter &painter, QPointF topLeft) const override;
    void collectText(QString &out) const override;

private:
    void paintSeal(QPainter &painter, const QRectF &circle) const;

    bool m_stacked;
    QImage m_seal;
    TextBlock m_applicant;
    TextBlock m_signTime;
    TextBlock m_staff;
    TextBlock m_office;
    TextBlock m_date;
    TextBlock m_sealHint;
    qreal m_width = 0;
    qreal m_signTimeTop = 0;
    qreal m_staffTop = 0;
    QRectF m_circle; ///< relative to the block
    qreal m_officeTop = 0;
    qreal m_dateTop = 0;
    qreal m_sealColumnLeft = 0;
    qreal m_sealColumnWidth = 0;
    qreal m_lineY = 0;
};

} // namespace OneWindow::Printing::Internal
