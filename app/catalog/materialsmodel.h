#pragma once

#include <QAbstractTableModel>

#include "itemguide.h"

namespace OneWindow::Catalog {

/// A guide's materials as a table: the guide screen shows it, the intake checklist builds on it.
class MaterialsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, FormsColumn, CopiesColumn, NecessityColumn, NotesColumn, ColumnCount };
    Q_ENUM(Column)

    explicit MaterialsModel(QObject *parent = nullptr);

    void setMaterials(const QList<MaterialInfo> &materials);
    const QList<MaterialInfo> &materials() const { return m_materials; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MaterialInfo> m_materials;
};

} // namespace OneWindow::Catalog
