#pragma once

#include <QStyledItemDelegate>

namespace OneWindow::Ui {

/// Paints one search result: the item's name, its department, and badges for 即办, 通办,
/// 可预约 and 可邮寄, so staff can tell items apart without opening them.
class ResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The badge texts a row shows, in order; the UI test reads them.
    static QStringList badges(const QModelIndex &index);
};

} // namespace OneWindow::Ui
