#pragma once

#include <QTableView>

namespace OneWindow::Intake {
class ChecklistModel;
}

namespace OneWindow::Ui {

/// The materials checklist, worked from the keyboard: Up/Down choose a material, 1 original
/// seen, 2 copy received, 3 electronic, 4 missing, 5 not acceptable, 6 not applicable, 0 to
/// check again; + and - count copies; F2 writes why a material is missing or not acceptable
/// (printed on the one-time notice). Materials that do not apply are hidden.
class ChecklistView : public QTableView
{
    Q_OBJECT
public:
    explicit ChecklistView(QWidget *parent = nullptr);

    void setChecklistModel(Intake::ChecklistModel *model);
    /// Hides the rows whose material does not apply to the form's current values.
    void updateApplicable();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    Intake::ChecklistModel *m_model = nullptr;
};

} // namespace OneWindow::Ui
