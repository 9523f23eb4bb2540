#include "checklistview.h"

#include <QHeaderView>
#include <QKeyEvent>

#include "intake/checklistmodel.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

using Intake::ChecklistModel;
using Intake::Provision;

ChecklistView::ChecklistView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    setWordWrap(true);
    verticalHeader()->hide();
    // Rows fit their wrapped text as the view is laid out (resizing by hand while hidden gives 0).
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setAlternatingRowColors(true);
}

void ChecklistView::setChecklistModel(ChecklistModel *model)
{
    m_model = model;
    setModel(model);
    horizontalHeader()->setSectionResizeMode(ChecklistModel::Material, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ChecklistModel::Problem, QHeaderView::Interactive);
    for (int column :
         { ChecklistModel::Necessity, ChecklistModel::Provided, ChecklistModel::Copies, ChecklistModel::Pages })
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelReset, this, &ChecklistView::updateApplicable);
    connect(model, &QAbstractItemModel::dataChanged, this, &ChecklistView::updateApplicable);
    updateApplicable();
}

void ChecklistView::updateApplicable()
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row)
        setRowHidden(row, !m_model->index(row, 0).data(ChecklistModel::ApplicableRole).toBool());
    if (!currentIndex().isValid() || isRowHidden(currentIndex().row())) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (!isRowHidden(row)) {
                setCurrentIndex(m_model->index(row, ChecklistModel::Material));
                break;
            }
        }
    }
}

void ChecklistView::keyPressEvent(QKeyEvent *event)
{
    const int row = currentIndex().row();
    if (!m_model || row < 0 || state() == EditingState
        || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QTableView::keyPressEvent(event);
        return;
    }
    static const std::pair<int, Provision> keys[] = {
        { Qt::Key_0, Provision::Pending },       { Qt::Key_1, Provision::Original },
        { Qt::Key_2, Provision::Copy },          { Qt::Key_3, Provision::Electronic },
        { Qt::Key_4, Provision::Missing },       { Qt::Key_5, Provision::Incorrect },
        { Qt::Key_6, Provision::NotApplicable },
    };
    for (const auto &[key, provision] : keys) {
        if (event->key() == key) {
            m_model->setProvision(row, provision);
            if (provision == Provision::Incorrect)
                edit(m_model->index(row, ChecklistModel::Problem));
            return;
        }
    }
    if (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) {
        // Straight to the next material that applies (hidden rows are skipped).
        const int step = event->key() == Qt::Key_Down ? 1 : -1;
        for (int next = row + step; next >= 0 && next < m_model->rowCount(); next += step) {
            if (!isRowHidden(next)) {
                setCurrentIndex(m_model->index(next, ChecklistModel::Material));
                break;
            }
        }
        return;
    }
    const int copies = m_model->index(row, ChecklistModel::Copies).data(Qt::EditRole).toInt();
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        m_model->setCopies(row, copies + 1);
        return;
    }
    if (event->key() == Qt::Key_Minus) {
        m_model->setCopies(row, copies - 1);
        return;
    }
    if (event->key() == Qt::Key_F2) {
        edit(m_model->index(row, ChecklistModel::Problem));
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace OneWindow::Ui
