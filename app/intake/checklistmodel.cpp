#include "checklistmodel.h"

#include <QBrush>
#include <QColor>

#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Intake {

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ChecklistModel::provisionLabel(Provision provision)
{
    switch (provision) {
    case Provision::Pending:
        return Text::tr("To check");
    case Provision::Original:
        return Text::tr("Original seen");
    case Provision::Copy:
        return Text::tr("Copy received");
    case Provision::Electronic:
        return Text::tr("Electronic");
    case Provision::Missing:
        return Text::tr("Missing");
    case Provision::Incorrect:
        return Text::tr("Not acceptable");
    case Provision::NotApplicable:
        return Text::tr("Not applicable");
    }
    return {};
}

void ChecklistModel::setChecklist(const Checklist &checklist)
{
    beginResetModel();
    m_checklist = checklist;
    endResetModel();
}

void ChecklistModel::setFormValues(const QJsonObject &values)
{
    m_values = values;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ChecklistModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void ChecklistModel::setProvision(int row, Provision provision)
{
    if (m_readOnly || row < 0 || row >= rowCount())
        return;
    const Catalog::MaterialInfo &material = m_checklist.materials().at(row);
    MaterialRecord record = m_checklist.record(material.id);
    record.provision = provision;
    if (provision == Provision::Copy && record.copiesReceived == 0)
        record.copiesReceived = qMax(1, material.copies);
    if (provision != Provision::Missing && provision != Provision::Incorrect)
        record.problem.clear();
    m_checklist.setRecord(record);
    changed(row);
}

void ChecklistModel::setCopies(int row, int copies)
{
    if (m_readOnly || row < 0 || row >= rowCount())
        return;
    MaterialRecord record = m_checklist.record(m_checklist.materials().at(row).id);
    record.copiesReceived = qBound(0, copies, 99);
    m_checklist.setRecord(record);
    changed(row);
}

void ChecklistModel::setProblem(int row, const QString &problem)
{
    if (m_readOnly || row < 0 || row >= rowCount())
        return;
    MaterialRecord record = m_checklist.record(m_checklist.materials().at(row).id);
    record.problem = problem.trimmed();
    m_checklist.setRecord(record);
    changed(row);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checklist.materials().size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Catalog::MaterialInfo &material = m_checklist.materials().at(index.row());
    const MaterialRecord record = m_checklist.record(material.id);
    const bool applies = m_checklist.applies(material, m_values);
    switch (role) {
    case ApplicableRole:
        return applies;
    case ProvisionRole:
        return int(record.provision);
    case MaterialIdRole:
        return material.id;
    case RequiredRole:
        return m_checklist.isRequired(material);
    case Qt::ToolTipRole:
        return QStringList { material.condition, material.notes }.join(u'\n').trimmed();
    case Qt::ForegroundRole:
        if (!applies)
            return QBrush(QColor(0x88, 0x88, 0x88));
        if (record.provision == Provision::Missing || record.provision == Provision::Incorrect)
            return QBrush(QColor(0xb4, 0x23, 0x18));
        return {};
    case Qt::EditRole:
        if (index.column() == Copies)
            return record.copiesReceived;
        if (index.column() == Problem)
            return record.problem;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Material:
        return material.condition.isEmpty() ? material.name : material.name + u"（"_s + material.condition + u"）"_s;
    case Necessity:
        return applies ? material.necessity : Text::tr("Does not apply");
    case Provided:
        return provisionLabel(record.provision);
    case Copies:
        if (material.copies == 0 && record.copiesReceived == 0)
            return QString();
        //: copies received / copies asked by the guide
        return Text::tr("%1 / %2").arg(record.copiesReceived).arg(material.copies);
    case Pages:
        return record.pages.isEmpty() ? QString() : QString::number(record.pages.size());
    case Problem:
        return record.problem;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Material:
        return Text::tr("Material");
    case Necessity:
        return Text::tr("Necessity");
    case Provided:
        return Text::tr("Provided as");
    case Copies:
        return Text::tr("Copies");
    case Pages:
        return Text::tr("Pages");
    case Problem:
        return Text::tr("Problem");
    }
    return {};
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_readOnly && (index.column() == Copies || index.column() == Problem))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly)
        return false;
    if (index.column() == Copies)
        setCopies(index.row(), value.toInt());
    else if (index.column() == Problem)
        setProblem(index.row(), value.toString());
    else
        return false;
    return true;
}

void ChecklistModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace OneWindow::Intake
