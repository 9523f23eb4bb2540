#include "refusaldialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

RefusalDialog::RefusalDialog(const QStringList &legalBasis, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"refusalDialog"_s);
    setWindowTitle(tr("Refuse the application"));
    auto *layout = new QVBoxLayout(this);
    auto *reasonLabel = new QLabel(tr("&Reason (printed on the notice):"));
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(u"refusalReason"_s);
    m_reason->setTabChangesFocus(true);
    reasonLabel->setBuddy(m_reason);
    auto *basisLabel = new QLabel(tr("&Legal basis (Space ticks a provision):"));
    m_basis = new QListWidget;
    m_basis->setObjectName(u"refusalBasis"_s);
    basisLabel->setBuddy(m_basis);
    for (const QString &provision : legalBasis) {
        auto *item = new QListWidgetItem(provision, m_basis);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_basis->count() > 0)
        m_basis->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Refuse and print the notice"));
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(basisLabel);
    layout->addWidget(m_basis);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RefusalDialog::updateOk);
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    updateOk();
    resize(560, 420);
}

Intake::DecisionDetails RefusalDialog::details() const
{
    Intake::DecisionDetails details;
    details.reason = m_reason->toPlainText().trimmed();
    for (int row = 0; row < m_basis->count(); ++row)
        if (m_basis->item(row)->checkState() == Qt::Checked)
            details.legalBasis.append(m_basis->item(row)->text());
    return details;
}

void RefusalDialog::updateOk()
{
    // A refusal without its reason is not a notice the law accepts (行政许可法 art. 32).
    m_ok->setEnabled(!m_reason->toPlainText().trimmed().isEmpty());
}

} // namespace OneWindow::Ui
