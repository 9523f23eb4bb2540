#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

#include "checklist.h"

namespace OneWindow::Intake {

/// The materials checklist as a table for the intake screen: material, necessity, what is
/// accepted, how it was provided, copies received (of those asked), pages captured, problem.
/// Rows that do not apply to the current form values are kept but flagged (ApplicableRole), so
/// a view can hide them without losing what was recorded.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Material, Necessity, Provided, Copies, Pages, Problem, ColumnCount };
    enum Role { ApplicableRole = Qt::UserRole + 1, ProvisionRole, MaterialIdRole, RequiredRole };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setChecklist(const Checklist &checklist);
    const Checklist &checklist() const { return m_checklist; }
    void setFormValues(const QJsonObject &values);
    void setReadOnly(bool readOnly);

    /// Records how a material was provided; a copy starts with the copies the guide asks for.
    void setProvision(int row, Provision provision);
    void setCopies(int row, int copies);
    void setProblem(int row, const QString &problem);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString provisionLabel(Provision provision);

private:
    void changed(int row);

    Checklist m_checklist;
    QJsonObject m_values;
    bool m_readOnly = false;
};

} // namespace OneWindow::Intake
