#include "resultdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include "catalog/catalogmodel.h"

using namespace Qt::StringLiterals;
using OneWindow::Catalog::CatalogModel;

namespace OneWindow::Ui {
namespace {

constexpr int margin = 6; // px around the row's content
constexpr int badgeGap = 4; // px between badges

struct Badge
{
    QString text;
    QColor color;
};

QList<Badge> badgeList(const QModelIndex &index)
{
    QList<Badge> list;
    if (index.data(CatalogModel::InstantRole).toBool())
        list.append({ ResultDelegate::tr("Instant"), QColor(0x2e, 0x7d, 0x32) });
    if (index.data(CatalogModel::CityWideRole).toBool())
        list.append({ ResultDelegate::tr("City-wide"), QColor(0x15, 0x65, 0xc0) });
    if (index.data(CatalogModel::AppointmentRole).toBool())
        list.append({ ResultDelegate::tr("Appointment"), QColor(0x6a, 0x1b, 0x9a) });
    if (index.data(CatalogModel::CourierRole).toBool())
        list.append({ ResultDelegate::tr("Courier"), QColor(0xef, 0x6c, 0x00) });
    return list;
}

} // namespace

QStringList ResultDelegate::badges(const QModelIndex &index)
{
    QStringList texts;
    for (const Badge &badge : badgeList(index))
        texts.append(badge.text);
    return texts;
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { 200, 2 * metrics.height() + 3 * margin };
}

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(margin, margin, -margin, -margin);
    const QFontMetrics metrics(opt.font);

    QFont nameFont = opt.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QRect nameRect(area.left(), area.top(), area.width(), metrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(index.data().toString(), Qt::ElideRight, area.width()));

    QFont smallFont = opt.font;
    smallFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
    painter->setFont(smallFont);
    const QFontMetrics smallMetrics(smallFont);
    const int lineTop = area.top() + metrics.height() + margin / 2;
    int x = area.right();
    const QList<Badge> list = badgeList(index);
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        const int width = smallMetrics.horizontalAdvance(it->text) + 2 * margin;
        const QRect badgeRect(x - width, lineTop, width, smallMetrics.height() + 2);
        QPainterPath path;
        path.addRoundedRect(badgeRect, 4, 4);
        painter->fillPath(path, it->color);
        painter->setPen(Qt::white);
        painter->drawText(badgeRect, Qt::AlignCenter, it->text);
        x -= width + badgeGap;
    }
    QColor secondary = text;
    secondary.setAlphaF(0.7f);
    painter->setPen(secondary);
    const QRect departmentRect(area.left(), lineTop, std::max(0, x - area.left() - margin), smallMetrics.height() + 2);
    const QString department
        = index.data(CatalogModel::DepartmentRole).toString() + u"  "_s + index.data(CatalogModel::CodeRole).toString();
    painter->drawText(departmentRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(department, Qt::ElideRight, departmentRect.width()));
    painter->restore();
}

} // namespace OneWindow::Ui
