#include "formlevelview.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

#include "fieldeditor.h"
#include "groupeditor.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

namespace {
QDate &today()
{
    static QDate date = QDate::currentDate();
    return date;
}
} // namespace

void FormLevelView::setToday(QDate date)
{
    today() = date;
}

FormLevelView::FormLevelView(const QList<Intake::FieldSpec> &fields, QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    int line = 0;
    for (const Intake::FieldSpec &spec : fields) {
        Row row;
        row.editor = FieldEditor::create(spec, this);
        row.label = new QLabel(spec.required ? spec.label + u" *"_s : spec.label);
        row.label->setBuddy(row.editor->focusTarget());
        row.label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        row.message = new QLabel;
        row.message->setObjectName(u"message_"_s + spec.key);
        row.message->setWordWrap(true);
        row.message->hide();
        QWidget *editor = row.editor->widget();
        editor->setObjectName(u"field_"_s + spec.key);
        grid->addWidget(row.label, line, 0);
        grid->addWidget(editor, line, 1);
        grid->addWidget(row.message, line + 1, 1);
        line += 2;
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            edit->installEventFilter(this);
            connect(edit, &QLineEdit::editingFinished, this, [this, row] { checkRow(row); });
        }
        connect(row.editor, &FieldEditor::changed, this, [this, row] { onEdited(row); });
        m_rows.append(row);
    }
    grid->setRowStretch(line, 1);
    updateVisibility();
}

QJsonObject FormLevelView::values() const
{
    QJsonObject values;
    for (const Row &row : m_rows) {
        const QJsonValue value = row.editor->value();
        if (!value.isNull() && !value.isUndefined())
            values.insert(row.editor->spec().key, value);
    }
    // Hidden fields are left out: a value the staff can no longer see must not be printed or sent.
    for (const Row &row : m_rows)
        if (!Intake::FormSchema::isVisible(row.editor->spec(), values))
            values.remove(row.editor->spec().key);
    return values;
}

void FormLevelView::setValues(const QJsonObject &values)
{
    for (const Row &row : std::as_const(m_rows))
        row.editor->setValue(values.value(row.editor->spec().key));
    updateVisibility();
}

void FormLevelView::showIssues(const QList<Intake::FieldIssue> &issues)
{
    for (const Row &row : std::as_const(m_rows)) {
        const QString key = row.editor->spec().key;
        if (auto *group = qobject_cast<GroupEditor *>(row.editor)) {
            QList<Intake::FieldIssue> inside;
            for (const Intake::FieldIssue &issue : issues)
                if (issue.path.startsWith(key + u'['))
                    inside.append(issue);
            group->showIssues(inside);
        }
        QString text;
        bool warning = true;
        for (const Intake::FieldIssue &issue : issues) {
            if (issue.path == key) {
                text = issue.message;
                warning = issue.warning;
                if (!warning)
                    break;
            }
        }
        setMessage(row, text, warning);
    }
}

QWidget *FormLevelView::editorWidget(const QString &key) const
{
    for (const Row &row : m_rows)
        if (row.editor->spec().key == key)
            return row.editor->widget();
    return nullptr;
}

QWidget *FormLevelView::firstFocus() const
{
    for (const Row &row : m_rows)
        if (!row.editor->widget()->isHidden())
            return row.editor->focusTarget();
    return nullptr;
}

bool FormLevelView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const auto modifiers = static_cast<QKeyEvent *>(event)->modifiers();
        // Enter moves on, as on the paper form; Ctrl+Enter is left to the screen (accept).
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
            // A Tab press moves focus exactly as Tab would, skipping hidden fields.
            QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
            QCoreApplication::sendEvent(watched, &tab);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FormLevelView::onEdited(const Row &row)
{
    // A message goes away as soon as the value is fixed; a new one waits until the field is left.
    if (!row.message->isHidden()) {
        const Intake::FieldCheck check
            = Intake::FormValidator::checkField(row.editor->spec(), row.editor->value(), today());
        if (check.errors.isEmpty() && check.warnings.isEmpty())
            setMessage(row, QString(), false);
    }
    if (row.editor->spec().type == Intake::FieldType::ResidentId)
        fillDerived(row);
    if (!qobject_cast<QLineEdit *>(row.editor->widget()))
        checkRow(row);
    updateVisibility();
    Q_EMIT changed(row.editor->spec().key);
}

void FormLevelView::checkRow(const Row &row)
{
    const Intake::FieldSpec &spec = row.editor->spec();
    const QJsonValue value = row.editor->value();
    const Intake::FieldCheck check = Intake::FormValidator::checkField(spec, value, today());
    if (!check.errors.isEmpty())
        setMessage(row, check.errors.first().message, false);
    else if (!check.warnings.isEmpty())
        setMessage(row, check.warnings.first().message, true);
    else
        setMessage(row, QString(), false);
    // Store what the rules normalize (x → X, +86 dropped) once the value is valid.
    if (check.errors.isEmpty() && check.normalized != value && check.normalized.isString())
        row.editor->setValue(check.normalized);
}

void FormLevelView::fillDerived(const Row &idRow)
{
    const Intake::FieldCheck check
        = Intake::FormValidator::checkField(idRow.editor->spec(), idRow.editor->value(), today());
    QList<Intake::FieldSpec> level;
    for (const Row &row : std::as_const(m_rows))
        level.append(row.editor->spec());
    const QJsonObject derived = Intake::FormValidator::derivedFromId(level, check, today());
    for (const Row &row : std::as_const(m_rows))
        if (derived.contains(row.editor->spec().key))
            row.editor->setValue(derived.value(row.editor->spec().key));
}

void FormLevelView::updateVisibility()
{
    QJsonObject current;
    for (const Row &row : std::as_const(m_rows))
        current.insert(row.editor->spec().key, row.editor->value());
    for (const Row &row : std::as_const(m_rows)) {
        const bool visible = Intake::FormSchema::isVisible(row.editor->spec(), current);
        row.label->setVisible(visible);
        row.editor->widget()->setVisible(visible);
        if (!visible)
            row.message->hide();
    }
}

void FormLevelView::setMessage(const Row &row, const QString &text, bool warning)
{
    row.message->setText(text);
    row.message->setStyleSheet(warning ? u"color: #9a6700;"_s : u"color: #b42318;"_s);
    row.message->setVisible(!text.isEmpty() && row.editor->widget()->isVisibleTo(this));
}

} // namespace OneWindow::Ui
