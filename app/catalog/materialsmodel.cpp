#include "materialsmodel.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Catalog {

MaterialsModel::MaterialsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MaterialsModel::setMaterials(const QList<MaterialInfo> &materials)
{
    beginResetModel();
    m_materials = materials;
    endResetModel();
}

int MaterialsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_materials.size());
}

int MaterialsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaterialsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MaterialInfo &material = m_materials[index.row()];
    if (role == Qt::ToolTipRole)
        return material.condition.isEmpty() ? material.notes : material.condition;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return material.name;
    case FormsColumn:
        //: separator between material forms, e.g. 原件、复印件
        return material.forms.join(tr(", "));
    case CopiesColumn:
        //: 0 copies: the original is checked and handed back
        return material.copies == 0 ? tr("Shown only") : QString::number(material.copies);
    case NecessityColumn:
        return material.condition.isEmpty() ? material.necessity
                                            : tr("%1 (%2)").arg(material.necessity, material.condition);
    case NotesColumn: {
        QStringList notes;
        if (!material.notes.isEmpty())
            notes.append(material.notes);
        if (!material.blankForm.isEmpty())
            notes.append(tr("Blank form: %1").arg(material.blankForm));
        if (!material.sample.isEmpty())
            notes.append(tr("Sample: %1").arg(material.sample));
        return notes.join(u'\n');
    }
    }
    return {};
}

QVariant MaterialsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Material");
    case FormsColumn:
        return tr("Form");
    case CopiesColumn:
        return tr("Copies");
    case NecessityColumn:
        return tr("Required");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

} // namespace OneWindow::Catalog
