#include "catalogmodel.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Catalog {

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CatalogModel::setResult(std::shared_ptr<const SearchIndex> index, SearchResult result)
{
    beginResetModel();
    m_index = std::move(index);
    m_result = std::move(result);
    if (!m_index)
        m_result = {};
    endResetModel();
}

QString CatalogModel::codeAt(int row) const
{
    if (row < 0 || size_t(row) >= m_result.hits.size())
        return {};
    return m_index->items()[m_result.hits[size_t(row)].item].code;
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.hits.size());
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_result.hits[size_t(index.row())];
    const ItemSummary &item = m_index->items()[hit.item];
    switch (role) {
    case Qt::DisplayRole:
        return item.name;
    case Qt::ToolTipRole:
        return QString(item.name + u'\n' + m_index->departmentName(int(hit.item)) + u'\n' + item.code);
    case CodeRole:
        return item.code;
    case ShortNameRole:
        return item.shortName;
    case DepartmentRole:
        return m_index->departmentName(int(hit.item));
    case InstantRole:
        return item.instant;
    case CityWideRole:
        return bool(item.flags & CityWide);
    case AppointmentRole:
        return bool(item.flags & Appointment);
    case CourierRole:
        return bool(item.flags & Courier);
    case OnlineRole:
        return bool(item.flags & Online);
    case PromisedDaysRole:
        return item.promisedDays;
    case TierRole:
        return int(hit.tier);
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { CodeRole, "code"_ba },
                   { ShortNameRole, "shortName"_ba },
                   { DepartmentRole, "department"_ba },
                   { InstantRole, "instant"_ba },
                   { CityWideRole, "cityWide"_ba },
                   { AppointmentRole, "appointment"_ba },
                   { CourierRole, "courier"_ba },
                   { OnlineRole, "online"_ba },
                   { PromisedDaysRole, "promisedDays"_ba },
                   { TierRole, "tier"_ba } });
    return names;
}

} // namespace OneWindow::Catalog
