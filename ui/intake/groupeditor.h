#pragma once

#include <QPointer>

#include "fieldeditor.h"
#include "intake/formvalidator.h"

class QPushButton;
class QVBoxLayout;

namespace OneWindow::Ui {

class FormLevelView;

/// A repeated group (family members, shareholders): one sub-form per entry, added with the
/// Add button (reachable by Tab, pressed with Space) and removed per entry. The value is an
/// array of entry objects.
class GroupEditor : public FieldEditor
{
    Q_OBJECT
public:
    GroupEditor(const Intake::FieldSpec &spec, QObject *parent);
    ~GroupEditor() override;

    QWidget *widget() const override { return m_box; }
    QWidget *focusTarget() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QList<FormLevelView *> entries() const { return m_entries; }
    void showIssues(const QList<Intake::FieldIssue> &issues);
    FormLevelView *addEntry();

private:
    void removeEntry(FormLevelView *entry);
    void renumber();

    QPointer<QWidget> m_box;
    QVBoxLayout *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QList<FormLevelView *> m_entries;
};

} // namespace OneWindow::Ui
