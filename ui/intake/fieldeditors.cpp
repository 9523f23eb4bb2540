// The simple editors: a line, a drop-down, check boxes. Address and group have files of their own.
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QPointer>
#include <QWidget>

#include "addresseditor.h"
#include "fieldeditor.h"
#include "groupeditor.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Ui {

using Intake::FieldType;

namespace {

class LineEditor : public FieldEditor
{
public:
    LineEditor(const Intake::FieldSpec &spec, QObject *parent)
        : FieldEditor(spec, parent)
        , m_edit(new QLineEdit)
    {
        m_edit->setPlaceholderText(placeholder(spec));
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::changed);
    }
    ~LineEditor() override { delete m_edit.data(); }
    QWidget *widget() const override { return m_edit; }
    QJsonValue value() const override { return m_edit->text(); }
    void setValue(const QJsonValue &value) override
    {
        const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
        if (text != m_edit->text())
            m_edit->setText(text);
    }

private:
    static QString placeholder(const Intake::FieldSpec &spec)
    {
        if (!spec.hint.isEmpty())
            return spec.hint;
        switch (spec.type) {
        case FieldType::Date:
            return FieldEditor::tr("YYYY-MM-DD");
        case FieldType::ResidentId:
            return FieldEditor::tr("18 characters");
        case FieldType::Uscc:
            return FieldEditor::tr("18-character unified social credit code");
        case FieldType::Phone:
            return FieldEditor::tr("Mobile or landline");
        default:
            return {};
        }
    }
    QPointer<QLineEdit> m_edit;
};

class ChoiceEditor : public FieldEditor
{
public:
    ChoiceEditor(const Intake::FieldSpec &spec, QObject *parent)
        : FieldEditor(spec, parent)
        , m_combo(new QComboBox)
    {
        // The empty first entry means "not chosen yet", so a required choice is a real decision.
        m_combo->addItem(QString());
        m_combo->addItems(spec.options);
        connect(m_combo, &QComboBox::activated, this, &FieldEditor::changed);
    }
    ~ChoiceEditor() override { delete m_combo.data(); }
    QWidget *widget() const override { return m_combo; }
    QJsonValue value() const override
    {
        return m_combo->currentIndex() > 0 ? QJsonValue(m_combo->currentText()) : QJsonValue();
    }
    void setValue(const QJsonValue &value) override
    {
        const int index = m_combo->findText(value.toString());
        m_combo->setCurrentIndex(index > 0 ? index : 0);
    }

private:
    QPointer<QComboBox> m_combo;
};

class MultiChoiceEditor : public FieldEditor
{
public:
    MultiChoiceEditor(const Intake::FieldSpec &spec, QObject *parent)
        : FieldEditor(spec, parent)
        , m_box(new QWidget)
    {
        auto *layout = new QHBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        for (const QString &option : spec.options) {
            auto *check = new QCheckBox(option);
            layout->addWidget(check);
            m_checks.append(check);
            connect(check, &QCheckBox::toggled, this, &FieldEditor::changed);
        }
        layout->addStretch();
    }
    ~MultiChoiceEditor() override { delete m_box.data(); }
    QWidget *widget() const override { return m_box; }
    QWidget *focusTarget() const override { return m_checks.value(0); }
    QJsonValue value() const override
    {
        QJsonArray chosen;
        for (QCheckBox *check : m_checks)
            if (check->isChecked())
                chosen.append(check->text());
        return chosen;
    }
    void setValue(const QJsonValue &value) override
    {
        const QJsonArray chosen = value.toArray();
        for (QCheckBox *check : std::as_const(m_checks)) {
            const QSignalBlocker quiet(check);
            check->setChecked(chosen.contains(QJsonValue(check->text())));
        }
    }

private:
    QPointer<QWidget> m_box;
    QList<QCheckBox *> m_checks;
};

class BoolEditor : public FieldEditor
{
public:
    BoolEditor(const Intake::FieldSpec &spec, QObject *parent)
        : FieldEditor(spec, parent)
        , m_check(new QCheckBox(FieldEditor::tr("Yes")))
    {
        connect(m_check, &QCheckBox::toggled, this, &FieldEditor::changed);
    }
    ~BoolEditor() override { delete m_check.data(); }
    QWidget *widget() const override { return m_check; }
    QJsonValue value() const override { return m_check->isChecked(); }
    void setValue(const QJsonValue &value) override
    {
        const QSignalBlocker quiet(m_check);
        m_check->setChecked(value.toBool());
    }

private:
    QPointer<QCheckBox> m_check;
};

} // namespace

FieldEditor::FieldEditor(const Intake::FieldSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
{
}

FieldEditor *FieldEditor::create(const Intake::FieldSpec &spec, QObject *parent)
{
    switch (spec.type) {
    case FieldType::Choice:
        return new ChoiceEditor(spec, parent);
    case FieldType::MultiChoice:
        return new MultiChoiceEditor(spec, parent);
    case FieldType::Bool:
        return new BoolEditor(spec, parent);
    case FieldType::Address:
        return new AddressEditor(spec, parent);
    case FieldType::Group:
        return new GroupEditor(spec, parent);
    default:
        return new LineEditor(spec, parent);
    }
}

} // namespace OneWindow::Ui
