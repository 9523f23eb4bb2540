#pragma once

#include <QAbstractListModel>

#include <memory>

#include "search.h"
#include "searchindex.h"

namespace OneWindow::Catalog {

/// Search results as a list model for the catalog screen (and later the intake item picker).
/// Holds the index it was filled from, so a catalog swapped in meanwhile cannot make a row
/// point at the wrong item.
class CatalogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        ShortNameRole,
        DepartmentRole,
        InstantRole,
        CityWideRole,
        AppointmentRole,
        CourierRole,
        OnlineRole,
        PromisedDaysRole,
        TierRole,
    };
    Q_ENUM(Role)

    explicit CatalogModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const SearchIndex> index, SearchResult result);
    int totalMatches() const { return m_result.total; }
    QString codeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::shared_ptr<const SearchIndex> m_index;
    SearchResult m_result;
};

} // namespace OneWindow::Catalog
