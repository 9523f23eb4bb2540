#pragma once

#include <QDialog>

#include "intake/caseservice.h"

class QListWidget;
class QPlainTextEdit;

namespace OneWindow::Ui {

/// 不予受理: the reason in the staff's words and the provisions it rests on (the guide's legal
/// basis, ticked with Space), both printed on the refusal notice. Ctrl+Enter confirms.
class RefusalDialog : public QDialog
{
    Q_OBJECT
public:
    RefusalDialog(const QStringList &legalBasis, QWidget *parent = nullptr);

    Intake::DecisionDetails details() const;

private:
    void updateOk();

    QPlainTextEdit *m_reason = nullptr;
    QListWidget *m_basis = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace OneWindow::Ui
